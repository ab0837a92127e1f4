'use strict';
const {
	parseStockRows,
	planStockChanges,
} = require('../../dist/nodes/Alibaba1688/actions/product/stockChanges');

const SPEC_A = '8930fc0efc5e92e11820042c6c1b6817';
const SPEC_B = '0f1e2d3c4b5a69788796a5b4c3d2e1f0';
const product = {
	offerId: '672794704428',
	totalStock: 30,
	priceRanges: [],
	skus: [
		{ skuId: '5171270886176', specId: SPEC_A, attributes: '颜色: 黑色', stock: 10 },
		{ skuId: '5171270886177', specId: SPEC_B, attributes: '颜色: 白色', stock: 20 },
	],
};

describe('parseStockRows', () => {
	test('reads SKUs (skuId or specId, any case) and whole-number quantities, text or number', () => {
		expect(
			parseStockRows('SKU Stocks', 'set', [
				{ sku: SPEC_A.toUpperCase(), quantity: '5' },
				{ sku: 5171270886177, quantity: 0 },
			]),
		).toEqual([
			{ sku: SPEC_A, quantity: 5 },
			{ sku: '5171270886177', quantity: 0 },
		]);
		expect(parseStockRows('SKU Stocks', 'adjust', [{ sku: ' ', quantity: -4 }])).toEqual([
			{ sku: undefined, quantity: -4 },
		]);
	});

	test.each([
		['set', [], 'SKU Stocks: add at least one SKU and quantity'],
		[
			'set',
			[{ sku: SPEC_A, quantity: 2.5 }],
			'SKU Stocks: row 1: the quantity must be a whole number, got 2.5',
		],
		[
			'adjust',
			[{ sku: SPEC_A, quantity: 'ten' }],
			'SKU Stocks: row 1: the quantity must be a whole number, got ten',
		],
		[
			'set',
			[{ sku: SPEC_A }],
			'SKU Stocks: row 1: the quantity must be a whole number, got undefined',
		],
		[
			'set',
			[
				{ sku: SPEC_A, quantity: 1 },
				{ sku: SPEC_B, quantity: -1 },
			],
			'SKU Stocks: row 2: stock cannot be set below 0, got -1',
		],
		[
			'set',
			[{ sku: 'red-xl', quantity: 1 }],
			'SKU Stocks: row 1: "red-xl" is neither a skuId (digits) nor a specId (32 hexadecimal characters)',
		],
		[
			'set',
			[
				{ sku: SPEC_A, quantity: 1 },
				{ sku: SPEC_A.toUpperCase(), quantity: 2 },
			],
			`SKU Stocks: row 2: SKU ${SPEC_A} is listed twice`,
		],
		[
			'set',
			[
				{ sku: '', quantity: 1 },
				{ sku: SPEC_B, quantity: 2 },
			],
			'SKU Stocks: a row without a SKU changes every SKU, so it must be the only row',
		],
	])('%s %j is refused: %s', (mode, rows, message) => {
		expect(() => parseStockRows('SKU Stocks', mode, rows)).toThrow(message);
		try {
			parseStockRows('SKU Stocks', mode, rows);
		} catch (error) {
			expect(error.name).toBe('InputError');
			expect(error.field).toBe('SKU Stocks');
		}
	});
});

describe('planStockChanges', () => {
	test('set: the new stock, and the change from the current one', () => {
		expect(
			planStockChanges(product, 'set', [
				{ sku: SPEC_B, quantity: 5 },
				{ sku: '5171270886176', quantity: 10 },
			]),
		).toEqual([
			{
				skuId: '5171270886177',
				specId: SPEC_B,
				attributes: '颜色: 白色',
				before: 20,
				after: 5,
				change: -15,
			},
			{
				skuId: '5171270886176',
				specId: SPEC_A,
				attributes: '颜色: 黑色',
				before: 10,
				after: 10,
				change: 0,
			},
		]);
	});

	test('adjust: added to the current stock; a row without SKU changes every SKU', () => {
		expect(
			planStockChanges(product, 'adjust', [{ sku: undefined, quantity: -10 }]).map((c) => [
				c.before,
				c.after,
				c.change,
			]),
		).toEqual([
			[10, 0, -10],
			[20, 10, -10],
		]);
	});

	test("an offer without SKUs changes the offer's stock", () => {
		const plain = { offerId: '1', totalStock: 8, priceRanges: [], skus: [] };
		expect(planStockChanges(plain, 'adjust', [{ sku: undefined, quantity: 2 }])).toEqual([
			{ before: 8, after: 10, change: 2 },
		]);
		expect(() => planStockChanges(plain, 'set', [{ sku: SPEC_A, quantity: 2 }])).toThrow(
			"SKU: offer 1 has no SKUs; leave the SKU empty to change the offer's stock",
		);
	});

	test('a SKU the offer does not have, or stock below 0, is refused', () => {
		expect(() => planStockChanges(product, 'set', [{ sku: '123', quantity: 1 }])).toThrow(
			'SKU: 123 is not a SKU of offer 672794704428',
		);
		expect(() => planStockChanges(product, 'adjust', [{ sku: SPEC_A, quantity: -11 }])).toThrow(
			`Quantity: SKU ${SPEC_A} has 10 in stock; changing it by -11 would leave -1`,
		);
	});
});
