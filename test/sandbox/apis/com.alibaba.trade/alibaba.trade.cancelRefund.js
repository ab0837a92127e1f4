'use strict';
/**
 * com.alibaba.trade:alibaba.trade.cancelRefund-1 — the buyer withdraws a refund request. refundId
 * → {"result":{"success":true,"errorCode":null,"errorInfo":null}} (RefundCancelResult). The page says "No user
 * authorization" (access_token optional) and lists no error codes; the sandbox's own:
 * {"result":{"success":false,"errorCode":"REFUND_NOT_EXIST"|"REFUND_STATUS_ERROR","errorInfo"}}. A refund can be
 * withdrawn until its return is shipped (waitselleragree, waitbuyermodify, waitbuyersend).
 */
const fail = (errorCode, errorInfo) => ({ result: { success: false, errorCode, errorInfo } });
const CANCELLABLE = ['waitselleragree', 'waitbuyermodify', 'waitbuyersend'];

module.exports = {
	namespace: 'com.alibaba.trade',
	name: 'alibaba.trade.cancelRefund',
	version: '1',
	needsToken: false,
	handle({ params, store }) {
		const refund = store.afterSales.get(String(params.refundId ?? '').trim());
		if (!refund) return fail('REFUND_NOT_EXIST', `退款单不存在: ${params.refundId ?? '(empty)'}`);
		if (!CANCELLABLE.includes(refund.status))
			return fail('REFUND_STATUS_ERROR', `退款单状态(${refund.status})不能撤销`);
		store.afterSales.cancel(refund);
		return { result: { success: true, errorCode: null, errorInfo: null } };
	},
};
