'use strict';
/**
 * com.alibaba.fenxiao.crossborder:logistics.order.getOutOrderId-1 — the order a parcel at the warehouse belongs to,
 * by a waybill number on it (shipmentId: its international waybill, or a seller's domestic waybill of an order in
 * it) or by the unclaimed-parcel code the warehouse gave it (noMainPartCode). →
 * {"result":{"success":true,"msg":"成功","model":{"outOrderId","orderId"}}} (the page's examples; orderId is the
 * 1688 order, outOrderId the buyer's own order number given at creation). Nothing found: the same without "model".
 * Neither code given: {"result":{"success":false,"msg"}}.
 */
const { findParcel } = require('../../data/parcels');

module.exports = {
	namespace: 'com.alibaba.fenxiao.crossborder',
	name: 'logistics.order.getOutOrderId',
	version: '1',
	needsToken: true,
	handle({ params, store }) {
		const waybill = String(params.shipmentId ?? '').trim();
		const unclaimedCode = String(params.noMainPartCode ?? '').trim();
		if (!waybill && !unclaimedCode)
			return { result: { success: false, msg: '运单号和无主件码不能同时为空' } };
		const parcel = findParcel(store, waybill ? { waybill } : { unclaimedCode });
		if (!parcel) return { result: { success: true, msg: '未查询到对应的订单' } };
		return {
			result: {
				success: true,
				msg: '成功',
				model: { outOrderId: parcel.outOrderId, orderId: parcel.tradeOrderIds.join(',') },
			},
		};
	},
};
