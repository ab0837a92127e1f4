'use strict';
const { startSandbox, SANDBOX_FIXTURES: F, SANDBOX_APPS } = require('..');
const { sellerProfile, chinaDate, DAY } = require('../data/sourcing');
const { FILTERS } = require('../views/searchFilters');
const { call } = require('./helpers');

const NS = 'com.alibaba.fenxiao.crossborder';
const SEARCH = `${NS}:product.search.keywordQuery-1`;
const SHOP = `${NS}:product.search.querySellerOfferList-1`;
const RELATED = `${NS}:product.related.recommend-1`;
const RECOMMEND = `${NS}:product.search.offerRecommend-1`;
const BY_ID = `${NS}:category.translation.getById-1`;
const BY_KEYWORD = `${NS}:category.translation.getByKeyword-1`;
const TOP_KEYWORD = `${NS}:product.search.topKeyword-1`;
const TOP_LIST = `${NS}:product.topList.query-1`;
const SALES_TREND = `${NS}:product.analyze.getPerdaySellQuantityTrendNew-1`;
const PRICE_TREND = `${NS}:product.analyze.getThirtyDayMedianPriceTrendNew-1`;
const REPURCHASE_TREND = `${NS}:product.analyze.getRepurchaseRateTrendNew-1`;

let sb;
beforeAll(async () => {
	sb = await startSandbox();
});
afterAll(() => sb.close());

const published = () => [...sb.store.offers.values()].filter((o) => o.status === 'published');
const search = (q) =>
	call(sb, SEARCH, {
		offerQueryParam: { country: 'en', beginPage: 1, pageSize: 50, keyword: 'factory', ...q },
	});
const ids = (r) => r.json.result.result.data.map((d) => d.offerId);

describe('seeded sourcing figures', () => {
	test('are the same on every start and leave the seeded IDs alone', async () => {
		const other = await startSandbox();
		try {
			const a = [...sb.store.offers.values()].map((o) => [o.offerId, o.sourcing]);
			const b = [...other.store.offers.values()].map((o) => [o.offerId, o.sourcing]);
			expect(b).toEqual(a);
			expect(a[0][0]).toBe(F.offerManySkus.offerId);
		} finally {
			await other.close();
		}
	});

	test('cover every filter: each one keeps some offers and drops others (except the "new" ones)', () => {
		for (const [value, test] of Object.entries(FILTERS)) {
			const kept = published().filter(test).length;
			if (value === 'new7' || value === 'new30') expect(kept).toBe(0);
			else expect([value, kept > 0 && kept < published().length]).toEqual([value, true]);
		}
	});
});

