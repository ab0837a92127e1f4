'use strict';
const { startSandbox, SANDBOX_FIXTURES: F, SANDBOX_APPS } = require('..');
const { format1688 } = require('../protocol/dates');
const { call, rawNumbers } = require('./helpers');

const LIST = 'com.alibaba.trade:alibaba.trade.getBuyerOrderList-1';
const VIEW = 'com.alibaba.trade:alibaba.trade.get.buyerView-1';
const PREVIEW = 'com.alibaba.trade:alibaba.createOrder.preview-1';
const CREATE = 'com.alibaba.trade:alibaba.trade.fastCreateOrder-1';
const CANCEL = 'com.alibaba.trade:alibaba.trade.cancel-1';
const PAY = 'com.alibaba.trade:alibaba.alipay.url.get-1';
const INFOS = 'com.alibaba.logistics:alibaba.trade.getLogisticsInfos.buyerView-1';
const TRACE = 'com.alibaba.logistics:alibaba.trade.getLogisticsTraceInfo.buyerView-1';

const ADDRESS = {
	fullName: '赵六',
	mobile: '13511112222',
	provinceText: '浙江省',
	cityText: '杭州市',
	areaText: '滨江区',
	address: '网商路699号',
	postCode: '310052',
};

let sb;
beforeAll(async () => {
	sb = await startSandbox({ closeTooFastMs: 0 });
});
afterAll(() => sb.close());
beforeEach(() => sb.reset());

/** a published offer (not the member's own) with a SKU in stock */
function buyable(minStock = 50) {
	for (const o of sb.store.offers.values()) {
		if (o.status !== 'published' || o.seller.memberId === F.member.memberId) continue;
		const sku = o.skus.find((s) => s.amountOnSale >= minStock);
		if (sku && o.skus.length > 1) return { offer: o, sku };
	}
	throw new Error('no buyable offer');
}

describe('alibaba.trade.getBuyerOrderList', () => {
	test('pages newest first with totalRecord; ids are exact 19-digit number literals', async () => {
		const r = await call(sb, LIST, { page: 1, pageSize: 20 });
		expect(r.status).toBe(200);
		expect(r.json.totalRecord).toBe(60);
		expect(r.json.result).toHaveLength(20);
		const ids = rawNumbers(r.text, 'id');
		expect(ids).toHaveLength(20);
		const all = [...sb.store.orders.values()].sort((a, b) => b.createTime - a.createTime);
		expect(ids).toEqual(all.slice(0, 20).map((o) => o.id));
		expect(r.json.result.map((o) => o.baseInfo.idOfStr)).toEqual(ids);
		const p3 = await call(sb, LIST, { page: 3, pageSize: 20 });
		expect(rawNumbers(p3.text, 'id')).toEqual(all.slice(40, 60).map((o) => o.id));
		const p4 = await call(sb, LIST, { page: 4, pageSize: 20 });
		expect(p4.json).toEqual({ result: [], totalRecord: 60 });
	});

	test('filters by status and by create time window', async () => {
		for (const status of [
			'waitbuyerpay',
			'waitsellersend',
			'waitbuyerreceive',
			'success',
			'cancel',
		]) {
			const r = await call(sb, LIST, { orderStatus: status, pageSize: 50 });
			expect(r.json.totalRecord).toBe(12);
			expect(r.json.result.every((o) => o.baseInfo.status === status)).toBe(true);
			expect(rawNumbers(r.text, 'id')).toContain(F.orderIdByStatus[status]);
		}
		const start = F.referenceTime - 30 * 86400000;
		const r = await call(sb, LIST, {
			createStartTime: format1688(start),
			createEndTime: format1688(F.referenceTime),
			pageSize: 50,
		});
		const expected = [...sb.store.orders.values()].filter((o) => o.createTime >= start).length;
		expect(r.json.totalRecord).toBe(expected);
		expect(expected).toBeGreaterThan(5);
		expect(expected).toBeLessThan(60);
	});

	test('shape of one order', async () => {
		const id = F.orderIdByStatus.success;
		const r = await call(sb, LIST, { orderIds: `[${id}]`, needBuyerAddressAndPhone: 'true' });
		expect(r.json.totalRecord).toBe(1);
		const o = r.json.result[0];
		expect(o.baseInfo).toMatchObject({
			status: 'success',
			buyerID: F.member.memberId,
			idOfStr: id,
			tradeType: '50060',
		});
		expect(o.baseInfo.createTime).toMatch(/^\d{17}\+0800$/);
		expect(o.baseInfo.completeTime).toMatch(/^\d{17}\+0800$/);
		const stored = sb.store.getOrder(id);
		expect(o.baseInfo.totalAmount).toBe(stored.totalAmount);
		expect(o.productItems).toHaveLength(stored.items.length);
		expect(o.productItems[0]).toMatchObject({
			productID: stored.items[0].offerId,
			skuID: stored.items[0].skuId,
			specId: stored.items[0].specId,
			quantity: stored.items[0].quantity,
			statusStr: '交易成功',
		});
		expect(o.productItems[0].skuInfos[0].name).toBe('颜色');
		expect(o.nativeLogistics.contactPerson).toBe(stored.address.fullName);
		expect(o.baseInfo.receiverInfo.toMobile).toBe(stored.address.mobile);
	});

	test('bad params answer errorCode/errorMessage', async () => {
		expect((await call(sb, LIST, { pageSize: 51 })).json).toMatchObject({ errorCode: '400_1' });
		expect((await call(sb, LIST, { page: 0 })).json).toMatchObject({ errorCode: '400_1' });
		expect((await call(sb, LIST, { createStartTime: '2024-01-01' })).json.errorMessage).toMatch(
			/yyyyMMddHHmmssSSS/,
		);
		expect((await call(sb, LIST, { orderStatus: 'paid' })).json.errorCode).toBe('400_1');
	});

	test('limited app is declined', async () => {
		expect((await call(sb, LIST, {}, { app: SANDBOX_APPS.limited })).json.error_code).toBe(
			'gw.APIACLDecline',
		);
	});
});

