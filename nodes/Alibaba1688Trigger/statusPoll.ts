import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import { toGatewayTime } from '../shared/helpers/chinaTime';
import type { Page } from '../shared/helpers/paginate';
import { collectPages } from '../shared/helpers/paginate';
import type { Json } from '../shared/helpers/values';
import { PollBudget, pollBudgetMs } from './pollBudget';
import { commitState, savedState, type StateKey } from './triggerState';

/** Each window starts this long before the previous one ended: late-indexed changes are not missed. */
export const WINDOW_OVERLAP_MS = 5 * 60 * 1000;
/** Records that reached an end state are remembered up to this many (the most recently changed). */
const MAX_FINISHED = 1000;

/** A window of modification times (ms); `from` undefined for the baseline, which lists every record. */
export interface ListWindow {
	from?: number;
	to: number;
}

/** A window as both list APIs (getBuyerOrderList, refund.buyer.queryOrderRefundList) take it: none for the baseline. */
export function windowParams(window: ListWindow): IDataObject {
	if (window.from === undefined) return {};
	return { modifyStartTime: toGatewayTime(window.from), modifyEndTime: toGatewayTime(window.to) };
}

/** One listing of records, done in one poll or, when the budget runs out, resumed over several. */
interface Listing extends ListWindow {
	page: number;
}

interface WatchState {
	/** ID → status at its last sighting. */
	statuses: Record<string, string>;
	/** Where the next window starts (ms); undefined until the baseline is complete. */
	since?: number;
	/** A listing cut off by the poll budget, resumed by the next poll. */
	listing?: Listing;
}

/** What a status watch (Order Status Changed, Refund Status Changed) knows of its records and their list API. */
export interface StatusWatch {
	/** Where its state is saved (triggerState.ts). */
	key: StateKey;
	pageSize: number;
	/** The list API's first page number (1 for orders, 0 for refunds). */
	firstPage: number;
	/** End states: such records change no more and only the latest ones are remembered. */
	finished: Set<string>;
	/** One page of the records modified in the window (every record for the baseline), with the total when given. */
	listPage(
		this: IPollFunctions,
		window: ListWindow,
		page: number,
		pageSize: number,
	): Promise<Page<Json>>;
	/** A listed record's ID and status, and the event it makes given its previous status. */
	read(record: Json): {
		id?: string;
		status?: string;
		event: (previous: string | null) => IDataObject;
	};
}

/** Keeps every record still under way and the most recently changed finished ones (insertion order = change order). */
function forgetOldFinished(statuses: Record<string, string>, finished: Set<string>): void {
	const done = Object.keys(statuses).filter((id) => finished.has(statuses[id]));
	for (const id of done.slice(0, Math.max(0, done.length - MAX_FINISHED))) delete statuses[id];
}

/**
 * The records whose status differs from the one last seen, as events. The first poll lists every record as the
 * baseline (emitted only with `emitExisting`); later polls list the records modified since the previous window
 * (minus an overlap), all pages, resuming a listing the poll budget cut off. Reading a record twice is harmless:
 * only a status that differs from the saved one is reported, and then saved. `wanted` filters what is emitted,
 * never what is followed. The state is saved once, at the end of a poll whose calls all succeeded.
 */
export async function pollStatusChanges(
	this: IPollFunctions,
	watch: StatusWatch,
	{ wanted, emitExisting }: { wanted?: Set<string>; emitExisting: boolean },
): Promise<IDataObject[]> {
	const budget = new PollBudget(pollBudgetMs(this), Date.now());
	const saved = savedState<WatchState>(this, watch.key);
	const statuses: Record<string, string> = { ...(saved?.statuses ?? {}) };
	const since = saved?.since;
	// A resumed listing starts one page early: records that left it since shift the pages forward.
	const listing: Listing = saved?.listing
		? { ...saved.listing, page: Math.max(watch.firstPage, saved.listing.page - 1) }
		: {
				from: since === undefined ? undefined : since - WINDOW_OVERLAP_MS,
				to: Date.now(),
				page: watch.firstPage,
			};
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
			const listed = await budget.step(
				async () =>
					await watch.listPage.call(this, { from: listing.from, to: listing.to }, page, pageSize),
			);
			for (const record of listed.items) {
				const { id, status, event } = watch.read(record);
				if (!id || !status || statuses[id] === status) continue;
				const previous = statuses[id] ?? null;
				delete statuses[id];
				statuses[id] = status;
				if (isBaseline && !emitExisting) continue;
				if (wanted && !wanted.has(status)) continue;
				events.push(event(previous));
			}
			return listed;
		},
		{ returnAll: true, limit: Infinity, pageSize: watch.pageSize, firstPage: listing.page },
	);

	forgetOldFinished(statuses, watch.finished);
	const next: IDataObject = { statuses };
	if (stoppedAtPage === undefined) {
		next.since = listing.to;
	} else {
		if (since !== undefined) next.since = since;
		next.listing = { ...listing, page: stoppedAtPage };
	}
	commitState(this, watch.key, next);
	return events;
}
