'use strict';
/**
 * Bounds checked before anything is sent (issue 28): cart lines and orders per item, quantities, text lengths
 * and ID ranges. Each case was sent to 1688 as it was before.
 */
const { useSandbox, nodeRunner } = require('../support/sandboxSuite');
const { ADDRESS, buyableLines, newOrders } = require('../support/orderLines');

const FAST_CREATE = 'com.alibaba.trade:alibaba.trade.fastCreateOrder-1';

const sandbox = useSandbox({ resetEach: true });
const run = nodeRunner(sandbox);

const create = (cart, extra = {}) => ({
	resource: 'order',
	operation: 'create',
	orderApi: 'domestic',
	...ADDRESS,
	cartSource: 'json',
	cartJson: JSON.stringify(cart),
	...extra,
});
const line = (n, extra = {}) => ({
	offerId: '624392716873',
	specId: `spec${String(n).padStart(4, '0')}`,
	quantity: 1,
	...extra,
});

describe('a cart is bounded before anything is sent', () => {
	test('10,000 lines in one item are refused with the count, and nothing reaches 1688', async () => {
		const cart = Array.from({ length: 10_000 }, () => line(1));
		const { error } = await run(create(cart));
		expect(error.message).toBe(
			'Cart (JSON): has 10000 lines; one item may order at most 200 [item 0]',
		);
		expect(error.description).toContain('one input item');
		expect(sandbox().requests).toHaveLength(0);
	});

	test('identical lines are merged into one cargo line with the quantities added: one order', async () => {
		const [{ offer, sku, quantity }] = buyableLines(sandbox());
		const before = new Set(sandbox().store.orders.keys());
		const cart = Array.from({ length: 3 }, () => ({
			offerId: String(offer.offerId),
			specId: sku.specId,
			quantity,
		}));
		const { error } = await run(create(cart));
		expect(error).toBeUndefined();
		expect(newOrders(sandbox(), before)).toHaveLength(1);
		const [request] = sandbox().requests.filter((r) => r.api === FAST_CREATE);
		expect(JSON.parse(request.params.cargoParamList)).toEqual([
			{ offerId: offer.offerId, specId: sku.specId, quantity: quantity * 3 },
		]);
	});

	test('identical lines with different suppliers are refused, naming the lines', async () => {
		const { error } = await run(
			create([line(1, { supplierId: 'A' }), line(2), line(1, { supplierId: 'B' })]),
		);
		expect(error.message).toBe(
			'Cart (JSON): cart lines 1, 3 (offer 624392716873, spec spec0001) are the same SKU with different Supplier IDs (A, B) [item 0]',
		);
		expect(sandbox().requests).toHaveLength(0);
	});

	test('a cart that would become more than 20 orders is refused before any order is placed', async () => {
		const cart = Array.from({ length: 21 }, (_, n) => line(n, { supplierId: `supplier-${n}` }));
		const { error } = await run(create(cart));
		expect(error.message).toBe(
			'Cart: would become 21 1688 orders (one per supplier, at most 50 lines each); one item may place at most 20 [item 0]',
		);
		expect(sandbox().requests).toHaveLength(0);
	});

	test.each([
		[1e12, 'Quantity (cart line 1): must be at most 1,000,000, got 1000000000000 [item 0]'],
		['1000001', 'Quantity (cart line 1): must be at most 1,000,000, got "1000001" [item 0]'],
	])('quantity %p is refused', async (quantity, message) => {
		const { error } = await run(create([line(1, { quantity })]));
		expect(error.message).toBe(message);
		expect(sandbox().requests).toHaveLength(0);
	});

	test('merged lines that add up to more than the cap are refused', async () => {
		const { error } = await run(
			create([line(1, { quantity: 600_000 }), line(1, { quantity: 600_000 })]),
		);
		expect(error.message).toMatch(
			/^Cart \(JSON\): cart lines 1, 2 .* add up to 1200000 pieces, more than the 1,000,000 one line may ask for \[item 0\]$/,
		);
	});
});

describe('texts are bounded before anything is sent', () => {
	test.each([
		[
			{ address: 'x'.repeat(100_000) },
			'Street Address: must be at most 200 characters, got 100000 [item 0]',
		],
		[
			{ fullName: '张'.repeat(51) },
			'Recipient Name: must be at most 50 characters, got 51 [item 0]',
		],
		[{ areaText: '区'.repeat(51) }, 'District: must be at most 50 characters, got 51 [item 0]'],
		[
			{ outOrderId: 'R'.repeat(101) },
			'External Order Reference: must be at most 100 characters, got 101 [item 0]',
		],
	])('%#: an overlong field is refused, naming it', async (override, message) => {
		const { error } = await run(create([line(1)], override));
		expect(error.message).toBe(message);
		expect(sandbox().requests).toHaveLength(0);
	});
});

describe('IDs are checked against the range of a 1688 ID (a Java Long)', () => {
	test.each([
		[
			'0',
			'Order ID: must be a 1688 ID from 1 to 9223372036854775807 (at most 19 digits, no leading zeros), got 0 [item 0]',
		],
		[
			'12345678901234567890',
			'Order ID: must be a 1688 ID from 1 to 9223372036854775807 (at most 19 digits, no leading zeros), got 12345678901234567890 [item 0]',
		],
		[
			'9223372036854775808',
			'Order ID: must be a 1688 ID from 1 to 9223372036854775807 (at most 19 digits, no leading zeros), got 9223372036854775808 [item 0]',
		],
		[
			'0042',
			'Order ID: must be a 1688 ID from 1 to 9223372036854775807 (at most 19 digits, no leading zeros), got 0042 [item 0]',
		],
	])('order ID %s is refused before any request', async (orderId, message) => {
		const { error } = await run({ resource: 'order', operation: 'get', orderId });
		expect(error.message).toBe(message);
		expect(sandbox().requests).toHaveLength(0);
	});

	test('an offer ID of 0 in a cart is refused', async () => {
		const { error } = await run(create([line(1, { offerId: '0' })]));
		expect(error.message).toMatch(/^Offer ID \(cart line 1\): must be a 1688 ID from 1 to/);
		expect(sandbox().requests).toHaveLength(0);
	});

	test('the largest Long is still an ID (sent, and 1688 answers for itself)', async () => {
		await run({ resource: 'order', operation: 'get', orderId: '9223372036854775807' });
		expect(sandbox().requests.map((request) => request.params.orderId)).toEqual([
			'9223372036854775807',
		]);
	});

	test('category 0 (the root) stays valid', async () => {
		const { error, items } = await run({
			resource: 'category',
			operation: 'getChildren',
			categoryId: { mode: 'id', value: '0' },
		});
		expect(error).toBeUndefined();
		expect(items.length).toBeGreaterThan(0);
	});
});
