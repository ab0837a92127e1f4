'use strict';
const { compareOffer, sampleEvent } = require('../../dist/nodes/Alibaba1688Trigger/offerEvents');
const {
	isOfferGone,
	snapshotOf,
	WHOLE_OFFER,
} = require('../../dist/nodes/Alibaba1688Trigger/offerSnapshot');
const { parseOfferIds } = require('../../dist/nodes/Alibaba1688Trigger/watchList');
const { PollBudget } = require('../../dist/nodes/Alibaba1688Trigger/pollBudget');
const { GatewayError } = require('../../dist/nodes/shared/transport/gatewayError');

const OFFER = '672794704428';
const product = (skus, extra = {}) => ({
	offerId: OFFER,
	title: 'T恤',
	url: `https://detail.1688.com/offer/${OFFER}.html`,
	priceRanges: [],
	status: 'published',
	skus,
	...extra,
});
const sku = (skuId, stock, price = 9.9) => ({
	skuId,
	specId: `spec-${skuId}`,
	attributes: `尺码: ${skuId}`,
	stock,
	price,
});
const offerNow = (...skus) => snapshotOf(OFFER, product(skus));
const stockWatch = (extra = {}) => ({
	metric: 'stock',
	includeUnavailable: false,
	emitExisting: false,
	...extra,
});

describe('parseOfferIds', () => {
	test('IDs and offer page URLs, separated any way, from text, numbers or arrays, in order and without repeats', () => {
		expect(
			parseOfferIds(
				`624392716873, https://detail.1688.com/offer/655443322110.html\n624392716873;  700000000001`,
			),
		).toEqual(['624392716873', '655443322110', '700000000001']);
		expect(parseOfferIds([624392716873, ['655443322110', ' 700000000001 ']])).toEqual([
			'624392716873',
			'655443322110',
			'700000000001',
		]);
	});

	test('any entry that is not an offer, or an empty list, is an input error naming the field', () => {
		expect(() => parseOfferIds('624392716873, abc')).toThrow(
			'Offer IDs: must be a numeric 1688 ID (digits only), got abc',
		);
		expect(() => parseOfferIds(' , ')).toThrow(
			'Offer IDs: is required: give at least one offer ID',
		);
		expect(() => parseOfferIds([])).toThrow('Offer IDs: is required');
	});
});

describe('snapshotOf', () => {
	test('keys SKUs by skuId, then specId; an offer without SKUs is one entry for the whole offer', () => {
		const noSkuId = snapshotOf(
			OFFER,
			product([{ specId: 'abc', attributes: '', stock: 4, price: 2 }]),
		);
		expect(noSkuId.skus.map((s) => s.key)).toEqual(['abc']);
		const noSkus = snapshotOf(OFFER, product([], { totalStock: 70, price: 3.5 }));
		expect(noSkus.skus).toEqual([
			{ key: WHOLE_OFFER, skuId: null, specId: null, attributes: '', stock: 70, price: 3.5 },
		]);
	});

	test('an offer that is not published is unavailable, with its status', () => {
		expect(snapshotOf(OFFER, product([sku('1', 5)], { status: 'member expired' }))).toEqual({
			available: false,
			offerId: OFFER,
			status: 'member expired',
			title: 'T恤',
			reason: null,
		});
	});
});

describe('isOfferGone', () => {
	const answer = (code, gatewayMessage, more = {}) =>
		new GatewayError({ api: 'x', code, gatewayMessage, httpStatus: 200, ...more });
	test('an answer that the offer does not exist or was delisted', () => {
		expect(isOfferGone(answer('500_004', '商品[1]不存在'))).toBe(true);
		expect(isOfferGone(answer('500_1', '商品[1]不存在或已下架'))).toBe(true);
	});
	test('never a failure of the call itself', () => {
		expect(isOfferGone(answer('gw.APIACLDecline', 'offer not exist'))).toBe(false);
		expect(
			isOfferGone(answer('HTTP_500', 'not found', { httpStatus: 500, outcomeUnknown: true })),
		).toBe(false);
		expect(isOfferGone(answer('401', 'Request need user authorized', { httpStatus: 401 }))).toBe(
			false,
		);
		expect(isOfferGone(answer('ECONNRESET', 'not found', { httpStatus: undefined }))).toBe(false);
		expect(isOfferGone(answer('500_2', '系统繁忙'))).toBe(false);
		expect(isOfferGone(new Error('不存在'))).toBe(false);
	});
});

