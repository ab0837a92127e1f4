'use strict';
/**
 * com.alibaba.trade:alibaba.trade.get.buyerView-1 — one order of the buyer, with logistics items.
 * webSite=1688, orderId → {"result": TradeInfo, "success": "true"} (success is a String per the doc).
 */
const { toTradeInfo } = require('../../views/order');
const { longId } = require('../../views/ids');

const fail = (errorCode, errorMessage) => ({ success: 'false', errorCode, errorMessage });

module.exports = {
	namespace: 'com.alibaba.trade',
	name: 'alibaba.trade.get.buyerView',
	version: '1',
	needsToken: true,
	handle({ params, store }) {
		if (params.webSite !== '1688') return fail('400_1', 'webSite must be 1688');
		const id = longId(params.orderId);
		if (!id) return fail('400_1', 'orderId is required and must be a number');
		const order = store.getOrder(id);
		if (!order) return fail('ORDER_NOT_EXIST', '订单不存在');
		if (order.buyer.memberId !== store.member.memberId)
			return fail('order.nopermission.buyer', '没有权限获取该订单详情(买家)');
		return { result: toTradeInfo(order, { detail: true }), success: 'true' };
	},
};
