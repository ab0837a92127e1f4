'use strict';
const { operationRunner, useSandbox } = require('../support/sandboxSuite');
const { sellerProfile } = require('../sandbox/data/sourcing');

const SEARCH_API = 'com.alibaba.fenxiao.crossborder:product.search.keywordQuery-1';

const sandbox = useSandbox();

const run = operationRunner(sandbox, 'product', 'search');
const runCrossBorder = operationRunner(sandbox, 'product', 'search', 'crossBorder');
const queryOf = (request) => JSON.parse(request.params.offerQueryParam);
const minPrice = (offer) => Math.min(...offer.skus.map((s) => s.price));

/** The published offers whose titles or leaf category mention the word, as the sandbox search matches them. */
function offersMatching(word) {
	return [...sandbox().store.offers.values()].filter((offer) => {
		const leaf = sandbox().store.categories.get(offer.categoryId);
		const hay =
			`${offer.subject} ${offer.subjectTrans} ${leaf.name} ${leaf.nameTrans}`.toLowerCase();
		return offer.status === 'published' && hay.includes(word);
	});
}

describe('Product → Search through the n8n engine', () => {
	test('Return All reads every page (20 a page) and returns each match exactly once', async () => {
		const expected = offersMatching('factory');
		expect(expected.length).toBeGreaterThan(20);
		const { items, error } = await run({ keyword: 'factory', returnAll: true });
		expect(error).toBeUndefined();
		expect(items).toHaveLength(expected.length);
		expect(new Set(items.map((i) => i.offerId)).size).toBe(expected.length);
		expect(new Set(items.map((i) => i.offerId))).toEqual(
			new Set(expected.map((o) => String(o.offerId))),
		);
		const pages = Math.ceil(expected.length / 20);
		expect(sandbox().requests).toHaveLength(pages);
		expect(sandbox().requests.map((r) => r.api)).toEqual(Array(pages).fill(SEARCH_API));
		expect(sandbox().requests.map(queryOf)).toEqual(
			Array.from({ length: pages }, (_, i) => ({
				keyword: 'factory',
				country: 'en',
				beginPage: i + 1,
				pageSize: 20,
			})),
		);
	});

	test('Limit stops at the limit, across pages when it is larger than a page', async () => {
		const all = (await run({ keyword: 'factory', returnAll: true })).items.map((i) => i.offerId);
		sandbox().clearRequests();
		const { items } = await run({ keyword: 'factory', returnAll: false, limit: 25 });
		expect(items.map((i) => i.offerId)).toEqual(all.slice(0, 25));
		expect(sandbox().requests.map((r) => queryOf(r).beginPage)).toEqual([1, 2]);
		sandbox().clearRequests();
		const small = await run({ keyword: 'factory', limit: 5 });
		expect(small.items.map((i) => i.offerId)).toEqual(all.slice(0, 5));
		expect(sandbox().requests).toHaveLength(1);
		expect(queryOf(sandbox().requests[0])).toMatchObject({ beginPage: 1, pageSize: 5 });
	});

	test('simplified hits carry what a buyer compares, with numeric prices', async () => {
		const { items } = await run({ keyword: '一件代发', limit: 3 });
		expect(items).toHaveLength(3);
		for (const item of items) {
			const offer = sandbox().store.getOffer(item.offerId);
			const seller = sellerProfile(offer.seller);
			const dropship = offer.sourcing.isOnePsale;
			expect(item).toEqual({
				offerId: String(offer.offerId),
				title: offer.subject,
				titleTranslated: offer.subjectTrans,
				url: `https://detail.1688.com/offer/${offer.offerId}.html`,
				mainImage: `https://cbu01.alicdn.com/${offer.images[0]}`,
				price: minPrice(offer),
				...(dropship
					? { dropshipPrice: Number((minPrice(offer) * offer.sourcing.onePieceFactor).toFixed(2)) }
					: {}),
				monthSold: offer.monthSold,
				repurchaseRatePercent: offer.sourcing.repurchaseRate,
				minOrderQuantity: offer.minOrderQuantity,
				dropshipping: dropship,
				...(offer.sourcing.shippingTimeGuarantee
					? { shippingPromise: offer.sourcing.shippingTimeGuarantee }
					: {}),
				sellerIdentities: seller.identities,
				sellerServiceScore: seller.compositeServiceScore,
				tradeScore: offer.sourcing.tradeScore,
				categoryId: String(offer.categoryId),
			});
		}
	});

	test('offer filters, sales ranges, categories (any of) and "keyword is Chinese" reach offerQueryParam as documented', async () => {
		const { items, error } = await run({
			keyword: 'factory',
			returnAll: true,
			sort: { rule: { field: 'rePurchaseRate', direction: 'desc' } },
			filters: {
				offerFilters: ['isOnePsale', 'shipIn48Hours'],
				otherFilters: 'noReason7DReturn, isOnePsale',
				categoryIds: '10166, 1047000',
				sales: {
					ranges: [
						{ period: 'sales30', min: 500, max: 0 },
						{ period: 'sales7', min: 0, max: 3000 },
					],
				},
			},
		});
		expect(error).toBeUndefined();
		expect(queryOf(sandbox().requests[0])).toEqual({
			keyword: 'factory',
			country: 'en',
			sort: '{"rePurchaseRate":"desc"}',
			filter: 'isOnePsale,shipIn48Hours,noReason7DReturn',
			categoryIdList: '10166,1047000',
			saleFilterList: [
				{ saleType: 'sales30', saleStart: '500' },
				{ saleType: 'sales7', saleEnd: '3000' },
			],
			beginPage: 1,
			pageSize: 20,
		});
		const expected = offersMatching('factory').filter(
			(o) =>
				[10166, 1047000].includes(o.topCategoryId) &&
				o.sourcing.isOnePsale &&
				o.sourcing.shippingTimeGuarantee !== '' &&
				o.sourcing.noReason7DReturn &&
				o.monthSold >= 500 &&
				o.sourcing.sales7d <= 3000,
		);
		expect(expected.length).toBeGreaterThan(1);
		expect(new Set(items.map((i) => i.offerId))).toEqual(
			new Set(expected.map((o) => String(o.offerId))),
		);
		for (const item of items)
			expect(item).toMatchObject({
				dropshipping: true,
				shippingPromise: expect.stringMatching(/^shipIn(24|48)Hours$/),
			});
		const rates = items.map((i) => i.repurchaseRatePercent);
		expect(rates).toEqual([...rates].sort((a, b) => b - a));
	});

	test('Keyword Is Chinese sends keywordTranslate: an English keyword then finds nothing, a Chinese one its offers', async () => {
		const english = await run({
			keyword: 'shirt',
			returnAll: true,
			filters: { keywordIsChinese: true },
		});
		expect(queryOf(sandbox().requests[0])).toMatchObject({
			keyword: 'shirt',
			keywordTranslate: true,
		});
		expect(english.items).toEqual([]);
		const chinese = await run({
			keyword: '衬衫',
			returnAll: true,
			filters: { keywordIsChinese: true },
		});
		expect(chinese.items.length).toBeGreaterThan(0);
		for (const item of chinese.items) expect(item.title).toContain('衬衫');
	});

	test("the cross-border app (the cross-border solution's APIs only) searches with filters too", async () => {
		const { items, error } = await runCrossBorder({
			keyword: 'factory',
			limit: 5,
			filters: { offerFilters: ['certifiedFactory'] },
		});
		expect(error).toBeUndefined();
		expect(items.length).toBeGreaterThan(0);
		for (const item of items) expect(item.sellerIdentities).toContain('super_factory');
	});

	test('price range, category (picker), sort and language reach offerQueryParam and shape the results', async () => {
		const bags = 1042954;
		const { items, error } = await run({
			keyword: 'factory',
			returnAll: true,
			language: 'ru',
			categoryId: { __rl: true, mode: 'list', value: String(bags), cachedResultName: '箱包皮具' },
			sort: { rule: { field: 'price', direction: 'asc' } },
			filters: { minPrice: 20, maxPrice: 120.5 },
		});
		expect(error).toBeUndefined();
		expect(queryOf(sandbox().requests[0])).toEqual({
			keyword: 'factory',
			country: 'ru',
			categoryId: bags,
			sort: '{"price":"asc"}',
			priceStart: '20',
			priceEnd: '120.5',
			beginPage: 1,
			pageSize: 20,
		});
		const expected = offersMatching('factory').filter(
			(o) => o.topCategoryId === bags && minPrice(o) >= 20 && minPrice(o) <= 120.5,
		);
		expect(expected.length).toBeGreaterThan(1);
		expect(items).toHaveLength(expected.length);
		const prices = items.map((i) => i.price);
		expect(prices).toEqual([...prices].sort((a, b) => a - b));
		for (const item of items)
			expect(sandbox().store.getOffer(item.offerId).topCategoryId).toBe(bags);
	});

	test('sort by 30-day sales, and a category typed by ID', async () => {
		const { items } = await run({
			keyword: 'factory',
			returnAll: true,
			sort: { rule: { field: 'monthSold', direction: 'desc' } },
			categoryId: { __rl: true, mode: 'id', value: '1047000' },
		});
		expect(queryOf(sandbox().requests[0])).toMatchObject({
			sort: '{"monthSold":"desc"}',
			categoryId: 1047000,
		});
		const sold = items.map((i) => i.monthSold);
		expect(sold.length).toBeGreaterThan(1);
		expect(sold).toEqual([...sold].sort((a, b) => b - a));
	});

	test('no match gives no items and no error', async () => {
		const { items, error } = await run({ keyword: 'zzzz-no-such-thing', returnAll: true });
		expect(error).toBeUndefined();
		expect(items).toEqual([]);
		expect(sandbox().requests).toHaveLength(1);
	});

	test.each([
		[
			{ keyword: 'bag', filters: { minPrice: 50, maxPrice: 10 } },
			'Min Price (CNY): 50 is above Max Price (CNY) 10 [item 0]',
		],
		[
			{ keyword: 'bag', filters: { maxPrice: -3 } },
			'Max Price (CNY): must be a price of 0 or more in CNY, got -3 [item 0]',
		],
		[{ keyword: 'bag', limit: 0 }, 'Limit: must be a whole number from 1, got 0 [item 0]'],
		[
			{ keyword: 'bag', sort: { rule: { field: 'rating', direction: 'desc' } } },
			'Sort: the field "rating" is not one of monthSold, price, rePurchaseRate [item 0]',
		],
		[
			{ keyword: 'bag', sort: { rule: { field: 'price', direction: '={{ "down" }}' } } },
			'Sort: the direction "down" is not asc or desc [item 0]',
		],
		[
			{ keyword: 'bag', categoryId: { __rl: true, mode: 'id', value: '={{ "bags" }}' } },
			'Category: must be a numeric 1688 ID (digits only), got bags [item 0]',
		],
		[
			{ keyword: 'bag', filters: { categoryIds: '10166, bags' } },
			'Categories (Any Of): "bags" is not a 1688 category ID (digits only) [item 0]',
		],
		[
			{ keyword: 'bag', filters: { sales: { ranges: [{ period: 'sales7', min: 50, max: 10 }] } } },
			'Sales Volume: range 1: Min Units 50 is above Max Units 10 [item 0]',
		],
	])('bad input %j stops before any request', async (parameters, message) => {
		const { error, items } = await run(parameters);
		expect(error.message).toBe(message);
		expect(items).toEqual([]);
		expect(sandbox().requests).toHaveLength(0);
	});
});
