'use strict';
const { useSandbox } = require('../support/sandboxSuite');
const { sandboxCredentials } = require('../support/engine');
const { createPoller } = require('../support/triggers');
const { useVirtualClock } = require('../support/virtualClock');

const PRODUCT_GET = 'com.alibaba.product:alibaba.product.get-1';
const CROSS_BORDER_DETAIL = 'com.alibaba.fenxiao.crossborder:product.search.queryProductDetail-1';

const sandbox = useSandbox({ resetEach: true });
// The polls' retries after a failed page in virtual time: what is retried matters here, not the wait.
useVirtualClock();
const fixtures = () => sandbox().fixtures;
const offer = (offerId) => sandbox().store.getOffer(offerId);
const watch = (event, offerIds, options = {}, credentials = {}) =>
	createPoller({
		parameters: { event, offerIds: offerIds.join(', '), options },
		credentials: sandboxCredentials(sandbox(), credentials),
	});
const callsTo = (api) => sandbox().requests.filter((request) => request.api === api);
/** A published offer priced per SKU (quoteType 1) with several SKUs: changing one SKU's price changes only it. */
const pricedPerSku = () =>
	[...sandbox().store.offers.values()].find(
		(o) => o.status === 'published' && o.quoteType === 1 && o.skus.length > 2,
	);

async function expectQuietPoll(poller) {
	const result = await poller.poll();
	expect(result.error).toBeUndefined();
	expect(result.emitted).toBeNull();
}

