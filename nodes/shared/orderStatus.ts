import { InputError } from './helpers/inputError';

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
	const list = typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value : [];
	const statuses = list.map((status) => String(status).trim()).filter((status) => status !== '');
	for (const status of statuses) {
		if (!ORDER_STATUSES.includes(status)) {
			throw new InputError(
				'Order Status',
				`"${status}" is not a 1688 order status; use ${ORDER_STATUSES.join(', ')}`,
			);
		}
	}
	return [...new Set(statuses)];
}
