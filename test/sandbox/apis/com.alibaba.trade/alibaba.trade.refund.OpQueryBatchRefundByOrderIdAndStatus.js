'use strict';
/**
 * com.alibaba.trade:alibaba.trade.refund.OpQueryBatchRefundByOrderIdAndStatus-1 — the refunds of one order, in real
 * time. orderId (String), queryType 1 (active) or 3 (refunded) → {"result":{"opOrderRefundModels":[…]}} with the
 * flags named isXxx and refundOperationList left empty, as the page's sample has them. "Currently only in-sale refunds
 * (before the transaction completes) can be queried" (the page): after-sale refunds are left out. An unknown order is
 * the page's 500 (ORDER_NOT_EXIST in its errorMessage).
 */
const { OPEN_STATUSES } = require('../../data/refundRules');
const { longId } = require('../../views/ids');
const { queryError, toRefundModel } = require('../../views/refund');

const WANTED = { 1: OPEN_STATUSES, 3: ['refundsuccess'] };

module.exports = {
	namespace: 'com.alibaba.trade',
	name: 'alibaba.trade.refund.OpQueryBatchRefundByOrderIdAndStatus',
	version: '1',
	needsToken: true,
	handle({ params, store }) {
		const id = longId(params.orderId);
		const order = id && store.getOrder(id);
		if (!order || order.buyer.memberId !== store.member.memberId) {
			return queryError(
				'003002',
				'SERVICE:INVOKE_FAIL:OrderRefundService.queryBatchRefundByOrderIdAndStatus',
				'errorCode:ORDER_NOT_EXIST,errorMsg:null,cause:null',
				'订单号有误',
			);
		}
		const statuses = WANTED[String(params.queryType ?? '').trim()];
		if (!statuses)
			return queryError(
				'003002',
				'SERVICE:INVOKE_FAIL:OrderRefundService.queryBatchRefundByOrderIdAndStatus',
				'errorCode:INVALID_PARAM,errorMsg:queryType must be 1 or 3,cause:null',
				'queryType有误',
			);
		const refunds = store.afterSales
			.ofOrder(order.id)
			.filter((r) => r.stage === 'insale' && statuses.includes(r.status));
		return {
			result: {
				opOrderRefundModels: refunds.map((r) => toRefundModel(r, order, { isFlags: true })),
			},
		};
	},
};
