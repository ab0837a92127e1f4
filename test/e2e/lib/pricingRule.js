'use strict';
/**
 * The e2e's own reading of the pricing rule the shop examples ship with (their "Pricing rule" Code node), to
 * compute the shop prices and stock an example must write from the sandbox's data: the cost of one shop unit is
 * the 1688 one-piece (dropship) price, else the SKU price, times the SKU map's multiplier, in the shop's currency
 * at RULE.cnyRate; the price is cost × multiplier + addOn, rounded up to the next price ending in RULE.ending,
 * never below RULE.floor; the stock is the whole shop units 1688 has, 0 below RULE.minStock.
 * Written apart from the examples' code on purpose; RULE must equal the constants in their Code nodes.
 */

const RULE = Object.freeze({
	cnyRate: 0.13,
	multiplier: 2.2,
	addOn: 3.5,
	ending: 0.99,
	floor: 9.99,
	minStock: 5,
});

/** The shop price (text with two decimals, as WooCommerce takes it) of one shop unit costing `costCny` per 1688 unit. */
function shopPrice(costCny, packOf = 1) {
	const cents = Math.round((costCny * packOf * RULE.cnyRate * RULE.multiplier + RULE.addOn) * 100);
	const ending = Math.round(RULE.ending * 100);
	const rounded = Math.ceil((cents - ending) / 100) * 100 + ending;
	return (Math.max(rounded, Math.round(RULE.floor * 100)) / 100).toFixed(2);
}

/** The shop stock for `stock1688` units on 1688. */
function shopStock(stock1688, packOf = 1) {
	const units = Math.floor(stock1688 / packOf);
	return units < RULE.minStock ? 0 : units;
}

/** What 1688 charges per unit of a sandbox SKU bought one piece at a time (the sandbox's own one-piece price). */
function unitCost(offer, sku) {
	return offer.sourcing.isOnePsale
		? Math.round(sku.price * offer.sourcing.onePieceFactor * 100) / 100
		: sku.price;
}

module.exports = { shopPrice, shopStock, unitCost };
