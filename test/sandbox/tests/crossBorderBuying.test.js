'use strict';
/** The cross-border solution's buying APIs: createCrossOrder, addresses, freight, pay links, password-free payment, write-back. */
const { startSandbox, SANDBOX_FIXTURES: F, SANDBOX_APPS } = require('..');
const { ACCOUNT_PERIOD_SELLER } = require('../data/catalog');
const { call, rawNumbers } = require('./helpers');

const CROSS = 'com.alibaba.trade:alibaba.trade.createCrossOrder-1';
const FAST = 'com.alibaba.trade:alibaba.trade.fastCreateOrder-1';
const PREVIEW = 'com.alibaba.trade:alibaba.createOrder.preview-1';
const ADDRESSES = 'com.alibaba.trade:alibaba.trade.receiveAddress.get-1';
const CODE_PARSE = 'com.alibaba.trade:alibaba.trade.addresscode.parse-1';
const TEXT_PARSE = 'com.alibaba.trade:trade.address.parseText-1';
const FREIGHT = 'com.alibaba.fenxiao.crossborder:product.freight.estimate-1';
const KJ_PAY = 'com.alibaba.trade:alibaba.crossBorderPay.url.get-1';
const CREDIT_PAY = 'com.alibaba.trade:alibaba.creditPay.url.get-1';
const IS_OPEN = 'com.alibaba.trade:alibaba.trade.pay.protocolPay.isopen-1';
const PREPARE = 'com.alibaba.trade:alibaba.trade.pay.protocolPay.preparePay-1';
const RELATION = 'com.alibaba.fenxiao.crossborder:order.relation.write-1';

const ADDRESS = {
	fullName: '赵六',
	mobile: '13511112222',
	provinceText: '浙江省',
	cityText: '杭州市',
	areaText: '滨江区',
	address: '网商路699号',
	postCode: '310052',
};
const crossBorderApp = { app: SANDBOX_APPS.crossBorder };

let sb;
beforeAll(async () => {
	sb = await startSandbox();
});
afterAll(() => sb.close());
beforeEach(() => sb.reset());

/** A buyable SKU (stock >= 100) of a published offer of another seller, optionally of a given seller. */
function buyable(sellerId) {
	for (const offer of sb.store.offers.values()) {
		if (offer.status !== 'published' || offer.seller.memberId === F.member.memberId) continue;
		if (sellerId && offer.seller.memberId !== sellerId) continue;
		const sku = offer.skus.find((s) => s.amountOnSale >= 100);
		if (sku)
			return {
				offer,
				sku,
				line: { offerId: offer.offerId, specId: sku.specId, quantity: offer.minOrderQuantity },
			};
	}
	throw new Error('no buyable offer');
}

