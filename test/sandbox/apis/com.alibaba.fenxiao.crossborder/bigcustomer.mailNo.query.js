'use strict';
/**
 * com.alibaba.fenxiao.crossborder:bigcustomer.mailNo.query-1 — the international waybills of the buyer's orders
 * placed with one external order ID (the outOrderId given to createCrossOrder).
 * outOrderId → {"result":{"success":true,"msg":"请求成功","traceId","model":{…}}} (the page's ResultModel examples).
 * The page types `model` only as a java.util.Map; here it maps each international waybill number to its parcel,
 * named as the LOGISTICS_GLOBAL_1688_PACKAGE_CHANGE topic names a parcel: {"<mailNo>":{"packageId","mailNo",
 * "carrierPartnerCode","stageType","tradeOrderIds":[…]}}. Nothing shipped yet (or no such outOrderId): an empty
 * model. A missing outOrderId: {"result":{"success":false,"msg",…}}.
 */
const crypto = require('node:crypto');
const { long } = require('../../protocol/json');
const { buyerParcels } = require('../../data/parcels');

const traceId = () => crypto.randomBytes(8).toString('hex');

module.exports = {
	namespace: 'com.alibaba.fenxiao.crossborder',
	name: 'bigcustomer.mailNo.query',
	version: '1',
	needsToken: true,
	handle({ params, store }) {
		const outOrderId = String(params.outOrderId ?? '').trim();
		if (!outOrderId)
			return { result: { success: false, msg: 'outOrderId不能为空', traceId: traceId() } };
		const model = {};
		for (const parcel of buyerParcels(store, { outOrderId })) {
			model[parcel.mailNo] = {
				packageId: long(parcel.packageId),
				mailNo: parcel.mailNo,
				carrierPartnerCode: parcel.carrierPartnerCode,
				stageType: parcel.stageType,
				tradeOrderIds: parcel.tradeOrderIds.map(long),
			};
		}
		return { result: { model, msg: '请求成功', traceId: traceId(), success: true } };
	},
};
