'use strict';
const { simplifyShipments, simplifyTraces, stepLocation } = require('../../dist/nodes/shared/helpers/simplifyLogistics');
const { fromChinaTime } = require('../../dist/nodes/shared/helpers/chinaTime');

describe('fromChinaTime', () => {
	test('reads both forms 1688 uses as the same China-time instant', () => {
		expect(fromChinaTime('2018-07-24 21:55:33')).toBe('2018-07-24T21:55:33.000+08:00');
		expect(fromChinaTime('2018-07-24T21:55:33.5')).toBe('2018-07-24T21:55:33.500+08:00');
		expect(fromChinaTime('20180724215533000+0800')).toBe('2018-07-24T21:55:33.000+08:00');
		expect(Date.parse(fromChinaTime('2018-07-24 21:55:33'))).toBe(Date.UTC(2018, 6, 24, 13, 55, 33));
	});

	test('anything else is undefined', () => {
		for (const bad of ['', '2018-07-24', 'soon', 20180724, null, undefined]) expect(fromChinaTime(bad)).toBeUndefined();
	});
});

describe('simplifyShipments', () => {
	test('one entry per waybill: company, tracking number, status, ISO ship time, goods (doc sample fields)', () => {
		const response = {
			success: true,
			result: [{
				logisticsId: 'BX111841674232006', logisticsBillNo: 'SF1234567890123', orderEntryIds: '149989279191615400', status: 'SIGN',
				logisticsCompanyId: '8', logisticsCompanyName: '顺丰速运', gmtSystemSend: '2024-03-12 09:30:00',
				sendGoods: [{ unit: '个', quantity: '2', goodName: '淘货源' }],
				logisticsOrderGoods: [{ logisticsId: 'BX111841674232006', tradeOrderId: '3657499272179232333' }],
			}],
		};
		expect(simplifyShipments(response, '1')).toEqual([{
			orderId: '3657499272179232333', logisticsId: 'BX111841674232006', company: '顺丰速运', companyId: '8', trackingNumber: 'SF1234567890123',
			status: 'SIGN', shippedAt: '2024-03-12T09:30:00.000+08:00', goods: [{ name: '淘货源', quantity: 2, unit: '个' }],
		}]);
	});

	test('the requested order ID stands in when the waybill does not name it', () => {
		expect(simplifyShipments({ result: [{ logisticsBillNo: 'YT1' }] }, '2304567890123456789')).toEqual([
			{ orderId: '2304567890123456789', trackingNumber: 'YT1', goods: [] },
		]);
		expect(simplifyShipments({ success: true })).toEqual([]);
	});
});

describe('simplifyTraces', () => {
	test('steps keep their order with ISO times, text and the bracketed place', () => {
		const response = {
			logisticsTrace: [{
				logisticsId: 'LP00106397027178', logisticsBillNo: '3832890717253', orderId: '188983797838441800',
				logisticsSteps: [
					{ acceptTime: '2018-07-24 21:55:33', remark: '【杭州市】中通快递已揽收' },
					{ acceptTime: '2018-07-25 01:45:05', remark: '在分拨中心广东广州分拨中心进行称重扫描' },
				],
			}],
			success: true,
		};
		expect(simplifyTraces(response, '1')).toEqual([{
			orderId: '188983797838441800', logisticsId: 'LP00106397027178', trackingNumber: '3832890717253',
			steps: [
				{ time: '2018-07-24T21:55:33.000+08:00', text: '【杭州市】中通快递已揽收', location: '杭州市' },
				{ time: '2018-07-25T01:45:05.000+08:00', text: '在分拨中心广东广州分拨中心进行称重扫描' },
			],
		}]);
	});

	test('stepLocation reads only a leading 【place】', () => {
		expect(stepLocation('【上海市 浦东新区】快件正在派送中')).toBe('上海市 浦东新区');
		expect(stepLocation('快件已到达【杭州】')).toBeUndefined();
		expect(stepLocation(undefined)).toBeUndefined();
	});
});
