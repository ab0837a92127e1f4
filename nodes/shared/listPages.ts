import type { IDataObject } from 'n8n-workflow';

import { API } from './apis';
import type { Page } from './helpers/paginate';
import { asArray, asNumber, asObject, type Json } from './helpers/values';
import { callApi, type GatewayContext } from './transport';

/** The most orders getBuyerOrderList returns per page. */
export const ORDER_PAGE_SIZE = 50;

/** Refunds per page: queryOrderRefundList-1's example asks for 20 (it documents no maximum). */
export const REFUND_PAGE_SIZE = 20;

/**
 * One page of the buyer's orders (alibaba.trade.getBuyerOrderList, pages from 1) matching `query`: the orders are
 * `result`, the total `totalRecord`. Order → Get Many and the Order Status Changed poll read it.
 */
export async function orderListPage(
	this: GatewayContext,
	query: IDataObject,
	page: number,
	pageSize: number,
): Promise<Page<Json>> {
	const response = await callApi.call(this, API.orderList, { ...query, page, pageSize });
	return { items: asArray(response.result), total: asNumber(response.totalRecord) };
}

/**
 * One page of the buyer's refunds (alibaba.trade.refund.buyer.queryOrderRefundList, pages from 0: its sample answers
 * currentPageNum 0) matching `query`. Refund → Get Many and the Refund Status Changed poll read it.
 */
export async function refundListPage(
	this: GatewayContext,
	query: IDataObject,
	currentPageNum: number,
	pageSize: number,
): Promise<Page<Json>> {
	const response = await callApi.call(this, API.refundList, { ...query, currentPageNum, pageSize });
	const result = asObject(response.result);
	return { items: asArray(result.opOrderRefundModels), total: asNumber(result.totalCount) };
}
