import { readStatusChoice } from './helpers/statusChoice';

/**
 * The states of a 1688 refund (退款单), as `alibaba.trade.refund.buyer.queryOrderRefundList` filters by them
 * (`refundStatusSet`, its doc page), with the words the node shows for them.
 */
export const REFUND_STATUS_OPTIONS = [
	{
		name: 'Closed',
		value: 'refundclose',
		description: 'Withdrawn by you, closed by 1688 or the seller: nothing refunded',
	},
	{ name: 'Refunded', value: 'refundsuccess', description: 'The money was refunded' },
	{
		name: 'Refused, Waiting for You to Modify',
		value: 'waitbuyermodify',
		description: 'The seller refused; change the request, cancel it or apply for arbitration',
	},
	{
		name: 'Waiting for Seller to Agree',
		value: 'waitselleragree',
		description: 'Requested; the seller has not answered yet',
	},
	{
		name: 'Waiting for Seller to Receive the Return',
		value: 'waitsellerreceive',
		description: 'You shipped the return; the seller refunds once it arrives',
	},
	{
		name: 'Waiting for You to Return the Goods',
		value: 'waitbuyersend',
		description: 'The seller agreed to the return: ship it and submit the waybill',
	},
];

export const REFUND_STATUSES = REFUND_STATUS_OPTIONS.map((option) => option.value);

/** States a refund is still under way in: a new request for its sub-orders would duplicate it. */
export const OPEN_REFUND_STATUSES = [
	'waitselleragree',
	'waitbuyermodify',
	'waitbuyersend',
	'waitsellerreceive',
];

const WORDS: Record<string, string> = {
	waitselleragree: 'waiting for seller to agree',
	waitbuyermodify: 'refused by seller, waiting for buyer to modify',
	waitbuyersend: 'waiting for buyer to return the goods',
	waitsellerreceive: 'waiting for seller to receive the return',
	refundsuccess: 'refunded',
	refundclose: 'closed',
};

/** A refund status in words (`refunded`, `waiting for seller to agree`); an unknown code as it is. */
export function refundStatusWords(code: string | undefined): string | undefined {
	return code === undefined ? undefined : (WORDS[code] ?? code);
}

/**
 * The refund states chosen in a Refund Status field (a list, or comma-separated text from an expression), checked and
 * without repeats; an empty list means every state.
 */
export function readRefundStatuses(value: unknown): string[] {
	return readStatusChoice(value, 'Refund Status', 'refund status', REFUND_STATUSES);
}
