'use strict';
/**
 * examples/shop-order-to-1688-purchase.json, run with the credential of the sandbox's cross-border app (granted
 * only the cross-border solution's APIs, as an overseas reseller's app): a sample Shopify order (#1042:
 * 2 × TEE-GREY-L, 3 × TEE-GREY-XL) → SKU mapping → Order → Preview → Order → Create with Order API Automatic
 * (→ createCrossOrder, outOrderId SHOP-1042) → Order → Link Shop Order → Order → Get Payment Link → Slack
 * "tell purchasing". The created order and the link are looked up in the sandbox's store; the message must carry
 * the exact 19-digit order ID and the payment link.
 */
const assert = require('node:assert/strict');

const SLACK_NODE = 'Tell purchasing';
const OUT_ORDER_ID = 'SHOP-1042';
const CREATE_CROSS = 'com.alibaba.trade:alibaba.trade.createCrossOrder-1';

module.exports = {
	swapped: [SLACK_NODE],
	app: 'crossBorder',

	/** @param {import('../examples').ExampleContext} ctx */
	check(ctx) {
		const { sandbox } = ctx;
		const tee = sandbox.store.getOffer(sandbox.fixtures.offerManySkus.offerId);
		const skuOf = (specId) => tee.skus.find((sku) => sku.specId === specId);
		const expectedCart = [
			{ offerId: String(tee.offerId), specId: '8930fc0efc5e92e11820042c6c1b6817', quantity: 2 },
			{ offerId: String(tee.offerId), specId: '13de759976259f95d7b501d8fd7918a5', quantity: 3 },
		];
		for (const line of expectedCart)
			assert.ok(
				skuOf(line.specId),
				`the mapping's spec ${line.specId} is a SKU of offer ${tee.offerId}`,
			);

		const [mapped] = ctx.output('Map SKUs to 1688');
		assert.equal(mapped.shopOrder, OUT_ORDER_ID);
		assert.deepEqual(
			mapped.cart,
			expectedCart,
			'shop SKUs mapped to 1688 offer/spec with the shop quantities',
		);

		const created = [...sandbox.store.orders.values()].filter(
			(order) => order.outOrderId === OUT_ORDER_ID,
		);
		assert.equal(
			created.length,
			1,
			`exactly one 1688 order with outOrderId ${OUT_ORDER_ID} in the sandbox`,
		);
		const order = created[0];
		assert.match(order.id, /^\d{19}$/);
		assert.equal(order.status, 'waitbuyerpay');
		assert.equal(order.crossBorder?.isvBizType, 'cross', 'placed through createCrossOrder');
		assert.deepEqual(
			order.items.map((item) => [String(item.specId), item.quantity]).sort(),
			expectedCart.map((line) => [line.specId, line.quantity]).sort(),
			'the order lines are the mapped cart',
		);

		const previews = ctx.output('Preview 1688 order');
		assert.equal(previews.length, 1, 'one seller, one 1688 order');
		assert.deepEqual(
			previews[0].items.map((item) => [item.specId, item.amount]).sort(),
			order.items.map((item) => [String(item.specId), item.itemAmount]).sort(),
			'the preview priced each line as the order was then created',
		);

		const createdItems = ctx.output('Create 1688 order');
		assert.equal(createdItems.length, 1, 'one supplier, one item');
		const [createdItem] = createdItems;
		assert.equal(createdItem.orderId, order.id, 'Create returns the exact 19-digit order ID');
		assert.equal(createdItem.outOrderId, OUT_ORDER_ID);
		assert.equal(
			createdItem.orderApi,
			'alibaba.trade.createCrossOrder',
			'Automatic chose the cross-border create API',
		);

		const [linked] = ctx.output('Link shop order');
		assert.deepEqual(linked, {
			orderId: order.id,
			subOrderId: order.id,
			shopOrderId: OUT_ORDER_ID,
			shopSubOrderId: OUT_ORDER_ID,
			linked: true,
		});
		const relation = sandbox.store.orderRelations.find((r) => r.purchaseParentOrderId === order.id);
		assert.deepEqual(relation, {
			orderId: OUT_ORDER_ID,
			parentOrderId: OUT_ORDER_ID,
			purchaseOrderId: order.id,
			purchaseParentOrderId: order.id,
			appKey: sandbox.apps.crossBorder.appKey,
		});

		const [link] = ctx.output('Get payment link');
		assert.equal(link.payUrl, `https://trade.1688.com/order/cashier.htm?orderId=${order.id}`);
		assert.deepEqual(link.orderIds, [order.id]);
		assert.deepEqual(link.failedOrderIds, []);

		const slack = ctx.swapped[SLACK_NODE];
		assert.equal(slack.type, 'n8n-nodes-base.slack');
		assert.equal(slack.parameters.text, '={{ $json.text }}', 'Slack posts the composed text');
		const messages = ctx.output(SLACK_NODE);
		assert.equal(messages.length, 1, 'one message to purchasing');
		assert.equal(messages[0].orderId, order.id);
		assert.equal(messages[0].payUrl, link.payUrl);
		const idsInText = messages[0].text.match(/\d{19}/g);
		assert.deepEqual(
			[...new Set(idsInText)],
			[order.id],
			'the message names the exact 1688 order ID',
		);
		assert.ok(messages[0].text.includes(OUT_ORDER_ID), 'the message names the shop order');
		assert.ok(messages[0].text.includes(link.payUrl), 'the message carries the payment link');

		const creates = ctx.requests.filter(
			(r) =>
				r.api === CREATE_CROSS || r.api === 'com.alibaba.trade:alibaba.trade.fastCreateOrder-1',
		);
		assert.deepEqual(
			creates.map((r) => r.api),
			[CREATE_CROSS],
			'the order was sent once, to createCrossOrder',
		);
		assert.equal(creates[0].params.outOrderId, OUT_ORDER_ID);
		const apps = [...new Set(ctx.requests.map((r) => r.appKey))];
		assert.deepEqual(
			apps,
			[sandbox.apps.crossBorder.appKey],
			'every call was made as the cross-border app',
		);
		assert.deepEqual(
			ctx.requests.filter((r) => r.errorCode).map((r) => `${r.api} ${r.errorCode}`),
			[],
			'no call was refused (nothing outside the cross-border catalogue)',
		);
	},
};
