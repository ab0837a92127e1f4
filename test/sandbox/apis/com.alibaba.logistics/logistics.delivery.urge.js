'use strict';
/**
 * com.alibaba.logistics:logistics.delivery.urge-1 — urge the seller to ship a paid order. orderId (String) →
 * {"result":{"success":true,"code":"200","message":"success","result":true}} (the page's ResultModel, no sample).
 * The page: "The order must still be in a not-yet-shipped status. Limited to once per 24 hours." The sandbox's
 * errors {"result":{"success":false,"code","message","result":false}}: 400_1, ORDER_NOT_EXIST, ORDER_STATUS_ERROR
 * (not waiting for the seller to ship), URGE_TOO_FREQUENT (urged less than 24 hours ago).
 */
const { longId } = require('../../views/ids');

const DAY = 86400000;
const fail = (code, message) => ({ result: { success: false, code, message, result: false } });

module.exports = {
	namespace: 'com.alibaba.logistics',
	name: 'logistics.delivery.urge',
	version: '1',
	needsToken: true,
	handle({ params, store }) {
		const id = longId(params.orderId);
		if (!id) return fail('400_1', 'orderId is required and must be a number');
		const order = store.getOrder(id);
		if (!order || order.buyer.memberId !== store.member.memberId)
			return fail('ORDER_NOT_EXIST', '订单不存在');
		if (order.status !== 'waitsellersend')
			return fail('ORDER_STATUS_ERROR', '订单不是待发货状态，不能催发货');
		const now = Date.now();
		if (order.urgedAt !== undefined && now - order.urgedAt < DAY)
			return fail('URGE_TOO_FREQUENT', '24小时内只能催发货一次');
		order.urgedAt = now;
		return { result: { success: true, code: '200', message: 'success', result: true } };
	},
};
