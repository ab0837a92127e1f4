'use strict';
/**
 * com.alibaba.logistics:refundofficialdelivery.order.cancel-1 — cancel a pickup order.
 * param = {"cancelText","cancelType" (the page's list),"officialDeliveryOrderId" (Long)}
 * → {"result":{"success":true,"code":"","message":"","result":true}}. The sandbox's own errors: 400,
 * PICKUP_NOT_EXIST, PICKUP_STATUS_ERROR (already cancelled).
 */
const { objectJsonParam } = require('../../protocol/params');
const { longField } = require('../../views/ids');
const { CANCEL_TYPES } = require('../../views/pickup');

const fail = (code, message) => ({ result: { success: false, code, message } });

module.exports = {
	namespace: 'com.alibaba.logistics',
	name: 'refundofficialdelivery.order.cancel',
	version: '1',
	needsToken: true,
	handle({ params, store }) {
		const { value: param, raw, problem } = objectJsonParam(params, 'param');
		if (problem) return fail('400', problem);
		if (!CANCEL_TYPES.includes(param.cancelType))
			return fail('400', `cancelType must be one of ${CANCEL_TYPES.join(', ')}`);
		if (!String(param.cancelText ?? '').trim()) return fail('400', 'cancelText is required');
		const pickup = store.afterSales.pickups.get(longField(raw, 'officialDeliveryOrderId') || '');
		if (!pickup)
			return fail(
				'PICKUP_NOT_EXIST',
				`上门揽订单不存在: ${param.officialDeliveryOrderId ?? '(empty)'}`,
			);
		if (pickup.status !== 'activated') return fail('PICKUP_STATUS_ERROR', '上门揽订单已取消');
		Object.assign(pickup, {
			status: 'cancelled',
			cancelType: param.cancelType,
			cancelText: String(param.cancelText),
			gmtModified: Date.now(),
		});
		return { result: { success: true, code: '', message: '', result: true } };
	},
};
