import type { GatewayError } from './gatewayError';

interface Explanation {
	message: string;
	hint: string;
}

const OPEN_PLATFORM = 'open.1688.com';

/** The API name of an error's API ID (`com.alibaba.trade:alibaba.trade.cancel-1` → `alibaba.trade.cancel`). */
function apiName(error: GatewayError): string {
	return error.api.replace(/^[^:]*:/, '').replace(/-\d+$/, '');
}

const CHECK_ORDER = 'Check the order\'s status with Order → Get.';

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
		message: 'Receipt can only be confirmed for a shipped order waiting for the buyer to receive it',
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

/**
 * Codes whose meaning differs per API (the pages of alibaba.trade.addFeedback, alibaba.trade.payWay.query,
 * alibaba.order.memoAdd, alibaba.crossBorderPay.url.get document them): undefined for an API whose page does not,
 * which then keeps 1688's own text.
 */
function addFeedbackWords(error: GatewayError): Explanation | undefined {
	const text = error.gatewayMessage.toLowerCase();
	if (text.includes('user order not exist')) {
		return { message: 'The order is not one of this 1688 account\'s orders', hint: 'Authorise the account that bought it, or check the Order ID (Order → Get Many lists this account\'s orders).' };
	}
	if (text.includes('order not exist')) {
		return { message: 'The order does not exist', hint: 'Check the Order ID: 19 digits, from Order → Create or Get Many.' };
	}
	if (text.includes('invalid parameter')) {
		return {
			message: '1688 refused the message as invalid',
			hint: 'All messages of an order together may have at most 500 characters (the API\'s documentation): send a shorter one, or use Add Memo for your own notes.',
		};
	}
	return {
		message: '1688\'s order service failed (remote service error)',
		hint: 'A fault on 1688\'s side: check with Order → Get (Simplify off: baseInfo.buyerFeedback) whether the message was added, and try again later.',
	};
}

const PER_API: Record<string, Record<string, (error: GatewayError) => Explanation | undefined>> = {
	'alibaba.trade.addFeedback': {
		'400_1': () => ({ message: '1688 found the message or the order ID missing or invalid', hint: 'Give the 19-digit Order ID and a message that is not empty.' }),
		'400_2': () => ({ message: '1688 needs a user authorisation for this', hint: 'Authorise the 1688 account that bought the order in the credential (an access token), then run the item again.' }),
		'500_1': () => ({ message: '1688 could not reach its order service (invoke remote service error)', hint: 'A passing fault on 1688\'s side: check with Order → Get whether the message was added, and try again later.' }),
		'500_2': addFeedbackWords,
	},
	'alibaba.trade.payWay.query': {
		'500_2': () => ({
			message: 'This 1688 account may not see how the order can be paid',
			hint: 'The authorised account must be the order\'s buyer, and its main account (not a sub-account): authorise that account in the credential.',
		}),
	},
	'alibaba.order.memoAdd': {
		'400_4': () => ({
			message: 'The memo was not saved: 1688 did not find the order',
			hint: 'Check the Order ID (19 digits, from Order → Create or Get Many); it must be an order of the authorised account.',
		}),
	},
	'alibaba.crossBorderPay.url.get': {
		'400_4': () => ({
			message: 'None of the orders can be paid with Cross-Border Pay (Kuajingbao)',
			hint: 'Pay them with another method (Payment Method Alipay Cashier), or check with Order → Get that they are unpaid orders of this account.',
		}),
	},
	'alibaba.creditPay.url.get': {
		'400_4': () => ({
			message: 'None of the orders can be paid with Cheng-e-She credit',
			hint: 'The credit line may not cover them or 1688\'s risk control refused them: pay with another method (Payment Method Alipay Cashier).',
		}),
	},
};

/** A code explained for the API that gave it, when that API's page documents it. */
const perApi = (code: string) => (error: GatewayError) => PER_API[apiName(error)]?.[code]?.(error);

/**
 * Errors known by their message, whatever code comes with them: createCrossOrder's `not support tradeType:【X】`
 * (its page lists the message itself as the error; the code varies).
 */
const KNOWN_MESSAGES: Array<{ pattern: RegExp; explain: (match: RegExpExecArray) => Explanation }> = [
	{
		pattern: /not support tradeType\s*[:：]\s*【([^】]*)】/i,
		explain: (match) => ({
			message: `1688 does not offer the trade type "${match[1]}" for this cart`,
			hint: 'Leave Trade Type empty to let 1688 choose, or give one of the tradeTypes Order → Preview lists for the same cart and address (its tradeModeNameList).',
		}),
	},
];

