'use strict';
/**
 * com.alibaba.trade:trade.order.buyerdelete-1 — the buyer deletes a closed (cancelled) order from its order list.
 * orderId (Long) → {"result":{"success":true,"code":"","message":"","result":true}} (the page's ResultModel
 * examples). The order is flagged deletedByBuyer: alibaba.trade.getBuyerOrderList no longer lists it (it can still
 * be read by its ID). The sandbox's errors {"result":{"success":false,"code","message","result":false}}: 400_1,
 * ORDER_NOT_EXIST (unknown, another buyer's, or already deleted), ORDER_STATUS_ERROR (not closed).
 */
const { longId } = require('../../views/ids');

const fail = (code, message) => ({ result: { success: false, code, message, result: false } });

module.exports = {
	namespace: 'com.alibaba.trade',
	name: 'trade.order.buyerdelete',
	version: '1',
	needsToken: true,
	handle({ params, store }) {
		const id = longId(params.orderId);
		if (!id) return fail('400_1', 'orderId is required and must be a number');
		const order = store.getOrder(id);
		if (!order || order.buyer.memberId !== store.member.memberId || order.deletedByBuyer)
			return fail('ORDER_NOT_EXIST', '订单不存在');
		if (order.status !== 'cancel') return fail('ORDER_STATUS_ERROR', '只能删除已关闭的订单');
		order.deletedByBuyer = true;
		return { result: { success: true, code: '', message: '', result: true } };
	},
};
