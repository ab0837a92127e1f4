'use strict';
/**
 * com.alibaba.trade:trade.arbitration.apply-1 — ask 1688's customer service to arbitrate.
 * param = {"type" (RefundComplaint|SafeRefundComplaint|AfterSalesComplaint|TradeComplaint),"refundId"? (required for
 * refund complaints),"orderId" (Long),"reasonText","reasonId" (Integer),"picUrlEvidence"?}
 * → {"result":{"success":true,"code":null,"message":null,"result":<appeal ID, Long>}}. The page lists no error codes;
 * the sandbox's own in that envelope: 400 (parameters), ORDER_NOT_EXIST, REFUND_NOT_EXIST, ARBITRATION_NOT_ALLOWED
 * (a refund complaint before the seller refused, or on a finished refund).
 */
const { objectJsonParam } = require('../../protocol/params');
const { longField } = require('../../views/ids');
const { long } = require('../../protocol/json');
const { buyerOrder } = require('../../views/refundInput');

const fail = (code, message) => ({ result: { success: false, code, message } });
const TYPES = ['RefundComplaint', 'SafeRefundComplaint', 'AfterSalesComplaint', 'TradeComplaint'];
const REFUND_TYPES = ['RefundComplaint', 'SafeRefundComplaint'];

module.exports = {
	namespace: 'com.alibaba.trade',
	name: 'trade.arbitration.apply',
	version: '1',
	needsToken: true,
	handle({ params, store }) {
		const { value: param, raw, problem } = objectJsonParam(params, 'param');
		if (problem) return fail('400', problem);
		if (!TYPES.includes(param.type)) return fail('400', `type must be one of ${TYPES.join(', ')}`);
		const found = buyerOrder(store, longField(raw, 'orderId'));
		if (!found.order) return fail('ORDER_NOT_EXIST', found.message);
		const reasonText = String(param.reasonText ?? '').trim();
		if (!reasonText) return fail('400', 'reasonText is required');
		if (!Number.isInteger(param.reasonId)) return fail('400', 'reasonId is required (Integer)');
		let refund = null;
		if (REFUND_TYPES.includes(param.type) || param.refundId) {
			refund = store.afterSales.get(String(param.refundId ?? ''));
			if (!refund || refund.orderId !== found.order.id)
				return fail('REFUND_NOT_EXIST', `退款单不存在: ${param.refundId ?? '(empty)'}`);
			if (REFUND_TYPES.includes(param.type) && refund.status !== 'waitbuyermodify')
				return fail(
					'ARBITRATION_NOT_ALLOWED',
					`卖家拒绝退款后才能申请介入，当前状态: ${refund.status}`,
				);
		}
		const id = store.afterSales.arbitrate({
			type: param.type,
			refund,
			order: found.order,
			reasonText,
			reasonId: param.reasonId,
			picUrlEvidence: param.picUrlEvidence,
		});
		return { result: { success: true, code: null, message: null, result: long(id) } };
	},
};