describe('1688 Trigger → Stock Changed', () => {
	test('the first poll records a baseline and emits nothing; a change is emitted exactly once', async () => {
		const many = fixtures().offerManySkus;
		const one = fixtures().offerOneSku;
		const poller = watch('stockChanged', [many.offerId, one.offerId]);
		await expectQuietPoll(poller);
		expect(Object.keys(poller.state.stock.offers)).toEqual([
			String(many.offerId),
			String(one.offerId),
		]);

		const [first, second] = offer(many.offerId).skus;
		const before = {
			first: first.amountOnSale,
			second: second.amountOnSale,
			one: offer(one.offerId).skus[0].amountOnSale,
		};
		sandbox().store.setStock({ offerId: many.offerId, skuId: first.skuId, amountOnSale: 7 });
		sandbox().store.setStock({
			offerId: many.offerId,
			skuId: second.skuId,
			amountOnSale: before.second + 5,
		});
		sandbox().store.setStock({ offerId: one.offerId, amountOnSale: 0 });

		const changed = await poller.poll();
		expect(changed.error).toBeUndefined();
		expect(changed.items).toEqual([
			{
				event: 'stockChanged',
				offerId: String(many.offerId),
				skuId: String(first.skuId),
				specId: first.specId,
				attributes: first.attributes
					.map((a) => `${a.attributeName}: ${a.attributeValue}`)
					.join('; '),
				title: offer(many.offerId).subject,
				previousStock: before.first,
				currentStock: 7,
				change: 7 - before.first,
				url: `https://detail.1688.com/offer/${many.offerId}.html`,
			},
			expect.objectContaining({
				skuId: String(second.skuId),
				previousStock: before.second,
				currentStock: before.second + 5,
				change: 5,
			}),
			expect.objectContaining({
				offerId: String(one.offerId),
				skuId: String(one.firstSkuId),
				previousStock: before.one,
				currentStock: 0,
				change: -before.one,
			}),
		]);
		await expectQuietPoll(poller);
		expect(callsTo(PRODUCT_GET)).toHaveLength(6);
	});

	test('Only Below Threshold: emitted when the stock falls below it, not again while low, again after recovering and falling', async () => {
		const { offerId, firstSkuId } = fixtures().offerManySkus;
		const setStock = (amountOnSale) =>
			sandbox().store.setStock({ offerId, skuId: firstSkuId, amountOnSale });
		const poller = watch('stockChanged', [offerId], { stockThreshold: 10 });
		const fallsSeen = async () =>
			(await poller.poll()).items.map((e) => [
				e.skuId,
				e.previousStock,
				e.currentStock,
				e.threshold,
			]);

		setStock(50);
		expect(await fallsSeen()).toEqual([]);
		setStock(12);
		expect(await fallsSeen()).toEqual([]);
		setStock(4);
		expect(await fallsSeen()).toEqual([[String(firstSkuId), 12, 4, 10]]);
		setStock(2);
		expect(await fallsSeen()).toEqual([]);
		expect(await fallsSeen()).toEqual([]);
		setStock(25);
		expect(await fallsSeen()).toEqual([]);
		setStock(9);
		expect(await fallsSeen()).toEqual([[String(firstSkuId), 25, 9, 10]]);
	});

	test('Emit Existing on First Poll emits the current state, previous values null', async () => {
		const { offerId } = fixtures().offerOutOfStock;
		const poller = watch('stockChanged', [offerId], { emitExisting: true });
		const first = await poller.poll();
		expect(first.items).toHaveLength(offer(offerId).skus.length);
		for (const [i, item] of first.items.entries()) {
			expect(item).toMatchObject({
				offerId: String(offerId),
				skuId: String(offer(offerId).skus[i].skuId),
				previousStock: null,
				currentStock: 0,
				change: null,
			});
		}
		await expectQuietPoll(poller);
	});

	test('offers that go offline, are delisted or unknown are their own events when asked, once each', async () => {
		const { offerOneSku, offerExpired, unknownOfferId, offerManySkus } = fixtures();
		const poller = watch(
			'stockChanged',
			[offerOneSku.offerId, offerExpired.offerId, unknownOfferId, offerManySkus.offerId],
			{ includeUnavailable: true },
		);
		await expectQuietPoll(poller);
		expect(poller.state.stock.offers).toMatchObject({
			[offerExpired.offerId]: 0,
			[unknownOfferId]: 0,
		});

		offer(offerOneSku.offerId).status = 'expired';
		sandbox().store.offers.delete(offerManySkus.offerId);
		const gone = await poller.poll();
		expect(gone.error).toBeUndefined();
		expect(gone.items).toEqual([
			{
				event: 'offerUnavailable',
				offerId: String(offerOneSku.offerId),
				status: 'expired',
				reason: null,
				title: offerOneSku.subject,
			},
			{
				event: 'offerUnavailable',
				offerId: String(offerManySkus.offerId),
				status: 'notFound',
				reason: `商品[${offerManySkus.offerId}]不存在`,
				title: null,
			},
		]);
		await expectQuietPoll(poller);

		offer(offerOneSku.offerId).status = 'published';
		const back = await poller.poll();
		expect(back.items).toEqual([
			expect.objectContaining({ event: 'offerAvailable', offerId: String(offerOneSku.offerId) }),
		]);
		sandbox().store.setStock({ offerId: offerOneSku.offerId, amountOnSale: 1 });
		expect((await poller.poll()).items).toEqual([
			expect.objectContaining({
				event: 'stockChanged',
				offerId: String(offerOneSku.offerId),
				currentStock: 1,
			}),
		]);
	});

	test('without the option an offer going offline emits nothing and its stock is not compared across the gap', async () => {
		const { offerId } = fixtures().offerOneSku;
		const poller = watch('stockChanged', [offerId]);
		await expectQuietPoll(poller);
		offer(offerId).status = 'expired';
		await expectQuietPoll(poller);
		sandbox().store.setStock({ offerId, amountOnSale: 3 });
		offer(offerId).status = 'published';
		await expectQuietPoll(poller);
		expect(poller.state.stock.offers[offerId]).toEqual({ [fixtures().offerOneSku.firstSkuId]: 3 });
	});

	test('a poll that fails part-way saves nothing: the next poll emits its changes once, none are lost or repeated', async () => {
		// Five offers: a first batch of four read side by side, then the fifth alone.
		const ids = [
			...fixtures().ownOfferIds.slice(0, 3),
			fixtures().offerManySkus.offerId,
			fixtures().offerOutOfStock.offerId,
		];
		const poller = watch('stockChanged', ids, {}, { timeoutSeconds: 5 });
		await expectQuietPoll(poller);
		const savedBefore = JSON.stringify(poller.saved);
		sandbox().store.setStock({ offerId: ids[0], amountOnSale: 1 });
		sandbox().store.setStock({ offerId: ids[4], amountOnSale: 2 });
		sandbox().clearRequests();
		sandbox().setLatency(40);

		// The first four offers are read, then every try of the fifth fails (a read is retried twice).
		const polling = poller.poll();
		while (sandbox().requests.length < 4) await new Promise((resolve) => setImmediate(resolve));
		sandbox().injectFault({ api: PRODUCT_GET, kind: 'status500', times: 3 });
		const failed = await polling;
		sandbox().setLatency(0);
		expect(failed.error.message).toMatch(new RegExp(`^Checking offer ${ids[4]} failed: `));
		expect(failed.items).toEqual([]);
		expect(
			sandbox()
				.requests.slice(0, 4)
				.map((r) => [r.params.productID, r.errorCode]),
		).toEqual(ids.slice(0, 4).map((id) => [String(id), null]));
		expect(JSON.stringify(poller.saved)).toBe(savedBefore);

		const retried = await poller.poll();
		expect(retried.error).toBeUndefined();
		const baseline = JSON.parse(savedBefore)['node:1688 Trigger'].stock.offers;
		const expected = [
			[ids[0], 1],
			[ids[4], 2],
		].flatMap(([id, stock]) =>
			Object.entries(baseline[id])
				.filter(([, previous]) => previous !== stock)
				.map(([skuId, previous]) => [String(id), skuId, previous, stock]),
		);
		expect(expected.length).toBeGreaterThan(1);
		expect(retried.items.map((e) => [e.offerId, e.skuId, e.previousStock, e.currentStock])).toEqual(
			expected,
		);
		await expectQuietPoll(poller);
	}, 20_000);

	test('Fetch Test Event shows the first watched SKU as it is now and leaves the saved state alone', async () => {
		const { offerId, firstSkuId } = fixtures().offerManySkus;
		const poller = watch('stockChanged', [offerId, fixtures().offerOneSku.offerId]);
		await expectQuietPoll(poller);
		const savedBefore = JSON.stringify(poller.saved);
		const before = offer(offerId).skus[0].amountOnSale;
		sandbox().store.setStock({ offerId, skuId: firstSkuId, amountOnSale: 3 });
		sandbox().clearRequests();

		const sample = await poller.poll({ mode: 'manual' });
		expect(sample.error).toBeUndefined();
		expect(sample.items).toEqual([
			expect.objectContaining({
				event: 'stockChanged',
				offerId: String(offerId),
				skuId: String(firstSkuId),
				previousStock: 3,
				currentStock: 3,
				change: 0,
			}),
		]);
		expect(sample.changed).toBe(false);
		expect(JSON.stringify(poller.saved)).toBe(savedBefore);
		expect(callsTo(PRODUCT_GET).map((r) => r.params.productID)).toEqual([String(offerId)]);

		const real = await poller.poll();
		expect(real.items).toEqual([
			expect.objectContaining({
				skuId: String(firstSkuId),
				previousStock: before,
				currentStock: 3,
			}),
		]);
	});

	test('bad offer IDs fail the poll naming the field, before any request', async () => {
		const poller = watch('stockChanged', [fixtures().offerOneSku.offerId, 'not-an-offer']);
		const { error } = await poller.poll();
		expect(error.message).toBe(
			'Offer IDs: must be a numeric 1688 ID (digits only), got not-an-offer',
		);
		expect(sandbox().requests).toHaveLength(0);
		expect(poller.state).toBeUndefined();
	});
});

