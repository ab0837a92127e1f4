'use strict';
/**
 * com.alibaba.trade:alibaba.trade.payWay.query-1 — the payment channels an unpaid order can be paid with.
 * orderId (String) → {"resultList":{"channels":[{"code","name"}],"orderId","payFee" (fen),"timeout" ("yyyy-MM-dd
 * HH:mm:ss", China time)},"success":true} (the page's sample). Channels here: Alipay (1), Kuajingbao (16), and
 * Cheng-e-She (3) while the account's credit covers the order; the deadline is 12 hours after creation (the
 * payTimeout example of alibaba.trade.get.buyerView). Errors {"success":false,"errorCode","errorMsg"}: 500_2 (the
 * page's: not the buyer's order), 400_1, ORDER_NOT_EXIST, ORDER_STATUS_ERROR (not waiting for payment).
 */
const { longId } = require('../../views/ids');
const { formatDash } = require('../../protocol/dates');
const { fen } = require('../../views/cargo');

const PAY_WINDOW_MS = 43200 * 1000;
const fail = (errorCode, errorMsg) => ({ success: false, errorCode, errorMsg });

module.exports = {
	namespace: 'com.alibaba.trade',
	name: 'alibaba.trade.payWay.query',
	version: '1',
	needsToken: true,
	handle({ params, store }) {
		const id = longId(params.orderId);
		if (!id) return fail('400_1', 'orderId is required and must be a number');
		const order = store.getOrder(id);
		if (!order) return fail('ORDER_NOT_EXIST', '订单不存在');
		if (order.buyer.memberId !== store.member.memberId)
			return fail('500_2', '没有权限获取该订单的可用支付方式');
		if (order.status !== 'waitbuyerpay') return fail('ORDER_STATUS_ERROR', '订单不是待支付状态');
		const channels = [{ code: 1, name: '支付宝' }];
		if (store.creditAvailable >= order.totalAmount) channels.push({ code: 3, name: '诚e赊' });
		channels.push({ code: 16, name: '跨境宝' });
		return {
			resultList: {
				channels,
				orderId: order.id,
				payFee: fen(order.totalAmount),
				timeout: formatDash(order.createTime + PAY_WINDOW_MS),
			},
			success: true,
		};
	},
};