describe('alibaba.trade.createCrossOrder', () => {
	test('one supplier → one order with the cross-border fields recorded; granted to the cross-border app, fastCreateOrder is not', async () => {
		const { line } = buyable();
		const params = {
			flow: 'boutiquefenxiao',
			addressParam: ADDRESS,
			cargoParamList: [line],
			outOrderId: 'KJ-1',
			message: 'hi',
			dropshipping: 'y',
			tradeType: 'assureTrade',
			crossBorderLogisticsSolutionId: 'GLOBAL_CAINIAO_VN_TRANSIT_LAND',
		};
		const r = await call(sb, CROSS, params, crossBorderApp);
		expect(r.json).toMatchObject({ success: true, result: { success: true, failedOfferList: [] } });
		const order = sb.store.getOrder(r.json.result.orderId);
		expect(order).toMatchObject({
			outOrderId: 'KJ-1',
			flow: 'boutiquefenxiao',
			tradeMode: 'assureTrade',
			crossBorder: {
				dropshipping: 'y',
				isvBizType: 'cross',
				logisticsSolutionId: 'GLOBAL_CAINIAO_VN_TRANSIT_LAND',
			},
		});
		expect(r.json.result.totalSuccessAmount).toBe(Math.round(order.totalAmount * 100));
		const declined = await call(
			sb,
			FAST,
			{ flow: 'general', addressParam: ADDRESS, cargoParamList: [line] },
			crossBorderApp,
		);
		expect(declined.json.error_code).toBe('gw.APIACLDecline');
	});

	test('the domestic app is declined createCrossOrder and granted fastCreateOrder', async () => {
		const { line } = buyable();
		const domestic = { app: SANDBOX_APPS.domestic };
		expect(
			(
				await call(
					sb,
					CROSS,
					{ flow: 'general', addressParam: ADDRESS, cargoParamList: [line] },
					domestic,
				)
			).json.error_code,
		).toBe('gw.APIACLDecline');
		expect(
			(
				await call(
					sb,
					FAST,
					{ flow: 'general', addressParam: ADDRESS, cargoParamList: [line] },
					domestic,
				)
			).json.success,
		).toBe(true);
		expect(sb.store.orders.size).toBe(F.orderCount + 1);
	});

	test('the account-period supplier: preview offers period, and the order paid so is created but answered success false with the account period (the doc sample)', async () => {
		const { line } = buyable(ACCOUNT_PERIOD_SELLER);
		const cart = { addressParam: ADDRESS, cargoParamList: [line] };
		const preview = (await call(sb, PREVIEW, cart, crossBorderApp)).json.orderPreviewResuslt[0];
		expect(preview.tradeModeNameList).toEqual(['assureTrade', 'period']);
		expect(preview.tradeModelList.map((mode) => mode.tradeType)).toEqual(['assureTrade', 'period']);
		const r = await call(
			sb,
			CROSS,
			{ ...cart, flow: 'general', tradeType: 'period' },
			crossBorderApp,
		);
		const order = sb.store.getOrder(r.json.result.orderId);
		expect(order.tradeMode).toBe('period');
		expect(r.json).toEqual({
			result: {
				totalSuccessAmount: Math.round(order.totalAmount * 100),
				orderId: order.id,
				success: false,
				accountPeriod: { tapType: 5, tapDate: 360, tapOverdue: 1 },
			},
			success: true,
		});
		expect(rawNumbers(r.text, 'totalSuccessAmount')).toHaveLength(1);
		// Any other supplier: no account period, so period is refused and nothing is created.
		const other = buyable();
		expect(other.offer.seller.memberId).not.toBe(ACCOUNT_PERIOD_SELLER);
		const before = sb.store.orders.size;
		const refused = await call(
			sb,
			CROSS,
			{ addressParam: ADDRESS, cargoParamList: [other.line], flow: 'general', tradeType: 'period' },
			crossBorderApp,
		);
		expect(refused.json).toEqual({
			success: false,
			code: '400',
			message: 'not support tradeType:【period】',
		});
		expect(sb.store.orders.size).toBe(before);
	});

	test('a cart across the two warehouses of one supplier answers orderList, one entry per created order (the doc sample shape)', async () => {
		const cargo = F.twoWarehouseOffers.map((o) => ({
			offerId: o.offerId,
			specId: o.specId,
			quantity: o.minOrderQuantity,
		}));
		const before = sb.store.orders.size;
		const r = await call(
			sb,
			CROSS,
			{ flow: 'general', addressParam: ADDRESS, cargoParamList: cargo, outOrderId: 'KJ-2' },
			crossBorderApp,
		);
		expect(r.json.success).toBe(true);
		expect(r.json.result.orderId).toBeUndefined();
		const list = r.json.result.orderList;
		expect(list).toHaveLength(2);
		expect(sb.store.orders.size).toBe(before + 2);
		for (const [i, entry] of list.entries()) {
			const order = sb.store.getOrder(entry.orderId);
			expect(order.items.map((item) => item.offerId)).toEqual([cargo[i].offerId]);
			expect(entry).toEqual({
				postFee: Math.round(order.shippingFee * 100),
				orderAmmount: Math.round(order.totalAmount * 100),
				discount: 0,
				sumPaymentNoCarriageFromClient: Math.round((order.totalAmount - order.shippingFee) * 100),
				mergePay: false,
				orderId: order.id,
				chooseFreeFreight: false,
			});
			expect(order.outOrderId).toBe('KJ-2');
		}
	});

	test('refusals: flows outside the doc, a trade type preview does not offer, two suppliers, an unknown saved address', async () => {
		const { line } = buyable();
		const other = buyable(
			[...new Set([...sb.store.offers.values()].map((o) => o.seller.memberId))].find(
				(id) => id !== buyable().offer.seller.memberId && id !== F.member.memberId,
			),
		);
		const cases = [
			[{ flow: 'bogus' }, '400', /flow/],
			[{ flow: '' }, '400', /flow is required/],
			[{ flow: 'general', tradeType: 'period' }, '400', /^not support tradeType:【period】$/],
			[{ flow: 'general', cargoParamList: [line, other.line] }, '500_002', /不属于同一卖家/],
			[{ flow: 'general', addressParam: { addressId: 1 } }, '400', /^AddressId invalid/],
		];
		for (const [extra, code, message] of cases) {
			const r = await call(
				sb,
				CROSS,
				{ addressParam: ADDRESS, cargoParamList: [line], ...extra },
				crossBorderApp,
			);
			expect(r.json).toMatchObject({ success: false, code });
			expect(r.json.message).toMatch(message);
		}
		expect(sb.store.orders.size).toBe(F.orderCount);
	});

	test("flows follow each API's doc: repurchase for createCrossOrder and preview, not for fastCreateOrder", async () => {
		const { line } = buyable();
		expect(
			(await call(sb, CROSS, { flow: 'repurchase', addressParam: ADDRESS, cargoParamList: [line] }))
				.json.success,
		).toBe(true);
		expect(
			(
				await call(sb, PREVIEW, {
					flow: 'repurchase',
					addressParam: ADDRESS,
					cargoParamList: [line],
				})
			).json.success,
		).toBe(true);
		const fast = await call(sb, FAST, {
			flow: 'repurchase',
			addressParam: ADDRESS,
			cargoParamList: [line],
		});
		expect(fast.json).toMatchObject({ success: false, errorCode: '400_1' });
		expect(
			(
				await call(sb, FAST, {
					flow: 'boutiquepifa',
					addressParam: ADDRESS,
					cargoParamList: [line],
				})
			).json.success,
		).toBe(true);
	});

	test('addressParam by saved addressId and by districtCode (mainland and overseas)', async () => {
		const { line } = buyable();
		const saved = await call(sb, CROSS, {
			flow: 'general',
			addressParam: { addressId: F.defaultSavedAddressId },
			cargoParamList: [line],
		});
		expect(sb.store.getOrder(saved.json.result.orderId).address).toMatchObject({
			fullName: '王磊',
			provinceText: '浙江省',
			cityText: '金华市',
			areaText: '义乌市',
			townText: '稠城街道',
			areaCode: '330782',
		});
		const coded = await call(sb, CROSS, {
			flow: 'general',
			addressParam: {
				districtCode: '330108',
				fullName: '张三',
				mobile: '15251667788',
				address: '网商路699号',
			},
			cargoParamList: [line],
		});
		expect(sb.store.getOrder(coded.json.result.orderId).address).toMatchObject({
			provinceText: '浙江省',
			cityText: '杭州市',
			areaText: '滨江区',
			postCode: '310051',
		});
		const overseas = await call(sb, CROSS, {
			flow: 'general',
			addressParam: {
				districtCode: '912760011000000000',
				fullName: 'Anna Keller',
				mobile: '+4915112345678',
				address: 'Lindenstrasse 12',
			},
			cargoParamList: [line],
		});
		expect(sb.store.getOrder(overseas.json.result.orderId).address).toMatchObject({
			country: 'Germany',
			cityText: 'Berlin',
		});
	});
});

