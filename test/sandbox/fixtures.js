'use strict';
/**
 * Seeded values tests can rely on (computed from the default seed, identical on every start).
 */
const { REFERENCE_TIME, ORDER_STATUSES } = require('./data/seed');
const { seededData } = require('./data/store');
const { SPLIT_WAREHOUSE_SELLER } = require('./data/catalog');
const { buildBuyerAccount } = require('./data/buyerAccount');
const { seedRefunds } = require('./data/afterSales');

/** Two buyable offers of the two-warehouse supplier, one per warehouse: createCrossOrder answers two orders for them. */
function twoWarehouseOffers(list) {
	const buyable = list.filter(
		(o) =>
			o.seller.memberId === SPLIT_WAREHOUSE_SELLER &&
			o.status === 'published' &&
			o.skus.some((s) => s.amountOnSale >= 100),
	);
	const first = buyable[0];
	const second = buyable.find((o) => o.secondCategoryId !== first.secondCategoryId);
	return [first, second].map((o) => ({
		offerId: o.offerId,
		specId: o.skus.find((s) => s.amountOnSale >= 100).specId,
		minOrderQuantity: o.minOrderQuantity,
	}));
}

function computeFixtures() {
	// The store's seeded data (built once per process, the first sandbox started copies it): not a second build.
	const { offers, orders, categories, member, seed } = seededData();
	const list = [...offers.values()];
	const byStatus = {};
	for (const s of ORDER_STATUSES)
		byStatus[s] = [...orders.values()].filter((o) => o.status === s).map((o) => o.id);
	const account = buildBuyerAccount(orders);
	const brief = (o) => ({
		offerId: o.offerId,
		skuCount: o.skus.length,
		status: o.status,
		subject: o.subject,
		firstSkuId: o.skus[0].skuId,
		firstSpecId: o.skus[0].specId,
	});
	return Object.freeze({
		referenceTime: REFERENCE_TIME,
		member: { loginId: member.loginId, memberId: member.memberId, userId: member.userId },
		offerCount: offers.size,
		orderCount: orders.size,
		categoryCount: categories.size,
		/** 12 SKUs (4 colours × 3 sizes) */
		offerManySkus: brief(list[0]),
		/** a single SKU */
		offerOneSku: brief(list[1]),
		/** every SKU has amountOnSale 0 */
		offerOutOfStock: brief(list[2]),
		offerExpired: brief(list[3]),
		offerDeleted: brief(list[4]),
		/** order ids (19-digit strings, beyond 2^53) by status */
		ordersByStatus: byStatus,
		orderIdByStatus: Object.fromEntries(ORDER_STATUSES.map((s) => [s, byStatus[s][0]])),
		ownOfferIds: list.filter((o) => o.seller.memberId === member.memberId).map((o) => o.offerId),
		rootCategoryIds: [...categories.values()].filter((c) => c.level === 1).map((c) => c.categoryID),
		/** a buyable SKU of each of two offers that createCrossOrder places as two orders (two warehouses) */
		twoWarehouseOffers: twoWarehouseOffers(list),
		/** the buyer's saved delivery addresses: ids, the default one first */
		savedAddressIds: account.savedAddresses.map((a) => a.id),
		defaultSavedAddressId: account.savedAddresses.find((a) => a.isDefault).id,
		/**
		 * The seeded refunds (data/afterSales.js): refunded (returned and refunded, after-sale), awaitingReturn (the seller
		 * agreed to a return), closed (withdrawn by the buyer, in-sale), open (waiting for the seller, in-sale).
		 */
		refunds: Object.fromEntries(
			Object.entries(seedRefunds(orders, seed)).map(([name, r]) => [
				name,
				{ refundId: r.refundId, orderId: r.orderId, subOrderId: r.entryIds[0], status: r.status },
			]),
		),
		unknownOfferId: 600000000001,
		unknownOrderId: '1000000000000000001',
	});
}

const SANDBOX_FIXTURES = computeFixtures();

module.exports = { SANDBOX_FIXTURES };
