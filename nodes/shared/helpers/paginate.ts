import { firstFailure, settleEach } from './concurrency';

/** One page of a paged 1688 list: its records and, when the API says, how many records there are in all. */
export interface Page<T> {
	items: T[];
	total?: number;
}

export interface PagingOptions {
	returnAll: boolean;
	/** Records wanted when not returning all. */
	limit: number;
	/** Records the API returns per full page (a shorter page is the last one). */
	pageSize: number;
	/** Number of the first page: 1 for every 1688 list API. */
	firstPage?: number;
	/** Guard against an API that never reports its end. */
	maxPages?: number;
	/** Pages requested at once once the total is known (the transport paces them). */
	concurrency?: number;
}

const DEFAULT_PAGE_CONCURRENCY = 16;

/**
 * Collects records page by page until the limit is reached or the list ends: a short or empty page,
 * or as many records as the reported total. Once the first page tells the total, the remaining pages
 * are requested concurrently (paced by the transport, so the gateway's rate and not its latency is
 * the bound) and their records are returned in page order. Every 1688 list API numbers its pages
 * from 1 but names the page and total fields differently; `fetchPage` hides that.
 */
export async function collectPages<T>(
	fetchPage: (page: number, pageSize: number) => Promise<Page<T>>,
	options: PagingOptions,
): Promise<T[]> {
	const wanted = options.returnAll ? Infinity : Math.max(0, options.limit);
	const firstPage = options.firstPage ?? 1;
	const maxPages = options.maxPages ?? 10_000;
	if (wanted === 0) return [];
	// Ask for no more than needed when a limit is smaller than a page.
	const pageSize = Math.max(1, Math.min(options.pageSize, wanted));
	const cut = (records: T[]) => (options.returnAll ? records : records.slice(0, wanted));

	const first = await fetchPage(firstPage, pageSize);
	const collected = [...first.items];
	if (first.items.length < pageSize || collected.length >= wanted) return cut(collected);

	if (first.total !== undefined) {
		const pageCount = Math.min(Math.ceil(Math.min(first.total, wanted) / pageSize), maxPages);
		const rest = Array.from({ length: Math.max(0, pageCount - 1) }, (_, i) => firstPage + 1 + i);
		const outcomes = await settleEach(
			rest,
			options.concurrency ?? DEFAULT_PAGE_CONCURRENCY,
			async (page) => await fetchPage(page, pageSize),
			{ stopAfterFailure: true },
		);
		const failure = firstFailure(outcomes);
		if (failure) throw failure.error;
		for (const outcome of outcomes) if (outcome?.ok) collected.push(...outcome.value.items);
		return cut(collected);
	}

	// No total: walk on until a short or empty page.
	for (let page = firstPage + 1; page < firstPage + maxPages; page++) {
		const { items } = await fetchPage(page, pageSize);
		collected.push(...items);
		if (items.length < pageSize || collected.length >= wanted) break;
	}
	return cut(collected);
}
