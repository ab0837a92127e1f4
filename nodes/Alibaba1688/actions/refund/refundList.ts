import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { collectPages } from '../../../shared/helpers/paginate';
import { asArray, asNumber, asObject, type Json } from '../../../shared/helpers/values';
import { callApi } from '../../../shared/transport';
import { API } from '../../../shared/apis';

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
		async (currentPageNum, pageSize) => {
			const response = await callApi.call(this, API.refundList, {
				...query,
				currentPageNum,
				pageSize,
			});
			const result = asObject(response.result);
			return { items: asArray(result.opOrderRefundModels), total: asNumber(result.totalCount) };
		},
		{ returnAll, limit, pageSize: REFUND_PAGE_SIZE, firstPage: 0 },
	);
}