describe('keywordQuery filters', () => {
	test('filter values intersect, as documented ("multiple values separated by commas")', async () => {
		const both = await search({ filter: 'shipIn24Hours,isOnePsale' });
		const expected = published().filter(
			(o) =>
				FILTERS.shipIn24Hours(o) &&
				FILTERS.isOnePsale(o) &&
				`${o.subject} ${o.subjectTrans}`.toLowerCase().includes('factory'),
		);
		expect(new Set(ids(both))).toEqual(new Set(expected.map((o) => o.offerId)));
		// Not vacuous: the seeded offers hold hits for both filters together, and offers with only one of them.
		expect(expected.length).toBeGreaterThan(0);
		expect(
			published().filter((o) => FILTERS.shipIn24Hours(o) !== FILTERS.isOnePsale(o)).length,
		).toBeGreaterThan(0);
		for (const item of both.json.result.result.data) {
			expect(item.isOnePsale).toBe(true);
			expect(item.productSimpleShippingInfo.shippingTimeGuarantee).toBe('shipIn24Hours');
		}
	});

	test('saleFilterList bounds 7-day, 14-day, 30-day and total sales; several are intersected', async () => {
		const r = await search({
			saleFilterList: [
				{ saleType: 'sales30', saleStart: '2000' },
				{ saleType: 'sales7', saleEnd: '2000' },
			],
		});
		const items = r.json.result.result.data;
		expect(items.length).toBeGreaterThan(0);
		for (const item of items) {
			expect(item.monthSold).toBeGreaterThanOrEqual(2000);
			expect(Number(item.sales7d)).toBeLessThanOrEqual(2000);
		}
		expect(
			(await search({ saleFilterList: [{ saleType: 'sales90', saleStart: '1' }] })).json.result,
		).toMatchObject({ success: false, code: '400' });
	});

	test('categoryIdList is a union; sort by repurchase rate; keywordTranslate searches the Chinese titles only', async () => {
		const union = await search({ keyword: '', categoryIdList: '10166,1047000' });
		expect(union.json.result.success).toBe(false); // keyword is still required
		const both = await search({ categoryIdList: '10166,1047000' });
		const topCategories = ids(both).map((id) => sb.store.getOffer(id).topCategoryId);
		// A union: hits of both categories, and none of another.
		expect(new Set(topCategories)).toEqual(new Set([10166, 1047000]));
		const sorted = await search({ sort: '{"rePurchaseRate":"desc"}' });
		const rates = sorted.json.result.result.data.map((d) => parseInt(d.repurchaseRate, 10));
		expect(new Set(rates).size).toBeGreaterThan(1);
		expect(rates).toEqual([...rates].sort((a, b) => b - a));
		expect(
			(await search({ keyword: 'shirt', keywordTranslate: true })).json.result.result.totalRecords,
		).toBe(0);
		expect(
			(await search({ keyword: '衬衫', keywordTranslate: true })).json.result.result.totalRecords,
		).toBeGreaterThan(0);
		expect((await search({ filter: 'bogus' })).json.result).toMatchObject({
			success: false,
			message: 'filter value bogus is not supported',
		});
	});

	test('hits carry what a buyer compares: dropship price, seller identities and scores, shipping promise', async () => {
		const item = (await search({ filter: 'isOnePsale' })).json.result.result.data[0];
		const offer = sb.store.getOffer(item.offerId);
		const profile = sellerProfile(offer.seller);
		const min = Math.min(...offer.skus.map((s) => s.price));
		expect(item.priceInfo).toMatchObject({
			price: min.toFixed(2),
			consignPrice: (min * offer.sourcing.onePieceFactor).toFixed(2),
		});
		expect(item.sellerIdentities).toEqual(profile.identities);
		expect(item.sellerDataInfo.compositeServiceScore).toBe(
			profile.compositeServiceScore.toFixed(1),
		);
		expect(item.repurchaseRate).toBe(`${offer.sourcing.repurchaseRate}%`);
	});
});

describe('querySellerOfferList', () => {
	test("one shop's offers by its sellerOpenId, with the shared filters; unknown shops find nothing", async () => {
		const offer = sb.store.getOffer(F.offerManySkus.offerId);
		const openId = sellerProfile(offer.seller).openId;
		const shop = (q) =>
			call(sb, SHOP, {
				offerQueryParam: { sellerOpenId: openId, country: 'en', beginPage: 1, pageSize: 50, ...q },
			});
		const all = await shop({});
		const expected = published().filter((o) => o.seller.memberId === offer.seller.memberId);
		expect(all.json.result.result.totalRecords).toBe(expected.length);
		const cheap = await shop({ priceEnd: '60', sort: '{"price":"asc"}' });
		const prices = cheap.json.result.result.data.map((d) => Number(d.priceInfo.price));
		expect(prices.every((p) => p <= 60)).toBe(true);
		expect(prices).toEqual([...prices].sort((a, b) => a - b));
		expect((await shop({ sellerOpenId: 'sbx-nobody' })).json.result.result.totalRecords).toBe(0);
		expect((await shop({ sellerOpenId: '' })).json.result).toMatchObject({
			success: false,
			code: '400',
		});
	});
});

