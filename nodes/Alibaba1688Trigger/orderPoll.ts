import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';

import { simplifyOrder, type SimpleOrder } from '../shared/helpers/simplifyOrder';
import { pollStatusChanges, windowParams, type StatusWatch } from './statusPoll';
import { ORDER_PAGE_SIZE, orderListPage } from '../shared/listPages';
import { readOrderStatuses } from '../shared/orderStatus';

function statusFilter(value: unknown): Set<string> | undefined {
	const statuses = readOrderStatuses(value);
	return statuses.length ? new Set(statuses) : undefined;
}

function statusEvent(order: SimpleOrder, previousStatus: string | null): IDataObject {
	const { orderId, status, ...details } = order;
	return {
		event: 'orderStatusChanged',
		orderId,
		previousStatus,
		currentStatus: status ?? null,
		...details,
	};
}

/** The buyer's orders by modification time (alibaba.trade.getBuyerOrderList), pages from 1. */
const ORDER_WATCH: StatusWatch = {
	key: 'orders',
	pageSize: ORDER_PAGE_SIZE,
	firstPage: 1,
	finished: new Set(['success', 'cancel', 'terminated']),
	async listPage(window, page, pageSize) {
		return await orderListPage.call(this, windowParams(window), page, pageSize);
	},
	read(record) {
		const order = simplifyOrder(record);
		return {
			id: order.orderId,
			status: order.status,
			event: (previous) => statusEvent(order, previous),
		};
	},
};

/** Fetch Test Event: the latest order (in the first wanted status, when filtered) as it is now. */
async function fetchSample(
	this: IPollFunctions,
	wanted: Set<string> | undefined,
): Promise<INodeExecutionData[][] | null> {
	const orderStatus = wanted ? [...wanted][0] : undefined;
	const {
		items: [latest],
	} = await orderListPage.call(this, { orderStatus }, 1, 1);
	if (!latest) return null;
	const order = simplifyOrder(latest);
	return [[{ json: statusEvent(order, order.status ?? null) }]];
}

/**
 * Order Status Changed: the buyer's orders whose status differs from the one last seen (statusPoll.ts: a
 * baseline of every order, then the orders modified since the previous window).
 */
export async function pollOrders(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
	const options = this.getNodeParameter('options', {}) as IDataObject;
	const wanted = statusFilter(options.orderStatuses);
	// The saved state is not touched by Fetch Test Event.
	if (this.getMode() === 'manual') return await fetchSample.call(this, wanted);
	const events = await pollStatusChanges.call(this, ORDER_WATCH, {
		wanted,
		emitExisting: options.emitExisting === true,
	});
	return events.length ? [events.map((json) => ({ json }))] : null;
}
