'use strict';
const assert = require('node:assert/strict');

/**
 * The stock change both stock-alert examples must report (expectations/1688-stock-alert*.js), made in the seeded
 * offer with many SKUs: its first SKU drops by 85 and stays above the alert threshold 10, its second falls to 3.
 * @param {{ firstAtLeast: number }} options the first SKU's stock the expectation needs before the change
 * @returns {{ offer: object, falls: { skuId: string, before: number, after: number } }} the offer and the SKU that fell
 */
function lowerStock(sandbox, { firstAtLeast }) {
	const offer = sandbox.store.getOffer(sandbox.fixtures.offerManySkus.offerId);
	const [stillHigh, fallsLow] = [offer.skus[0], offer.skus[1]];
	assert.ok(
		stillHigh.amountOnSale >= firstAtLeast && fallsLow.amountOnSale >= 10,
		'both SKUs start above the threshold',
	);
	const falls = { skuId: String(fallsLow.skuId), before: fallsLow.amountOnSale, after: 3 };
	sandbox.store.setStock({
		offerId: offer.offerId,
		skuId: stillHigh.skuId,
		amountOnSale: stillHigh.amountOnSale - 85,
	});
	sandbox.store.setStock({ offerId: offer.offerId, skuId: fallsLow.skuId, amountOnSale: 3 });
	return { offer, falls };
}

module.exports = { lowerStock };
