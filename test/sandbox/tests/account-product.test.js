'use strict';
const { startSandbox, SANDBOX_FIXTURES } = require('..');
const { call } = require('./helpers');

const GET = 'com.alibaba.product:alibaba.product.get-1';
let sb;
beforeAll(async () => {
	sb = await startSandbox();
});
afterAll(() => sb.close());

test('alibaba.account.basic returns the authorised member', async () => {
	const r = await call(sb, 'com.alibaba.account:alibaba.account.basic-1');
	expect(r.status).toBe(200);
	expect(r.json.success).toBe(true);
	expect(r.json.result).toMatchObject({
		loginId: 'sandbox_buyer01',
		memberId: 'b2b-2216000000001',
		companyName: '沙箱测试贸易有限公司',
		userId: 2216000000001,
	});
	expect(r.json.result.createDate).toMatch(/^\d{17}\+0800$/);
});

describe('alibaba.product.get', () => {
	test('offer with 12 SKUs', async () => {
		const f = SANDBOX_FIXTURES.offerManySkus;
		const r = await call(sb, GET, { productID: f.offerId, webSite: '1688' });
		expect(r.status).toBe(200);
		expect(r.json.success).toBe(true);
		const p = r.json.productInfo;
		expect(p.productID).toBe(f.offerId);
		expect(String(p.productID)).toMatch(/^6\d{11}$/);
		expect(p.status).toBe('published');
		expect(p.subject).toBe(f.subject);
		expect(p.skuInfos).toHaveLength(12);
		const stored = sb.store.getOffer(f.offerId);
		p.skuInfos.forEach((s, i) => {
			expect(s.skuId).toBe(stored.skus[i].skuId);
			expect(typeof s.specId).toBe('string');
			expect(s.specId).toMatch(/^[0-9a-f]{32}$/);
			expect(s.amountOnSale).toBe(stored.skus[i].amountOnSale);
			expect(s.price).toBe(stored.skus[i].price);
			expect(s.attributes.map((a) => a.attributeName)).toEqual(['颜色', '尺码']);
		});
		expect(p.saleInfo.amountOnSale).toBe(stored.skus.reduce((n, s) => n + s.amountOnSale, 0));
		expect(p.saleInfo.minOrderQuantity).toBe(stored.minOrderQuantity);
		expect(p.saleInfo.priceRanges[0]).toEqual({
			startQuantity: stored.minOrderQuantity,
			price: expect.any(Number),
		});
		expect(p.saleInfo.unit).toBe('件');
		expect(p.image.images.length).toBeGreaterThanOrEqual(3);
		expect(p.categoryID).toBe(stored.categoryId);
	});

	test('single SKU, out of stock, expired and deleted offers', async () => {
		const one = await call(sb, GET, {
			productID: SANDBOX_FIXTURES.offerOneSku.offerId,
			webSite: '1688',
		});
		expect(one.json.productInfo.skuInfos).toHaveLength(1);
		const zero = await call(sb, GET, {
			productID: SANDBOX_FIXTURES.offerOutOfStock.offerId,
			webSite: '1688',
		});
		expect(zero.json.productInfo.skuInfos.every((s) => s.amountOnSale === 0)).toBe(true);
		expect(zero.json.productInfo.saleInfo.amountOnSale).toBe(0);
		const exp = await call(sb, GET, {
			productID: SANDBOX_FIXTURES.offerExpired.offerId,
			webSite: '1688',
		});
		expect(exp.json.productInfo.status).toBe('expired');
		const del = await call(sb, GET, {
			productID: SANDBOX_FIXTURES.offerDeleted.offerId,
			webSite: '1688',
		});
		expect(del.json.productInfo.status).toBe('deleted');
	});

	test('unknown product and bad params answer success:false', async () => {
		const r = await call(sb, GET, { productID: SANDBOX_FIXTURES.unknownOfferId, webSite: '1688' });
		expect(r.status).toBe(200);
		expect(r.json).toEqual({
			success: false,
			errorCode: '500_004',
			errorMsg: `商品[${SANDBOX_FIXTURES.unknownOfferId}]不存在`,
		});
		const w = await call(sb, GET, {
			productID: SANDBOX_FIXTURES.offerOneSku.offerId,
			webSite: 'alibaba',
		});
		expect(w.json).toMatchObject({ success: false, errorCode: '400_1' });
		const m = await call(sb, GET, { webSite: '1688' });
		expect(m.json.success).toBe(false);
	});
});

describe('seeded data', () => {
	test('is deterministic and shaped as documented', () => {
		expect(sb.store.offers.size).toBe(120);
		expect(sb.store.orders.size).toBe(60);
		const offers = [...sb.store.offers.values()];
		for (const o of offers) {
			expect(String(o.offerId)).toMatch(/^6\d{11}$/);
			expect(o.skus.length).toBeGreaterThanOrEqual(1);
			expect(o.skus.length).toBeLessThanOrEqual(12);
			expect(o.subject).toMatch(/[\u4e00-\u9fff]/);
			expect(o.subjectTrans).toMatch(/^[A-Z0-9][ -~]+$/);
			for (const s of o.skus) expect(Math.round(s.price * 100) / 100).toBe(s.price);
		}
		expect(offers.filter((o) => o.status === 'published').length).toBeGreaterThan(100);
		const statuses = {};
		for (const o of sb.store.orders.values()) {
			statuses[o.status] = (statuses[o.status] || 0) + 1;
			expect(o.id).toMatch(/^\d{19}$/);
			expect(String(Number(o.id))).not.toBe(o.id);
			expect(o.createTime).toBeLessThanOrEqual(SANDBOX_FIXTURES.referenceTime);
			expect(o.createTime).toBeGreaterThan(SANDBOX_FIXTURES.referenceTime - 90 * 86400000);
			if (['waitbuyerreceive', 'success'].includes(o.status)) expect(o.logistics.length).toBe(1);
			else expect(o.logistics.length).toBe(0);
		}
		expect(statuses).toEqual({
			waitbuyerpay: 12,
			waitsellersend: 12,
			waitbuyerreceive: 12,
			success: 12,
			cancel: 12,
		});
		expect(SANDBOX_FIXTURES.offerManySkus.offerId).toBe(672794704428);
		expect(SANDBOX_FIXTURES.orderIdByStatus.waitbuyerpay).toBe('2204007555606815862');
	});
});
