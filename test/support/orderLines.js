'use strict';
/** Cart lines and a delivery address the seeded sandbox accepts, for the engine tests that place orders. */

const ADDRESS = {
	fullName: '赵六',
	mobile: '+86 135-1111-2222',
	provinceText: '浙江省',
	cityText: '杭州市',
	areaText: '滨江区',
	address: '网商路699号',
	postCode: '310052',
};

/** Two SKUs in stock of one published offer of another seller, with the quantity its minimum order allows. */
function buyableLines(sandbox) {
	for (const offer of sandbox.store.offers.values()) {
		if (offer.status !== 'published' || offer.seller.memberId === sandbox.fixtures.member.memberId)
			continue;
		const skus = offer.skus.filter((sku) => sku.amountOnSale >= 100);
		if (skus.length >= 2) {
			return skus.slice(0, 2).map((sku) => ({ offer, sku, quantity: offer.minOrderQuantity + 1 }));
		}
	}
	throw new Error('no buyable offer in the sandbox');
}

const jsonCart = (lines) =>
	lines.map(({ offer, sku, quantity }) => ({
		offerId: String(offer.offerId),
		specId: sku.specId,
		quantity,
	}));
/** The same lines as the Cart field's rows. */
const uiCart = (lines) => ({ line: jsonCart(lines) });

/** The orders of the sandbox store that are not in `before` (a Set of order IDs taken earlier). */
const newOrders = (sandbox, before) =>
	[...sandbox.store.orders.values()].filter((order) => !before.has(order.id));

module.exports = { ADDRESS, buyableLines, uiCart, jsonCart, newOrders };
