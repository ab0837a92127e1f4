'use strict';
const { operationRunner, useSandbox } = require('../support/sandboxSuite');
const { sellerProfile } = require('../sandbox/data/sourcing');

const RELATED_API = 'com.alibaba.fenxiao.crossborder:product.related.recommend-1';
const DETAIL_API = 'com.alibaba.fenxiao.crossborder:product.search.queryProductDetail-1';
const IMAGE_API = 'com.alibaba.fenxiao.crossborder:product.search.imageQuery-1';
const IMAGE_HOST = 'https://cbu01.alicdn.com/';

const sandbox = useSandbox();

const run = operationRunner(sandbox, 'product', 'findSimilar', 'crossBorder');
const published = () =>
	[...sandbox().store.offers.values()].filter((o) => o.status === 'published');

/** The related offers as the doc describes them and the sandbox seeds them: same top category, closest first. */
function relatedTo(offer) {
	const closeness = (o) =>
		o.thirdCategoryId === offer.thirdCategoryId
			? 0
			: o.secondCategoryId === offer.secondCategoryId
				? 1
				: 2;
	return published()
		.filter((o) => o.offerId !== offer.offerId && o.topCategoryId === offer.topCategoryId)
		.sort(
			(a, b) => closeness(a) - closeness(b) || b.monthSold - a.monthSold || a.offerId - b.offerId,
		);
}

describe('Product → Find Similar through the n8n engine', () => {
	test("related offers: every page of 10 (the doc's maximum) until a short one, from an offer URL", async () => {
		const offer = sandbox().store.getOffer(sandbox().fixtures.offerManySkus.offerId);
		const expected = relatedTo(offer);
		const { items, error } = await run({
			offerId: `https://detail.1688.com/offer/${offer.offerId}.html`,
			returnAll: true,
			language: 'ja',
		});
		expect(error).toBeUndefined();
		expect(items.map((i) => i.offerId)).toEqual(expected.map((o) => String(o.offerId)));
		const pages = Math.floor(expected.length / 10) + 1;
		expect(sandbox().requests.map((r) => r.api)).toEqual(Array(pages).fill(RELATED_API));
		expect(sandbox().requests.map((r) => JSON.parse(r.params.relatedQueryParams))).toEqual(
			Array.from({ length: pages }, (_, i) => ({
				offerId: offer.offerId,
				pageNo: i + 1,
				pageSize: 10,
				language: 'ja',
			})),
		);
		const first = expected[0];
		expect(items[0]).toEqual({
			offerId: String(first.offerId),
			title: first.subject,
			titleTranslated: first.subjectTrans,
			url: `https://detail.1688.com/offer/${first.offerId}.html`,
			mainImage: IMAGE_HOST + first.images[0],
			price: Math.min(...first.skus.map((s) => s.price)),
			// product.related.recommend counts 90 days: not under the searches' 30-day monthSold.
			sold90d: first.sourcing.sales90d,
			sellerIdentities: sellerProfile(first.seller).identities,
			categoryId: String(first.thirdCategoryId),
		});
	});

	test('Limit asks for no more than it needs', async () => {
		const offer = sandbox().store.getOffer(sandbox().fixtures.offerOneSku.offerId);
		const { items } = await run({ offerId: String(offer.offerId), limit: 4 });
		expect(items.map((i) => i.offerId)).toEqual(
			relatedTo(offer)
				.slice(0, 4)
				.map((o) => String(o.offerId)),
		);
		expect(JSON.parse(sandbox().requests[0].params.relatedQueryParams)).toMatchObject({
			pageNo: 1,
			pageSize: 4,
		});
		expect(sandbox().requests).toHaveLength(1);
	});

	test('same look: the offer is read, its main image searched, and the offer itself left out', async () => {
		const offer = published()[5];
		const { items, error } = await run({
			offerId: String(offer.offerId),
			matchBy: 'image',
			limit: 3,
		});
		expect(error).toBeUndefined();
		expect(items).toHaveLength(3);
		expect(items.map((i) => i.offerId)).not.toContain(String(offer.offerId));
		for (const item of items)
			expect(sandbox().store.getOffer(item.offerId).topCategoryId).toBe(offer.topCategoryId);
		expect(sandbox().requests.map((r) => r.api)).toEqual([DETAIL_API, IMAGE_API]);
		expect(JSON.parse(sandbox().requests[1].params.offerQueryParam)).toEqual({
			country: 'en',
			imageAddress: IMAGE_HOST + offer.images[0],
			beginPage: 1,
			pageSize: 4,
		});
	});

	test("an unknown offer is an API error with 1688's code", async () => {
		const unknown = await run({ offerId: String(sandbox().fixtures.unknownOfferId) });
		expect(unknown.error.name).toBe('NodeApiError');
		expect(unknown.error.message).toMatch(/product\.related\.recommend-1 failed: .*\[500_1\]/);
	});
});
