'use strict';
/**
 * examples/woocommerce-stock-and-prices-from-1688.json in `n8n start`, its 1688 nodes as the cross-border app, its
 * WooCommerce node and HTTP Request against the WooCommerce stand-in. Before activation: the Data Table
 * "1688 SKU map", both mapped offers followed (the follow API), and the shop set to what the pricing rule gives
 * for 1688's current prices and stock (in step). Then 1688 pushes, as it does for followed offers:
 *   1. the tee's L falls to 3 units (below the rule's minimum 5): one write, that variation's stock to 0;
 *   2. the tee's price drops to 10 CNY on every SKU: one batch write, the three mapped variations at the floor price;
 *   3. the same price message again under a new msgId (nothing changed on 1688): an execution, no write;
 *   4. that message once more with the same msgId (1688 re-delivering): no execution at all;
 *   5. the jacket's stock falls to 11 units (5 two-packs): one write, the simple product's stock to 5.
 * Every value written is computed here from the sandbox's data with the e2e's own reading of the rule
 * (lib/pricingRule.js), and pinned for the seeded prices.
 */
const assert = require('node:assert/strict');
const { call } = require('../../sandbox/tests/helpers');
const { nodeOutput } = require('../lib/recorded');
const { replaceDataTable } = require('../lib/dataTables');
const { SKU_MAP_TABLE, SKU_MAP_COLUMNS, skuMapRows } = require('../lib/skuMap');
const { shopPrice, shopStock, unitCost } = require('../lib/pricingRule');

const FOLLOW = 'com.alibaba.product:alibaba.product.follow.crossborder-1';
const NEW_TEE_PRICE = 10;

/** The shop record (product or variation) of a shop SKU. */
function shopRecord(shop, sku) {
	const [found] = shop.bySku(sku);
	return found.variation ?? found.product;
}

/** What the rule gives for a mapped row, from the sandbox's current data. */
function ruled(sandbox, row) {
	const offer = sandbox.store.getOffer(row.offerId);
	const sku = offer.skus.find((s) => s.specId === row.specId);
	return {
		price: shopPrice(unitCost(offer, sku), row.multiplier),
		stock: shopStock(sku.amountOnSale, row.multiplier),
	};
}

