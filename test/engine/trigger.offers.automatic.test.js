'use strict';
/**
 * The 1688 Trigger's offer events (Stock Changed, Price Changed) with their default Product Source,
 * Automatic (nodes/shared/productSource.ts): a cross-border app reads the watched offers through the
 * cross-border detail after one refused alibaba.product.get for the process; an app granted
 * alibaba.product.get keeps it. The tests run in order: what the process learned in one is what the next checks.
 */
const { useSandbox } = require('../support/sandboxSuite');
const { sandboxCredentials } = require('../support/engine');
const { createPoller } = require('../support/triggers');

const PRODUCT_GET = 'com.alibaba.product:alibaba.product.get-1';
const DETAIL = 'com.alibaba.fenxiao.crossborder:product.search.queryProductDetail-1';

const sandbox = useSandbox({ resetEach: true });
const watch = (event, offerIds, app, options = {}) =>
	createPoller({
		parameters: { event, offerIds: offerIds.join(', '), options },
		credentials: sandboxCredentials(sandbox(), {}, app),
	});
const calls = () => sandbox().requests.map((r) => [r.api, r.errorCode]);
const count = (api, errorCode = null) =>
	calls().filter(([a, code]) => a === api && code === errorCode).length;
/** Six published offers: more than the trigger reads at once (4), so two rounds of reads. */
const watchedOffers = () =>
	[...sandbox().store.offers.values()].filter((o) => o.status === 'published').slice(0, 6);

describe('1688 Trigger offer events with the default Product Source (Automatic)', () => {
	test('a cross-border app: Stock Changed works with its defaults; six offers cost one refused call in total, then the cross-border detail', async () => {
		const offers = watchedOffers();
		const poller = watch(
			'stockChanged',
			offers.map((o) => o.offerId),
			'crossBorder',
		);
		const baseline = await poller.poll();
		expect(baseline.error).toBeUndefined();
		expect(baseline.emitted).toBeNull();
		expect(Object.keys(poller.state.stock.offers)).toEqual(offers.map((o) => String(o.offerId)));
		expect(count(PRODUCT_GET, 'gw.APIACLDecline')).toBe(1);
		expect(count(DETAIL)).toBe(offers.length);
		expect(calls()).toHaveLength(offers.length + 1);

		const [first] = offers;
		const sku = first.skus[0];
		const before = sku.amountOnSale;
		sandbox().store.setStock({
			offerId: first.offerId,
			skuId: sku.skuId,
			amountOnSale: before + 9,
		});
		sandbox().clearRequests();
		const changed = await poller.poll();
		expect(changed.error).toBeUndefined();
		expect(changed.items).toEqual([
			expect.objectContaining({
				event: 'stockChanged',
				offerId: String(first.offerId),
				skuId: String(sku.skuId),
				previousStock: before,
				currentStock: before + 9,
				change: 9,
			}),
		]);
		// Remembered: no refused call any more.
		expect(calls()).toEqual(offers.map(() => [DETAIL, null]));
	});

	test('a cross-border app: Price Changed works with its defaults, and Fetch Test Event too', async () => {
		const offer = watchedOffers().find((o) => o.quoteType === 1 && o.skus.length > 1);
		const poller = watch('priceChanged', [offer.offerId], 'crossBorder');
		const sample = await poller.poll({ mode: 'manual' });
		expect(sample.error).toBeUndefined();
		expect(sample.items).toEqual([expect.objectContaining({ offerId: String(offer.offerId) })]);
		await poller.poll();
		const before = offer.skus[0].price;
		const after = Math.round((before + 1) * 100) / 100;
		sandbox().store.setPrice({ offerId: offer.offerId, skuId: offer.skus[0].skuId, price: after });
		const changed = await poller.poll();
		expect(changed.items).toEqual([
			expect.objectContaining({
				event: 'priceChanged',
				offerId: String(offer.offerId),
				skuId: String(offer.skus[0].skuId),
				previousPrice: before,
				currentPrice: after,
			}),
		]);
		expect(count(PRODUCT_GET, 'gw.APIACLDecline')).toBe(0);
		expect(count(DETAIL)).toBe(3);
	});

	test('an app granted alibaba.product.get reads the watched offers with it', async () => {
		const offers = watchedOffers().slice(0, 3);
		const poller = watch(
			'stockChanged',
			offers.map((o) => o.offerId),
			'full',
		);
		expect((await poller.poll()).error).toBeUndefined();
		expect(calls()).toEqual(offers.map(() => [PRODUCT_GET, null]));
	});

	test("a Product Source set explicitly is kept: Authorised on a cross-border app fails the poll with 1688's refusal", async () => {
		const [offer] = watchedOffers();
		const poller = watch('stockChanged', [offer.offerId], 'crossBorder', { source: 'authorised' });
		const { error } = await poller.poll();
		expect(error.message).toContain('gw.APIACLDecline');
		expect(calls()).toEqual([[PRODUCT_GET, 'gw.APIACLDecline']]);
		expect(poller.state).toBeUndefined();
	});
});
