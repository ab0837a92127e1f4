'use strict';
const {
	simplifyOrder,
	simplifyOrderPreview,
	simplifyCreatedOrder,
	simplifyCreatedOrders,
	fenToYuan,
} = require('../../dist/nodes/shared/helpers/simplifyOrder');

// The shape of alibaba.trade.get.buyerView's result (doc sample fields), with the id already kept
// exact as text by the transport.
const tradeInfo = {
	baseInfo: {
		id: '2304567890123456789',
		idOfStr: '2304567890123456789',
		status: 'waitsellersend',
		totalAmount: 58.5,
		shippingFee: '8.00',
		sumProductPayment: 50.5,
		createTime: '20240311123015250+0800',
		payTime: '20240311130000000+0800',
		modifyTime: '20240312080000000+0800',
		outOrderId: 'SHOP-1001',
		sellerLoginId: 'sellerlogin',
		sellerContact: {
			imInPlatform: 'sellerim',
			companyName: '义乌市好货贸易有限公司',
			shopName: '好货店',
		},
		receiverInfo: {
			toFullName: '张三',
			toMobile: '15236457596',
			toArea: '广东省 深圳市 龙华区 大浪街道',
		},
	},
	productItems: [
		{
			productID: 624392716873,
			skuID: 4512345678901,
			specId: 'a1b2c3',
			name: '夏季T恤',
			quantity: 3,
			price: '12.50',
			itemAmount: 37.5,
		},
		{ productID: '624392716874', name: '帽子', quantity: '1', price: 13 },
	],
	nativeLogistics: {
		contactPerson: '张三',
		mobile: '15000001111',
		province: '浙江省',
		city: '杭州市',
		area: '滨江区',
		town: '长河街道',
		address: '网商路699号',
	},
};

describe('simplifyOrder', () => {
	test('flattens a TradeInfo: exact ID, numeric amounts, ISO times, seller, items, receiver', () => {
		expect(simplifyOrder(tradeInfo)).toEqual({
			orderId: '2304567890123456789',
			status: 'waitsellersend',
			total: 58.5,
			shippingFee: 8,
			currency: 'CNY',
			createdAt: '2024-03-11T12:30:15.250+08:00',
			paidAt: '2024-03-11T13:00:00.000+08:00',
			modifiedAt: '2024-03-12T08:00:00.000+08:00',
			outOrderId: 'SHOP-1001',
			seller: { loginId: 'sellerlogin', company: '义乌市好货贸易有限公司' },
			items: [
				{
					offerId: '624392716873',
					skuId: '4512345678901',
					specId: 'a1b2c3',
					title: '夏季T恤',
					quantity: 3,
					price: 12.5,
				},
				{ offerId: '624392716874', title: '帽子', quantity: 1, price: 13 },
			],
			receiver: {
				name: '张三',
				phone: '15000001111',
				address: '浙江省 杭州市 滨江区 长河街道 网商路699号',
			},
		});
	});

	test('an unpaid order has no paidAt; a named currency is kept', () => {
		const unpaid = {
			...tradeInfo,
			baseInfo: { ...tradeInfo.baseInfo, payTime: undefined, currency: 'USD' },
		};
		const order = simplifyOrder(unpaid);
		expect(order).not.toHaveProperty('paidAt');
		expect(order.currency).toBe('USD');
	});

	test('falls back to receiverInfo and the numeric id when the order has no logistics block', () => {
		const listEntry = {
			baseInfo: {
				id: 1997017368139085,
				status: 'cancel',
				receiverInfo: tradeInfo.baseInfo.receiverInfo,
				sellerContact: { imInPlatform: 'alitestforisv04', companyName: 'AOP对外测试账号04' },
			},
			productItems: [],
		};
		expect(simplifyOrder(listEntry)).toEqual({
			orderId: '1997017368139085',
			status: 'cancel',
			currency: 'CNY',
			seller: { loginId: 'alitestforisv04', company: 'AOP对外测试账号04' },
			items: [],
			receiver: { name: '张三', phone: '15236457596', address: '广东省 深圳市 龙华区 大浪街道' },
		});
	});

	test('an address that already holds the region is not doubled', () => {
		const order = simplifyOrder({
			baseInfo: {},
			nativeLogistics: {
				province: '浙江省',
				city: '杭州市',
				address: '浙江省杭州市滨江区网商路699号',
			},
		});
		expect(order.receiver.address).toBe('浙江省杭州市滨江区网商路699号');
	});

	test('garbage gives an empty shape, never NaN or a throw', () => {
		expect(simplifyOrder(undefined)).toEqual({
			currency: 'CNY',
			seller: {},
			items: [],
			receiver: {},
		});
		expect(simplifyOrder({ baseInfo: { totalAmount: 'abc', createTime: 'yesterday' } })).toEqual({
			currency: 'CNY',
			seller: {},
			items: [],
			receiver: {},
		});
	});
});

