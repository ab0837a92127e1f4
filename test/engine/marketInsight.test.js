'use strict';
const { operationRunner, useSandbox } = require('../support/sandboxSuite');
const { trendValue, chinaDate, DAY } = require('../sandbox/data/sourcing');

const NS = 'com.alibaba.fenxiao.crossborder';
const TOP_KEYWORD_API = `${NS}:product.search.topKeyword-1`;
const TOP_LIST_API = `${NS}:product.topList.query-1`;
const RECOMMEND_API = `${NS}:product.search.offerRecommend-1`;
const TREND_APIS = {
	dailySales: `${NS}:product.analyze.getPerdaySellQuantityTrendNew-1`,
	medianPrice: `${NS}:product.analyze.getThirtyDayMedianPriceTrendNew-1`,
	repurchaseRate: `${NS}:product.analyze.getRepurchaseRateTrendNew-1`,
};

const sandbox = useSandbox();

const runAs = (operation) => operationRunner(sandbox, 'marketInsight', operation, 'crossBorder');
const keywords = runAs('getTrendingKeywords');
const ranking = runAs('getRanking');
const recommended = runAs('getRecommendedOffers');
const trends = runAs('getOfferTrends');
const byId = (value) => ({ __rl: true, mode: 'id', value: String(value) });
const published = () =>
	[...sandbox().store.offers.values()].filter((o) => o.status === 'published');
const isoDay = (ms) => chinaDate(ms).replace(/^(\d{4})(\d{2})(\d{2})$/, '$1-$2-$3');

describe('Market Insight → Get Trending Keywords', () => {
	test("a category's keywords in Chinese (to search with) and translated", async () => {
		const { items, error } = await keywords({
			categoryId: byId(1047000),
			returnAll: true,
			language: 'ko',
		});
		expect(error).toBeUndefined();
		expect(items.length).toBeGreaterThan(3);
		expect(items[0]).toEqual({
			keyword: expect.any(String),
			keywordTranslated: expect.any(String),
			categoryId: '1047000',
		});
		const request = sandbox().requests[0];
		expect(request.api).toBe(TOP_KEYWORD_API);
		expect(JSON.parse(request.params.topSeKeywordParam)).toEqual({
			country: 'ko',
			sourceId: '1047000',
			hotKeywordType: 'cate',
		});
		// each keyword finds offers of that category (computed from the seeded titles)
		const titles = published()
			.filter((o) => o.topCategoryId === 1047000)
			.map((o) => o.subject);
		for (const { keyword } of items)
			expect(titles.some((title) => title.includes(keyword))).toBe(true);
		expect((await keywords({ categoryId: byId(1047000), limit: 2 })).items).toEqual(
			items.slice(0, 2),
		);
	});

	test('a category is required (not the root); the error names the field before any request', async () => {
		expect((await keywords({ categoryId: byId('={{ "" }}') })).error.message).toBe(
			'Category: is required: pick a category or give its ID [item 0]',
		);
		expect((await keywords({ categoryId: byId(0) })).error.message).toBe(
			'Category: is required: pick a category or give its ID [item 0]',
		);
		expect(sandbox().requests).toHaveLength(0);
	});
});

describe('Market Insight → Get Ranking', () => {
	test('best sellers of a category, ranked, at most the limit', async () => {
		const { items, error } = await ranking({
			categoryId: byId(1038378),
			rankType: 'hot',
			limit: 5,
		});
		expect(error).toBeUndefined();
		const expected = published()
			.filter((o) => o.topCategoryId === 1038378)
			.sort((a, b) => b.monthSold - a.monthSold || a.offerId - b.offerId)
			.slice(0, 5);
		expect(items.map((i) => [i.rank, i.offerId, i.monthSold])).toEqual(
			expected.map((o, i) => [i + 1, String(o.offerId), o.monthSold]),
		);
		expect(items[0]).toMatchObject({
			title: expected[0].subject,
			titleTranslated: expected[0].subjectTrans,
			url: `https://detail.1688.com/offer/${expected[0].offerId}.html`,
			buyers30d: expected[0].sourcing.buyers30d,
			tradeScore: expected[0].sourcing.tradeScore,
			rankName: 'Shoes · Best Sellers',
		});
		expect(JSON.parse(sandbox().requests[0].params.rankQueryParams)).toEqual({
			rankId: '1038378',
			rankType: 'hot',
			limit: 5,
			language: 'en',
		});
	});

	test('Return All (and any Limit above 20) asks for the 20 the API allows; other rankings', async () => {
		await ranking({ categoryId: byId(10166), rankType: 'complex', returnAll: true });
		await ranking({ categoryId: byId(10166), rankType: 'goodPrice', limit: 50 });
		expect(sandbox().requests.map((r) => JSON.parse(r.params.rankQueryParams).limit)).toEqual([
			20, 20,
		]);
		expect(sandbox().requests.map((r) => r.api)).toEqual([TOP_LIST_API, TOP_LIST_API]);
	});
});

