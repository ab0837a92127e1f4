import { API } from '../apis';
import { formatApiId, type ApiRef } from './api';
import type { GatewayError } from './gatewayError';

interface Explanation {
	message: string;
	hint: string;
}

type Explanations = Record<string, Explanation>;

/**
 * What the refund and return APIs' own error codes mean for the user and what to do, per API: their codes overlap
 * (5001 is "order does not exist" for createRefund but "refund query failed" for refund.returnGoods), so they are
 * looked up by API first (errorMessages.ts). Words from each doc page's Error codes table.
 */

/** The refund query APIs answer 500 with a JSON message naming 1688's own code (003, 003002: their pages). */
const REFUND_QUERY: Explanations = {
	'500': {
		message: '1688 could not find this refund or order for your account',
		hint: 'The refund ID is TQ followed by digits (Refund → Create, Get Many), the order ID has 19 digits; a refund of another account is not shown. 1688 keeps refunds of the last 730 days.',
	},
};

/** The reasons and the maximum: createRefund's codes for the same faults (their pages: "5xxx caller error"). */
const REFUND_INPUT: Explanations = {
	'5001': { message: 'The 1688 order does not exist', hint: 'Check the Order ID: 19 digits, from Order → Get Many.' },
	'5002': { message: 'The 1688 order belongs to another buyer account', hint: 'Use the credential of the account that placed the order.' },
	'5003': { message: '1688 does not accept this goods status', hint: 'Choose one of the five Goods Status options.' },
	'5010': {
		message: 'The goods status or the sub-orders do not fit this order',
		hint: "In-sale statuses need an order that is paid (not shipped), or shipped; after-sale ones an order whose receipt is confirmed. Each sub-order ID must be a subOrderId of this order's items (Order → Get).",
	},
	'5013': { message: 'A quantity is more than was bought of that sub-order', hint: 'Give at most the quantity of the item in Order → Get.' },
	'5100': { message: '1688 could not work out the maximum for this request', hint: 'Check the order, its sub-orders and the goods status.' },
};

const REFUND_LIST: Explanations = {
	...REFUND_QUERY,
	APPLY_TIME_ERROR: {
		message: '1688 lists only refunds of the last 730 days',
		hint: 'Set Applied After to a time within the last 730 days, or leave it empty.',
	},
};

/** Explanations by API ID (namespace:name-version). */
const BY_API = new Map<string, Explanations>(
	(
		[
			[API.refundReasons, REFUND_INPUT],
			[API.refundMaxFee, REFUND_INPUT],
			[API.refundGet, REFUND_QUERY],
			[API.refundsOfOrder, REFUND_QUERY],
			[API.refundOperations, REFUND_QUERY],
			[API.refundList, REFUND_LIST],
		] as Array<[ApiRef, Explanations]>
	).map(([api, explanations]) => [formatApiId(api), explanations]),
);

/** The words for an after-sales API's own error code; undefined for any other API or code. */
export function explainAfterSalesError(error: GatewayError): Explanation | undefined {
	return BY_API.get(error.api)?.[error.code];
}