/** What each known code means for the user, and what to do about it; undefined leaves 1688's own text. */
const KNOWN_CODES: Record<string, (error: GatewayError) => Explanation | undefined> = {
	CLOSE_ORDER_TOO_FAST: () => ({
		message: '1688 does not cancel an order in the first 10 seconds after it was created',
		hint: 'Nothing was cancelled: wait a few seconds and run the item again.',
	}),
	ORDER_STATUS_ERROR: (error) =>
		ORDER_STATUS_WORDS[apiName(error)] ?? { message: 'The order\'s status does not allow this', hint: CHECK_ORDER },
	'400_3': (error) =>
		apiName(error) === 'alibaba.trade.cancel'
			? {
					message: 'This 1688 account may not cancel the order: it is neither its buyer nor its seller',
					hint: 'Authorise the account that placed the order in the credential, or check the Order ID.',
				}
			: { message: 'This 1688 account has no permission for this order', hint: 'Authorise the account that placed the order in the credential, or check the Order ID.' },
	'400_1': perApi('400_1'),
	'400_2': perApi('400_2'),
	'400_4': perApi('400_4'),
	'500_1': perApi('500_1'),
	'500_2': perApi('500_2'),
	'gw.SignatureInvalid': () => ({
		message: '1688 rejected the request signature',
		hint: `The App Secret in the 1688 credential does not belong to its App Key. Copy the App Secret again from ${OPEN_PLATFORM} → My Apps → App Key management.`,
	}),
	'gw.AppKeyNotFound': () => ({
		message: '1688 does not know this App Key',
		hint: `Check the App Key in the 1688 credential against ${OPEN_PLATFORM} → My Apps, and the Gateway URL if you changed it.`,
	}),
	'gw.APIACLDecline': (error) => ({
		message: `This 1688 app is not allowed to call ${error.api}`,
		hint: `Apply for the API ${error.api} for your app on ${OPEN_PLATFORM} (My Apps → API permissions); 1688 grants APIs per app.`,
	}),
	'gw.APIUnsupported': (error) => ({
		message: `1688 does not offer the API ${error.api}`,
		hint: 'Check the namespace, API name and version against the API documentation page on open.1688.com (they are case-sensitive).',
	}),
	'gw.QosAppFrequencyLimit': () => ({
		message: '1688 throttled the request (too many calls per second)',
		hint: 'Lower the requests per second in the 1688 credential, or spread the workflow over more time.',
	}),
	'gw.QosRequestLimit': () => ({
		message: '1688 throttled the request (request limit reached)',
		hint: 'Lower the requests per second in the 1688 credential, or spread the workflow over more time.',
	}),
	'gw.NoUsageLeftError': () => ({
		message: 'The paid call quota of this 1688 app is used up',
		hint: `Buy more calls for this API on ${OPEN_PLATFORM}, or wait for the quota period to renew.`,
	}),
	'401': () => ({
		message: '1688 needs a valid access token (Request need user authorized)',
		hint: 'The access token in the 1688 credential is missing, expired (they last 10 hours) or was issued to another app. Authorise again and paste the new token, or store a refresh token so the node can renew it.',
	}),
	TOKEN_UNAVAILABLE: (error) => ({
		message: 'Could not get a valid 1688 access token',
		hint: error.gatewayMessage,
	}),
	EMPTY_RESPONSE: () => ({
		message: 'The 1688 gateway sent an empty answer',
		hint: 'This is usually a passing gateway fault; run the node again. If it persists, check the Gateway URL in the credential.',
	}),
	HTML_RESPONSE: () => ({
		message: 'The 1688 gateway sent a web page instead of data',
		hint: 'A proxy or the gateway itself is failing; check the Gateway URL in the credential and try again later.',
	}),
	INVALID_RESPONSE: () => ({
		message: 'The 1688 gateway sent an answer that is not valid JSON',
		hint: 'The answer was cut off or garbled on the way; run the node again.',
	}),
	ECONNREFUSED: () => ({
		message: 'Could not connect to the 1688 gateway (connection refused)',
		hint: 'Check the Gateway URL in the 1688 credential and that this n8n can reach it.',
	}),
	ECONNRESET: () => ({
		message: 'The connection to the 1688 gateway was reset before it answered',
		hint: 'This is usually a passing network fault; run the node again.',
	}),
	ETIMEDOUT: () => ({
		message: 'The 1688 gateway did not answer in time',
		hint: 'Run the node again; if it persists, raise the timeout or check the network.',
	}),
	ENOTFOUND: () => ({
		message: 'The 1688 gateway host name could not be resolved',
		hint: 'Check the Gateway URL in the 1688 credential.',
	}),
};

const NETWORK_CODE = /^E(CONN|TIMEDOUT|NOTFOUND|PIPE|AI_|SOCKET|HOST|NET)/;

/** The explanation of an error known by its message. */
function explainByMessage(error: GatewayError): Explanation | undefined {
	for (const { pattern, explain } of KNOWN_MESSAGES) {
		const match = pattern.exec(error.gatewayMessage);
		if (match) return explain(match);
	}
	return undefined;
}

/** The user-facing message and hint for a failed gateway call; unknown codes keep 1688's own text. */
export function explainGatewayError(error: GatewayError): { message: string; description: string } {
	const known = explainByMessage(error) ?? KNOWN_CODES[error.code]?.(error);
	// TOKEN_UNAVAILABLE's hint is its own message (the package's, not 1688's): said once.
	const gatewayText = error.gatewayMessage && known?.hint !== error.gatewayMessage ? ` 1688 said: "${error.gatewayMessage}".` : '';
	const reference = error.requestId ? ` Request ID: ${error.requestId}.` : '';
	if (known && NETWORK_CODE.test(error.code)) {
		// n8n swaps any message naming a network code (ECONNRESET, ...) for its own generic text, so the
		// code goes into the description instead.
		return { message: known.message, description: `${known.hint} (${error.code})` };
	}
	if (known) {
		return {
			message: `${known.message} [${error.code}]`,
			description: `${known.hint}${gatewayText}${reference}`,
		};
	}
	return {
		message: `1688 API ${error.api} failed: ${error.gatewayMessage || 'no message'} [${error.code}]`,
		description: `Look up the error code ${error.code} on the API's documentation page on ${OPEN_PLATFORM}.${reference}`,
	};
}