describe('compareOffer', () => {
	test('the first check records the SKUs and reports nothing', () => {
		expect(compareOffer(undefined, offerNow(sku('1', 10), sku('2', 0)), stockWatch())).toEqual({
			record: { 1: 10, 2: 0 },
			events: [],
		});
	});

	test('a change is one event per SKU that changed, with previous, current and change', () => {
		const { record, events } = compareOffer(
			{ 1: 10, 2: 0 },
			offerNow(sku('1', 7), sku('2', 0)),
			stockWatch(),
		);
		expect(record).toEqual({ 1: 7, 2: 0 });
		expect(events).toEqual([
			{
				event: 'stockChanged',
				offerId: OFFER,
				skuId: '1',
				specId: 'spec-1',
				attributes: '尺码: 1',
				title: 'T恤',
				previousStock: 10,
				currentStock: 7,
				change: -3,
				url: `https://detail.1688.com/offer/${OFFER}.html`,
			},
		]);
	});

	test('prices: previousPrice, currentPrice and a change without binary noise', () => {
		const { events } = compareOffer({ 1: 0.1 }, offerNow(sku('1', 5, 0.4)), {
			metric: 'price',
			includeUnavailable: false,
			emitExisting: false,
		});
		expect(events).toEqual([
			expect.objectContaining({
				event: 'priceChanged',
				previousPrice: 0.1,
				currentPrice: 0.4,
				change: 0.3,
			}),
		]);
		expect(
			compareOffer({ 1: 0.4 }, offerNow(sku('1', 1, 0.4)), { metric: 'price' }).events,
		).toEqual([]);
	});

	test('with a threshold only the fall from at or above it to below it counts, once', () => {
		const watch = stockWatch({ threshold: 10 });
		const step = (before, after) =>
			compareOffer({ 1: before }, offerNow(sku('1', after)), watch).events.map((e) => [
				e.previousStock,
				e.currentStock,
				e.threshold,
			]);
		expect(step(50, 12)).toEqual([]);
		expect(step(10, 9)).toEqual([[10, 9, 10]]);
		expect(step(9, 3)).toEqual([]);
		expect(step(3, 3)).toEqual([]);
		expect(step(3, 40)).toEqual([]);
	});

	test('a SKU seen for the first time is recorded silently; a SKU that disappeared is dropped', () => {
		expect(compareOffer({ 1: 5, 9: 4 }, offerNow(sku('1', 5), sku('2', 8)), stockWatch())).toEqual({
			record: { 1: 5, 2: 8 },
			events: [],
		});
	});

	test('Emit Existing reports what the first check finds, previous null (below the threshold only, when set)', () => {
		const { events } = compareOffer(
			undefined,
			offerNow(sku('1', 0), sku('2', 30)),
			stockWatch({ emitExisting: true, threshold: 5 }),
		);
		expect(events.map((e) => [e.skuId, e.previousStock, e.currentStock, e.change])).toEqual([
			['1', null, 0, null],
		]);
	});

	test('an offer going offline is recorded as 0 and reported once when asked; coming back is reported too', () => {
		const gone = {
			available: false,
			offerId: OFFER,
			status: 'notFound',
			title: null,
			reason: '商品不存在',
		};
		const watch = stockWatch({ includeUnavailable: true });
		expect(compareOffer({ 1: 5 }, gone, watch)).toEqual({
			record: 0,
			events: [
				{
					event: 'offerUnavailable',
					offerId: OFFER,
					status: 'notFound',
					reason: '商品不存在',
					title: null,
				},
			],
		});
		expect(compareOffer(0, gone, watch)).toEqual({ record: 0, events: [] });
		expect(compareOffer(undefined, gone, watch)).toEqual({ record: 0, events: [] });
		expect(compareOffer({ 1: 5 }, gone, stockWatch())).toEqual({ record: 0, events: [] });
		expect(compareOffer(0, offerNow(sku('1', 2)), watch)).toEqual({
			record: { 1: 2 },
			events: [
				{
					event: 'offerAvailable',
					offerId: OFFER,
					title: 'T恤',
					url: `https://detail.1688.com/offer/${OFFER}.html`,
				},
			],
		});
		expect(compareOffer(undefined, gone, { ...watch, emitExisting: true }).events).toHaveLength(1);
	});
});

describe('sampleEvent', () => {
	test('the first SKU as it is now, previous = current; an unavailable offer as its event', () => {
		expect(sampleEvent(offerNow(sku('1', 6)), stockWatch())).toMatchObject({
			skuId: '1',
			previousStock: 6,
			currentStock: 6,
			change: 0,
		});
		expect(
			sampleEvent(
				{ available: false, offerId: OFFER, status: 'expired', title: 'T', reason: null },
				stockWatch(),
			),
		).toMatchObject({ event: 'offerUnavailable', status: 'expired' });
	});
});

describe('PollBudget', () => {
	test('another step only while twice the slowest recent step and a tenth of the budget are left', () => {
		const budget = new PollBudget(10_000, 0);
		expect(budget.allowsAnotherStep(8_999)).toBe(true);
		expect(budget.allowsAnotherStep(9_001)).toBe(false);
		budget.stepTook(2_000);
		expect(budget.allowsAnotherStep(6_000)).toBe(true);
		expect(budget.allowsAnotherStep(6_001)).toBe(false);
	});

	test('a slow first step stops counting after four faster ones', () => {
		const budget = new PollBudget(10_000, 0);
		budget.stepTook(3_000);
		for (let i = 0; i < 3; i++) budget.stepTook(100);
		expect(budget.allowsAnotherStep(5_000)).toBe(false);
		budget.stepTook(100);
		expect(budget.allowsAnotherStep(5_000)).toBe(true);
	});
});
