import { API } from '../apis';
import type { ApiRef } from './api';
import type { GatewayError } from './gatewayError';

/**
 * The order and payment codes in words (issue 25): 1688 reuses them across the trade APIs with different meanings,
 * so each is explained for the API that gave it, and createCrossOrder's "not support tradeType:【X】" by its message.
 */

export interface Explanation {
	message: string;
	hint: string;
}

/** An API's own code in words: fixed, or read from the error (a code the page documents with several meanings). */
export type CodeWords = Explanation | ((error: GatewayError) => Explanation | undefined);

/** The API name of an error's API ID (`com.alibaba.trade:alibaba.trade.cancel-1` → `alibaba.trade.cancel`). */
export function apiName(error: GatewayError): string {
	return error.api.replace(/^[^:]*:/, '').replace(/-\d+$/, '');
}

const CHECK_ORDER = "Check the order's status with Order → Get.";

/**
 * ORDER_STATUS_ERROR, per API: what the order's status did not allow (alibaba.trade.cancel's page: "Can only cancel
 * orders pending payment"; logistics.delivery.urge's: "The order must still be in a not-yet-shipped status").
 */
const ORDER_STATUS_WORDS: Record<string, Explanation> = {
	'alibaba.trade.cancel': {
		message: 'The order cannot be cancelled in its current status',
		hint: `Only unpaid orders (waiting for buyer payment) can be cancelled; a paid one needs a refund. ${CHECK_ORDER}`,
	},
	'alibaba.trade.pay.protocolPay.preparePay': {
		message: 'The order is not waiting for payment, so it was not debited',
		hint: `It may be paid already or cancelled. ${CHECK_ORDER}`,
	},
	'alibaba.alipay.url.get': {
		message: 'None of the orders can be paid now',
		hint: `A payment link pays unpaid orders of this account only. ${CHECK_ORDER}`,
	},
	'alibaba.trade.payWay.query': {
		message: 'The order is not waiting for payment, so it has no payment channels',
		hint: `Payment channels exist only for unpaid orders. ${CHECK_ORDER}`,
	},
	'trade.receivegoods.confirm': {
		message:
			'Receipt can only be confirmed for a shipped order waiting for the buyer to receive it',
		hint: `The order may not be shipped yet or be confirmed already. ${CHECK_ORDER}`,
	},
	'logistics.delivery.urge': {
		message: 'Only a paid order that has not shipped yet can be urged',
		hint: `${CHECK_ORDER} A shipped order can be followed with Logistics Info → Get Trace.`,
	},
	'order.receiveAddress.buyerUpdate': {
		message: 'The delivery address can only be changed before the order ships',
		hint: `Once shipped, ask the seller or the carrier instead (Order → Message the Seller). ${CHECK_ORDER}`,
	},
	'trade.order.buyerdelete': {
		message: 'Only a closed (cancelled) order can be deleted',
		hint: CHECK_ORDER,
	},
};

/** alibaba.trade.addFeedback's 500_2, which its page documents with four meanings told apart by the message. */
function addFeedbackWords(error: GatewayError): Explanation | undefined {
	const text = error.gatewayMessage.toLowerCase();
	if (text.includes('user order not exist')) {
		return {
			message: "The order is not one of this 1688 account's orders",
			hint: "Authorise the account that bought it, or check the Order ID (Order → Get Many lists this account's orders).",
		};
	}
	if (text.includes('order not exist')) {
		return {
			message: 'The order does not exist',
			hint: 'Check the Order ID: 19 digits, from Order → Create or Get Many.',
		};
	}
	if (text.includes('invalid parameter')) {
		return {
			message: '1688 refused the message as invalid',
			hint: "All messages of an order together may have at most 500 characters (the API's documentation): send a shorter one, or use Add Memo for your own notes.",
		};
	}
	return {
		message: "1688's order service failed (remote service error)",
		hint: "A fault on 1688's side: check with Order → Get (Simplify off: baseInfo.buyerFeedback) whether the message was added, and try again later.",
	};
}

