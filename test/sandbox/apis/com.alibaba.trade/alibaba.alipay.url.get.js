'use strict';
/**
 * com.alibaba.trade:alibaba.alipay.url.get-1 — cashier link for unpaid orders.
 * orderIdList (JSON array of order ids, ≤ 100) → {"payUrl","success":true,"payFailureOrderList"?};
 * orders that cannot be paid (not waitbuyerpay / unknown) go to payFailureOrderList; none payable → success false
 * with "erroMsg" (sic, as documented).
 */
const { longList } = require('../../views/ids');
const { long } = require('../../protocol/json');

module.exports = {
	namespace: 'com.alibaba.trade',
	name: 'alibaba.alipay.url.get',
	version: '1',
	needsToken: true,
	handle({ params, store }) {
		const ids = longList(params.orderIdList);
		if (!ids || ids.length === 0)
			return { success: false, errorCode: '400_1', erroMsg: 'orderIdList is required' };
		if (ids.length > 100)
			return { success: false, errorCode: '400_1', erroMsg: 'at most 100 orders per batch' };
		const payable = [];
		const failed = [];
		for (const id of ids) {
			const o = store.getOrder(id);
			if (o && o.status === 'waitbuyerpay' && o.buyer.memberId === store.member.memberId)
				payable.push(id);
			else failed.push(id);
		}
		if (payable.length === 0) {
			return {
				success: false,
				errorCode: 'ORDER_STATUS_ERROR',
				erroMsg: '没有可支付的订单',
				payFailureOrderList: failed.map(long),
			};
		}
		const out = {
			payUrl: `https://trade.1688.com/order/cashier.htm?orderId=${payable.join(';')}`,
			success: true,
		};
		if (failed.length) out.payFailureOrderList = failed.map(long);
		return out;
	},
};
