import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';

import { toGatewayTime } from '../shared/helpers/chinaTime';
import { collectPages } from '../shared/helpers/paginate';
import { simplifyOrder, type SimpleOrder } from '../shared/helpers/simplifyOrder';
import { asArray, asNumber } from '../shared/helpers/values';
import { callApi } from '../shared/transport';
import { PollBudget, pollBudgetMs } from './pollBudget';
import { commitState, savedState } from './triggerState';
import { API } from '../shared/apis';
import { readOrderStatuses } from '../shared/orderStatus';

/** The most orders getBuyerOrderList returns per page. */
const PAGE_SIZE = 50;
/** Each window starts this long before the previous one ended: late-indexed changes are not missed. */
export const WINDOW_OVERLAP_MS = 5 * 60 * 1000;
/** Orders that reached an end state are remembered up to this many (the most recently changed). */
const MAX_FINISHED_ORDERS = 1000;
const FINISHED = new Set(['success', 'cancel', 'terminated']);

/** One listing of orders, done in one poll or, when the budget runs out, resumed over several. */
interface OrderListing {
	/** Modified at or after (ms); undefined for the baseline, which lists every order. */
	from?: number;
	/** Modified at or before (ms). */
	to: number;
	page: number;
}

interface OrderWatchState {
	/** orderId → status at its last sighting. */
	statuses: Record<string, string>;
	/** Where the next window starts (ms); undefined until the baseline is complete. */
	since?: number;
	/** A listing cut off by the poll budget, resumed by the next poll. */
	listing?: OrderListing;
}

function statusFilter(value: unknown): Set<string> | undefined {
	const statuses = readOrderStatuses(value);
	return statuses.length ? new Set(statuses) : undefined;
}

function statusEvent(order: SimpleOrder, previousStatus: string | null): IDataObject {
	const { orderId, status, ...details } = order;
	return { event: 'orderStatusChanged', orderId, previousStatus, currentStatus: status ?? null, ...details };
}

/** Keeps every open order and the most recently changed finished ones (insertion order = change order). */
function forgetOldFinished(statuses: Record<string, string>): void {
	const finished = Object.keys(statuses).filter((orderId) => FINISHED.has(statuses[orderId]));
	for (const orderId of finished.slice(0, Math.max(0, finished.length - MAX_FINISHED_ORDERS))) delete statuses[orderId];
}

function listingParams(listing: OrderListing): IDataObject {
	if (listing.from === undefined) return {};
	return { modifyStartTime: toGatewayTime(listing.from), modifyEndTime: toGatewayTime(listing.to) };
}

/** Fetch Test Event: the latest order (in the first wanted status, when filtered) as it is now. */
async function fetchSample(this: IPollFunctions, wanted: Set<string> | undefined): Promise<INodeExecutionData[][] | null> {
	const orderStatus = wanted ? [...wanted][0] : undefined;
	const response = await callApi.call(this, API.orderList, { page: 1, pageSize: 1, orderStatus });
	const [latest] = asArray(response.result);
	if (!latest) return null;
	const order = simplifyOrder(latest);
	return [[{ json: statusEvent(order, order.status ?? null) }]];
}

/**
 * Order Status Changed: the buyer's orders whose status differs from the one last seen. The first
 * poll lists every order as the baseline; later polls list the orders modified since the previous
 * window (minus an overlap), all pages. Reading an order twice is harmless: only a status that differs
 * from the saved one is reported, and then saved.
 */
export async function pollOrders(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
	const budget = new PollBudget(pollBudgetMs(this), Date.now());
	const options = this.getNodeParameter('options', {}) as IDataObject;
	const wanted = statusFilter(options.orderStatuses);
	const emitExisting = options.emitExisting === true;
	// The saved state is not touched by Fetch Test Event.
	if (this.getMode() === 'manual') return await fetchSample.call(this, wanted);

	const saved = savedState<OrderWatchState>(this, 'orders');
	const statuses: Record<string, string> = { ...(saved?.statuses ?? {}) };
	const since = saved?.since;
	// A resumed listing starts one page early: orders that left it since shift the pages forward.
	const listing: OrderListing = saved?.listing
		? { ...saved.listing, page: Math.max(1, saved.listing.page - 1) }
		: { from: since === undefined ? undefined : since - WINDOW_OVERLAP_MS, to: Date.now(), page: 1 };
	const isBaseline = listing.from === undefined;
	// Every poll gets further: a resumed listing reads its overlap page and at least one new page.
	const minimumPages = saved?.listing ? 2 : 1;
	const events: IDataObject[] = [];
	let stoppedAtPage: number | undefined;

	await collectPages(
		async (page, pageSize) => {
			if (budget.stepsTaken >= minimumPages && !budget.allowsAnotherStep(Date.now())) {
				stoppedAtPage = page;
				return { items: [] };
			}
			const response = await budget.step(async () => await callApi.call(this, API.orderList, { ...listingParams(listing), page, pageSize }));
			const orders = asArray(response.result);
			for (const order of orders.map(simplifyOrder)) {
				const { orderId, status } = order;
				if (!orderId || !status || statuses[orderId] === status) continue;
				const previous = statuses[orderId] ?? null;
				delete statuses[orderId];
				statuses[orderId] = status;
				if (isBaseline && !emitExisting) continue;
				if (wanted && !wanted.has(status)) continue;
				events.push(statusEvent(order, previous));
			}
			return { items: orders, total: asNumber(response.totalRecord) };
		},
		{ returnAll: true, limit: Infinity, pageSize: PAGE_SIZE, firstPage: listing.page },
	);

	forgetOldFinished(statuses);
	const next: IDataObject = { statuses };
	if (stoppedAtPage === undefined) {
		next.since = listing.to;
	} else {
		if (since !== undefined) next.since = since;
		next.listing = { ...listing, page: stoppedAtPage };
	}
	commitState(this, 'orders', next);
	return events.length ? [events.map((json) => ({ json }))] : null;
}
