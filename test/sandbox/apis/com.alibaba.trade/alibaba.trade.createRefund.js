'use strict';
/**
 * com.alibaba.trade:alibaba.trade.createRefund-1 — open a refund (or a return and refund) of sub-orders.
 * orderId, orderEntryIds (Long[], bare JSON numbers), disputeRequest (refund|returnRefund), applyPayment and
 * applyCarriage (fen), applyReasonId (from getRefundReasonList for this goods status), description (2-150 characters),
 * goodsStatus (one of five), vouchers? (String[] of uploadRefundVoucher URLs, 1-5), orderEntryCountList?
 * ([{"id","count"}], only for an in-sale received return), customRefund?, refundRemark?
 * → {"result":{"code":null,"message":null,"result":{"refundId","innerReasonId","innerReason","innerPostFee","isVoucher",
 * "refundOfficialSolutionCost"},"success":true}}; errors {"result":{"success":false,"code","message"}} with the page's
 * codes: 5001 no such order, 5002 not the buyer's, 5003 goods status, 5004 reason, 5005 evidence missing, 5006 shipping
 * refund for a reason without one, 5010 refund state (return before receipt, goods status vs order, sub-orders, a
 * refund already open), 5011 amount, 5012 description length, 5013 return quantities, 5100 anything else.
 */
const { DISPUTE_REQUESTS, GOODS_STATUSES, reasonsFor } = require('../../data/refundRules');
const {
	buyerOrder,
	entryCountsParam,
	foreignEntries,
	longArrayParam,
} = require('../../views/refundInput');
const { tradeFail, tradeOk } = require('../../views/refund');

const wholeFen = (raw) => (/^\d{1,12}$/.test(String(raw ?? '').trim()) ? Number(raw) : null);

/** vouchers: a JSON array of strings; undefined when absent. */
function voucherList(raw) {
	if (raw === undefined || raw === '') return { vouchers: [] };
	try {
		const list = JSON.parse(raw);
		if (Array.isArray(list) && list.every((v) => typeof v === 'string')) return { vouchers: list };
	} catch {
		// answered below
	}
	return { problem: 'vouchers must be a JSON array of image URLs' };
}

module.exports = {
	namespace: 'com.alibaba.trade',
	name: 'alibaba.trade.createRefund',
	version: '1',
	needsToken: true,
	handle({ params, store }) {
		const found = buyerOrder(store, params.orderId);
		if (!found.order) return tradeFail(found.code, found.message);
		const { order } = found;
		const rule = GOODS_STATUSES[params.goodsStatus];
		if (!rule) return tradeFail('5003', `货物状态不合法: ${params.goodsStatus ?? '(empty)'}`);
		if (!DISPUTE_REQUESTS.includes(params.disputeRequest))
			return tradeFail(
				'5100',
				`disputeRequest must be refund or returnRefund, got ${params.disputeRequest ?? '(empty)'}`,
			);
		if (params.disputeRequest === 'returnRefund' && rule.kind !== 'received')
			return tradeFail('5010', '退款退货需买家已收到货');
		if (order.status !== rule.orderStatus)
			return tradeFail('5010', `订单状态(${order.status})与货物状态(${params.goodsStatus})不符`);
		const entries = longArrayParam(params.orderEntryIds, 'orderEntryIds');
		if (entries.problem) return tradeFail('5010', entries.problem);
		const foreign = foreignEntries(order, entries.ids);
		if (foreign.length) return tradeFail('5010', `子订单不属于该订单: ${foreign.join(',')}`);
		const existing = store.afterSales.overlapping(order.id, entries.ids);
		if (existing.length)
			return tradeFail('5010', `子订单已有退款单，请勿重复提交: ${existing[0].refundId}`);

		const reason = reasonsFor(params.goodsStatus).find(
			(r) => String(r.id) === String(params.applyReasonId ?? '').trim(),
		);
		if (!reason)
			return tradeFail(
				'5004',
				`退款原因不正确: ${params.applyReasonId ?? '(empty)'}，请用getRefundReasonList查询`,
			);
		const listed = voucherList(params.vouchers);
		if (listed.problem) return tradeFail('5005', listed.problem);
		const { vouchers } = listed;
		if (vouchers.length > 5) return tradeFail('5100', '凭证最多5张');
		const unknown = vouchers.find((url) => !store.afterSales.isVoucher(url));
		if (unknown)
			return tradeFail('5005', `凭证需使用uploadRefundVoucher返回的图片地址: ${unknown}`);
		if (reason.needVoucher && vouchers.length === 0)
			return tradeFail('5005', `该退款原因需上传凭证: ${reason.name}`);

		const counted = entryCountsParam(params.orderEntryCountList, 'orderEntryCountList');
		if (counted.problem) return tradeFail('5013', counted.problem);
		if (
			counted.counts.length &&
			!(params.disputeRequest === 'returnRefund' && params.goodsStatus === 'refundBuyerReceived')
		) {
			return tradeFail('5013', '仅售中已收货的退款退货可指定退货数量');
		}
		const counts = {};
		for (const { id, count } of counted.counts) {
			const item = order.items.find((it) => it.subItemID === id);
			if (!item || !entries.ids.includes(id) || count > item.quantity)
				return tradeFail('5013', `子订单退货数量不正确: ${id}`);
			counts[id] = count;
		}

		const applyPayment = wholeFen(params.applyPayment);
		const applyCarriage = wholeFen(params.applyCarriage);
		if (applyPayment === null || applyPayment < 1)
			return tradeFail('5011', `退款金额不正确(分): ${params.applyPayment ?? '(empty)'}`);
		if (applyCarriage === null)
			return tradeFail('5011', `退运费金额不正确(分): ${params.applyCarriage ?? '(empty)'}`);
		if (reason.noRefundCarriage && applyCarriage > 0)
			return tradeFail('5006', `该退款原因不退运费: ${reason.name}`);
		const max = store.afterSales.maxRefundable(order, entries.ids, counts);
		if (applyPayment > max.goods)
			return tradeFail('5011', `退款金额不能大于实付金额: 最多${max.goods}分`);
		if (rule.kind === 'notShipped' && applyPayment !== max.goods)
			return tradeFail('5011', `等待卖家发货时退款金额需等于实付金额: ${max.goods}分`);
		if (applyCarriage > max.post) return tradeFail('5011', `退运费不能大于运费: 最多${max.post}分`);
		const description = String(params.description ?? '');
		if ([...description].length < 2 || [...description].length > 150)
			return tradeFail('5012', `退款说明需2-150字，实际${[...description].length}字`);

		const refund = store.afterSales.create({
			order,
			entryIds: entries.ids,
			entryCounts: counts,
			disputeRequest: params.disputeRequest,
			goodsStatus: params.goodsStatus,
			applyPayment,
			applyCarriage,
			reason,
			description,
			vouchers,
			customRefund: params.customRefund === 'true',
			refundRemark: params.refundRemark,
		});
		return tradeOk({
			refundId: refund.refundId,
			innerReasonId: reason.id,
			innerReason: reason.name,
			innerPostFee: applyCarriage,
			isVoucher: vouchers.length ? '1' : '0',
			refundOfficialSolutionCost: refund.officialSolutionCost,
		});
	},
};
