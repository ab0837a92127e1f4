'use strict';
const { operationRunner, useSandbox } = require('../support/sandboxSuite');

const SEARCH_API = 'com.alibaba.fenxiao.crossborder:product.search.keywordQuery-1';

const sandbox = useSandbox();

const run = operationRunner(sandbox, 'product', 'search');
const queryOf = (request) => JSON.parse(request.params.offerQueryParam);
const minPrice = (offer) => Math.min(...offer.skus.map((s) => s.price));

/** The published offers whose titles or leaf category mention the word, as the sandbox search matches them. */
function offersMatching(word) {
	return [...sandbox().store.offers.values()].filter((offer) => {
		const leaf = sandbox().store.categories.get(offer.categoryId);
		const hay = `${offer.subject} ${offer.subjectTrans} ${leaf.name} ${leaf.nameTrans}`.toLowerCase();
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
		expect(new Set(items.map((i) => i.offerId))).toEqual(new Set(expected.map((o) => String(o.offerId))));
		const pages = Math.ceil(expected.length / 20);
		expect(sandbox().requests).toHaveLength(pages);
		expect(sandbox().requests.map((r) => r.api)).toEqual(Array(pages).fill(SEARCH_API));
		expect(sandbox().requests.map(queryOf)).toEqual(
			Array.from({ length: pages }, (_, i) => ({ keyword: 'factory', country: 'en', beginPage: i + 1, pageSize: 20 })),
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

	test('simplified hits carry the flat product keys they have, with numeric prices', async () => {
		const { items } = await run({ keyword: '一件代发', limit: 3 });
		expect(items).toHaveLength(3);
		for (const item of items) {
			const offer = sandbox().store.getOffer(item.offerId);
			expect(item).toEqual({
				offerId: String(offer.offerId),
				title: offer.subject,
				titleTranslated: offer.subjectTrans,
				url: `https://detail.1688.com/offer/${offer.offerId}.html`,
				mainImage: `https://cbu01.alicdn.com/${offer.images[0]}`,
				price: minPrice(offer),
				monthSold: offer.monthSold,
				minOrderQuantity: offer.minOrderQuantity,
				categoryId: String(offer.categoryId),
			});
		}
	});

	test('price range, category (picker), sort and language reach offerQueryParam and shape the results', async () => {
		const bags = 1042954;
		const { items, error } = await run({
			keyword: 'factory',
			returnAll: true,
			language: 'ru',
			categoryId: { __rl: true, mode: 'list', value: String(bags), cachedResultName: '箱包皮具' },
			sortBy: 'priceAsc',
			filters: { minPrice: 20, maxPrice: 120.5 },
		});
		expect(error).toBeUndefined();
		expect(queryOf(sandbox().requests[0])).toEqual({
			keyword: 'factory', country: 'ru', categoryId: bags, sort: '{"price":"asc"}', priceStart: '20', priceEnd: '120.5', beginPage: 1, pageSize: 20,
		});
		const expected = offersMatching('factory').filter((o) => o.topCategoryId === bags && minPrice(o) >= 20 && minPrice(o) <= 120.5);
		expect(expected.length).toBeGreaterThan(1);
		expect(items).toHaveLength(expected.length);
		const prices = items.map((i) => i.price);
		expect(prices).toEqual([...prices].sort((a, b) => a - b));
		for (const item of items) expect(sandbox().store.getOffer(item.offerId).topCategoryId).toBe(bags);
	});

	test('sort by 30-day sales, and a category typed by ID', async () => {
		const { items } = await run({ keyword: 'factory', returnAll: true, sortBy: 'salesDesc', categoryId: { __rl: true, mode: 'id', value: '1047000' } });
		expect(queryOf(sandbox().requests[0])).toMatchObject({ sort: '{"monthSold":"desc"}', categoryId: 1047000 });
		const sold = items.map((i) => i.monthSold);
		expect(sold.length).toBeGreaterThan(1);
		expect(sold).toEqual([...sold].sort((a, b) => b - a));
	});

	test('Simplify off returns the hits as 1688 sent them', async () => {
		const { items } = await run({ keyword: 'factory', limit: 2, simplify: false });
		expect(items).toHaveLength(2);
		expect(items[0].priceInfo.price).toMatch(/^\d+\.\d\d$/);
		expect(items[0]).toHaveProperty('subjectTrans');
		expect(items[0]).toHaveProperty('traceInfo');
	});

	test('no match gives no items and no error', async () => {
		const { items, error } = await run({ keyword: 'zzzz-no-such-thing', returnAll: true });
		expect(error).toBeUndefined();
		expect(items).toEqual([]);
		expect(sandbox().requests).toHaveLength(1);
	});

	test.each([
		[{ keyword: '  ' }, 'Keyword: is required and must not be empty [item 0]'],
		[{ keyword: 'bag', filters: { minPrice: 50, maxPrice: 10 } }, 'Min Price (CNY): 50 is above Max Price (CNY) 10 [item 0]'],
		[{ keyword: 'bag', filters: { maxPrice: -3 } }, 'Max Price (CNY): must be a price of 0 or more in CNY, got -3 [item 0]'],
		[{ keyword: 'bag', limit: 0 }, 'Limit: must be a whole number from 1, got 0 [item 0]'],
		[{ keyword: 'bag', categoryId: { __rl: true, mode: 'id', value: '={{ "bags" }}' } }, 'Category: must be a numeric 1688 ID (digits only), got bags [item 0]'],
	])('bad input %j stops before any request', async (parameters, message) => {
		const { error, items } = await run(parameters);
		expect(error.message).toBe(message);
		expect(items).toEqual([]);
		expect(sandbox().requests).toHaveLength(0);
	});

	test('with continue-on-fail a bad item becomes an error item and the others are searched', async () => {
		const { items, pairedItems, error } = await run(
			{ keyword: '={{ $json.q }}', limit: 2 },
			{ items: [{ q: '' }, { q: 'factory' }], continueOnFail: true },
		);
		expect(error).toBeUndefined();
		expect(items).toHaveLength(3);
		expect(items[0]).toEqual({ error: 'Keyword: is required and must not be empty [item 0]', details: {} });
		expect(pairedItems).toEqual([{ item: 0 }, { item: 1 }, { item: 1 }]);
		expect(sandbox().requests).toHaveLength(1);
	});
});