module.exports = {
	swapped: [],
	app: 'crossBorder',

	/** @param {{ sandbox: object, shop: object, session: object }} ctx */
	async prepare({ sandbox, shop, session }) {
		const rows = skuMapRows(sandbox);
		await replaceDataTable(session, { name: SKU_MAP_TABLE, columns: SKU_MAP_COLUMNS, rows });
		for (const offerId of [...new Set(rows.map((row) => row.offerId))]) {
			const followed = await call(
				sandbox,
				FOLLOW,
				{ productId: offerId },
				{ app: sandbox.apps.crossBorder },
			);
			assert.deepEqual(followed.json, { code: 0, message: 'success' });
		}
		// The shop in step with 1688 before anything changes (as after a first sync).
		const before = {};
		for (const row of rows) {
			const want = ruled(sandbox, row);
			Object.assign(shopRecord(shop, row.shopSku), {
				regular_price: want.price,
				manage_stock: true,
				stock_quantity: want.stock,
			});
			before[row.shopSku] = want;
		}
		return { rows, before };
	},

	async fire({ sandbox, shop, session, webhookUrl, workflowId, known }) {
		const { offerManySkus, offerOneSku } = sandbox.fixtures;
		sandbox.setPushUrl(webhookUrl, { appKey: sandbox.apps.crossBorder.appKey });
		const marks = [];
		const step = async (name, count, change) => {
			await change();
			await sandbox.settlePushes();
			await session.waitForExecutions(workflowId, known, { count, timeoutMs: 60000 });
			marks.push({ step: name, writes: shop.writes.length });
		};
		const tee = sandbox.store.getOffer(offerManySkus.offerId);
		await step('stock below the minimum', 1, () =>
			sandbox.store.setStock({ offerId: tee.offerId, specId: tee.skus[0].specId, amountOnSale: 3 }),
		);
		await step('price change', 2, () =>
			sandbox.store.setPrice({ offerId: tee.offerId, price: NEW_TEE_PRICE }),
		);
		const priceMessage = sandbox.store.pushMessages
			.filter((m) => m.type === 'FENXIAO_PRICE_CHANGE')
			.at(-1);
		let repeat;
		await step('same message, new msgId', 3, async () => {
			repeat = await sandbox.deliverPush({
				url: webhookUrl,
				type: priceMessage.type,
				data: priceMessage.data,
				appKey: sandbox.apps.crossBorder.appKey,
			});
		});
		const again = await sandbox.deliverPush({
			url: webhookUrl,
			type: priceMessage.type,
			data: priceMessage.data,
			msgId: repeat.msgId,
			appKey: sandbox.apps.crossBorder.appKey,
		});
		assert.deepEqual(
			[again.status, again.body],
			[200, 'success'],
			'the re-delivery is acknowledged',
		);
		await step('jacket stock', 4, () =>
			sandbox.store.setStock({ offerId: offerOneSku.offerId, amountOnSale: 11 }),
		);
		return { executions: 4, marks, repeatedMsgId: String(repeat.msgId) };
	},

	/** @param {import('../examples').ExampleContext & { runs: object[], fired: object, prepared: object }} ctx */
	check(ctx) {
		const { sandbox, shop, runs, fired, prepared } = ctx;
		/** The writes a step made; a batch's entries by id (their order in a batch means nothing). */
		const writesOf = (name) => {
			const index = fired.marks.findIndex((m) => m.step === name);
			const byId = (body) =>
				body.update ? { ...body, update: [...body.update].sort((a, b) => a.id - b.id) } : body;
			return shop.writes
				.slice(index === 0 ? 0 : fired.marks[index - 1].writes, fired.marks[index].writes)
				.map((w) => ({ method: w.method, route: w.route, body: byId(w.body), status: w.status }));
		};
		const [teeL, teeXL, teeXXL, jacketRow] = prepared.rows;
		const variationId = (sku) => shopRecord(shop, sku).id;
		assert.deepEqual(
			runs.map((run) => nodeOutput(run, '1688 stock and price messages')[0].type),
			[
				'PRODUCT_PRODUCT_INVENTORY_CHANGE',
				'FENXIAO_PRICE_CHANGE',
				'FENXIAO_PRICE_CHANGE',
				'PRODUCT_PRODUCT_INVENTORY_CHANGE',
			],
		);
		assert.equal(
			nodeOutput(runs[2], '1688 stock and price messages')[0].msgId,
			fired.repeatedMsgId,
			'the third execution is the repeated message; its second delivery started none',
		);

		// The rule, pinned for the seeded data: 101.95 CNY tee (one-piece 125.40) → 39.99; 67.63 CNY jacket ×2 → 46.99.
		assert.deepEqual(
			[prepared.before[teeL.shopSku].price, prepared.before[jacketRow.shopSku].price],
			['39.99', '46.99'],
		);

		// 1. L below the minimum: its stock to 0, nothing else.
		assert.equal(ruled(sandbox, teeL).stock, 0);
		assert.deepEqual(writesOf('stock below the minimum'), [
			{
				method: 'POST',
				route: '/products/101/variations/batch',
				body: { update: [{ id: variationId(teeL.shopSku), stock_quantity: 0 }] },
				status: 200,
			},
		]);

		// 2. 10 CNY on every SKU: the three variations at the floor price (10 × 1.23 × 0.13 × 2.2 + 3.5 = 7.02 → 7.99 → 9.99).
		const floorPrice = ruled(sandbox, teeXL).price;
		assert.equal(floorPrice, '9.99', 'the floor price');
		assert.deepEqual(writesOf('price change'), [
			{
				method: 'POST',
				route: '/products/101/variations/batch',
				body: {
					update: [teeL, teeXL, teeXXL].map((row) => ({
						id: variationId(row.shopSku),
						regular_price: ruled(sandbox, row).price,
					})),
				},
				status: 200,
			},
		]);

		// 3. The same message again: the rule gives what the shop has, nothing is written.
		assert.deepEqual(writesOf('same message, new msgId'), [], 'a repeated message writes nothing');
		assert.deepEqual(nodeOutput(runs[2], 'What changed'), []);

		// 5. The jacket: 11 units on 1688 = 5 two-packs (not below the minimum): the simple product's stock.
		assert.equal(ruled(sandbox, jacketRow).stock, 5);
		assert.deepEqual(writesOf('jacket stock'), [
			{
				method: 'POST',
				route: '/products/batch',
				body: { update: [{ id: variationId(jacketRow.shopSku), stock_quantity: 5 }] },
				status: 200,
			},
		]);

		// The shop now holds exactly what the rule gives for 1688's data.
		for (const row of prepared.rows) {
			const record = shopRecord(shop, row.shopSku);
			assert.deepEqual(
				[row.shopSku, record.regular_price, record.stock_quantity],
				[row.shopSku, ruled(sandbox, row).price, ruled(sandbox, row).stock],
			);
		}
		assert.equal(
			shop.writes.filter((w) => !w.route.startsWith('/webhooks')).length,
			3,
			'three writes in all',
		);
		assert.deepEqual(
			ctx.requests.filter((r) => r.api === FOLLOW).map((r) => r.appKey),
			[sandbox.apps.crossBorder.appKey, sandbox.apps.crossBorder.appKey],
			'the two offers were followed as the cross-border app',
		);
	},
};