/**
 * Codes whose meaning differs per API (the pages of alibaba.trade.addFeedback, alibaba.trade.payWay.query,
 * alibaba.order.memoAdd, alibaba.crossBorderPay.url.get document them; creditPay.url.get answers like its
 * Kuajingbao twin), looked up by API before the codes every API shares (errorMessages.ts); another API's
 * 400_1… keeps 1688's own text.
 */
export const ORDER_WORDS_BY_API: Array<[ApiRef, Record<string, CodeWords>]> = [
	[
		API.orderFeedback,
		{
			'400_1': {
				message: '1688 found the message or the order ID missing or invalid',
				hint: 'Give the 19-digit Order ID and a message that is not empty.',
			},
			'400_2': {
				message: '1688 needs a user authorisation for this',
				hint: 'Authorise the 1688 account that bought the order in the credential (an access token), then run the item again.',
			},
			'500_1': {
				message: '1688 could not reach its order service (invoke remote service error)',
				hint: "A passing fault on 1688's side: check with Order → Get whether the message was added, and try again later.",
			},
			'500_2': addFeedbackWords,
		},
	],
	[
		API.payChannels,
		{
			'500_2': {
				message: 'This 1688 account may not see how the order can be paid',
				hint: "The authorised account must be the order's buyer, and its main account (not a sub-account): authorise that account in the credential.",
			},
		},
	],
	[
		API.orderMemo,
		{
			'400_4': {
				message: 'The memo was not saved: 1688 did not find the order',
				hint: 'Check the Order ID (19 digits, from Order → Create or Get Many); it must be an order of the authorised account.',
			},
		},
	],
	[
		API.crossBorderPayUrl,
		{
			'400_4': {
				message: 'None of the orders can be paid with Cross-Border Pay (Kuajingbao)',
				hint: 'Pay them with another method (Payment Method Alipay Cashier), or check with Order → Get that they are unpaid orders of this account.',
			},
		},
	],
	[
		API.creditPayUrl,
		{
			'400_4': {
				message: 'None of the orders can be paid with Cheng-e-She credit',
				hint: "The credit line may not cover them or 1688's risk control refused them: pay with another method (Payment Method Alipay Cashier).",
			},
		},
	],
];

/**
 * Errors known by their message, whatever code comes with them: createCrossOrder's `not support tradeType:【X】`
 * (its page lists the message itself as the error; the code varies).
 */
const KNOWN_MESSAGES: Array<{ pattern: RegExp; explain: (match: RegExpExecArray) => Explanation }> =
	[
		{
			pattern: /not support tradeType\s*[:：]\s*【([^】]*)】/i,
			explain: (match) => ({
				message: `1688 does not offer the trade type "${match[1]}" for this cart`,
				hint: 'Leave Trade Type empty to let 1688 choose, or give one of the tradeTypes Order → Preview lists for the same cart and address (its tradeModeNameList).',
			}),
		},
	];

/** The order and payment codes, for errorMessages' KNOWN_CODES; undefined leaves 1688's own text. */
export const ORDER_CODE_WORDS: Record<string, (error: GatewayError) => Explanation | undefined> = {
	CLOSE_ORDER_TOO_FAST: () => ({
		message: '1688 does not cancel an order in the first 10 seconds after it was created',
		hint: 'Nothing was cancelled: wait a few seconds and run the item again.',
	}),
	ORDER_STATUS_ERROR: (error) =>
		ORDER_STATUS_WORDS[apiName(error)] ?? {
			message: "The order's status does not allow this",
			hint: CHECK_ORDER,
		},
	'400_3': (error) =>
		apiName(error) === 'alibaba.trade.cancel'
			? {
					message:
						'This 1688 account may not cancel the order: it is neither its buyer nor its seller',
					hint: 'Authorise the account that placed the order in the credential, or check the Order ID.',
				}
			: {
					message: 'This 1688 account has no permission for this order',
					hint: 'Authorise the account that placed the order in the credential, or check the Order ID.',
				},
};

/** The explanation of an error known by its message. */
export function explainByMessage(error: GatewayError): Explanation | undefined {
	for (const { pattern, explain } of KNOWN_MESSAGES) {
		const match = pattern.exec(error.gatewayMessage);
		if (match) return explain(match);
	}
	return undefined;
}
