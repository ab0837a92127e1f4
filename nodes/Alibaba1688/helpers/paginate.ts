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
}

/**
 * Collects records page by page until the limit is reached or the list ends: a short or empty page,
 * or as many records as the reported total. Every 1688 list API numbers its pages from 1 but names the
 * page and total fields differently; `fetchPage` hides that.
 */
export async function collectPages<T>(
	fetchPage: (page: number, pageSize: number) => Promise<Page<T>>,
	options: PagingOptions,
): Promise<T[]> {
	const wanted = options.returnAll ? Infinity : Math.max(0, options.limit);
	const firstPage = options.firstPage ?? 1;
	const maxPages = options.maxPages ?? 10_000;
	const collected: T[] = [];
	if (wanted === 0) return collected;
	// Ask for no more than needed when a limit is smaller than a page.
	const pageSize = Math.max(1, Math.min(options.pageSize, wanted));
	for (let page = firstPage; page < firstPage + maxPages; page++) {
		const { items, total } = await fetchPage(page, pageSize);
		collected.push(...items);
		const ended = items.length < pageSize || (total !== undefined && collected.length >= total);
		if (ended || collected.length >= wanted) break;
	}
	return options.returnAll ? collected : collected.slice(0, wanted);
}
