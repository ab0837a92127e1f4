'use strict';
/**
 * examples/woocommerce-listing-from-1688.json, executed twice in `n8n start` (its Data Table needs the running n8n),
 * its 1688 node as the cross-border app, its WooCommerce nodes and HTTP Requests against the WooCommerce stand-in.
 * The first run lists the sandbox's 8-SKU waterproof backpack (4 colours × 2 sizes) as a draft variable product:
 * exactly three writes (the product, its images and options, one batch of 8 variations), every value computed here
 * from the sandbox's data (translated names, the pricing rule's prices and stock, SKU images, the 1688 IDs as custom
 * fields), and 8 rows added to the Data Table "1688 SKU map" beside the seeded ones. The second run finds the
 * product by its SKU and writes nothing.
 */
const assert = require('node:assert/strict');
const { nodeOutput } = require('../lib/recorded');
const { replaceDataTable, dataTableRows } = require('../lib/dataTables');
const { SKU_MAP_TABLE, SKU_MAP_COLUMNS, skuMapRows } = require('../lib/skuMap');
const { shopPrice, shopStock, unitCost } = require('../lib/pricingRule');
const { parametersIn } = require('../lib/sameNodes');

/** The offer the example lists (its "Offers to list" node). */
const OFFER_ID = 695529212510;
const IMAGE_HOST = 'https://cbu01.alicdn.com/';
const DETAIL = 'com.alibaba.fenxiao.crossborder:product.search.queryProductDetail-1';

const translated = (attribute) => ({
	name: attribute.attributeNameTrans ?? attribute.attributeName,
	value: attribute.valueTrans ?? attribute.attributeValue,
});

module.exports = {
	swapped: [],
	app: 'crossBorder',
	manualRuns: 2,

	/** @param {{ sandbox: object, session: object }} ctx */
	async prepare({ sandbox, session }) {
		const rows = skuMapRows(sandbox);
		await replaceDataTable(session, { name: SKU_MAP_TABLE, columns: SKU_MAP_COLUMNS, rows });
		return { rows };
	},

	/** @param {import('../examples').ExampleContext & { runs: object[], prepared: object }} ctx */
	async check(ctx) {
		const { sandbox, shop, session, runs, prepared } = ctx;
		const offer = sandbox.store.getOffer(OFFER_ID);
		assert.equal(offer.skus.length, 8, 'the sandbox offer has 8 SKUs');
		const sku = `1688-${OFFER_ID}`;
		const variationSku = (s) => `${sku}-${s.skuId}`;
		const rule = ctx.workflow.nodes.find((node) => node.name === 'Pricing rule');
		assert.deepEqual(
			rule.parameters,
			parametersIn('woocommerce-stock-and-prices-from-1688', 'Pricing rule'),
			'the same pricing rule as the stock and prices example',
		);

		// Exactly three writes, all in the first run.
		const writes = shop.writes.map((w) => ({
			method: w.method,
			route: w.route,
			status: w.status,
			body: w.body,
		}));
		const [created] = shop.bySku(sku).map((found) => found.product);
		assert.ok(created, `a product with SKU ${sku}`);
		assert.deepEqual(
			writes.map((w) => [w.method, w.route, w.status]),
			[
				['POST', '/products', 201],
				['PUT', `/products/${created.id}`, 200],
				['POST', `/products/${created.id}/variations/batch`, 200],
			],
		);

		// The product: a draft variable product with the translated title, the description, the offer ID.
		const [row] = nodeOutput(runs[0], 'Get listing rows');
		assert.deepEqual(writes[0].body, {
			name: offer.subjectTrans,
			type: 'variable',
			sku,
			description: row.descriptionTranslated ?? row.description ?? '',
			status: 'draft',
			meta_data: [{ key: '1688_offer_id', value: String(OFFER_ID) }],
		});

		// Its images (every offer image, absolute) and options (the SKUs' translated attributes, in order).
		const names = offer.skus[0].attributes.map((a) => translated(a).name);
		const options = names.map((name, i) => [
			...new Set(offer.skus.map((s) => translated(s.attributes[i]).value)),
		]);
		assert.deepEqual(names, ['Color', 'Specification']);
		assert.deepEqual(writes[1].body, {
			images: offer.images.map((image) => ({ src: IMAGE_HOST + image })),
			attributes: names.map((name, i) => ({
				name,
				options: options[i],
				visible: true,
				variation: true,
				position: i,
			})),
		});

		// One variation per SKU at the rule's price and stock, with its options, image and 1688 IDs.
		const expectedVariations = offer.skus.map((s) => ({
			sku: variationSku(s),
			regular_price: shopPrice(unitCost(offer, s)),
			manage_stock: true,
			stock_quantity: shopStock(s.amountOnSale),
			attributes: s.attributes.map((a) => ({
				name: translated(a).name,
				option: translated(a).value,
			})),
			...(s.attributes[0].skuImageUrl
				? { image: { src: IMAGE_HOST + s.attributes[0].skuImageUrl } }
				: {}),
			meta_data: [
				{ key: '1688_offer_id', value: String(OFFER_ID) },
				{ key: '1688_spec_id', value: s.specId },
			],
		}));
		assert.deepEqual(writes[2].body, { create: expectedVariations });
		assert.ok(
			expectedVariations.some((v) => v.stock_quantity === 0),
			'a sold-out SKU is listed with stock 0',
		);
		assert.equal(
			new Set(expectedVariations.map((v) => v.regular_price)).size,
			2,
			'two sizes, two prices',
		);
		assert.ok(
			expectedVariations.every((v) => /^\d+\.99$/.test(v.regular_price)),
			'every price ends in .99',
		);

		// The shop now has it, as WooCommerce answers it.
		const product = shop.product(created.id);
		assert.deepEqual(
			[product.type, product.status, product.variations.length],
			['variable', 'draft', 8],
		);

		// The SKU map: the seeded rows, then one per new variation.
		const table = await dataTableRows(session, SKU_MAP_TABLE);
		const rowOf = ({ shopSku, offerId, specId, multiplier }) => ({
			shopSku,
			offerId,
			specId,
			multiplier,
		});
		assert.deepEqual(table.map(rowOf), [
			...prepared.rows,
			...offer.skus.map((s) => ({
				shopSku: variationSku(s),
				offerId: String(OFFER_ID),
				specId: s.specId,
				multiplier: 1,
			})),
		]);

		// The second run: the product is found by its SKU, nothing is created.
		assert.deepEqual(
			nodeOutput(runs[1], 'Already in the shop?').map((p) => p.sku),
			[sku],
		);
		assert.deepEqual(nodeOutput(runs[1], 'Not in the shop yet'), []);
		assert.equal(ctx.requests.filter((r) => r.api === DETAIL).length, 2, 'one detail read per run');
	},
};