describe('addresses', () => {
	test("receiveAddress.get lists the saved addresses in the doc sample's shape, ids as number literals", async () => {
		const r = await call(sb, ADDRESSES, {}, crossBorderApp);
		expect(r.json.success).toBe(true);
		const items = r.json.result.receiveAddressItems;
		expect(items.map((a) => a.id)).toEqual(F.savedAddressIds);
		expect(rawNumbers(r.text, 'id')).toEqual(F.savedAddressIds.map(String));
		expect(items[0]).toEqual({
			id: 322683081,
			fullName: '王磊',
			address: '国际商贸城B区 3号仓（集运仓）',
			post: '322000',
			phone: '',
			mobilePhone: '13800138000',
			addressCode: '330782',
			addressCodeText: '浙江省 金华市 义乌市',
			isDefault: true,
			townCode: '330782001',
			townName: '稠城街道',
		});
	});

	test("addresscode.parse reads the doc's example; unknown text is an error", async () => {
		const r = await call(
			sb,
			CODE_PARSE,
			{ addressInfo: '浙江省 杭州市 滨江区网商路699号' },
			crossBorderApp,
		);
		expect(r.json).toEqual({
			result: {
				address: '网商路699号',
				addressCode: '330108',
				addressCodeText: '浙江省 杭州市 滨江区',
				isDefault: false,
				latest: false,
				postCode: '310051',
			},
		});
		const short = await call(sb, CODE_PARSE, {
			addressInfo: '广东深圳南山区科技园南区8栋 13912345678',
		});
		expect(short.json.result).toMatchObject({
			addressCode: '440305',
			address: '科技园南区8栋',
			mobile: '13912345678',
		});
		const unknown = await call(sb, CODE_PARSE, { addressInfo: 'nowhere 42' });
		expect(unknown.json).toMatchObject({ errorCode: 'ADDRESS_PARSE_FAIL' });
	});

	test('parseText answers the doc sample for its own input; unknown places are result.success false', async () => {
		const param = {
			area: 'Кокшетау',
			city: 'Г.Кокшетау',
			country: 'Казахстан',
			province: 'Акмолинская область',
		};
		const r = await call(sb, TEXT_PARSE, { param }, crossBorderApp);
		expect(r.json.result).toMatchObject({
			success: true,
			data: { addressCode: '910800030036000000', ...param },
		});
		const unknown = await call(sb, TEXT_PARSE, {
			param: { country: 'Atlantis', province: 'x', city: 'y', area: 'z' },
		});
		expect(unknown.json.result).toMatchObject({ success: false, code: 'ADDRESS_NOT_FOUND' });
		// The page marks area (District) required, as the other three.
		const noArea = await call(sb, TEXT_PARSE, {
			param: { country: 'Germany', province: 'Berlin', city: 'Berlin' },
		});
		expect(noArea.json.result).toMatchObject({
			success: false,
			code: 'PARAM_CAN_NOT_BE_NULL',
			message: 'param lacks area',
		});
	});
});

