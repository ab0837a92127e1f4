'use strict';
/**
 * com.alibaba.logistics:refundofficialdelivery.order.create-1 — book a courier to collect a return.
 * param = {"refundId","solutionCode" (from solution.get),"dateStr" (yyyy-MM-dd),"gmtAcceptStart","gmtAcceptEnd" (HH:mm),
 * "goodsType","packageCount","totalWeight"?,"totalVolume"?,"couponId"?,"senderInfo"|"senderInfoStr"?,"receiverInfo"|…Str?}
 * → {"result":{"success":true,"code":"","message":"","result":<pickup order ID, Long>}}. The page lists no error codes;
 * the sandbox's own: 400, REFUND_NOT_EXIST, NO_PERMISSION, REFUND_STATUS_ERROR, SOLUTION_NOT_EXIST,
 * APPOINTMENT_TIME_ERROR, PICKUP_EXISTS (an active pickup order for the refund already).
 */
const { objectJsonParam } = require('../../protocol/params');
const { long } = require('../../protocol/json');
const {
	addressOf,
	orderAddress,
	PLANS,
	returnAddress,
	returnToCollect,
	scheduleProblem,
} = require('../../views/pickup');

const fail = (code, message) => ({ result: { success: false, code, message } });

module.exports = {
	namespace: 'com.alibaba.logistics',
	name: 'refundofficialdelivery.order.create',
	version: '1',
	needsToken: true,
	handle({ params, store }) {
		const { value: param, problem } = objectJsonParam(params, 'param');
		if (problem) return fail('400', problem);
		const found = returnToCollect(store, param.refundId);
		if (found.code) return fail(found.code, found.message);
		const now = Date.now();
		const bad = scheduleProblem(param, now);
		if (bad) return fail(...bad);
		const active = [...store.afterSales.pickups.values()].find(
			(p) => p.refundId === found.refund.refundId && p.status === 'activated',
		);
		if (active) return fail('PICKUP_EXISTS', `该退款单已有上门揽订单: ${active.id}`);
		const plan = PLANS.find((p) => p.solutionCode === String(param.solutionCode));
		const id = store.rng.digits(8, '7');
		store.afterSales.pickups.set(id, {
			id,
			refundId: found.refund.refundId,
			orderId: found.order.id,
			solutionCode: plan.solutionCode,
			mailNo: `${plan.cpCode === 'YTO' ? 'YT' : '7'}${store.rng.digits(13)}`,
			dateStr: String(param.dateStr),
			gmtAcceptStart: String(param.gmtAcceptStart),
			gmtAcceptEnd: String(param.gmtAcceptEnd),
			goodsType: param.goodsType,
			packageCount: Number(param.packageCount),
			grams: param.totalWeight ? Number(param.totalWeight) : 1000,
			volume: param.totalVolume ? Number(param.totalVolume) : 12000,
			couponId: param.couponId || null,
			sender: addressOf(param, 'senderInfo') || orderAddress(found.order),
			receiver: addressOf(param, 'receiverInfo') || returnAddress(found.order),
			status: 'activated',
			gmtCreate: now,
			gmtModified: now,
		});
		return { result: { success: true, code: '', message: '', result: long(id) } };
	},
};