describe('order preview and creation answers', () => {
	test('fen become yuan', () => {
		expect(fenToYuan(4400)).toBe(44);
		expect(fenToYuan('1999')).toBe(19.99);
		expect(fenToYuan(undefined)).toBeUndefined();
		expect(fenToYuan('x')).toBeUndefined();
	});

	test('simplifyOrderPreview gives one entry per order with amounts in yuan (doc sample)', () => {
		const response = {
			orderPreviewResuslt: [
				{
					tradeModeNameList: ['nzassure'],
					status: true,
					sumPayment: 4400,
					sumCarriage: 800,
					sumPaymentNoCarriage: 3600,
					discountFee: 0,
					flowFlag: 'general',
					cargoList: [
						{
							amount: 36,
							finalUnitPrice: 18,
							specId: 'eb81c61de14f4adb405ffcc2c8a4a3fb',
							skuId: 3332085412530,
							offerId: 548818919805,
							cargoPromotionList: [],
						},
					],
				},
			],
			success: true,
		};
		expect(simplifyOrderPreview(response)).toEqual([
			{
				flow: 'general',
				total: 44,
				goodsTotal: 36,
				shippingFee: 8,
				discount: 0,
				currency: 'CNY',
				tradeTypes: ['nzassure'],
				items: [
					{
						offerId: '548818919805',
						skuId: '3332085412530',
						specId: 'eb81c61de14f4adb405ffcc2c8a4a3fb',
						unitPrice: 18,
						amount: 36,
					},
				],
			},
		]);
		expect(simplifyOrderPreview({ success: true })).toEqual([]);
	});

	test('simplifyCreatedOrder keeps the 19-digit ID and the reference, amounts in yuan', () => {
		const response = {
			success: true,
			result: {
				totalSuccessAmount: 12345,
				orderId: '2304567890123456789',
				postFee: 600,
				failedOfferList: [
					{ offerId: 624392716873, specId: 'x1', errorCode: '500_004', errorMsg: '库存不足' },
				],
			},
		};
		expect(simplifyCreatedOrder(response, 'SHOP-1')).toEqual({
			orderId: '2304567890123456789',
			total: 123.45,
			shippingFee: 6,
			currency: 'CNY',
			outOrderId: 'SHOP-1',
			failedOffers: [
				{ offerId: '624392716873', specId: 'x1', errorCode: '500_004', errorMessage: '库存不足' },
			],
		});
		expect(simplifyCreatedOrder({ result: { orderId: '1' } })).toEqual({
			orderId: '1',
			currency: 'CNY',
			failedOffers: [],
		});
	});

	test("createCrossOrder's single-order returns (doc samples): success false beside the order ID is a created order, with a warning", () => {
		const warning =
			'1688 created this order but answered success: false; check it with Order → Get before paying, and do not place it again';
		const alipay = { totalSuccessAmount: 156800, orderId: '87407346014789305', success: false };
		expect(simplifyCreatedOrders({ result: alipay, success: true }, 'SHOP-1')).toEqual([
			{
				orderId: '87407346014789305',
				total: 1568,
				currency: 'CNY',
				outOrderId: 'SHOP-1',
				failedOffers: [],
				warning,
			},
		]);
		// As the page prints it: the result alone, with the account period it is paid in.
		const period = {
			totalSuccessAmount: 156800,
			orderId: '87407346015789305',
			success: false,
			accountPeriod: { tapType: 5, tapDate: 360, tapOverdue: 1 },
		};
		expect(simplifyCreatedOrders(period)).toEqual([
			{
				orderId: '87407346015789305',
				total: 1568,
				currency: 'CNY',
				failedOffers: [],
				accountPeriod: { tapType: 5, tapDate: 360, tapOverdue: 1 },
				warning,
			},
		]);
		// The outer flag false with 1688's code and message: both named; every order of a multi-order answer gets it.
		const multi = simplifyCreatedOrders({
			result: { success: true, orderList: [{ orderId: '1' }, { orderId: '2' }] },
			success: false,
			code: 'PAY_FAIL',
			message: 'not paid',
		});
		expect(multi.map((order) => [order.orderId, order.warning])).toEqual([
			[
				'1',
				'1688 created this order but answered success: false (PAY_FAIL: not paid); check it with Order → Get before paying, and do not place it again',
			],
			[
				'2',
				'1688 created this order but answered success: false (PAY_FAIL: not paid); check it with Order → Get before paying, and do not place it again',
			],
		]);
		expect(
			simplifyCreatedOrders({ result: { orderId: '3', success: true }, success: true })[0],
		).not.toHaveProperty('warning');
	});
});
