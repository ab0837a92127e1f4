import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { filtersCollection, returnAllOrLimit, simplifyField } from '../common.descriptions';
import { collectPages } from '../../../shared/helpers/paginate';
import { simplifyOrder } from '../../../shared/helpers/simplifyOrder';
import { asId, asObject, asText, asTrimmedText, type Json } from '../../../shared/helpers/values';
import { ORDER_PAGE_SIZE, orderListPage } from '../../../shared/listPages';
import { ORDER_STATUS_OPTIONS, readOrderStatuses } from '../../../shared/orderStatus';
import { readPaging } from '../paging';
import { timeFilter, timeRange } from '../timeFilters';

const showFor = { resource: ['order'], operation: ['getMany'] };

/** Only reads: input items may run side by side. */
export const readOnly = true;

export const description: INodeProperties[] = [
	...returnAllOrLimit(showFor),
	filtersCollection(showFor, [
		timeFilter('Created After', 'createdAfter', 'Only orders placed at or after this time'),
		timeFilter('Created Before', 'createdBefore', 'Only orders placed at or before this time'),
		{
			displayName: 'External Order Reference',
			name: 'outOrderId',
			type: 'string',
			default: '',
			description:
				"Only the order created with this external order reference (Order → Create's External Order Reference)",
		},
		timeFilter('Modified After', 'modifiedAfter', 'Only orders last changed at or after this time'),
		timeFilter(
			'Modified Before',
			'modifiedBefore',
			'Only orders last changed at or before this time',
		),
		{
			displayName: 'Order Status',
			name: 'orderStatus',
			type: 'multiOptions',
			options: ORDER_STATUS_OPTIONS,
			default: [],
			description: 'Only orders in one of these states; none selected means every state',
		},
	]),
	simplifyField(showFor, 'order with its items, seller and receiver'),
];

/** One listing per chosen status; none chosen is one listing of every status. */
function statusesOf(value: unknown): Array<string | undefined> {
	const statuses = readOrderStatuses(value);
	return statuses.length ? statuses : [undefined];
}

function orderKey(order: Json): string | undefined {
	const base = asObject(order.baseInfo);
	return asId(base.idOfStr) ?? asId(base.id);
}

function createdAt(order: Json): string {
	return asText(asObject(order.baseInfo).createTime) ?? '';
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const { returnAll, limit } = readPaging.call(this, itemIndex);
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	const [createStartTime, createEndTime] = timeRange(
		filters,
		['createdAfter', 'Created After'],
		['createdBefore', 'Created Before'],
	);
	const [modifyStartTime, modifyEndTime] = timeRange(
		filters,
		['modifiedAfter', 'Modified After'],
		['modifiedBefore', 'Modified Before'],
	);
	const query = {
		createStartTime,
		createEndTime,
		modifyStartTime,
		modifyEndTime,
		outOrderId: asTrimmedText(filters.outOrderId),
	};

	// The API filters by one status at a time: one listing per chosen status, merged newest first.
	const statuses = statusesOf(filters.orderStatus);
	const seen = new Set<string>();
	const orders: Json[] = [];
	for (const orderStatus of statuses) {
		const listed = await collectPages(
			async (page, pageSize) =>
				await orderListPage.call(this, { ...query, orderStatus }, page, pageSize),
			{ returnAll, limit, pageSize: ORDER_PAGE_SIZE },
		);
		for (const order of listed) {
			const key = orderKey(order);
			// An order that changed state between two listings would show up twice.
			if (key !== undefined && seen.has(key)) continue;
			if (key !== undefined) seen.add(key);
			orders.push(order);
		}
	}
	if (statuses.length > 1)
		orders.sort((a, b) => (createdAt(a) < createdAt(b) ? 1 : createdAt(a) > createdAt(b) ? -1 : 0));
	const wanted = orders.slice(0, limit);
	return simplify ? wanted.map(simplifyOrder) : wanted;
}
