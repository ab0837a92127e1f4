'use strict';
/**
 * The 1688 side of a shop order as the purchase example (examples/woocommerce-order-to-1688-purchase.json) leaves
 * it, for the examples that start from there (tracking, returns): the shop order's lines mapped through the SKU map
 * (lib/skuMap.js), one cross-border order per supplier placed with createCrossOrder as the cross-border app with the
 * shop order number as External Order Reference, and the shop order's custom field 1688_order_ids naming them
 * (set in the stand-in's store: not a logged write).
 */
const assert = require('node:assert/strict');
const { call } = require('../../sandbox/tests/helpers');
const { skuMapRows } = require('./skuMap');

const CREATE_CROSS = 'com.alibaba.trade:alibaba.trade.createCrossOrder-1';
const META_KEY = '1688_order_ids';
/** The forwarder's address the order examples ship to. */
const FORWARDER = {
	fullName: '王磊',
	mobile: '13800138000',
	provinceText: '浙江省',
	cityText: '义乌市',
	areaText: '稠城街道',
	address: '国际商贸城B区 3号仓（集运仓）',
	postCode: '322000',
};

/**
 * Buys a shop order's lines on 1688 (one createCrossOrder per supplier) and records the 1688 order IDs on it.
 * @param {object} sandbox @param {object} shop the WooCommerce stand-in @param {number} shopOrderId
 * @returns {Promise<Array<{ orderId: string, offerId: string }>>} the 1688 orders, one per supplier, in line order
 */
async function buyShopOrder(sandbox, shop, shopOrderId) {
	const rows = new Map(skuMapRows(sandbox).map((row) => [row.shopSku, row]));
	const bySupplier = new Map();
	for (const line of shop.store.order(shopOrderId).line_items) {
		const row = rows.get(line.sku);
		assert.ok(row, `shop SKU ${line.sku} has no row in the SKU map`);
		const seller = sandbox.store.getOffer(row.offerId).seller.memberId;
		if (!bySupplier.has(seller)) bySupplier.set(seller, []);
		bySupplier
			.get(seller)
			.push({ offerId: row.offerId, specId: row.specId, quantity: line.quantity * row.multiplier });
	}
	const orders = [];
	for (const cargo of bySupplier.values()) {
		const { json } = await call(
			sandbox,
			CREATE_CROSS,
			{
				flow: 'general',
				addressParam: FORWARDER,
				cargoParamList: cargo,
				outOrderId: String(shopOrderId),
				message: `Shop order ${shopOrderId}`,
			},
			{ app: sandbox.apps.crossBorder },
		);
		assert.equal(
			json.success,
			true,
			`createCrossOrder for shop order ${shopOrderId}: ${JSON.stringify(json)}`,
		);
		orders.push({ orderId: String(json.result.orderId), offerId: String(cargo[0].offerId) });
	}
	const order = shop.store.order(shopOrderId);
	shop.store.updateMeta(order.meta_data, [
		{ key: META_KEY, value: orders.map((o) => o.orderId).join(',') },
	]);
	return orders;
}

/** Moves a 1688 order on (paid, shipped, received) as the seller and the buyer would; the sandbox pushes each step's message. */
function advanceOrder(sandbox, orderId, status) {
	sandbox.store.setOrderStatus(orderId, status);
	return sandbox.store.getOrder(orderId);
}

module.exports = { buyShopOrder, advanceOrder, FORWARDER, META_KEY };
