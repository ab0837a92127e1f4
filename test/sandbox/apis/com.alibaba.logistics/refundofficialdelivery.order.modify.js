'use strict';
/**
 * com.alibaba.logistics:refundofficialdelivery.order.modify-1 — change an active pickup order's schedule, goods or
 * addresses. param = order.create's fields plus "officialDeliveryOrderId" (Long) → {"result":{"success":true,"code":null,
 * "message":null,"result":true}}. The sandbox's own errors, as for order.create, plus PICKUP_NOT_EXIST and
 * PICKUP_STATUS_ERROR (a cancelled order).
 */
const { objectJsonParam } = require('../../protocol/params');
const { longField } = require('../../views/ids');
const { addressOf, PLANS, scheduleProblem } = require('../../views/pickup');

const fail = (code, message) => ({ result: { success: false, code, message } });

module.exports = {
	namespace: 'com.alibaba.logistics',
	name: 'refundofficialdelivery.order.modify',
	version: '1',
	needsToken: true,
	handle({ params, store }) {
		const { value: param, raw, problem } = objectJsonParam(params, 'param');
		if (problem) return fail('400', problem);
		const pickup = store.afterSales.pickups.get(longField(raw, 'officialDeliveryOrderId') || '');
		if (!pickup)
			return fail(
				'PICKUP_NOT_EXIST',
				`上门揽订单不存在: ${param.officialDeliveryOrderId ?? '(empty)'}`,
			);
		if (pickup.status !== 'activated')
			return fail(
				'PICKUP_STATUS_ERROR',
				`上门揽订单已${pickup.status === 'cancelled' ? '取消' : pickup.status}`,
			);
		if (param.refundId !== undefined && String(param.refundId) !== pickup.refundId)
			return fail('400', 'refundId does not match the pickup order');
		const now = Date.now();
		const bad = scheduleProblem(param, now);
		if (bad) return fail(...bad);
		Object.assign(pickup, {
			solutionCode: PLANS.find((p) => p.solutionCode === String(param.solutionCode)).solutionCode,
			dateStr: String(param.dateStr),
			gmtAcceptStart: String(param.gmtAcceptStart),
			gmtAcceptEnd: String(param.gmtAcceptEnd),
			goodsType: param.goodsType,
			packageCount: Number(param.packageCount),
			grams: param.totalWeight ? Number(param.totalWeight) : pickup.grams,
			volume: param.totalVolume ? Number(param.totalVolume) : pickup.volume,
			sender: addressOf(param, 'senderInfo') || pickup.sender,
			receiver: addressOf(param, 'receiverInfo') || pickup.receiver,
			gmtModified: now,
		});
		return { result: { success: true, code: null, message: null, result: true } };
	},
};