describe('product.freight.estimate', () => {
	const estimate = (offer, skus, district = '330108') =>
		call(
			sb,
			FREIGHT,
			{
				productFreightQueryParamsNew: {
					offerId: offer.offerId,
					toProvinceCode: `${district.slice(0, 2)}0000`,
					toCityCode: `${district.slice(0, 4)}00`,
					toCountryCode: district,
					totalNum: skus.reduce((n, [, q]) => n + q, 0),
					logisticsSkuNumModels: skus.map(([skuId, number]) => ({ skuId: String(skuId), number })),
				},
			},
			crossBorderApp,
		);

	test('weight-based freight from the supplier template, doubled for remote provinces; free shipping suppliers answer 0', async () => {
		const { offer, sku } = buyable('b2b-2201356780001');
		const r = await estimate(offer, [[sku.skuId, 3]]);
		expect(r.json.result).toMatchObject({ success: true, code: 'S0000' });
		const model = r.json.result.result;
		const expected =
			6 + Math.max(0, Math.ceil(Math.round((offer.weightKg * 3 - 1) * 100) / 100)) * 2;
		expect(Number(model.freight)).toBeCloseTo(expected, 2);
		expect(model).toMatchObject({
			offerId: offer.offerId,
			singleProductWeight: offer.weightKg,
			chargeType: '0',
			freePostage: false,
			firstFee: '6',
			sizeValueType: 1,
		});
		expect(
			Number((await estimate(offer, [[sku.skuId, 3]], '650102')).json.result.result.freight),
		).toBeCloseTo(expected * 2, 2);
		const free = buyable('b2b-2201356780003');
		expect((await estimate(free.offer, [[free.sku.skuId, 5]])).json.result.result).toMatchObject({
			freight: '0',
			freePostage: true,
			templateType: 1,
		});
	});

	test('codes that do not nest, SKUs of another offer and a wrong total are refused', async () => {
		const { offer, sku } = buyable();
		const base = {
			offerId: offer.offerId,
			toProvinceCode: '330000',
			toCityCode: '330100',
			toCountryCode: '330108',
			totalNum: 1,
			logisticsSkuNumModels: [{ skuId: String(sku.skuId), number: 1 }],
		};
		for (const [change, message] of [
			[{ toCityCode: '440300' }, /do not contain/],
			[{ logisticsSkuNumModels: [{ skuId: '1', number: 1 }] }, /does not belong/],
			[{ totalNum: 4 }, /totalNum/],
		]) {
			const r = await call(sb, FREIGHT, { productFreightQueryParamsNew: { ...base, ...change } });
			expect(r.json.result).toMatchObject({ success: false, code: '400' });
			expect(r.json.result.message).toMatch(message);
		}
	});
});

