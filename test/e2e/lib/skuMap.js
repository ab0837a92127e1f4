'use strict';
/**
 * The Data Table "1688 SKU map" the shop examples read (and the listing example adds to): one row per shop SKU
 * with the 1688 offer and SKU (specId) bought for it and how many 1688 units one shop unit is (multiplier). The
 * rows tie the WooCommerce stand-in's seeded SKUs (lib/wooCommerce/seed.js) to the sandbox's seeded offers; the
 * stand-in's tote (TOTE-NATURAL) has no row on purpose.
 */
const { TEE_VARIATIONS, JACKET } = require('./wooCommerce/seed');

const SKU_MAP_TABLE = '1688 SKU map';
const SKU_MAP_COLUMNS = [
	{ name: 'shopSku', type: 'string' },
	{ name: 'offerId', type: 'string' },
	{ name: 'specId', type: 'string' },
	{ name: 'multiplier', type: 'number' },
];

/** The grey tee's L, XL and XXL on the sandbox's 12-SKU offer (its first three SKUs), the jacket 2-pack on the one-SKU offer. */
function skuMapRows(sandbox) {
	const { offerManySkus, offerOneSku } = sandbox.fixtures;
	const tee = sandbox.store.getOffer(offerManySkus.offerId);
	const jacket = sandbox.store.getOffer(offerOneSku.offerId);
	const rows = TEE_VARIATIONS.map((variation, index) => ({
		shopSku: variation.sku,
		offerId: String(tee.offerId),
		specId: tee.skus[index].specId,
		multiplier: 1,
	}));
	rows.push({
		shopSku: JACKET.sku,
		offerId: String(jacket.offerId),
		specId: jacket.skus[0].specId,
		multiplier: 2,
	});
	return rows;
}

module.exports = { SKU_MAP_TABLE, SKU_MAP_COLUMNS, skuMapRows };
