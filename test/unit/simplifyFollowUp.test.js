'use strict';
/** The Simplify of Order → Get Payment Channels, Get Shipping Insurance and Logistics → Get International Waybills, Find Order by Waybill. */
const { simplifyPaymentChannels } = require('../../dist/nodes/Alibaba1688/helpers/simplifyPayment');
const {
	simplifyShippingInsurance,
	orderShippingInsurance,
} = require('../../dist/nodes/Alibaba1688/helpers/simplifyShippingInsurance');
const {
	simplifyInternationalWaybills,
	waybillOwner,
} = require('../../dist/nodes/Alibaba1688/helpers/simplifyParcels');

describe('simplifyPaymentChannels', () => {
	test('codes in English (16 and 20 are both Kuajingbao), fen as yuan, the China-time deadline as ISO', () => {
		const answer = {
			success: true,
			resultList: {
				orderId: '2304567890123456789',
				payFee: 12345,
				timeout: '2025-07-01 08:00:00',
				channels: [
					{ code: 20, name: '跨境宝' },
					{ code: '3', name: '诚e赊' },
					{ code: 99, name: '新渠道' },
				],
			},
		};
		expect(simplifyPaymentChannels(answer)).toEqual({
			orderId: '2304567890123456789',
			amount: 123.45,
			currency: 'CNY',
			payBefore: '2025-07-01T08:00:00.000+08:00',
			channels: [
				{ code: 20, name: 'Cross-Border Pay (Kuajingbao)', chineseName: '跨境宝' },
				{ code: 3, name: 'Cheng-e-She credit', chineseName: '诚e赊' },
				{ code: 99, name: '新渠道', chineseName: '新渠道' },
			],
		});
	});

	test('a resultList given as a list is read too; an empty answer has no channels', () => {
		expect(
			simplifyPaymentChannels({
				resultList: [{ orderId: 1, channels: [{ code: 1, name: '支付宝' }] }],
			}).channels,
		).toEqual([{ code: 1, name: 'Alipay', chineseName: '支付宝' }]);
		expect(simplifyPaymentChannels({ success: true })).toEqual({ currency: 'CNY', channels: [] });
	});
});

describe('simplifyShippingInsurance', () => {
	test('a policy with claims: amounts from fen, gateway times as ISO, the policy ID as text', () => {
		const answer = {
			result: {
				success: true,
				result: {
					insuranceId: 8552001052944578,
					orderId: '2304567890123456789',
					tradeClaimList: [
						{
							claimId: 'C1',
							claimAmount: 650,
							status: 'PAID',
							applicationTime: '20250612101942000+0800',
							payTime: '2025-06-13 06:19:42',
							tradeNO: '2025X',
						},
					],
				},
			},
		};
		expect(simplifyShippingInsurance(answer, '1', 'givenByPlatform')).toEqual({
			orderId: '2304567890123456789',
			insured: true,
			type: 'givenByPlatform',
			policyId: '8552001052944578',
			claims: [
				{
					claimId: 'C1',
					amount: 6.5,
					status: 'PAID',
					appliedAt: '2025-06-12T10:19:42.000+08:00',
					paidAt: '2025-06-13T06:19:42.000+08:00',
					alipayTradeNo: '2025X',
				},
			],
		});
	});

	test('no policy of that type: insured false with the asked order and type', () => {
		expect(
			simplifyShippingInsurance(
				{ result: { success: true, code: '200' } },
				'2304567890123456789',
				'givenByMerchant',
			),
		).toEqual({
			orderId: '2304567890123456789',
			insured: false,
			type: 'givenByMerchant',
			claims: [],
		});
	});

	test('the kind an order carries, from its detail; anything else is none', () => {
		expect(orderShippingInsurance({ orderBizInfo: { shippingInsurance: 'givenByMerchant' } })).toBe(
			'givenByMerchant',
		);
		expect(orderShippingInsurance({ orderBizInfo: { shippingInsurance: '' } })).toBeUndefined();
		expect(orderShippingInsurance({ baseInfo: {} })).toBeUndefined();
		expect(orderShippingInsurance(undefined)).toBeUndefined();
	});
});

describe('simplifyInternationalWaybills', () => {
	const answer = (model) => ({ result: { success: true, msg: '请求成功', model } });

	test("waybill → parcel (the package topic's field names): carrier, package, stage, exact order IDs", () => {
		const model = {
			LP123456789CN: {
				packageId: 12345,
				mailNo: 'LP123456789CN',
				carrierPartnerCode: 'CAINIAO',
				stageType: 'external',
				tradeOrderIds: ['2304567890123456789', 123],
			},
		};
		expect(simplifyInternationalWaybills(answer(model), 'SHOP-1')).toEqual({
			outOrderId: 'SHOP-1',
			waybillNumbers: ['LP123456789CN'],
			parcels: [
				{
					waybillNumber: 'LP123456789CN',
					carrier: 'CAINIAO',
					packageId: '12345',
					stage: 'external',
					orderIds: ['2304567890123456789', '123'],
				},
			],
		});
	});

	test('the other map shapes: order ID → waybill list, order ID → parcels, a name → one waybill; repeats merged', () => {
		const model = {
			'2304567890123456789': ['EE1', 'EE2'],
			'2304567890123456790': [{ mailNo: 'EE2' }],
			mailNo: 'UG3',
		};
		expect(simplifyInternationalWaybills(answer(model), 'SHOP-2')).toEqual({
			outOrderId: 'SHOP-2',
			waybillNumbers: ['EE1', 'EE2', 'UG3'],
			parcels: [
				{ waybillNumber: 'EE1', orderIds: ['2304567890123456789'] },
				{ waybillNumber: 'EE2', orderIds: ['2304567890123456789', '2304567890123456790'] },
				{ waybillNumber: 'UG3', orderIds: [] },
			],
		});
	});

	test('an empty or missing model: no waybills', () => {
		expect(simplifyInternationalWaybills(answer({}), 'X')).toEqual({
			outOrderId: 'X',
			waybillNumbers: [],
			parcels: [],
		});
		expect(simplifyInternationalWaybills({}, 'X').parcels).toEqual([]);
	});
});

describe('waybillOwner', () => {
	test('found: the external reference and the 1688 orders (several split on commas)', () => {
		expect(
			waybillOwner({
				result: { success: true, model: { outOrderId: 'SHOP-1', orderId: '2304567890123456789' } },
			}),
		).toEqual({
			found: true,
			outOrderId: 'SHOP-1',
			orderId: '2304567890123456789',
			orderIds: ['2304567890123456789'],
		});
		expect(
			waybillOwner({ result: { model: { outOrderId: 'S', orderId: '1, 2' } } }).orderIds,
		).toEqual(['1', '2']);
	});

	test('no model: not found', () => {
		expect(waybillOwner({ result: { success: true, msg: '未查询到对应的订单' } })).toEqual({
			found: false,
			orderIds: [],
		});
	});
});
