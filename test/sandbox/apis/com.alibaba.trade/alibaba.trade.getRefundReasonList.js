'use strict';
/**
 * com.alibaba.trade:alibaba.trade.getRefundReasonList-1 — the reasons a refund of these sub-orders may give for
 * a goods status. orderId, orderEntryIds (Long[]: a JSON array of bare numbers), goodsStatus (one of the five)
 * → {"result":{"code":null,"message":null,"result":{"reasons":[{id,name,needVoucher,noRefundCarriage,tip}]},"success":true}}.
 * The page lists only "5xxx caller error": the sandbox uses createRefund-1's codes for the same faults
 * (5001 no such order, 5002 not the buyer's, 5003 goods status, 5010 sub-orders or a goods status the order is not in).
 */
const { GOODS_STATUSES, reasonsFor } = require('../../data/refundRules');
const { buyerOrder, foreignEntries, longArrayParam } = require('../../views/refundInput');
const { tradeFail, tradeOk } = require('../../views/refund');

module.exports = {
	namespace: 'com.alibaba.trade',
	name: 'alibaba.trade.getRefundReasonList',
	version: '1',
	needsToken: true,
	handle({ params, store }) {
		const found = buyerOrder(store, params.orderId);
		if (!found.order) return tradeFail(found.code, found.message);
		const entries = longArrayParam(params.orderEntryIds, 'orderEntryIds');
		if (entries.problem) return tradeFail('5010', entries.problem);
		const foreign = foreignEntries(found.order, entries.ids);
		if (foreign.length) return tradeFail('5010', `子订单不属于该订单: ${foreign.join(',')}`);
		const rule = GOODS_STATUSES[params.goodsStatus];
		if (!rule) return tradeFail('5003', `货物状态不合法: ${params.goodsStatus ?? '(empty)'}`);
		if (found.order.status !== rule.orderStatus)
			return tradeFail(
				'5010',
				`订单状态(${found.order.status})与货物状态(${params.goodsStatus})不符`,
			);
		return tradeOk({
			reasons: reasonsFor(params.goodsStatus).map(
				({ id, name, needVoucher, noRefundCarriage, tip }) => ({
					id,
					name,
					needVoucher,
					noRefundCarriage,
					tip,
				}),
			),
		});
	},
};