describe('recommendations', () => {
	test('related.recommend: the same leaf category first, at most 10 a page, a short page at the end', async () => {
		const offer = sb.store.getOffer(F.offerManySkus.offerId);
		const page = (pageNo, pageSize = 10) =>
			call(sb, RELATED, {
				relatedQueryParams: { offerId: offer.offerId, pageNo, pageSize, language: 'en' },
			});
		const first = (await page(1)).json.result;
		expect(first).toMatchObject({ success: true, code: 'S0000' });
		expect(first.result[0].thirdCategoryId).toBe(offer.thirdCategoryId);
		// monthSold here counts 90 days (the page), not the 30 of the searches' monthSold.
		const hit = sb.store.getOffer(first.result[0].offerId);
		expect(first.result[0].monthSold).toBe(hit.sourcing.sales90d);
		expect(hit.sourcing.sales90d).toBeGreaterThanOrEqual(Math.round(hit.monthSold * 2.6));
		expect(first.result.map((r) => r.offerId)).not.toContain(offer.offerId);
		expect((await page(1, 11)).json.result).toMatchObject({ success: false, code: '400' });
		const total = published().filter(
			(o) => o.topCategoryId === offer.topCategoryId && o.offerId !== offer.offerId,
		).length;
		expect((await page(Math.ceil(total / 10))).json.result.result).toHaveLength(total % 10 || 10);
	});

	test('offerRecommend: 100 offers in an order of their own for each outMemberId, which is required', async () => {
		const page = (outMemberId, beginPage) =>
			call(sb, RECOMMEND, {
				recommendOfferParam: { beginPage, pageSize: 50, country: 'en', outMemberId },
			});
		const a = [
			...(await page('alice', 1)).json.result.result,
			...(await page('alice', 2)).json.result.result,
		].map((r) => r.offerId);
		const b = (await page('bob', 1)).json.result.result.map((r) => r.offerId);
		expect(a).toHaveLength(100);
		expect(new Set(a).size).toBe(100);
		expect(b).not.toEqual(a.slice(0, 50));
		expect((await page('alice', 3)).json.result.result).toEqual([]);
		expect((await page('', 1)).json.result).toMatchObject({ success: false, code: '400' });
	});
});

describe('multilingual categories', () => {
	test("getById answers flat, as the doc's example, with its children", async () => {
		const r = await call(sb, BY_ID, { categoryId: 10166, language: 'en' });
		expect(r.json).toMatchObject({
			success: true,
			code: 'S0000',
			result: {
				categoryId: 10166,
				chineseName: '女装',
				translatedName: "Women's Clothing",
				leaf: false,
				level: '1',
				parentCateId: 0,
			},
		});
		expect(r.json.result.children.map((c) => c.translatedName)).toEqual([
			"Women's Tops",
			'Skirts & Dresses',
		]);
		const leaf = await call(sb, BY_ID, { categoryId: 103191001, language: 'ja' });
		expect(leaf.json.result).toMatchObject({
			leaf: true,
			level: '3',
			language: 'ja',
			children: null,
		});
		expect((await call(sb, BY_ID, { categoryId: 5, language: 'en' })).json).toMatchObject({
			success: false,
			code: '500_1',
		});
		expect((await call(sb, BY_ID, { categoryId: 0 })).json).toMatchObject({
			success: false,
			code: '400',
		});
	});

	test('getByKeyword matches a part of either name, without children', async () => {
		const r = await call(sb, BY_KEYWORD, { cateName: 'SHOE', language: 'en' });
		expect(r.json.result).toMatchObject({ success: true, code: 'S0000' });
		expect(r.json.result.result.map((c) => c.translatedName)).toEqual([
			'Shoes',
			'Running shoes',
			'Skate shoes',
		]);
		expect(
			(await call(sb, BY_KEYWORD, { cateName: '鞋', language: 'en' })).json.result.result.length,
		).toBeGreaterThan(3);
	});
});

