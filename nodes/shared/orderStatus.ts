import { readStatusChoice } from './helpers/statusChoice';

/** The buyer order states `alibaba.trade.getBuyerOrderList` filters by (`orderStatus`), as editor options. */
export const ORDER_STATUS_OPTIONS = [
	{ name: 'Cancelled', value: 'cancel' },
	{ name: 'Paid, Waiting for Seller to Ship', value: 'waitsellersend' },
	{ name: 'Shipped, Waiting for Buyer to Receive', value: 'waitbuyerreceive' },
	{ name: 'Successful', value: 'success' },
	{ name: 'Waiting for Buyer Payment', value: 'waitbuyerpay' },
];

export const ORDER_STATUSES = ORDER_STATUS_OPTIONS.map((option) => option.value);

/**
 * The order states chosen in an Order Status field (a list, or comma-separated text from an
 * expression), checked and without repeats; an empty list means every state.
 */
export function readOrderStatuses(value: unknown): string[] {
	return readStatusChoice(value, 'Order Status', 'order status', ORDER_STATUSES);
}