describe('Market Insight → Get Recommended Offers', () => {
	test('pages of 20 until the list ends (no total); the same end user gets the same list', async () => {
		const { items, error } = await recommended({ outMemberId: 'customer-1042', returnAll: true });
		expect(error).toBeUndefined();
		expect(items).toHaveLength(100);
		expect(sandbox().requests.map((r) => JSON.parse(r.params.recommendOfferParam))).toEqual(
			[1, 2, 3, 4, 5, 6].map((beginPage) => ({
				beginPage,
				pageSize: 20,
				country: 'en',
				outMemberId: 'customer-1042',
			})),
		);
		expect(items[0]).toMatchObject({
			offerId: expect.stringMatching(/^\d+$/),
			price: expect.any(Number),
			dropshipping: expect.any(Boolean),
			repurchaseRatePercent: expect.any(Number),
		});
		const again = await recommended({ outMemberId: 'customer-1042', limit: 30 });
		expect(again.items.map((i) => i.offerId)).toEqual(items.slice(0, 30).map((i) => i.offerId));
	});
});

describe('Market Insight → Get Offer Trends', () => {
	test('one row per day with the three metrics side by side, numbers, today without figures', async () => {
		const offer = sandbox().store.getOffer(sandbox().fixtures.offerManySkus.offerId);
		const now = Date.now();
		const startDate = isoDay(now - 4 * DAY);
		const endDate = isoDay(now);
		const { items, error } = await trends({
			offerId: `https://detail.1688.com/offer/${offer.offerId}.html`,
			startDate,
			endDate,
		});
		expect(error).toBeUndefined();
		expect(items).toHaveLength(5);
		const days = [4, 3, 2, 1, 0].map((back) => chinaDate(now - back * DAY));
		items.forEach((row, i) => {
			const value = (metric) => trendValue(offer, metric, days[i], Date.now());
			const number = (text) => (text === '' ? null : Number(text.replace('%', '')));
			expect(row).toEqual({
				offerId: String(offer.offerId),
				date: days[i].replace(/^(\d{4})(\d{2})(\d{2})$/, '$1-$2-$3'),
				dailySales: number(value('sales')),
				medianPrice30d: number(value('medianPrice')),
				repurchaseRatePercent: number(value('repurchaseRate')),
			});
		});
		expect(items[4]).toMatchObject({
			dailySales: null,
			medianPrice30d: null,
			repurchaseRatePercent: null,
		});
		expect(typeof items[0].dailySales).toBe('number');
		// one call per metric, each with the parameter its doc page names
		const byApi = Object.fromEntries(sandbox().requests.map((r) => [r.api, r.params]));
		const range = { offerId: offer.offerId, startDate: days[0], endDate: days[4] };
		expect(JSON.parse(byApi[TREND_APIS.dailySales].tendQueryParam)).toEqual(range);
		expect(JSON.parse(byApi[TREND_APIS.medianPrice].trendQueryParam)).toEqual(range);
		expect(JSON.parse(byApi[TREND_APIS.repurchaseRate].trendQueryParam)).toEqual(range);
	});

	test('one metric; without dates the 30 days up to yesterday', async () => {
		const offerId = sandbox().fixtures.offerOneSku.offerId;
		const { items } = await trends({ offerId: String(offerId), metrics: ['medianPrice'] });
		expect(items).toHaveLength(30);
		expect(Object.keys(items[0])).toEqual(['offerId', 'date', 'medianPrice30d']);
		expect(items.at(-1).date).toBe(isoDay(Date.now() - DAY));
		expect(items.every((row) => typeof row.medianPrice30d === 'number')).toBe(true);
		expect(sandbox().requests.map((r) => r.api)).toEqual([TREND_APIS.medianPrice]);
	});

	test('dates over a month apart, reversed, or not dates stop before any request', async () => {
		const offerId = String(sandbox().fixtures.offerOneSku.offerId);
		expect(
			(await trends({ offerId, startDate: '2025-01-01', endDate: '2025-02-15' })).error.message,
		).toBe(
			'End Date: the dates span 46 days; 1688 gives at most 30 days of Repurchase Rate at a time [item 0]',
		);
		expect(
			(
				await trends({
					offerId,
					metrics: ['dailySales'],
					startDate: '2025-01-01',
					endDate: '2025-02-15',
				})
			).error.message,
		).toBe('End Date: the dates span 46 days; 1688 gives at most 31 days at a time [item 0]');
		expect(
			(await trends({ offerId, startDate: '2025-02-15', endDate: '2025-02-01' })).error.message,
		).toBe('End Date: 20250201 is before the Start Date 20250215 [item 0]');
		expect((await trends({ offerId, startDate: 'last week' })).error.message).toBe(
			'Start Date: must be a date such as 2025-06-01, got last week [item 0]',
		);
		expect((await trends({ offerId, metrics: '={{ [] }}' })).error.message).toBe(
			'Metrics: choose at least one [item 0]',
		);
		expect((await trends({ offerId, metrics: '={{ "dailySales, price" }}' })).error.message).toBe(
			'Metrics: "price" is not one of dailySales, medianPrice, repurchaseRate [item 0]',
		);
		expect(sandbox().requests).toHaveLength(0);
	});

	test('31 days: sales and median price in one call each; with the repurchase rate (its page: at most 30 days) refused before any request', async () => {
		const offerId = String(sandbox().fixtures.offerOneSku.offerId);
		const dates = (n) => ({
			startDate: isoDay(Date.now() - n * DAY),
			endDate: isoDay(Date.now() - DAY),
		});
		const month = await trends({ offerId, metrics: ['dailySales', 'medianPrice'], ...dates(31) });
		expect(month.error).toBeUndefined();
		expect(month.items).toHaveLength(31);
		expect(sandbox().requests.map((r) => r.api)).toEqual([
			TREND_APIS.dailySales,
			TREND_APIS.medianPrice,
		]);
		sandbox().clearRequests();
		const refused = await trends({
			offerId,
			metrics: ['dailySales', 'repurchaseRate'],
			...dates(31),
		});
		expect(refused.error.message).toBe(
			'End Date: the dates span 31 days; 1688 gives at most 30 days of Repurchase Rate at a time [item 0]',
		);
		expect(refused.error.description).toMatch(/spans of 30 days/);
		expect(sandbox().requests).toHaveLength(0);
		const thirty = await trends({ offerId, metrics: ['repurchaseRate'], ...dates(30) });
		expect(thirty.error).toBeUndefined();
		expect(thirty.items).toHaveLength(30);
		expect(thirty.items.every((row) => typeof row.repurchaseRatePercent === 'number')).toBe(true);
	});

	test("an API refusal (data older than 90 days) is an API error with 1688's message", async () => {
		const old = Date.now() - 120 * DAY;
		const { error } = await trends({
			offerId: String(sandbox().fixtures.offerOneSku.offerId),
			metrics: ['dailySales'],
			startDate: isoDay(old),
			endDate: isoDay(old + 5 * DAY),
		});
		expect(error.name).toBe('NodeApiError');
		expect(error.message).toMatch(
			/getPerdaySellQuantityTrendNew-1 failed: .*only the last 90 days can be queried.*\[400\]/,
		);
	});
});
