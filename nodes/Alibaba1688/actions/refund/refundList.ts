import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { collectPages } from '../../../shared/helpers/paginate';
import type { Json } from '../../../shared/helpers/values';
import { refundListPage } from '../../../shared/listPages';

/** Refunds per page: queryOrderRefundList-1's example asks for 20 (it documents no maximum). */
export const REFUND_PAGE_SIZE = 20;

/**
 * The buyer's refunds matching `query` (alibaba.trade.refund.buyer.queryOrderRefundList's filters), newest first,
 * all of them or the first `limit`. The API numbers its pages from 0 (its sample answers currentPageNum 0).
 */
export async function listRefunds(
	this: IExecuteFunctions,
	query: IDataObject,
	{ returnAll, limit }: { returnAll: boolean; limit: number },
): Promise<Json[]> {
	return await collectPages(
		async (page, pageSize) => await refundListPage.call(this, query, page, pageSize),
		{ returnAll, limit, pageSize: REFUND_PAGE_SIZE, firstPage: 0 },
	);
}
