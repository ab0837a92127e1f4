'use strict';
const { startSandbox, SANDBOX_FIXTURES: F, SANDBOX_APPS } = require('..');
const { call } = require('./helpers');

const DETAIL = 'com.alibaba.fenxiao.crossborder:product.search.queryProductDetail-1';
const SEARCH = 'com.alibaba.fenxiao.crossborder:product.search.keywordQuery-1';
const UPLOAD = 'com.alibaba.fenxiao.crossborder:product.image.upload-1';
const IMAGE = 'com.alibaba.fenxiao.crossborder:product.search.imageQuery-1';
const CATEGORY = 'com.alibaba.product:alibaba.category.get-1';
const LIST = 'com.alibaba.product:alibaba.product.list.get-1';
const STOCK = 'com.alibaba.product:alibaba.product.modifyStock-1';
const GET = 'com.alibaba.product:alibaba.product.get-1';

let sb;
beforeAll(async () => {
	sb = await startSandbox();
});
afterAll(() => sb.close());
beforeEach(() => sb.reset());

describe('product.search.queryProductDetail', () => {
	test('multilingual detail with SKUs, prices as strings and foreign currency', async () => {
		const f = F.offerManySkus;
		const r = await call(
			sb,
			DETAIL,
			{ offerDetailParam: { offerId: f.offerId, country: 'en', currency: 'USD' } },
			{ app: SANDBOX_APPS.limited },
		);
		expect(r.status).toBe(200);
		expect(r.json.result).toMatchObject({ success: true, code: '200' });
		const d = r.json.result.result;
		const stored = sb.store.getOffer(f.offerId);
		expect(d).toMatchObject({
			offerId: f.offerId,
			subject: stored.subject,
			subjectTrans: stored.subjectTrans,
			status: 'published',
			minOrderQuantity: stored.minOrderQuantity,
		});
		expect(d.productSkuInfos).toHaveLength(12);
		const s0 = d.productSkuInfos[0];
		expect(s0).toMatchObject({
			skuId: stored.skus[0].skuId,
			specId: stored.skus[0].specId,
			amountOnSale: stored.skus[0].amountOnSale,
			price: stored.skus[0].price.toFixed(2),
		});
		expect(s0.foreignCurrencyPrice).toBe(
			(Math.round(stored.skus[0].price * 0.1389 * 100) / 100).toFixed(2),
		);
		expect(s0.skuAttributes[0]).toMatchObject({
			attributeName: '颜色',
			attributeNameTrans: 'Color',
			value: stored.skus[0].attributes[0].attributeValue,
		});
		expect(d.productSaleInfo.priceRangeList[0]).toMatchObject({
			startQuantity: stored.minOrderQuantity,
		});
		expect(d.productSaleInfo.amountOnSale).toBe(
			stored.skus.reduce((n, s) => n + s.amountOnSale, 0),
		);
		expect(d.productImage.images[0]).toMatch(/^https:\/\/cbu01\.alicdn\.com\/img\/ibank\//);
	});

	test('errors in the cross-border envelope', async () => {
		const unknown = await call(sb, DETAIL, {
			offerDetailParam: { offerId: F.unknownOfferId, country: 'en' },
		});
		expect(unknown.json).toEqual({
			result: { success: false, code: '500_1', message: expect.any(String) },
		});
		expect(
			(
				await call(sb, DETAIL, {
					offerDetailParam: { offerId: F.offerDeleted.offerId, country: 'en' },
				})
			).json.result.success,
		).toBe(false);
		expect(
			(await call(sb, DETAIL, { offerDetailParam: { offerId: F.offerOneSku.offerId } })).json.result
				.code,
		).toBe('400');
		expect((await call(sb, DETAIL, { offerDetailParam: '{oops' })).json.result.code).toBe('400');
		expect((await call(sb, DETAIL, {})).json.result.success).toBe(false);
	});
});

describe('product.search.keywordQuery', () => {
	const search = (q) =>
		call(sb, SEARCH, { offerQueryParam: { country: 'en', beginPage: 1, pageSize: 20, ...q } });

	test('Chinese and English keywords, paging fields as documented', async () => {
		const zh = await search({ keyword: 'T恤' });
		const page = zh.json.result.result;
		expect(zh.json.result.success).toBe(true);
		const expected = [...sb.store.offers.values()].filter(
			(o) => o.status === 'published' && o.subject.includes('T恤'),
		);
		expect(page.totalRecords).toBe(expected.length);
		expect(page.totalRecords).toBeGreaterThan(0);
		expect(Object.keys(page).sort()).toEqual([
			'currentPage',
			'data',
			'pageSize',
			'totalPage',
			'totalRecords',
		]);
		expect(page.data[0]).toMatchObject({
			offerId: expect.any(Number),
			subject: expect.stringContaining('T恤'),
			priceInfo: { price: expect.stringMatching(/^\d+\.\d\d$/) },
		});
		const en = await search({ keyword: 't-shirt' });
		expect(en.json.result.result.totalRecords).toBe(page.totalRecords);
		const none = await search({ keyword: 'zzzz' });
		expect(none.json.result.result).toMatchObject({ totalRecords: 0, totalPage: 0, data: [] });
	});

	test('paging, price filter, category filter and sort', async () => {
		const all = await search({ keyword: '批发', pageSize: 50 });
		const total = all.json.result.result.totalRecords;
		expect(total).toBeGreaterThan(3);
		const p2 = await search({ keyword: '批发', pageSize: 2, beginPage: 2 });
		expect(p2.json.result.result).toMatchObject({
			currentPage: 2,
			pageSize: 2,
			totalPage: Math.ceil(total / 2),
		});
		expect(p2.json.result.result.data.map((d) => d.offerId)).toEqual(
			all.json.result.result.data.slice(2, 4).map((d) => d.offerId),
		);
		const sorted = await search({ keyword: '批发', pageSize: 50, sort: '{"price":"asc"}' });
		const prices = sorted.json.result.result.data.map((d) => Number(d.priceInfo.price));
		expect(prices).toEqual([...prices].sort((a, b) => a - b));
		const cheap = await search({ keyword: '批发', pageSize: 50, priceEnd: '30' });
		expect(cheap.json.result.result.data.every((d) => Number(d.priceInfo.price) <= 30)).toBe(true);
		const cat = await search({ keyword: '批发', pageSize: 50, categoryId: 1047000 });
		expect(cat.json.result.result.data.every((d) => d.topCategoryId === 1047000)).toBe(true);
	});

	test('validation', async () => {
		expect((await search({ keyword: 'x', pageSize: 51 })).json.result.code).toBe('400');
		expect((await search({ keyword: '' })).json.result.code).toBe('400');
		expect(
			(await call(sb, SEARCH, { offerQueryParam: { keyword: 'x' } })).json.result.message,
		).toMatch(/country/);
		expect((await search({ keyword: 'x', sort: '{"foo":"up"}' })).json.result.code).toBe('400');
	});
});

describe('image upload and image search', () => {
	const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

	test('upload returns an imageId; search is deterministic per image', async () => {
		const up = await call(sb, UPLOAD, {
			uploadImageParam: { imageBase64: PNG.toString('base64') },
		});
		expect(up.json.result).toMatchObject({
			success: 'true',
			code: '200',
			result: expect.stringMatching(/^\d+$/),
		});
		const imageId = up.json.result.result;
		const q = { imageId, beginPage: 1, pageSize: 10, country: 'en' };
		const a = await call(sb, IMAGE, { offerQueryParam: q });
		expect(a.json.result.success).toBe('true');
		const page = a.json.result.result;
		expect(page.totalRecords).toBeGreaterThan(0);
		expect(page.data.length).toBeLessThanOrEqual(10);
		const b = await call(sb, IMAGE, { offerQueryParam: q });
		expect(b.json.result.result.data.map((d) => d.offerId)).toEqual(
			page.data.map((d) => d.offerId),
		);
		expect(new Set(page.data.map((d) => d.topCategoryId)).size).toBe(1);
	});

	test('multipart upload and errors', async () => {
		const { sign } = require('../protocol/signature');
		const urlPath = 'param2/1/com.alibaba.fenxiao.crossborder/product.image.upload/1000000';
		const fd = new FormData();
		fd.set('access_token', 'sandbox-access-token');
		fd.set('_aop_signature', sign('test123', urlPath, { access_token: 'sandbox-access-token' }));
		fd.set('image', new Blob([PNG]), 'a.png');
		const res = await fetch(`${sb.url}/openapi/${urlPath}`, { method: 'POST', body: fd });
		const body = await res.json();
		expect(body.result.success).toBe('true');
		expect(sb.store.images.has(body.result.result)).toBe(true);
		expect(
			(await call(sb, UPLOAD, { uploadImageParam: { imageBase64: '' } })).json.result.success,
		).toBe('false');
		expect(
			(await call(sb, IMAGE, { offerQueryParam: { imageId: '1', country: 'en' } })).json.result,
		).toMatchObject({ success: 'false', code: '400' });
		expect(
			(
				await call(sb, IMAGE, {
					offerQueryParam: { imageId: body.result.result, country: 'en', pageSize: 51 },
				})
			).json.result.code,
		).toBe('400');
	});
});

describe('alibaba.category.get', () => {
	test('root, level 2 and a leaf; no token needed', async () => {
		const root = await call(sb, CATEGORY, { categoryID: 0 }, { token: null });
		expect(root.status).toBe(200);
		expect(root.json.succes).toBe('true');
		expect(root.json.categoryInfo[0].childIDs).toEqual(F.rootCategoryIds);
		expect(root.json.categoryInfo[0].childCategorys[0]).toEqual({
			id: 10166,
			name: '女装',
			isLeaf: false,
			categoryType: '1',
		});
		const top = await call(sb, CATEGORY, { categoryID: 10166 });
		expect(top.json.categoryInfo[0]).toMatchObject({
			categoryID: 10166,
			name: '女装',
			level: 1,
			isLeaf: false,
			parentIDs: [0],
			childIDs: [1031910, 1031911],
		});
		const leaf = await call(sb, CATEGORY, { categoryID: 103191101 });
		expect(leaf.json.categoryInfo[0]).toMatchObject({
			name: '连衣裙',
			level: 3,
			isLeaf: true,
			parentIDs: [1031911],
			childIDs: [],
		});
		const none = await call(sb, CATEGORY, { categoryID: 42 });
		expect(none.json).toMatchObject({ succes: 'false', errorCode: '500_1' });
	});
});

describe('seller products', () => {
	test('alibaba.product.list.get pages the own products, filters statusList', async () => {
		const own = F.ownOfferIds;
		const r = await call(sb, LIST, { pageNo: 1, pageSize: 10 });
		expect(r.json.result.success).toBe(true);
		expect(r.json.result.pageResult).toMatchObject({
			pageIndex: 1,
			sizePerPage: 10,
			totalRecords: own.length,
		});
		expect(r.json.result.pageResult.resultList).toHaveLength(10);
		expect(r.json.result.pageResult.resultList.every((p) => own.includes(p.productID))).toBe(true);
		const pub = await call(sb, LIST, { pageNo: 1, pageSize: 50, statusList: '["published"]' });
		const expected = own.filter((id) => sb.store.getOffer(id).status === 'published').length;
		expect(pub.json.result.pageResult.totalRecords).toBe(expected);
		expect((await call(sb, LIST, { pageSize: 0 })).json.result).toMatchObject({
			success: false,
			errorCode: '400_1',
		});
	});

	test('alibaba.product.modifyStock changes the store (deltas, all-or-nothing)', async () => {
		const offer = sb.store.getOffer(F.ownOfferIds[0]);
		const [s0, s1] = offer.skus;
		const before0 = s0.amountOnSale;
		const r = await call(sb, STOCK, {
			webSite: '1688',
			productStockChange: [
				{ productId: offer.offerId, skuStocks: [{ skuId: s0.skuId, amountChange: 7 }] },
			],
		});
		expect(r.json).toEqual({ success: true, result: [{ productId: offer.offerId, result: true }] });
		expect(s0.amountOnSale).toBe(before0 + 7);
		const got = await call(sb, GET, { productID: offer.offerId, webSite: '1688' });
		expect(got.json.productInfo.skuInfos[0].amountOnSale).toBe(before0 + 7);
		if (s1) {
			const before1 = s1.amountOnSale;
			const bad = await call(sb, STOCK, {
				webSite: '1688',
				productStockChange: [
					{
						productId: offer.offerId,
						skuStocks: [
							{ skuId: s1.skuId, amountChange: 5 },
							{ skuId: s0.skuId, amountChange: -(before0 + 100) },
						],
					},
				],
			});
			expect(bad.json).toMatchObject({ success: false, errorCode: '500_4' });
			expect(s1.amountOnSale).toBe(before1);
		}
		const notMine = await call(sb, STOCK, {
			webSite: '1688',
			productStockChange: [{ productId: F.offerManySkus.offerId, productAmountChange: 1 }],
		});
		expect(notMine.json.errorCode).toBe('500_2');
		expect(
			(await call(sb, STOCK, { webSite: '1688', productStockChange: 'x' })).json.errorCode,
		).toBe('400_1');
	});

	test('admin stock and price endpoints change what the APIs answer', async () => {
		const f = F.offerOneSku;
		const post = (path, body) =>
			fetch(`${sb.url}/_sandbox/${path}`, { method: 'POST', body: JSON.stringify(body) }).then(
				(r) => r.json(),
			);
		expect(
			(await post('stock', { offerId: f.offerId, skuId: f.firstSkuId, amountOnSale: 0 })).ok,
		).toBe(true);
		expect((await post('price', { offerId: f.offerId, price: 9.99 })).ok).toBe(true);
		const r = await call(sb, GET, { productID: f.offerId, webSite: '1688' });
		expect(r.json.productInfo.skuInfos[0]).toMatchObject({ amountOnSale: 0, price: 9.99 });
		expect(r.json.productInfo.saleInfo.priceRanges[0].price).toBe(9.99);
		const d = await call(sb, DETAIL, { offerDetailParam: { offerId: f.offerId, country: 'en' } });
		expect(d.json.result.result.productSkuInfos[0].price).toBe('9.99');
		expect((await post('stock', { offerId: F.unknownOfferId, amountOnSale: 1 })).ok).toBe(false);
	});
});
