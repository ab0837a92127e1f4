'use strict';
/**
 * com.alibaba.trade:alibaba.trade.refund.OpQueryOrderRefundOperationList-1 — a refund's operation records, newest
 * first. refundId, pageNo (from 1), pageSize → {"result":{"opOrderRefundOperationModels":[…]}} (no total: a short page
 * is the last). Errors: the page's 500 with a JSON errorMessage (unknown or foreign refund, bad paging).
 */
const { findRefund, operationModels, queryError } = require('../../views/refund');

module.exports = {
	namespace: 'com.alibaba.trade',
	name: 'alibaba.trade.refund.OpQueryOrderRefundOperationList',
	version: '1',
	needsToken: true,
	handle({ params, store }) {
		const found = findRefund(store, params.refundId);
		if (found.error) return found.error;
		const pageNo = Number(params.pageNo);
		const pageSize = Number(params.pageSize);
		if (
			!Number.isInteger(pageNo) ||
			pageNo < 1 ||
			!Number.isInteger(pageSize) ||
			pageSize < 1 ||
			pageSize > 100
		) {
			return queryError(
				'003002',
				'SERVICE:INVOKE_FAIL:OrderRefundService#queryOrderRefundOperationList',
				'errorCode:INVALID_PARAM,errorMsg:pageNo from 1, pageSize 1-100,cause:null',
				'参数错误',
			);
		}
		const all = operationModels(found.refund, found.order);
		return {
			result: {
				opOrderRefundOperationModels: all.slice((pageNo - 1) * pageSize, pageNo * pageSize),
			},
		};
	},
};
