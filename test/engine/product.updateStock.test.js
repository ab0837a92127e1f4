'use strict';
const { operationRunner, useSandbox } = require('../support/sandboxSuite');

const GET_API = 'com.alibaba.product:alibaba.product.get-1';
const STOCK_API = 'com.alibaba.product:alibaba.product.modifyStock-1';

const sandbox = useSandbox({ resetEach: true });

const update = operationRunner(sandbox, 'product', 'updateStock');
const getProduct = operationRunner(sandbox, 'product', 'get');
const get = (offerId) => getProduct({ offerId: String(offerId) });
const rows = (...list) => ({
	rows: list.map(([sku, quantity]) => ({ sku: String(sku), quantity })),
});
/** An own offer (the sandbox account sells it) with at least three SKUs. */
const ownOffer = () =>
	[...sandbox().store.offers.values()].find(
		(o) => o.seller.memberId === sandbox().store.member.memberId && o.skus.length >= 3,
	);
const stockChangeOf = (request) => JSON.parse(request.params.productStockChange);

describe('Product → Update Stock through the n8n engine', () => {
	test('Set: reads the offer, sends the deltas by specId as one write, and a following Get shows the new stock', async () => {
		const offer = ownOffer();
		const [a, b, c] = offer.skus;
		const [beforeA, beforeB, beforeC] = [a.amountOnSale, b.amountOnSale, c.amountOnSale];
		const total = offer.skus.reduce((n, s) => n + s.amountOnSale, 0);
		const { items, error } = await update({
			offerId: String(offer.offerId),
			stockMode: 'set',
			skuStocks: rows([a.specId, 100], [b.skuId, 0]),
		});
		expect(error).toBeUndefined();
		expect(sandbox().requests.map((r) => r.api)).toEqual([GET_API, STOCK_API]);
		expect(sandbox().requests[1].params.webSite).toBe('1688');
		expect(stockChangeOf(sandbox().requests[1])).toEqual([
			{
				productId: offer.offerId,
				skuStocks: [
					{ skuId: a.specId, stockChange: 100 - beforeA },
					{ skuId: b.specId, stockChange: -beforeB },
				],
			},
		]);
		expect(items).toEqual([
			{
				offerId: String(offer.offerId),
				mode: 'set',
				updated: true,
				totalStockBefore: total,
				totalStockAfter: total - beforeA - beforeB + 100,
				skus: [
					{
						skuId: String(a.skuId),
						specId: a.specId,
						attributes: expect.any(String),
						before: beforeA,
						after: 100,
						change: 100 - beforeA,
					},
					{
						skuId: String(b.skuId),
						specId: b.specId,
						attributes: expect.any(String),
						before: beforeB,
						after: 0,
						change: -beforeB,
					},
				],
			},
		]);

		const after = (await get(offer.offerId)).items[0];
		expect(after.skus.find((s) => s.specId === a.specId).stock).toBe(100);
		expect(after.skus.find((s) => s.specId === b.specId).stock).toBe(0);
		expect(after.skus.find((s) => s.specId === c.specId).stock).toBe(beforeC);
		expect(after.totalStock).toBe(items[0].totalStockAfter);
	});

	test('Adjust from JSON given by a previous node (e.g. a sheet), several items each paired to its input', async () => {
		const offer = ownOffer();
		const [a, b] = offer.skus;
		const [beforeA, beforeB] = [a.amountOnSale, b.amountOnSale];
		const { items, pairedItems, error } = await update(
			{
				offerId: '={{ $json.offer }}',
				stockMode: 'adjust',
				skuSource: 'json',
				skuStocksJson: '={{ $json.changes }}',
			},
			{
				items: [
					{ offer: String(offer.offerId), changes: [{ specId: a.specId, quantity: 5 }] },
					{
						offer: `https://detail.1688.com/offer/${offer.offerId}.html`,
						changes: [
							{ skuId: String(b.skuId), quantity: '-1' },
							{ sku: a.specId, quantity: 2 },
						],
					},
				],
			},
		);
		expect(error).toBeUndefined();
		expect(pairedItems).toEqual([{ item: 0 }, { item: 1 }]);
		expect(items[0].skus).toEqual([
			expect.objectContaining({ specId: a.specId, before: beforeA, after: beforeA + 5, change: 5 }),
		]);
		expect(items[1].skus).toEqual([
			expect.objectContaining({
				specId: b.specId,
				before: beforeB,
				after: beforeB - 1,
				change: -1,
			}),
			expect.objectContaining({
				specId: a.specId,
				before: beforeA + 5,
				after: beforeA + 7,
				change: 2,
			}),
		]);
		expect(a.amountOnSale).toBe(beforeA + 7);
		expect(b.amountOnSale).toBe(beforeB - 1);
		expect(stockChangeOf(sandbox().requests[3])[0].skuStocks).toEqual([
			{ skuId: b.specId, stockChange: -1 },
			{ skuId: a.specId, stockChange: 2 },
		]);
	});

	test('a row without a SKU sets every SKU of the offer', async () => {
		const offer = ownOffer();
		const { items } = await update({ offerId: String(offer.offerId), skuStocks: rows(['', 7]) });
		expect(items[0].skus).toHaveLength(offer.skus.length);
		expect(offer.skus.every((s) => s.amountOnSale === 7)).toBe(true);
		expect(items[0].totalStockAfter).toBe(7 * offer.skus.length);
	});

	test('nothing to change: no write is sent', async () => {
		const offer = ownOffer();
		const a = offer.skus[0];
		const { items } = await update({
			offerId: String(offer.offerId),
			skuStocks: rows([a.specId, a.amountOnSale]),
		});
		expect(items[0]).toMatchObject({
			updated: false,
			skus: [{ before: a.amountOnSale, after: a.amountOnSale, change: 0 }],
		});
		expect(sandbox().requests.map((r) => r.api)).toEqual([GET_API]);
	});

	test.each([
		[
			{ skuStocks: rows(['8930fc0efc5e92e11820042c6c1b6817', 2.5]) },
			'SKU Stocks: row 1: the quantity must be a whole number, got 2.5 [item 0]',
		],
		[
			{ skuStocks: rows(['8930fc0efc5e92e11820042c6c1b6817', -4]) },
			'SKU Stocks: row 1: stock cannot be set below 0, got -4 [item 0]',
		],
		[
			{ skuStocks: rows(['black-xl', 1]) },
			'SKU Stocks: row 1: "black-xl" is neither a skuId (digits) nor a specId (32 hexadecimal characters) [item 0]',
		],
		[{ skuStocks: {} }, 'SKU Stocks: add at least one SKU and quantity [item 0]'],
		[
			{ skuSource: 'json', skuStocksJson: '[{"sku": "1", "quantity": 1}' },
			/^SKU Stocks \(JSON\): is not valid JSON \(.+\) \[item 0\]$/,
		],
		[
			{ skuSource: 'json', skuStocksJson: '42' },
			'SKU Stocks (JSON): must be a JSON array of SKU rows, got 42 [item 0]',
		],
		[
			{ skuSource: 'json', skuStocksJson: '["8930fc0efc5e92e11820042c6c1b6817"]' },
			'SKU Stocks (JSON): row 1 must be an object with "sku" and "quantity" [item 0]',
		],
	])('bad input %j stops before any request', async (parameters, message) => {
		const { error } = await update({ offerId: String(ownOffer().offerId), ...parameters });
		if (message instanceof RegExp) expect(error.message).toMatch(message);
		else expect(error.message).toBe(message);
		expect(sandbox().requests).toHaveLength(0);
	});

	test('a SKU the offer does not have, or a change below 0, is refused after the read and before any write', async () => {
		const offer = ownOffer();
		const unknown = await update({
			offerId: String(offer.offerId),
			skuStocks: rows(['ffffffffffffffffffffffffffffffff', 1]),
		});
		expect(unknown.error.message).toBe(
			`SKU: ffffffffffffffffffffffffffffffff is not a SKU of offer ${offer.offerId} [item 0]`,
		);
		const a = offer.skus[0];
		const below = await update({
			offerId: String(offer.offerId),
			stockMode: 'adjust',
			skuStocks: rows([a.specId, -(a.amountOnSale + 1)]),
		});
		expect(below.error.message).toBe(
			`Quantity: SKU ${a.specId} has ${a.amountOnSale} in stock; changing it by ${-(a.amountOnSale + 1)} would leave -1 [item 0]`,
		);
		expect(sandbox().requests.map((r) => r.api)).toEqual([GET_API, GET_API]);
	});

	test("another seller's offer: 1688 refuses the write (NodeApiError) with its code", async () => {
		const theirs = sandbox().fixtures.offerManySkus;
		const failed = await update({
			offerId: String(theirs.offerId),
			skuStocks: rows([theirs.firstSpecId, 1]),
		});
		expect(failed.error.name).toBe('NodeApiError');
		expect(failed.error.message).toMatch(/alibaba\.product\.modifyStock-1 failed: .* \[500_2\]$/);
		expect(sandbox().requests.filter((r) => r.api === STOCK_API)).toHaveLength(1);
	});
});

describe('Update Stock when the answer is lost', () => {
	test('says the update MAY have been applied and is never re-sent', async () => {
		const offer = ownOffer();
		sandbox().injectFault({
			api: 'com.alibaba.product:alibaba.product.modifyStock-1',
			kind: 'status500',
			times: 3,
		});
		const { error } = await update({
			offerId: String(offer.offerId),
			stockMode: 'adjust',
			skuSource: 'json',
			skuStocksJson: JSON.stringify([{ sku: offer.skus[0].specId, quantity: 5 }]),
		});
		expect(error.message).toMatch(/^The stock update MAY have been applied on 1688/);
		expect(error.description).toMatch(/running an adjustment twice would apply it twice/);
		expect(
			sandbox().requests.filter(
				(r) => r.api === 'com.alibaba.product:alibaba.product.modifyStock-1',
			),
		).toHaveLength(1);
	});
});
