'use strict';
/**
 * examples/1688-products-to-google-sheets.json: three offers (12 SKUs, 1 SKU, 4 SKUs out of stock, the last
 * given as an offer URL) → Product → Get with One Item per SKU → one sheet row per SKU. Expected rows come from the sandbox's own data, not from
 * the node's code.
 */
const assert = require('node:assert/strict');
const { sheetRows } = require('../lib/recorded');

const SHEETS_NODE = 'Append or update SKU rows';

module.exports = {
	/** Nodes the runner must have replaced by a recording step (and no others). */
	swapped: [SHEETS_NODE],

	/** @param {import('../examples').ExampleContext} ctx */
	check(ctx) {
		const { sandbox } = ctx;
		const offerIds = [sandbox.fixtures.offerManySkus, sandbox.fixtures.offerOneSku, sandbox.fixtures.offerOutOfStock].map((o) => String(o.offerId));

		const sheets = ctx.swapped[SHEETS_NODE];
		assert.equal(sheets.type, 'n8n-nodes-base.googleSheets');
		assert.equal(sheets.parameters.operation, 'appendOrUpdate');
		assert.deepEqual(sheets.parameters.columns.matchingColumns, ['skuId'], 'rows are matched on skuId');

		const perSku = ctx.output('Get product');
		assert.deepEqual([...new Set(perSku.map((item) => item.offerId))], offerIds, 'Get product (One Item per SKU) emits the offers in order');
		assert.ok(perSku.every((item) => !('skus' in item)), 'one item per SKU carries no SKU list');

		const rows = sheetRows(sheets, ctx.output(SHEETS_NODE));
		const expected = offerIds.flatMap((offerId) => {
			const offer = sandbox.store.getOffer(offerId);
			return offer.skus.map((sku) => ({ offerId, title: offer.subject, skuId: String(sku.skuId), price: sku.price, stock: sku.amountOnSale }));
		});
		assert.equal(rows.length, 17, '12 + 1 + 4 SKU rows');
		assert.equal(rows.length, expected.length);
		rows.forEach((row, i) => {
			assert.deepEqual(Object.keys(row), ['offerId', 'title', 'skuId', 'attributes', 'price', 'stock'], `row ${i} columns`);
			assert.equal(typeof row.price, 'number', `row ${i} price is a number`);
			assert.equal(typeof row.stock, 'number', `row ${i} stock is a number`);
			assert.match(row.skuId, /^\d{10,}$/, `row ${i} skuId is the full id as text`);
			assert.match(row.attributes, /^[^:;]+: [^;]+(; [^:;]+: [^;]+)*$/, `row ${i} attributes read "name: value; name: value"`);
			const { attributes, ...checked } = row;
			assert.deepEqual(checked, expected[i], `row ${i} matches the sandbox's SKU`);
		});
		assert.ok(rows.filter((row) => row.offerId === offerIds[2]).every((row) => row.stock === 0), 'the out-of-stock offer writes stock 0');
		assert.equal(new Set(rows.map((row) => row.skuId)).size, rows.length, 'SKU ids are unique (the match column)');

		const calls = ctx.requests.filter((r) => r.api === 'com.alibaba.product:alibaba.product.get-1');
		// The reads run side by side (up to 8 at once), so they may reach the gateway in any order.
		assert.deepEqual(calls.map((r) => r.params.productID).sort(), [...offerIds].sort(), 'n8n sent one signed product.get per offer');
		assert.ok(calls.every((r) => r.httpStatus === 200 && r.errorCode === null), 'the gateway accepted every call');
	},
};
