import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { collectPages } from '../../../shared/helpers/paginate';
import { simplifySearchOffer } from '../../../shared/helpers/simplifyProduct';
import { asArray, asNumber, asObject } from '../../../shared/helpers/values';
import { callApi, type ApiParams, type ApiRef } from '../../../shared/transport';
import { readPaging } from '../paging';
import { crossBorderPayload } from '../../../shared/helpers/crossBorder';
import { readSearchQuery } from './searchOptions';

/** What Simplify gives for each offer of a search or recommendation list. */
export const SEARCH_HIT_SUMMARY =
	'offer (offerId, title, titleTranslated, url, mainImage, price and dropshipPrice in CNY, monthSold, repurchaseRatePercent, minOrderQuantity, dropshipping, shippingPromise, sellerIdentities, sellerServiceScore, tradeScore, categoryId)';

/** Offers per search request: 1688 allows up to 50 and recommends 20 for the best results. */
export const SEARCH_PAGE_SIZE = 20;

/** A list without a total ends at a short page; stop after this many pages even if 1688 kept answering full ones. */
const MAX_UNCOUNTED_PAGES = 50;

/** A search as the fields of one item ask for it, read and checked before any request. */
export interface SearchRequest {
	query: IDataObject;
	returnAll: boolean;
	limit: number;
	simplify: boolean;
}

/** Reads the shared search fields, paging and Simplify for one item. */
export function readSearchRequest(this: IExecuteFunctions, itemIndex: number): SearchRequest {
	const query = readSearchQuery.call(this, itemIndex);
	const { returnAll, limit } = readPaging.call(this, itemIndex);
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	return { query, returnAll, limit, simplify };
}

/**
 * Runs a cross-border search (`keywordQuery` or `imageQuery`) page by page: `offerQueryParam` is the
 * query plus `beginPage`/`pageSize`, the answer's `result.result` holds `data` and `totalRecords`.
 * Gives the offers as 1688 sent them, or simplified, as far as Return All / Limit ask.
 */
export async function searchOffers(
	this: IExecuteFunctions,
	api: ApiRef,
	search: SearchRequest,
): Promise<IDataObject[]> {
	const { query, returnAll, limit, simplify } = search;
	const offers = await collectPages(
		async (beginPage, pageSize) => {
			const response = await callApi.call(this, api, {
				offerQueryParam: { ...query, beginPage, pageSize },
			});
			const page = asObject(crossBorderPayload(response));
			return { items: asArray(page.data), total: asNumber(page.totalRecords) };
		},
		{ returnAll, limit, pageSize: SEARCH_PAGE_SIZE },
	);
	return simplify ? offers.map(simplifySearchOffer) : offers;
}

/**
 * A cross-border offer list that reports no total (related offers, recommendations), page by page until a
 * short page: `paramsFor` gives the API's parameters for a page, the answer's `result.result` is the page's offers.
 */
export async function listOffers(
	this: IExecuteFunctions,
	api: ApiRef,
	paramsFor: (page: number, pageSize: number) => ApiParams,
	paging: { returnAll: boolean; limit: number; pageSize: number },
): Promise<IDataObject[]> {
	return await collectPages(
		async (page, pageSize) => ({
			items: asArray(crossBorderPayload(await callApi.call(this, api, paramsFor(page, pageSize)))),
		}),
		{ ...paging, maxPages: MAX_UNCOUNTED_PAGES },
	);
}
