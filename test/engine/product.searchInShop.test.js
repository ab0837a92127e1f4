'use strict';
const { operationRunner, useSandbox } = require('../support/sandboxSuite');
const { sellerProfile } = require('../sandbox/data/sourcing');

const SHOP_API = 'com.alibaba.fenxiao.crossborder:product.search.querySellerOfferList-1';
const DETAIL_API = 'com.alibaba.fenxiao.crossborder:product.search.queryProductDetail-1';

const sandbox = useSandbox();

const run = operationRunner(sandbox, 'product', 'searchInShop', 'crossBorder');
const queryOf = (request) => JSON.parse(request.params.offerQueryParam);
const minPrice = (offer) => Math.min(...offer.skus.map((s) => s.price));

function shopOf(offer) {
	return [...sandbox().store.offers.values()].filter(
		(o) => o.status === 'published' && o.seller.memberId === offer.seller.memberId,
	);
}

describe('Product → Search in Shop through the n8n engine', () => {
	test('by one of its offers: the seller is looked up, then every page of its offers is read', async () => {
		const offer = sandbox().store.getOffer(sandbox().fixtures.offerManySkus.offerId);
		const openId = sellerProfile(offer.seller).openId;
		const expected = shopOf(offer);
		const { items, error } = await run({
			shopOfferId: `https://detail.1688.com/offer/${offer.offerId}.html`,
			returnAll: true,
		});
		expect(error).toBeUndefined();
		expect(new Set(items.map((i) => i.offerId))).toEqual(
			new Set(expected.map((o) => String(o.offerId))),
		);
		expect(sandbox().requests[0].api).toBe(DETAIL_API);
		expect(
			sandbox()
				.requests.slice(1)
				.map((r) => r.api),
		).toEqual(Array(Math.ceil(expected.length / 20)).fill(SHOP_API));
		expect(queryOf(sandbox().requests[1])).toEqual({
			country: 'en',
			sellerOpenId: openId,
			beginPage: 1,
			pageSize: 20,
		});
		for (const item of items)
			expect(item).toMatchObject({
				dropshipping: expect.any(Boolean),
				repurchaseRatePercent: expect.any(Number),
			});
	});

	test('by seller open ID, with keyword, filters, price range and sort; no detail call', async () => {
		const offer = sandbox().store.getOffer(sandbox().fixtures.offerManySkus.offerId);
		const openId = sellerProfile(offer.seller).openId;
		const { items, error } = await run({
			shopBy: 'sellerOpenId',
			sellerOpenId: ` ${openId} `,
			keyword: 'shirt',
			sort: { rule: { field: 'price', direction: 'asc' } },
			filters: { maxPrice: 120, offerFilters: ['isOnePsale'] },
			returnAll: true,
		});
		expect(error).toBeUndefined();
		expect(sandbox().requests.map((r) => r.api)).toEqual([SHOP_API]);
		expect(queryOf(sandbox().requests[0])).toEqual({
			country: 'en',
			sellerOpenId: openId,
			keyword: 'shirt',
			sort: '{"price":"asc"}',
			priceEnd: '120',
			filter: 'isOnePsale',
			beginPage: 1,
			pageSize: 20,
		});
		const expected = shopOf(offer).filter(
			(o) =>
				o.subjectTrans.toLowerCase().includes('shirt') &&
				minPrice(o) <= 120 &&
				o.sourcing.isOnePsale,
		);
		expect(expected.length).toBeGreaterThan(0);
		expect(items.map((i) => i.offerId)).toEqual(
			[...expected]
				.sort((a, b) => minPrice(a) - minPrice(b) || a.offerId - b.offerId)
				.map((o) => String(o.offerId)),
		);
		for (const item of items) expect(item.dropshipping).toBe(true);
	});

	test('bad input stops before any request; an unknown offer is an API error', async () => {
		expect((await run({ shopBy: 'sellerOpenId', sellerOpenId: ' ' })).error.message).toBe(
			'Seller Open ID: is required and must not be empty [item 0]',
		);
		expect(
			(await run({ shopOfferId: '1', filters: { minPrice: 5, maxPrice: 1 } })).error.message,
		).toBe('Min Price (CNY): 5 is above Max Price (CNY) 1 [item 0]');
		expect(sandbox().requests).toHaveLength(0);
		const unknown = await run({ shopOfferId: String(sandbox().fixtures.unknownOfferId) });
		expect(unknown.error.message).toMatch(/queryProductDetail-1 failed: .*\[500_1\]/);
	});
});
