'use strict';
const { useSandbox } = require('../support/sandboxSuite');
const { sandboxCredentials } = require('../support/engine');
const { createPoller } = require('../support/triggers');
const { peakPerWindow } = require('../support/rates');

const PRODUCT_GET = 'com.alibaba.product:alibaba.product.get-1';
/** The gateway's limit, and the credential's requests per second, set below it as users are told to. */
const GATEWAY_QPS = 400;
const RATE = 300;
const BUDGET_MS = 2000;

const sandbox = useSandbox({ resetEach: true });

/** Copies of every published seeded offer under new offer and SKU IDs, so the watch list has 1,000+ SKUs. */
function addOfferCopies(store, rounds) {
	const originals = [...store.offers.values()].filter((o) => o.status === 'published');
	const copies = [];
	for (let round = 0; round < rounds; round++) {
		for (const original of originals) {
			const copy = structuredClone(original);
			copy.offerId = 700000000000 + copies.length;
			copy.skus.forEach((sku, i) => (sku.skuId = 6000000000000 + copies.length * 100 + i));
			store.offers.set(copy.offerId, copy);
			copies.push(copy);
		}
	}
	return copies;
}

/** The most requests the gateway saw in any one second (peakPerWindow). */
const busiestSecond = (requests) => peakPerWindow(requests.map((r) => r.at));

const checkedIn = (requests) =>
	requests.filter((r) => r.api === PRODUCT_GET).map((r) => r.params.productID);
const sorted = (list) => [...list].sort();
/** n8n polls at most once a minute; the test waits just past the gateway's one-second window instead. */
const nextPollTime = () => new Promise((resolve) => setTimeout(resolve, 1100));

/** Each stretch is the next offers of the list (in any order within, as calls run side by side), going round from `start`. */
function expectContiguous(stretches, list, start = 0) {
	let position = start;
	for (const stretch of stretches) {
		const expected = Array.from(
			{ length: stretch.length },
			(_, i) => list[(position + i) % list.length],
		);
		expect(sorted(stretch)).toEqual(sorted(expected));
		position += stretch.length;
	}
	return position % list.length;
}

test('1,000 watched offers: each poll stays in its budget and the rate limit, resumes where the last stopped, and covers everything', async () => {
	const sb = sandbox();
	sb.setQps(GATEWAY_QPS);
	const seeded = [...sb.store.offers.keys()];
	const copies = addOfferCopies(sb.store, 2);
	const unknown = Array.from(
		{ length: 1000 - seeded.length - copies.length },
		(_, i) => 600000000001 + i,
	);
	const distinct = [...seeded, ...copies.map((o) => o.offerId), ...unknown].map(String);
	expect(distinct).toHaveLength(1000);
	// Typed with repeats (the seeded offers twice), as a pasted list often is.
	const offerIds = [...seeded, ...copies.map((o) => o.offerId), ...seeded, ...unknown].join('\n');
	const poller = createPoller({
		parameters: { event: 'stockChanged', offerIds, options: { includeUnavailable: true } },
		credentials: sandboxCredentials(sb, { requestsPerSecond: RATE }),
		budgetMs: BUDGET_MS,
	});

	// The baseline pass: several polls, each a contiguous stretch of the list starting where the last stopped.
	const stretches = [];
	while (Object.keys(poller.state?.stock.offers ?? {}).length < distinct.length) {
		if (stretches.length) await nextPollTime();
		sb.clearRequests();
		const result = await poller.poll();
		expect(result.error).toBeUndefined();
		expect(result.emitted).toBeNull();
		// The poll stopped for its budget: checking the whole list at the credential's rate would take
		// 1000 / RATE s, longer than any budget-bound poll (the sandbox's own arrival times are not used:
		// it runs in this process and its clock lags with the machine's load).
		expect(result.durationMs).toBeLessThan((distinct.length / RATE) * 1000);
		expect(checkedIn(sb.requests).length).toBeLessThan(distinct.length);
		stretches.push(checkedIn(sb.requests));
		expect(sb.requests.filter((r) => r.errorCode === 'gw.QosAppFrequencyLimit')).toHaveLength(0);
		expect(busiestSecond(sb.requests)).toBeLessThanOrEqual(GATEWAY_QPS);
		// A guard against a poll that makes no progress (a busy machine only makes the stretches shorter).
		expect(stretches.length).toBeLessThan(200);
	}
	expect(stretches.length).toBeGreaterThan(1);
	// In list order, each offer once, and the last poll may go round into the list again.
	const cursor = expectContiguous(stretches, distinct);
	expect(poller.state.stock.next).toBe(distinct[cursor]);

	// What the saved state costs: bytes of JSON per watched SKU.
	const offers = Object.values(poller.state.stock.offers);
	const skuCount = offers.reduce(
		(sum, record) => sum + (record === 0 ? 0 : Object.keys(record).length),
		0,
	);
	const bytes = JSON.stringify(poller.saved).length;
	expect(skuCount).toBeGreaterThan(1000);
	expect(offers.filter((record) => record === 0)).toHaveLength(unknown.length + 8);
	console.info(
		`static data: ${bytes} bytes for ${skuCount} SKUs of ${distinct.length} offers = ${(bytes / skuCount).toFixed(1)} bytes per SKU`,
	);
	expect(bytes / skuCount).toBeLessThan(40);

	// Changes are reported when the cursor reaches their offer, each once, over the next full pass.
	const late = copies[copies.length - 1];
	const early = copies[0];
	sb.store.setStock({ offerId: late.offerId, skuId: late.skus[0].skuId, amountOnSale: 1 });
	sb.store.setStock({ offerId: early.offerId, skuId: early.skus[0].skuId, amountOnSale: 2 });
	const events = [];
	const pass = [];
	while (pass.flat().length < distinct.length) {
		await nextPollTime();
		sb.clearRequests();
		const result = await poller.poll();
		expect(result.error).toBeUndefined();
		const checked = checkedIn(sb.requests);
		pass.push(checked);
		// Nothing is reported for an offer this poll did not check.
		for (const event of result.items) expect(checked).toContain(event.offerId);
		events.push(...result.items);
	}
	expectContiguous(pass, distinct, cursor);
	expect(events.map((e) => [e.offerId, e.skuId, e.currentStock]).sort()).toEqual([
		[String(early.offerId), String(early.skus[0].skuId), 2],
		[String(late.offerId), String(late.skus[0].skuId), 1],
	]);
}, 120_000);
