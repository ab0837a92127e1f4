import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { collectPages } from '../../../shared/helpers/paginate';
import type { Json } from '../../../shared/helpers/values';
import { REFUND_PAGE_SIZE, refundListPage } from '../../../shared/listPages';

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
