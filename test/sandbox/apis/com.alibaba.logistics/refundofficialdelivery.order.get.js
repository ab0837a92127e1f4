'use strict';
/**
 * com.alibaba.logistics:refundofficialdelivery.order.get-1 — a pickup order. officialDeliveryOrderId (String)
 * → {"result":{"success":true,"code":"","message":"","result":{bizId,…,mailNo,…,status}}}; the sandbox's
 * PICKUP_NOT_EXIST in that envelope for an unknown one.
 */
const { longId } = require('../../views/ids');
const { pickupModel } = require('../../views/pickup');

module.exports = {
	namespace: 'com.alibaba.logistics',
	name: 'refundofficialdelivery.order.get',
	version: '1',
	needsToken: true,
	handle({ params, store }) {
		const pickup = store.afterSales.pickups.get(longId(params.officialDeliveryOrderId) || '');
		if (!pickup)
			return {
				result: {
					success: false,
					code: 'PICKUP_NOT_EXIST',
					message: `上门揽订单不存在: ${params.officialDeliveryOrderId ?? '(empty)'}`,
				},
			};
		return { result: { success: true, code: '', message: '', result: pickupModel(pickup) } };
	},
};