describe('payment', () => {
	async function unpaidOrder(app = crossBorderApp) {
		const { line } = buyable();
		const r = await call(
			sb,
			CROSS,
			{ flow: 'general', addressParam: ADDRESS, cargoParamList: [line] },
			app,
		);
		return sb.store.getOrder(r.json.result.orderId);
	}

	test('crossBorderPay and creditPay links: unpaid orders in the link, the rest in cantPayOrderList as number literals', async () => {
		const order = await unpaidOrder();
		const paid = F.orderIdByStatus.waitsellersend;
		const kj = await call(sb, KJ_PAY, { orderIdList: `[${order.id},${paid}]` }, crossBorderApp);
		expect(kj.json).toMatchObject({
			success: true,
			payUrl: `https://trade.1688.com/order/cashier.htm?orderId=${order.id}&payChannel=kjpay`,
		});
		expect(kj.text).toContain(`"cantPayOrderList":[${paid}]`);
		const none = await call(sb, KJ_PAY, { orderIdList: `[${paid}]` }, crossBorderApp);
		expect(none.json).toMatchObject({ success: false, errorCode: '400_4' });

		const credit = await call(sb, CREDIT_PAY, { orderIdList: `[${order.id}]` }, crossBorderApp);
		expect(credit.json.payUrl).toBe(
			`https://trade.1688.com/order/cashier.htm?orderId=${order.id}&payChannel=creditpay`,
		);
		sb.store.creditAvailable = order.totalAmount - 0.01;
		expect((await call(sb, CREDIT_PAY, { orderIdList: `[${order.id}]` })).json).toMatchObject({
			success: false,
			errorCode: '400_4',
		});
		const many = await call(sb, KJ_PAY, {
			orderIdList: JSON.stringify(Array.from({ length: 31 }, (_, i) => i + 1)),
		});
		expect(many.json.errorCode).toBe('400_1');
	});

	test('isopen per app: the full app has Alipay signed, the cross-border app nothing (with sign URLs)', async () => {
		const full = await call(sb, IS_OPEN, {});
		expect(full.json.result.success).toBe(true);
		expect(full.json.result.result.paymentAgreements).toEqual([
			expect.objectContaining({
				payChannel: 'SHEGOU',
				signedStatus: 'false',
				bindingStatus: 'false',
				signUrl: expect.stringContaining('https://'),
			}),
			expect.objectContaining({
				payChannel: 'ALIPAY',
				signedStatus: 'true',
				bindingStatus: 'true',
				agreementNo: expect.any(String),
			}),
		]);
		const cross = await call(sb, IS_OPEN, {}, crossBorderApp);
		expect(
			cross.json.result.result.paymentAgreements.every((a) => a.signedStatus === 'false'),
		).toBe(true);
	});

	test('preparePay debits an unpaid order once; refused when not signed, not unpaid, wrong amount; the lost-answer mode', async () => {
		const order = await unpaidOrder();
		const prepare = (o, extra = {}, app = crossBorderApp) =>
			call(
				sb,
				PREPARE,
				{
					tradeWithholdPreparePayParam: `{"orderId":${o.id}${Object.entries(extra)
						.map(([k, v]) => `,${JSON.stringify(k)}:${JSON.stringify(v)}`)
						.join('')}}`,
				},
				app,
			);
		expect((await prepare(order)).json.result).toMatchObject({
			success: false,
			code: 'WITHHOLD_NOT_OPEN',
		});
		sb.setProtocolPay('crossBorder', 'ALIPAY', true);
		expect((await prepare(order, { payAmount: 1 })).json.result).toMatchObject({
			success: false,
			code: 'PAY_AMOUNT_ERROR',
		});
		const paid = await prepare(order, { payAmount: Math.round(order.totalAmount * 100) });
		expect(paid.json).toEqual({
			result: {
				success: true,
				code: null,
				message: null,
				result: { payChannel: 'ALIPAY', paySuccess: true },
			},
		});
		expect(order.status).toBe('waitsellersend');
		expect((await prepare(order)).json.result).toMatchObject({
			success: false,
			code: 'ORDER_STATUS_ERROR',
		});

		const second = await unpaidOrder();
		sb.setProtocolPay('crossBorder', 'SHEGOU', true);
		sb.loseDebitAnswers(1);
		const credit = sb.store.creditAvailable;
		const lost = await prepare(second);
		expect(lost.json.result.result).toEqual({ payChannel: 'SHEGOU', paySuccess: false });
		expect(second.status).toBe('waitsellersend');
		expect(sb.store.creditAvailable).toBeCloseTo(credit - second.totalAmount, 2);
	});
});