describe('alibaba.trade.get.buyerView', () => {
	test('detail with logistics items; success is the String "true"', async () => {
		const id = F.orderIdByStatus.waitbuyerreceive;
		const r = await call(sb, VIEW, { webSite: '1688', orderId: id });
		expect(r.json.success).toBe('true');
		expect(rawNumbers(r.text, 'id')).toEqual([id]);
		expect(r.json.result.baseInfo.status).toBe('waitbuyerreceive');
		const lg = sb.store.getOrder(id).logistics[0];
		expect(r.json.result.nativeLogistics.logisticsItems[0]).toMatchObject({
			logisticsBillNo: lg.logisticsBillNo,
			logisticsCode: lg.logisticsId,
			status: 'alreadysend',
		});
	});

	test('unknown order and bad webSite', async () => {
		expect((await call(sb, VIEW, { webSite: '1688', orderId: F.unknownOrderId })).json).toEqual({
			success: 'false',
			errorCode: 'ORDER_NOT_EXIST',
			errorMessage: '订单不存在',
		});
		expect((await call(sb, VIEW, { webSite: 'x', orderId: F.unknownOrderId })).json.errorCode).toBe(
			'400_1',
		);
	});
});

describe('order creation', () => {
	test('preview prices in fen and validates', async () => {
		const { offer, sku } = buyable();
		const quantity = offer.minOrderQuantity * 2;
		const r = await call(sb, PREVIEW, {
			addressParam: ADDRESS,
			cargoParamList: [{ offerId: offer.offerId, specId: sku.specId, quantity }],
		});
		expect(r.json.success).toBe(true);
		const p = r.json.orderPreviewResuslt[0];
		expect(p.cargoList[0]).toMatchObject({
			offerId: offer.offerId,
			specId: sku.specId,
			skuId: sku.skuId,
		});
		expect(p.sumPaymentNoCarriage).toBe(Math.round(p.cargoList[0].amount * 100));
		expect(p.sumPayment).toBe(p.sumPaymentNoCarriage + p.sumCarriage);
		expect(p.sumCarriage).toBeGreaterThanOrEqual(600);
		const cases = [
			[
				[{ offerId: F.offerExpired.offerId, specId: F.offerExpired.firstSpecId, quantity: 10 }],
				'500_001',
			],
			[[{ offerId: offer.offerId, quantity }], '500_002'],
			[[{ offerId: offer.offerId, specId: 'nope', quantity }], '500_003'],
			[
				[
					{
						offerId: offer.offerId,
						specId: sku.specId,
						quantity: sku.amountOnSale + offer.minOrderQuantity,
					},
				],
				'500_004',
			],
		];
		if (offer.minOrderQuantity > 1)
			cases.push([[{ offerId: offer.offerId, specId: sku.specId, quantity: 1 }], '500_005']);
		for (const [cargo, code] of cases) {
			const e = await call(sb, PREVIEW, { addressParam: ADDRESS, cargoParamList: cargo });
			expect(e.json).toMatchObject({ success: false, errorCode: code });
		}
		const noAddr = await call(sb, PREVIEW, {
			addressParam: { fullName: 'x' },
			cargoParamList: [{ offerId: offer.offerId, specId: sku.specId, quantity }],
		});
		expect(noAddr.json.errorCode).toBe('400_1');
	});

	test('fastCreateOrder creates an unpaid order, takes stock, records outOrderId; a repeated outOrderId is a new order', async () => {
		const { offer, sku } = buyable();
		const before = sku.amountOnSale;
		const quantity = offer.minOrderQuantity;
		const params = {
			flow: 'general',
			addressParam: ADDRESS,
			cargoParamList: [{ offerId: offer.offerId, specId: sku.specId, quantity }],
			message: '测试留言',
			outOrderId: 'EXT-1001',
		};
		const r = await call(sb, CREATE, params);
		expect(r.json.success).toBe(true);
		const { orderId, totalSuccessAmount, postFee } = r.json.result;
		expect(orderId).toMatch(/^\d{19}$/);
		expect(r.json.result.failedOfferList).toEqual([]);
		const order = sb.store.getOrder(orderId);
		expect(order).toMatchObject({
			status: 'waitbuyerpay',
			outOrderId: 'EXT-1001',
			buyerFeedback: '测试留言',
		});
		expect(totalSuccessAmount).toBe(Math.round(order.totalAmount * 100));
		expect(postFee).toBe(Math.round(order.shippingFee * 100));
		expect(sku.amountOnSale).toBe(before - quantity);
		const list = await call(sb, LIST, { outOrderId: 'EXT-1001' });
		expect(rawNumbers(list.text, 'id')).toEqual([orderId]);
		expect(list.json.result[0].baseInfo.outOrderId).toBe('EXT-1001');
		// Nothing in the doc makes outOrderId unique: the same call again is a second order.
		const again = await call(sb, CREATE, params);
		expect(again.json.result.orderId).not.toBe(orderId);
		expect(sb.store.orders.size).toBe(62);
	});

	test('cancel: only unpaid orders, valid reasons, stock comes back', async () => {
		const { offer, sku } = buyable();
		const before = sku.amountOnSale;
		const created = await call(sb, CREATE, {
			addressParam: ADDRESS,
			cargoParamList: [
				{ offerId: offer.offerId, specId: sku.specId, quantity: offer.minOrderQuantity },
			],
		});
		const id = created.json.result.orderId;
		expect(
			(await call(sb, CANCEL, { webSite: '1688', tradeID: id, cancelReason: 'whatever' })).json
				.errorCode,
		).toBe('400_1');
		const ok = await call(sb, CANCEL, {
			webSite: '1688',
			tradeID: id,
			cancelReason: 'buyerCancel',
			remark: '不要了',
		});
		expect(ok.json).toEqual({ success: true });
		expect(sb.store.getOrder(id)).toMatchObject({ status: 'cancel', closeReason: 'buyerCancel' });
		expect(sku.amountOnSale).toBe(before);
		expect(
			(await call(sb, CANCEL, { webSite: '1688', tradeID: id, cancelReason: 'other' })).json,
		).toMatchObject({ success: false, errorCode: 'ORDER_STATUS_ERROR' });
		expect(
			(
				await call(sb, CANCEL, {
					webSite: '1688',
					tradeID: F.orderIdByStatus.waitsellersend,
					cancelReason: 'other',
				})
			).json.errorCode,
		).toBe('ORDER_STATUS_ERROR');
		expect(
			(
				await call(sb, CANCEL, {
					webSite: '1688',
					tradeID: F.unknownOrderId,
					cancelReason: 'other',
				})
			).json.errorCode,
		).toBe('ORDER_NOT_EXIST');
	});

	test('cancel right after creation: CLOSE_ORDER_TOO_FAST by default', async () => {
		const strict = await startSandbox();
		try {
			const { offer, sku } = buyable();
			const created = await call(strict, CREATE, {
				addressParam: ADDRESS,
				cargoParamList: [
					{ offerId: offer.offerId, specId: sku.specId, quantity: offer.minOrderQuantity },
				],
			});
			const r = await call(strict, CANCEL, {
				webSite: '1688',
				tradeID: created.json.result.orderId,
				cancelReason: 'other',
			});
			expect(r.json.errorCode).toBe('CLOSE_ORDER_TOO_FAST');
			const seeded = await call(strict, CANCEL, {
				webSite: '1688',
				tradeID: F.orderIdByStatus.waitbuyerpay,
				cancelReason: 'other',
			});
			expect(seeded.json.success).toBe(true);
		} finally {
			await strict.close();
		}
	});

	test('alipay.url.get: cashier URL for unpaid orders, failures listed as longs', async () => {
		const [a, b] = F.ordersByStatus.waitbuyerpay;
		const one = await call(sb, PAY, { orderIdList: `[${a}]` });
		expect(one.json).toEqual({
			payUrl: `https://trade.1688.com/order/cashier.htm?orderId=${a}`,
			success: true,
		});
		const paid = F.orderIdByStatus.success;
		const two = await call(sb, PAY, { orderIdList: `[${a},${b},${paid}]` });
		expect(two.json.payUrl).toBe(`https://trade.1688.com/order/cashier.htm?orderId=${a};${b}`);
		expect(two.text).toContain(`"payFailureOrderList":[${paid}]`);
		const none = await call(sb, PAY, { orderIdList: `[${paid}]` });
		expect(none.json).toMatchObject({ success: false, erroMsg: expect.any(String) });
	});
});