describe('market insight', () => {
	test('topKeyword needs no user token and gives keywords that find offers', async () => {
		const r = await call(
			sb,
			TOP_KEYWORD,
			{ topSeKeywordParam: { country: 'en', sourceId: '1047000', hotKeywordType: 'cate' } },
			{ token: null, app: SANDBOX_APPS.crossBorder },
		);
		expect(r.json.result).toMatchObject({ success: 'true' });
		const [top] = r.json.result.result;
		const found = await search({ keyword: top.seKeyword, categoryId: 1047000 });
		expect(found.json.result.result.totalRecords).toBeGreaterThan(0);
		expect(
			(
				await call(sb, TOP_KEYWORD, {
					topSeKeywordParam: { country: 'en', sourceId: '1047000', hotKeywordType: 'shop' },
				})
			).json.result,
		).toMatchObject({ success: 'false' });
	});

	test('topList.query ranks best sellers, complex and good price; limit at most 20', async () => {
		const rank = (rankType, limit = 20) =>
			call(sb, TOP_LIST, {
				rankQueryParams: { rankId: '1038378', rankType, limit, language: 'en' },
			});
		const hot = (await rank('hot')).json.result.result;
		const sold = hot.rankProductModels.map((r) => r.soldOut);
		expect(sold).toEqual([...sold].sort((a, b) => b - a));
		expect(hot.rankProductModels.map((r) => r.sort)).toEqual(
			hot.rankProductModels.map((_, i) => i + 1),
		);
		expect(hot).toMatchObject({
			rankId: '1038378',
			rankType: 'hot',
			rankName: 'Shoes · Best Sellers',
		});
		expect((await rank('goodPrice', 5)).json.result.result.rankProductModels).toHaveLength(5);
		expect((await rank('hot', 21)).json.result).toMatchObject({ success: false, code: '400' });
		expect((await rank('cheap')).json.result).toMatchObject({ success: false, code: '400' });
	});

	test.each([
		[SALES_TREND, 'tendQueryParam', /^\d+$/],
		[PRICE_TREND, 'trendQueryParam', /^\d+\.\d\d$/],
		[REPURCHASE_TREND, 'trendQueryParam', /^\d+\.\d%$/],
	])(
		'%s: one entry per day, today without a figure, at most a month',
		async (api, param, shape) => {
			const offerId = F.offerManySkus.offerId;
			const today = chinaDate(Date.now());
			const start = chinaDate(Date.now() - 6 * DAY);
			const r = await call(sb, api, { [param]: { offerId, startDate: start, endDate: today } });
			expect(r.json.result).toMatchObject({ success: true, retCode: 'S000' });
			expect(r.json.result.result).toHaveLength(7);
			expect(r.json.result.result[0].date).toBe(start);
			for (const day of r.json.result.result.slice(0, 6)) expect(day.value).toMatch(shape);
			expect(r.json.result.result[6]).toEqual({ date: today, value: '' });
			const tooLong = await call(sb, api, {
				[param]: { offerId, startDate: chinaDate(Date.now() - 40 * DAY), endDate: today },
			});
			expect(tooLong.json.result).toMatchObject({ success: false, retCode: '400' });
			const reversed = await call(sb, api, {
				[param]: { offerId, startDate: today, endDate: start },
			});
			expect(reversed.json.result.retMsg).toBe('endDate is before startDate');
		},
	);

	test("a month is 31 days for sales and median price, the repurchase rate's page allows 30", async () => {
		const offerId = F.offerManySkus.offerId;
		const end = chinaDate(Date.now() - DAY);
		const days = (n) => ({ offerId, startDate: chinaDate(Date.now() - n * DAY), endDate: end });
		expect(
			(await call(sb, SALES_TREND, { tendQueryParam: days(31) })).json.result.result,
		).toHaveLength(31);
		expect(
			(await call(sb, PRICE_TREND, { trendQueryParam: days(31) })).json.result.result,
		).toHaveLength(31);
		expect(
			(await call(sb, REPURCHASE_TREND, { trendQueryParam: days(30) })).json.result.result,
		).toHaveLength(30);
		expect((await call(sb, REPURCHASE_TREND, { trendQueryParam: days(31) })).json.result).toEqual({
			success: false,
			retCode: '400',
			retMsg: '最多查询30天 (at most 30 days)',
		});
	});
});
