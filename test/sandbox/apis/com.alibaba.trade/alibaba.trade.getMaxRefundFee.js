'use strict';
/**
 * com.alibaba.trade:alibaba.trade.getMaxRefundFee-1 — the most a refund of these sub-orders may ask for, in fen.
 * input = {"goodsStatus","orderId" (Long),"refundId"? (an open refund being changed),"refundGoodsCountList":[{"id","count"}]}
 * → {"result":{"code","message","result":{maxGoodsFee,maxPostFee,maxRefundFee,maxSubstituteFetchFee},"retCodes","subCode","subMessage","success":true}}.
 * The page lists no error codes: the sandbox answers createRefund-1's (5001, 5002, 5003, 5010, 5013) in the same envelope.
 */
const { objectJsonParam } = require('../../protocol/params');
const { longField } = require('../../views/ids');
const { GOODS_STATUSES, OPEN_STATUSES } = require('../../data/refundRules');
const { buyerOrder, entryCountsParam, foreignEntries } = require('../../views/refundInput');
const { tradeFail, tradeOk } = require('../../views/refund');

module.exports = {
	namespace: 'com.alibaba.trade',
	name: 'alibaba.trade.getMaxRefundFee',
	version: '1',
	needsToken: true,
	handle({ params, store }) {
		const { value: input, raw, problem } = objectJsonParam(params, 'input');
		if (problem) return tradeFail('5100', problem);
		const found = buyerOrder(store, longField(raw, 'orderId'));
		if (!found.order) return tradeFail(found.code, found.message);
		const { order } = found;
		const rule = GOODS_STATUSES[input.goodsStatus];
		if (!rule) return tradeFail('5003', `货物状态不合法: ${input.goodsStatus ?? '(empty)'}`);
		if (order.status !== rule.orderStatus)
			return tradeFail('5010', `订单状态(${order.status})与货物状态(${input.goodsStatus})不符`);
		const listText = /"refundGoodsCountList"\s*:\s*(\[[^\]]*\])/.exec(raw);
		const parsed = entryCountsParam(listText ? listText[1] : '', 'refundGoodsCountList');
		if (parsed.problem) return tradeFail('5013', parsed.problem);
		if (parsed.counts.length === 0) return tradeFail('5013', 'refundGoodsCountList is required');
		const ids = parsed.counts.map((c) => c.id);
		const foreign = foreignEntries(order, ids);
		if (foreign.length) return tradeFail('5010', `子订单不属于该订单: ${foreign.join(',')}`);
		const counts = Object.fromEntries(parsed.counts.map((c) => [c.id, c.count]));
		const tooMany = order.items.find((it) => counts[it.subItemID] > it.quantity);
		if (tooMany) return tradeFail('5013', `子订单退货数量超过购买数量: ${tooMany.subItemID}`);
		let { goods, post } = store.afterSales.maxRefundable(order, ids, counts);
		if (input.refundId) {
			const refund = store.afterSales.get(input.refundId);
			if (!refund || refund.orderId !== order.id || !OPEN_STATUSES.includes(refund.status))
				return tradeFail('5010', `退款单不在退款中: ${input.refundId}`);
			// The refund being changed does not count against itself.
			goods += refund.applyPayment;
			post += refund.applyCarriage;
		}
		return tradeOk(
			{
				maxGoodsFee: goods,
				maxPostFee: post,
				maxRefundFee: goods + post,
				maxSubstituteFetchFee: 0,
			},
			{ retCodes: [], subCode: null, subMessage: null },
		);
	},
};
