'use strict';
/**
 * Product → Get's Source Automatic (the default; nodes/shared/productSource.ts): an app on the cross-border
 * solution is refused alibaba.product.get (gw.APIACLDecline) and reads the cross-border detail instead, one
 * refused call per credential for the whole process; an app granted alibaba.product.get keeps using it.
 * The tests run in order: what the process learned in one test is what the next one checks.
 */
const { operationRunner, useSandbox } = require('../support/sandboxSuite');

const PRODUCT_GET = 'com.alibaba.product:alibaba.product.get-1';
const DETAIL = 'com.alibaba.fenxiao.crossborder:product.search.queryProductDetail-1';

const sandbox = useSandbox();
const asCrossBorder = operationRunner(sandbox, 'product', 'get', 'crossBorder');
const asFull = operationRunner(sandbox, 'product', 'get', 'full');
const calls = () => sandbox().requests.map((r) => [r.api, r.errorCode]);
/** Five published offers of the seeded catalogue, as input items. */
const offerItems = () =>
	[...sandbox().store.offers.values()]
		.filter((o) => o.status === 'published')
		.slice(0, 5)
		.map((o) => ({ offerId: String(o.offerId) }));

describe('Product → Get, Source Automatic', () => {
	test("the default is Automatic: a cross-border app's five offers read side by side cost one refused call in total, then the cross-border detail each", async () => {
		const inputs = offerItems();
		const { items, error } = await asCrossBorder(
			{ offerId: '={{ $json.offerId }}' },
			{ items: inputs },
		);
		expect(error).toBeUndefined();
		expect(items.map((item) => item.offerId)).toEqual(inputs.map((input) => input.offerId));
		for (const [i, item] of items.entries()) {
			const offer = sandbox().store.getOffer(inputs[i].offerId);
			expect(item.title).toBe(offer.subject);
			expect(item.skus.map((sku) => sku.skuId)).toEqual(offer.skus.map((sku) => String(sku.skuId)));
			expect(item.totalStock).toBe(offer.skus.reduce((n, sku) => n + sku.amountOnSale, 0));
		}
		const refused = calls().filter(([api]) => api === PRODUCT_GET);
		expect(refused).toEqual([[PRODUCT_GET, 'gw.APIACLDecline']]);
		expect(calls().filter(([api]) => api === DETAIL)).toEqual(inputs.map(() => [DETAIL, null]));
		// The refusal came first: no detail call was sent before 1688 had answered it.
		expect(calls()[0]).toEqual([PRODUCT_GET, 'gw.APIACLDecline']);
	});

	test('later executions of the same credential go straight to the cross-border detail, with its language and currency', async () => {
		const offer = sandbox().fixtures.offerManySkus;
		const { items, error } = await asCrossBorder({
			offerId: String(offer.offerId),
			currency: 'USD',
			language: 'en',
		});
		expect(error).toBeUndefined();
		expect(items[0].offerId).toBe(String(offer.offerId));
		expect(items[0].currency).toBe('USD');
		expect(calls()).toEqual([[DETAIL, null]]);
		expect(JSON.parse(sandbox().requests[0].params.offerDetailParam)).toEqual({
			offerId: Number(offer.offerId),
			country: 'en',
			currency: 'USD',
		});
	});

	test('the output is the shape the explicit Cross-Border Detail gives, compact, listing and raw alike', async () => {
		const offerId = String(sandbox().fixtures.offerManySkus.offerId);
		for (const extra of [{}, { output: 'listing' }, { oneItemPerSku: true }, { simplify: false }]) {
			const automatic = await asCrossBorder({ offerId, ...extra });
			const explicit = await asCrossBorder({ offerId, source: 'crossBorder', ...extra });
			expect(automatic.error).toBeUndefined();
			expect(automatic.items).toEqual(explicit.items);
		}
	});

	test('an app granted alibaba.product.get keeps it: no cross-border call, the same output as the explicit Authorised source', async () => {
		const offerId = String(sandbox().fixtures.offerManySkus.offerId);
		const automatic = await asFull({ offerId });
		expect(automatic.error).toBeUndefined();
		expect(calls()).toEqual([[PRODUCT_GET, null]]);
		const explicit = await asFull({ offerId, source: 'authorised' });
		expect(automatic.items).toEqual(explicit.items);
		expect(automatic.items[0]).toMatchObject({
			offerId,
			title: sandbox().store.getOffer(offerId).subject,
		});
		expect(calls().every(([api]) => api === PRODUCT_GET)).toBe(true);
	});

	test("a source set explicitly is kept: Authorised on a cross-border app shows 1688's refusal, and nothing falls back", async () => {
		const offerId = String(sandbox().fixtures.offerOneSku.offerId);
		const { error } = await asCrossBorder({ offerId, source: 'authorised' });
		expect(error.message).toBe(
			`This 1688 app is not allowed to call ${PRODUCT_GET} [gw.APIACLDecline]`,
		);
		expect(calls()).toEqual([[PRODUCT_GET, 'gw.APIACLDecline']]);
	});

	test("an error of the authorised API that is not a refusal is the item's error: Automatic does not switch API for it", async () => {
		const { error } = await asFull({ offerId: String(sandbox().fixtures.unknownOfferId) });
		expect(error.message).toMatch(
			/^1688 API com\.alibaba\.product:alibaba\.product\.get-1 failed: /,
		);
		expect(calls().map(([api]) => api)).toEqual([PRODUCT_GET]);
	});
});