describe('1688 Trigger → Price Changed', () => {
	test('price changes with previousPrice, currentPrice and change as numbers, from the cross-border detail', async () => {
		const {
			offerId,
			skus: [{ skuId: firstSkuId }],
		} = pricedPerSku();
		const poller = watch('priceChanged', [offerId, fixtures().offerOneSku.offerId], {
			source: 'crossBorder',
		});
		await expectQuietPoll(poller);
		const before = offer(offerId).skus[0].price;
		sandbox().store.setStock({ offerId, skuId: firstSkuId, amountOnSale: 1 });
		sandbox().store.setPrice({ offerId, skuId: firstSkuId, price: 12.35 });

		const changed = await poller.poll();
		expect(changed.items).toEqual([
			expect.objectContaining({
				event: 'priceChanged',
				offerId: String(offerId),
				skuId: String(firstSkuId),
				previousPrice: before,
				currentPrice: 12.35,
				change: Math.round((12.35 - before) * 100) / 100,
			}),
		]);
		expect(changed.items[0]).not.toHaveProperty('previousStock');
		await expectQuietPoll(poller);
		expect(callsTo(CROSS_BORDER_DETAIL)).toHaveLength(6);
		expect(callsTo(PRODUCT_GET)).toHaveLength(0);
	});

	test('switching the event from stock to price starts a new baseline and drops the stock state', async () => {
		const {
			offerId,
			skus: [{ skuId: firstSkuId }],
		} = pricedPerSku();
		const poller = watch('stockChanged', [offerId]);
		await expectQuietPoll(poller);
		poller.node.parameters.event = 'priceChanged';
		sandbox().store.setPrice({ offerId, skuId: firstSkuId, price: 1.5 });
		await expectQuietPoll(poller);
		expect(Object.keys(poller.state)).toEqual(['price']);
		sandbox().store.setPrice({ offerId, skuId: firstSkuId, price: 2.5 });
		expect((await poller.poll()).items).toEqual([
			expect.objectContaining({ previousPrice: 1.5, currentPrice: 2.5, change: 1 }),
		]);
	});
});