describe('order state machine via the admin endpoint', () => {
	const post = (path, body) =>
		fetch(`${sb.url}/_sandbox/${path}`, { method: 'POST', body: JSON.stringify(body) }).then(
			async (r) => ({ status: r.status, json: await r.json() }),
		);

	test('pay → ship (logistics + trace) → receive', async () => {
		const id = F.orderIdByStatus.waitbuyerpay;
		expect((await call(sb, INFOS, { orderId: id, webSite: '1688' })).json).toMatchObject({
			success: false,
			errorCode: '500_2',
		});
		expect(
			(await post('order-status', { orderId: id, status: 'waitsellersend' })).json,
		).toMatchObject({ ok: true, status: 'waitsellersend', steps: ['pay'] });
		const shipped = await post('order-status', { orderId: id, status: 'waitbuyerreceive' });
		expect(shipped.json.steps).toEqual(['ship']);
		const infos = await call(sb, INFOS, { orderId: id, webSite: '1688' });
		expect(infos.json.success).toBe(true);
		expect(infos.json.result[0]).toMatchObject({
			status: 'TRANSPORT',
			logisticsId: expect.stringMatching(/^LP00\d{12}$/),
		});
		expect(infos.text).toContain(`"tradeOrderId":${id}`);
		expect(infos.json.result[0]).toHaveProperty('logisticsCompanyName');
		// `fields` selects the optional sections (doc: company.name, sender, receiver, sendgood).
		const some = (
			await call(sb, INFOS, { orderId: id, webSite: '1688', fields: 'sender,sendgood' })
		).json.result[0];
		expect(Object.keys(some)).toEqual(
			expect.arrayContaining(['logisticsId', 'logisticsBillNo', 'status', 'sender', 'sendGoods']),
		);
		expect(some).not.toHaveProperty('logisticsCompanyName');
		expect(some).not.toHaveProperty('receiver');
		const all = (
			await call(sb, INFOS, {
				orderId: id,
				webSite: '1688',
				fields: 'company.name,sender,receiver,sendgood',
			})
		).json.result[0];
		expect(all).toEqual(infos.json.result[0]);
		const trace = await call(sb, TRACE, { orderId: id, webSite: '1688' });
		expect(trace.json.logisticsTrace[0].logisticsSteps.length).toBe(3);
		expect(trace.json.logisticsTrace[0].logisticsSteps[0].acceptTime).toMatch(
			/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/,
		);
		expect((await post('order-status', { orderId: id, status: 'success' })).json.steps).toEqual([
			'receive',
		]);
		const done = await call(sb, TRACE, { orderId: id, webSite: '1688' });
		const steps = done.json.logisticsTrace[0].logisticsSteps;
		expect(steps).toHaveLength(6);
		expect(steps[5].remark).toMatch(/签收/);
		expect((await call(sb, INFOS, { orderId: id, webSite: '1688' })).json.result[0].status).toBe(
			'SIGN',
		);
		const view = await call(sb, VIEW, { webSite: '1688', orderId: id });
		expect(view.json.result.baseInfo.status).toBe('success');
	});

	test('illegal transitions are refused; unknown orders are 404', async () => {
		expect(
			(await post('order-status', { orderId: F.orderIdByStatus.success, status: 'waitbuyerpay' }))
				.status,
		).toBe(409);
		expect(
			(await post('order-status', { orderId: F.orderIdByStatus.waitsellersend, status: 'cancel' }))
				.status,
		).toBe(409);
		expect(
			(await post('order-status', { orderId: F.unknownOrderId, status: 'success' })).status,
		).toBe(404);
		const jump = await post('order-status', {
			orderId: F.orderIdByStatus.waitbuyerpay,
			status: 'success',
		});
		expect(jump.json.steps).toEqual(['pay', 'ship', 'receive']);
	});

	test('seeded shipped orders have traces; unknown logisticsId is 404', async () => {
		const id = F.orderIdByStatus.success;
		const t = await call(sb, TRACE, { orderId: id, webSite: '1688' });
		expect(t.json.logisticsTrace[0].logisticsSteps.length).toBe(6);
		expect(rawNumbers(t.text, 'orderId')).toEqual([id]);
		expect(
			(await call(sb, TRACE, { orderId: id, webSite: '1688', logisticsId: 'LP000' })).json
				.errorCode,
		).toBe('404');
	});
});
