'use strict';
/**
 * examples/1688-products-to-google-sheets.json: Product → Search ("backpack", dropshipping, dispatch within
 * 48 hours, at least 1,000 sold in 30 days, best sellers first, 3 offers) → Product → Get (cross-border
 * detail, Listing-Ready, One Item per SKU, USD) → one sheet row per SKU. Expected offers and rows are computed
 * from the sandbox's own data (its seeded offers and sourcing figures), not from the node's code.
 */
const assert = require('node:assert/strict');
const { sheetRows } = require('../lib/recorded');

const SHEETS_NODE = 'Append or update SKU rows';
const SEARCH_API = 'com.alibaba.fenxiao.crossborder:product.search.keywordQuery-1';
const DETAIL_API = 'com.alibaba.fenxiao.crossborder:product.search.queryProductDetail-1';
const COLUMNS = [
	'offerId',
	'title',
	'skuId',
	'options',
	'priceCNY',
	'priceUSD',
	'dropshipPriceCNY',
	'stock',
	'weightKg',
	'lengthCm',
	'widthCm',
	'heightCm',
	'image',
	'supplier',
	'url',
];
const round2 = (n) => Math.round(n * 100) / 100;

/** The offers the search must find, by the sandbox's data: the filters as keywordQuery's doc defines them. */
function expectedOffers(store) {
	return [...store.offers.values()]
		.filter((o) => {
			const leaf = store.categories.get(o.categoryId);
			const text = `${o.subject} ${o.subjectTrans} ${leaf.name} ${leaf.nameTrans}`.toLowerCase();
			return (
				o.status === 'published' &&
				text.includes('backpack') &&
				o.sourcing.isOnePsale &&
				o.sourcing.shippingTimeGuarantee !== '' &&
				o.monthSold >= 1000
			);
		})
		.sort((a, b) => b.monthSold - a.monthSold || a.offerId - b.offerId)
		.slice(0, 3);
}

module.exports = {
	/** Nodes the runner must have replaced by a recording step (and no others). */
	swapped: [SHEETS_NODE],

	/** @param {import('../examples').ExampleContext} ctx */
	check(ctx) {
		const { store } = ctx.sandbox;
		const offers = expectedOffers(store);
		assert.equal(offers.length, 3, 'the sandbox has three such offers');

		const searches = ctx.requests.filter((r) => r.api === SEARCH_API);
		assert.equal(searches.length, 1, 'one search request for 3 offers');
		assert.deepEqual(
			JSON.parse(searches[0].params.offerQueryParam),
			{
				keyword: 'backpack',
				country: 'en',
				sort: '{"monthSold":"desc"}',
				filter: 'isOnePsale,shipIn48Hours',
				saleFilterList: [{ saleType: 'sales30', saleStart: '1000' }],
				beginPage: 1,
				pageSize: 3,
			},
			'the filters reach 1688 as keywordQuery documents them',
		);
		const hits = ctx.output('Search products');
		assert.deepEqual(
			hits.map((hit) => hit.offerId),
			offers.map((o) => String(o.offerId)),
			'the search finds the expected offers, best sellers first',
		);
		assert.ok(
			hits.every(
				(hit) => hit.dropshipping === true && /^shipIn(24|48)Hours$/.test(hit.shippingPromise),
			),
			'every hit dropships and promises dispatch',
		);

		const details = ctx.requests.filter((r) => r.api === DETAIL_API);
		// The reads run side by side (up to 8 at once), so they may reach the gateway in any order.
		const byOffer = (a, b) => String(a.offerId).localeCompare(String(b.offerId));
		assert.deepEqual(
			details.map((r) => JSON.parse(r.params.offerDetailParam)).sort(byOffer),
			offers.map((o) => ({ offerId: o.offerId, country: 'en', currency: 'USD' })).sort(byOffer),
			'n8n sent one signed detail call per offer',
		);
		assert.ok(
			ctx.requests.every((r) => r.httpStatus === 200 && r.errorCode === null),
			'the gateway accepted every call',
		);

		const perSku = ctx.output('Get listing rows');
		assert.ok(
			perSku.every(
				(item) => !('skus' in item) && Array.isArray(item.images) && item.images.length >= 3,
			),
			'listing rows carry all images and no SKU list',
		);

		const sheets = ctx.swapped[SHEETS_NODE];
		assert.equal(sheets.type, 'n8n-nodes-base.googleSheets');
		assert.equal(sheets.parameters.operation, 'appendOrUpdate');
		assert.deepEqual(
			sheets.parameters.columns.matchingColumns,
			['skuId'],
			'rows are matched on skuId',
		);
		const rows = sheetRows(sheets, ctx.output(SHEETS_NODE));
		const expected = offers.flatMap((offer) =>
			offer.skus.map((sku, index) => {
				const pack = offer.sourcing.skuShipping[index];
				return {
					offerId: String(offer.offerId),
					title: offer.subjectTrans,
					skuId: String(sku.skuId),
					options: sku.attributes.map((a) => `${a.attributeNameTrans}: ${a.valueTrans}`).join('; '),
					priceCNY: sku.price,
					priceUSD: round2(sku.price * 0.1389),
					dropshipPriceCNY: round2(sku.price * offer.sourcing.onePieceFactor),
					stock: sku.amountOnSale,
					weightKg: pack.weightKg,
					lengthCm: pack.lengthCm,
					widthCm: pack.widthCm,
					heightCm: pack.heightCm,
					image: `https://cbu01.alicdn.com/${sku.attributes[0].skuImageUrl}`,
					supplier: offer.seller.companyName,
					url: `https://detail.1688.com/offer/${offer.offerId}.html`,
				};
			}),
		);
		assert.equal(
			rows.length,
			expected.length,
			`one row per SKU (${offers.map((o) => o.skus.length).join(' + ')})`,
		);
		rows.forEach((row, i) => {
			assert.deepEqual(Object.keys(row), COLUMNS, `row ${i} columns`);
			for (const column of [
				'priceCNY',
				'priceUSD',
				'dropshipPriceCNY',
				'stock',
				'weightKg',
				'lengthCm',
			])
				assert.equal(typeof row[column], 'number', `row ${i} ${column} is a number`);
			assert.match(row.skuId, /^\d{10,}$/, `row ${i} skuId is the full id as text`);
			assert.deepEqual(row, expected[i], `row ${i} matches the sandbox's SKU`);
		});
		assert.equal(
			new Set(rows.map((row) => row.skuId)).size,
			rows.length,
			'SKU ids are unique (the match column)',
		);
	},
};
