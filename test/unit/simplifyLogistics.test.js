'use strict';
const {
	simplifyShipments,
	simplifyTraces,
	stepLocation,
	notShipped,
	LOGISTICS_INFO_FIELDS,
} = require('../../dist/nodes/Alibaba1688/helpers/simplifyLogistics');
const { fromChinaTime } = require('../../dist/nodes/shared/helpers/chinaTime');

describe('fromChinaTime', () => {
	test('reads both forms 1688 uses as the same China-time instant', () => {
		expect(fromChinaTime('2018-07-24 21:55:33')).toBe('2018-07-24T21:55:33.000+08:00');
		expect(fromChinaTime('2018-07-24T21:55:33.5')).toBe('2018-07-24T21:55:33.500+08:00');
		expect(fromChinaTime('20180724215533000+0800')).toBe('2018-07-24T21:55:33.000+08:00');
		expect(Date.parse(fromChinaTime('2018-07-24 21:55:33'))).toBe(
			Date.UTC(2018, 6, 24, 13, 55, 33),
		);
	});

	test('anything else is undefined', () => {
		for (const bad of ['', '2018-07-24', 'soon', 20180724, null, undefined])
			expect(fromChinaTime(bad)).toBeUndefined();
	});
});

describe('simplifyShipments', () => {
	test('one entry per waybill: company, tracking number, status, ISO ship time, goods (doc sample fields)', () => {
		const response = {
			success: true,
			result: [
				{
					logisticsId: 'BX111841674232006',
					logisticsBillNo: 'SF1234567890123',
					orderEntryIds: '149989279191615400',
					status: 'SIGN',
					logisticsCompanyId: '8',
					logisticsCompanyName: '顺丰速运',
					gmtSystemSend: '2024-03-12 09:30:00',
					sendGoods: [{ unit: '个', quantity: '2', goodName: '淘货源' }],
					logisticsOrderGoods: [
						{ logisticsId: 'BX111841674232006', tradeOrderId: '3657499272179232333' },
					],
				},
			],
		};
		expect(simplifyShipments(response, '1')).toEqual([
			{
				orderId: '3657499272179232333',
				shipped: true,
				logisticsId: 'BX111841674232006',
				company: '顺丰速运',
				companyId: '8',
				trackingNumber: 'SF1234567890123',
				status: 'SIGN',
				shippedAt: '2024-03-12T09:30:00.000+08:00',
				goods: [{ name: '淘货源', quantity: 2, unit: '个' }],
			},
		]);
	});

	test('the requested order ID stands in when the waybill does not name it', () => {
		expect(
			simplifyShipments({ result: [{ logisticsBillNo: 'YT1' }] }, '2304567890123456789'),
		).toEqual([
			{ orderId: '2304567890123456789', shipped: true, trackingNumber: 'YT1', goods: [] },
		]);
		expect(simplifyShipments({ success: true })).toEqual([]);
	});
});

describe('sender and receiver; an order not shipped yet', () => {
	test('the sender and receiver sections (asked for with fields) become flat parties; empty ones are left out', () => {
		const [waybill] = simplifyShipments({
			result: [
				{
					receiver: {
						receiverName: 'XXX',
						receiverMobile: '13800138000',
						receiverPhone: '',
						receiverProvince: '上海',
						receiverCity: '上海市',
						receiverCounty: '长宁区',
						receiverAddress: 'XXX街道 XX路999',
						receiverProvinceCode: '310000',
					},
					sender: {
						senderName: '张三',
						senderMobile: '12345678900',
						senderProvince: '浙江省',
						senderCity: '杭州市',
						senderCounty: '滨江区',
						senderAddress: '网商路699号',
					},
				},
			],
		});
		expect(waybill.receiver).toEqual({
			name: 'XXX',
			mobile: '13800138000',
			province: '上海',
			city: '上海市',
			county: '长宁区',
			address: 'XXX街道 XX路999',
		});
		expect(waybill.sender).toEqual({
			name: '张三',
			mobile: '12345678900',
			province: '浙江省',
			city: '杭州市',
			county: '滨江区',
			address: '网商路699号',
		});
		expect(simplifyShipments({ result: [{ sender: {} }] })[0]).not.toHaveProperty('sender');
	});

	test("the not-shipped item names the order and 1688's code", () => {
		expect(notShipped('2304567890123456789')).toEqual({
			orderId: '2304567890123456789',
			shipped: false,
			reason: expect.stringContaining('(500_2)'),
		});
		expect(LOGISTICS_INFO_FIELDS).toBe('company.name,sender,receiver,sendgood');
	});
});

describe('simplifyTraces', () => {
	test('steps keep their order with ISO times, text and the bracketed place', () => {
		const response = {
			logisticsTrace: [
				{
					logisticsId: 'LP00106397027178',
					logisticsBillNo: '3832890717253',
					orderId: '188983797838441800',
					logisticsSteps: [
						{ acceptTime: '2018-07-24 21:55:33', remark: '【杭州市】中通快递已揽收' },
						{ acceptTime: '2018-07-25 01:45:05', remark: '在分拨中心广东广州分拨中心进行称重扫描' },
					],
				},
			],
			success: true,
		};
		expect(simplifyTraces(response, '1')).toEqual([
			{
				orderId: '188983797838441800',
				logisticsId: 'LP00106397027178',
				trackingNumber: '3832890717253',
				steps: [
					{
						time: '2018-07-24T21:55:33.000+08:00',
						text: '【杭州市】中通快递已揽收',
						location: '杭州市',
					},
					{ time: '2018-07-25T01:45:05.000+08:00', text: '在分拨中心广东广州分拨中心进行称重扫描' },
				],
			},
		]);
	});

	test('stepLocation reads only a leading 【place】', () => {
		expect(stepLocation('【上海市 浦东新区】快件正在派送中')).toBe('上海市 浦东新区');
		expect(stepLocation('快件已到达【杭州】')).toBeUndefined();
		expect(stepLocation(undefined)).toBeUndefined();
	});
});
