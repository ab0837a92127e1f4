'use strict';
/** Logistics → Get, Get Trace, Get International Waybills, Find Order by Waybill; Order → Urge Shipment (a logistics API). */
const {
	simplifyShipments,
	simplifyTraces,
} = require('../../../dist/nodes/Alibaba1688/helpers/simplifyLogistics');
const {
	simplifyInternationalWaybills,
	waybillOwner,
} = require('../../../dist/nodes/Alibaba1688/helpers/simplifyParcels');
const { refusalIn } = require('../../../dist/nodes/Alibaba1688/helpers/writeAnswer');
const { internationalParcel } = require('../../sandbox/data/parcels');
const { ISO, unfilled } = require('../assertions');

module.exports = {
	'com.alibaba.logistics:alibaba.trade.getLogisticsInfos.buyerView-1': {
		check(json) {
			const [waybill] = simplifyShipments(json, '2304567890123456789');
			expect(
				unfilled(waybill, [
					'orderId',
					'shipped',
					'logisticsId',
					'companyId',
					'status',
					'sender',
					'receiver',
					'goods',
				]),
			).toEqual([]);
			expect(waybill).toMatchObject({
				orderId: '2304567890123456789',
				shipped: true,
				logisticsId: 'BX111841674232006',
				status: 'SIGN',
				companyId: '8',
			});
			expect(waybill.sender).toMatchObject({ name: '张三', mobile: '12345678900', city: '杭州市' });
			expect(waybill.receiver).toMatchObject({
				name: 'XXX',
				mobile: '13800138000',
				county: '长宁区',
			});
			expect(waybill.goods).toEqual([
				{ name: '【茂茂回归】12.9公开-sku区间价-淘货源', quantity: 2, unit: '个' },
			]);
		},
		request: ({ fixtures }) => ({
			webSite: '1688',
			orderId: fixtures.orderIdByStatus.waitbuyerreceive,
			fields: 'company.name,sender,receiver,sendgood',
		}),
	},
	'com.alibaba.logistics:alibaba.trade.getLogisticsTraceInfo.buyerView-1': {
		check(json) {
			const [trace] = simplifyTraces(json);
			expect(unfilled(trace, ['orderId', 'logisticsId', 'trackingNumber', 'steps'])).toEqual([]);
			expect(trace.orderId).toBe('188983797838441800');
			expect(trace.steps).toHaveLength(9);
			expect(trace.steps.every((step) => ISO.test(step.time) && step.text)).toBe(true);
			expect(trace.steps[0].time).toBe('2018-07-24T21:55:33.000+08:00');
		},
		request: ({ fixtures }) => ({
			webSite: '1688',
			orderId: fixtures.orderIdByStatus.waitbuyerreceive,
		}),
	},
	'com.alibaba.logistics:logistics.delivery.urge-1': {
		everyField: true,
		check(json) {
			expect(refusalIn(json)).toBeUndefined();
		},
		request: ({ fixtures }) => ({ orderId: fixtures.ordersByStatus.waitsellersend.at(-1) }),
	},
	'com.alibaba.fenxiao.crossborder:bigcustomer.mailNo.query-1': {
		check(json) {
			// The page's model example is an empty map: no waybill yet. unit/simplifyParcels.test.js holds the filled shapes.
			expect(simplifyInternationalWaybills(json, '1234')).toEqual({
				outOrderId: '1234',
				waybillNumbers: [],
				parcels: [],
			});
		},
		// A shipped order placed with an external reference, so the sandbox's map is not empty.
		async request({ sandbox, fixtures }) {
			const order = sandbox.store.getOrder(fixtures.orderIdByStatus.waitbuyerreceive);
			order.outOrderId = order.outOrderId || 'CONTRACT-PARCEL';
			return { outOrderId: order.outOrderId };
		},
	},
	'com.alibaba.fenxiao.crossborder:logistics.order.getOutOrderId-1': {
		everyField: true,
		check(json) {
			expect(waybillOwner(json)).toEqual({
				found: true,
				outOrderId: '1',
				orderId: '1',
				orderIds: ['1'],
			});
		},
		request: ({ sandbox, fixtures }) => ({
			shipmentId: internationalParcel(
				sandbox.store.getOrder(fixtures.orderIdByStatus.waitbuyerreceive),
			).mailNo,
		}),
	},
};
