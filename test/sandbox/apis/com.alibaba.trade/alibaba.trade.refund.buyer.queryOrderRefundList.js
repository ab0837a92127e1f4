'use strict';
/**
 * com.alibaba.trade:alibaba.trade.refund.buyer.queryOrderRefundList-1 — the buyer's refunds, newest application first.
 * orderId?, applyStartTime?/applyEndTime?, modifyStartTime?/modifyEndTime? (yyyyMMddHHmmssSSS+0800), refundStatusSet?
 * (a JSON list of waitselleragree, refundsuccess, refundclose, waitbuyermodify, waitbuyersend, waitsellerreceive),
 * sellerMemberId?, logisticsNo? (needs sellerMemberId), dipsuteType? (1 in-sale, 2 after-sale, 0 all),
 * currentPageNum (from 0: the page's sample answers currentPageNum 0), pageSize (default 20, at most 100)
 * → {"result":{"opOrderRefundModels":[…],"totalCount","currentPageNum"},"success":true}. Errors
 * {"success":false,"errorCode","errorMsg"}: the page's APPLY_TIME_ERROR (an application time more than 730 days back),
 * the sandbox's PARAM_ERROR.
 */
const { REFUND_STATUSES } = require('../../data/refundRules');
const { parse1688 } = require('../../protocol/dates');
const { numberParam } = require('../../protocol/params');
const { longId } = require('../../views/ids');
const { toRefundModel } = require('../../views/refund');

const fail = (errorCode, errorMsg) => ({ success: false, errorCode, errorMsg });
const DAY = 86400000;

/** A time parameter: undefined when absent, null when malformed. */
function timeParam(raw) {
	if (raw === undefined || raw === '') return undefined;
	return parse1688(raw);
}

function statusSet(raw) {
	if (raw === undefined || raw === '') return { statuses: null };
	let list;
	try {
		list = JSON.parse(raw);
	} catch {
		list = String(raw).split(',');
	}
	if (!Array.isArray(list)) return { problem: 'refundStatusSet must be a list' };
	const statuses = list.map((s) => String(s).trim());
	const unknown = statuses.find((s) => !REFUND_STATUSES.includes(s));
	return unknown ? { problem: `unknown refund status ${unknown}` } : { statuses };
}

module.exports = {
	namespace: 'com.alibaba.trade',
	name: 'alibaba.trade.refund.buyer.queryOrderRefundList',
	version: '1',
	needsToken: true,
	handle({ params, store }) {
		const times = {};
		for (const name of ['applyStartTime', 'applyEndTime', 'modifyStartTime', 'modifyEndTime']) {
			times[name] = timeParam(params[name]);
			if (times[name] === null)
				return fail('PARAM_ERROR', `${name} must be yyyyMMddHHmmssSSS+0800`);
		}
		if (times.applyStartTime !== undefined && times.applyStartTime < Date.now() - 730 * DAY) {
			return fail('APPLY_TIME_ERROR', '只能查询最近730天的退款单，请检查退款申请时间！');
		}
		const { statuses, problem } = statusSet(params.refundStatusSet);
		if (problem) return fail('PARAM_ERROR', problem);
		if (params.logisticsNo && !params.sellerMemberId)
			return fail('PARAM_ERROR', '按退货运单号查询时sellerMemberId必传');
		const disputeType = numberParam(params, 'dipsuteType', 0);
		if (![0, 1, 2].includes(disputeType))
			return fail('PARAM_ERROR', 'dipsuteType must be 0, 1 or 2');
		const page = numberParam(params, 'currentPageNum', 0);
		const pageSize = numberParam(params, 'pageSize', 20);
		if (
			!Number.isInteger(page) ||
			page < 0 ||
			!Number.isInteger(pageSize) ||
			pageSize < 1 ||
			pageSize > 100
		) {
			return fail('PARAM_ERROR', 'currentPageNum from 0, pageSize 1-100');
		}
		const orderId =
			params.orderId === undefined || params.orderId === '' ? null : longId(params.orderId);
		if (params.orderId && !orderId) return fail('PARAM_ERROR', 'orderId must be a number');
		const within = (ms, from, to) =>
			(from === undefined || ms >= from) && (to === undefined || ms <= to);
		const matching = store.afterSales.list().filter((r) => {
			const order = store.getOrder(r.orderId);
			return (
				order.buyer.memberId === store.member.memberId &&
				(!orderId || r.orderId === orderId) &&
				(!statuses || statuses.includes(r.status)) &&
				(!params.sellerMemberId || order.seller.memberId === params.sellerMemberId) &&
				(!params.logisticsNo || r.freightBill === params.logisticsNo) &&
				(disputeType === 0 || (disputeType === 1) === (r.stage === 'insale')) &&
				within(r.gmtApply, times.applyStartTime, times.applyEndTime) &&
				within(r.gmtModified, times.modifyStartTime, times.modifyEndTime)
			);
		});
		const models = matching
			.slice(page * pageSize, (page + 1) * pageSize)
			.map((r) => toRefundModel(r, store.getOrder(r.orderId)));
		return {
			result: { opOrderRefundModels: models, totalCount: matching.length, currentPageNum: page },
			success: true,
		};
	},
};