describe('order.relation.write', () => {
	test('records the link (ids as strings, as in the doc sample) and replaces the same pair; unknown orders are refused', async () => {
		const order = sb.store.getOrder(F.orderIdByStatus.waitbuyerpay);
		const param = {
			orderId: 'SHOP-1042',
			parentOrderId: 'SHOP-1042',
			purchaseOrderId: order.id,
			purchaseParentOrderId: order.id,
		};
		const r = await call(sb, RELATION, { orderRelationParam: param }, crossBorderApp);
		expect(r.json).toEqual({ success: true, code: '0', message: '' });
		expect(sb.store.orderRelations.at(-1)).toEqual({
			...param,
			appKey: SANDBOX_APPS.crossBorder.appKey,
		});
		const count = sb.store.orderRelations.length;
		await call(
			sb,
			RELATION,
			{
				orderRelationParam: `{"orderId":"SHOP-1042","parentOrderId":"SHOP-1042-B","purchaseOrderId":${order.id},"purchaseParentOrderId":${order.id}}`,
			},
			crossBorderApp,
		);
		expect(sb.store.orderRelations).toHaveLength(count);
		expect(sb.store.orderRelations.at(-1).parentOrderId).toBe('SHOP-1042-B');
		const unknown = await call(
			sb,
			RELATION,
			{
				orderRelationParam: {
					...param,
					purchaseParentOrderId: F.unknownOrderId,
					purchaseOrderId: F.unknownOrderId,
				},
			},
			crossBorderApp,
		);
		expect(unknown.json).toMatchObject({ success: false, code: '400' });
		const notSub = await call(
			sb,
			RELATION,
			{ orderRelationParam: { ...param, purchaseOrderId: '1' } },
			crossBorderApp,
		);
		expect(notSub.json.message).toMatch(/not 1688 order/);
	});
});
