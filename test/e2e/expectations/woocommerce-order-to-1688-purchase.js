'use strict';
/**
 * examples/woocommerce-order-to-1688-purchase.json in `n8n start`, its 1688 nodes as the cross-border app, n8n's
 * WooCommerce Trigger, WooCommerce node and HTTP Request node against the WooCommerce stand-in. The Data Table
 * "1688 SKU map" is made through n8n's REST API before activation. On activation the trigger registers its
 * webhook (order.updated) at the shop; then the shop delivers, signed as WooCommerce signs:
 *   1. order #1042, paid (2 × TEE-GREY-L, 3 × TEE-GREY-XL, 1 × the jacket 2-pack): two 1688 orders (two suppliers),
 *      lines = mapping × multiplier, External Order Reference 1042, each linked to the shop order, one payment link;
 *      the shop order gets exactly the custom field 1688_order_ids with those IDs and one private note. WooCommerce
 *      sends order.updated for that write itself: that execution stops at the first check.
 *   2. the first delivery again (the order as it was, without the custom field): 1688 already has an order with
 *      that reference, so nothing is created or written.
 *   3. order #1043 with a SKU that has no row (the tote): the execution fails with the message naming the SKU;
 *      no call to 1688 at all, no write to the shop.
 *   4. order #1044, awaiting payment: nothing.
 * On deactivation the trigger deletes its webhook at the shop.
 */
const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const { nodeOutput } = require('../lib/recorded');
const { replaceDataTable } = require('../lib/dataTables');
const { SKU_MAP_TABLE, SKU_MAP_COLUMNS, skuMapRows } = require('../lib/skuMap');
const { TOTE } = require('../lib/wooCommerce/seed');

const PAID_ORDER = 1042;
const UNMAPPED_ORDER = 1043;
const UNPAID_ORDER = 1044;
const CREATE_CROSS = 'com.alibaba.trade:alibaba.trade.createCrossOrder-1';
const ORDER_LIST = 'com.alibaba.trade:alibaba.trade.getBuyerOrderList-1';
const META_KEY = '1688_order_ids';

/** Shop writes other than the trigger's own webhook registration. */
const dataWrites = (writes) => writes.filter((w) => !w.route.startsWith('/webhooks'));

module.exports = {
	swapped: [],
	app: 'crossBorder',

	/** The SKU map as a user makes it in n8n (Data tables). @param {{ sandbox: object, session: object }} ctx */
	async prepare({ sandbox, session }) {
		const rows = skuMapRows(sandbox);
		await replaceDataTable(session, { name: SKU_MAP_TABLE, columns: SKU_MAP_COLUMNS, rows });
		return { rows };
	},

	/** The four deliveries, each once the executions before it have finished (marks: what each step added). */
	async fire({ sandbox, shop, session, workflowId, known }) {
		const marks = [];
		const mark = (step) =>
			marks.push({ step, writes: shop.writes.length, gateway: sandbox.requests.length });
		const waitFor = async (count) => {
			await session.waitForExecutions(workflowId, known, { count, timeoutMs: 90000 });
			await shop.settle();
		};
		mark('activated');
		const [paid] = await shop.deliver('order.updated', PAID_ORDER);
		await waitFor(2); // the purchase, then the order.updated WooCommerce sent for the write-back
		mark('paid order');
		const again = await shop.redeliver(paid);
		await waitFor(3);
		mark('repeated delivery');
		const [unmapped] = await shop.deliver('order.updated', UNMAPPED_ORDER);
		await waitFor(4);
		mark('unmapped SKU');
		const [unpaid] = await shop.deliver('order.updated', UNPAID_ORDER);
		await waitFor(5);
		mark('unpaid order');
		for (const delivery of [paid, again, unmapped, unpaid])
			assert.equal(
				delivery.status,
				200,
				`delivery ${delivery.deliveryId} answered ${delivery.status}: ${delivery.response}`,
			);
		return {
			executions: 5,
			statuses: ['success', 'success', 'success', 'error', 'success'],
			marks,
		};
	},

	/** @param {import('../examples').ExampleContext & { runs: object[], fired: object, prepared: object }} ctx */
	check(ctx) {
		const { sandbox, shop, runs, fired } = ctx;
		const at = (step) => fired.marks.find((m) => m.step === step);
		/** The shop writes and gateway calls a step made (between two marks). */
		const between = (from, to) => shop.writes.slice(at(from).writes, at(to).writes);
		const callsBetween = (from, to) => ctx.requests.slice(at(from).gateway, at(to).gateway);
		const [purchase, echo, repeat, refused, unpaid] = runs;
		assert.ok(
			runs.every((run) => run.mode === 'webhook'),
			'every execution was started by a delivery to the production URL',
		);

		// The webhook the trigger registered (secret as n8n derives it from the key and secret), deleted on deactivation.
		const registered = shop.writes.filter((w) => w.route.startsWith('/webhooks'));
		assert.deepEqual(
			registered.map((w) => [w.method, w.route.replace(/\d+$/, ':id')]),
			[
				['POST', '/webhooks'],
				['DELETE', '/webhooks/:id'],
			],
		);
		const secret = crypto
			.createHash('md5')
			.update(`${shop.credentials.consumerKey},${shop.credentials.consumerSecret}`)
			.digest('hex');
		assert.deepEqual(registered[0].body, {
			delivery_url: shop.deliveries[0].url,
			topic: 'order.updated',
			secret,
		});
		assert.deepEqual(registered[1].query, { force: 'true' });
		assert.deepEqual(shop.webhooks(), [], 'no webhook left at the shop');

		// 1. The purchase: one 1688 order per supplier, the lines as mapped × multiplier.
		const { offerManySkus, offerOneSku } = sandbox.fixtures;
		const tee = sandbox.store.getOffer(offerManySkus.offerId);
		const jacket = sandbox.store.getOffer(offerOneSku.offerId);
		const created = [...sandbox.store.orders.values()].filter(
			(order) => order.outOrderId === String(PAID_ORDER),
		);
		assert.equal(
			created.length,
			2,
			'two 1688 orders (two suppliers) with External Order Reference 1042',
		);
		const lines = (order) => order.items.map((item) => [String(item.specId), item.quantity]).sort();
		const teeOrder = created.find((order) =>
			order.items.some((item) => item.offerId === tee.offerId),
		);
		const jacketOrder = created.find((order) =>
			order.items.some((item) => item.offerId === jacket.offerId),
		);
		assert.ok(
			teeOrder && jacketOrder && teeOrder !== jacketOrder,
			'one order for the tee supplier, one for the jacket supplier',
		);
		assert.deepEqual(
			lines(teeOrder),
			[
				[tee.skus[0].specId, 2],
				[tee.skus[1].specId, 3],
			].sort(),
			'tee L × 2 and XL × 3, multiplier 1',
		);
		assert.deepEqual(
			lines(jacketOrder),
			[[jacket.skus[0].specId, 2]],
			'one jacket 2-pack = 2 units on 1688 (multiplier 2)',
		);
		for (const order of created) {
			assert.match(order.id, /^\d{19}$/);
			assert.equal(order.crossBorder?.isvBizType, 'cross', 'placed through createCrossOrder');
			const relation = sandbox.store.orderRelations.find(
				(r) => r.purchaseParentOrderId === order.id,
			);
			assert.deepEqual(
				[relation?.orderId, relation?.parentOrderId],
				[String(PAID_ORDER), String(PAID_ORDER)],
				`1688 order ${order.id} is linked to shop order 1042`,
			);
		}
		const createdItems = nodeOutput(purchase, 'Create 1688 order');
		const ids = createdItems.map((item) => item.orderId);
		assert.deepEqual(
			[...ids].sort(),
			created.map((order) => order.id).sort(),
			'Create answered the two exact 19-digit IDs',
		);
		const creates = ctx.requests.filter((r) => r.api === CREATE_CROSS);
		assert.deepEqual(
			creates.map((r) => r.params.outOrderId),
			[String(PAID_ORDER), String(PAID_ORDER)],
			'createCrossOrder was called once per supplier, nothing else placed orders',
		);
		assert.ok(
			!ctx.requests.some((r) => /fastCreateOrder/.test(r.api)),
			'the domestic create API was never called',
		);
		const [link] = nodeOutput(purchase, 'Get payment link');
		assert.deepEqual(link.orderIds, ids, 'one payment link for both orders');

		// ... and exactly these writes to the shop: the custom field with the IDs, then one private note.
		const purchaseWrites = between('activated', 'paid order').filter(
			(w) => !w.route.startsWith('/webhooks'),
		);
		assert.deepEqual(
			purchaseWrites.map((w) => [w.method, w.route, w.status]),
			[
				['PUT', `/orders/${PAID_ORDER}`, 200],
				['POST', `/orders/${PAID_ORDER}/notes`, 201],
			],
		);
		assert.deepEqual(purchaseWrites[0].body, {
			meta_data: [{ key: META_KEY, value: ids.join(',') }],
		});
		const note = purchaseWrites[1].body;
		assert.equal(note.customer_note, false, 'a private note: the customer is not e-mailed');
		for (const order of created)
			assert.ok(
				note.note.includes(`1688 order ${order.id}: `),
				`the note names 1688 order ${order.id}: ${note.note}`,
			);
		assert.ok(
			note.note.endsWith(`Pay on 1688: ${link.payUrl}`),
			`the note ends with the payment link: ${note.note}`,
		);
		const shopOrder = shop.order(PAID_ORDER);
		assert.deepEqual(
			shopOrder.meta_data.map((m) => [m.key, m.value]),
			[[META_KEY, ids.join(',')]],
		);
		assert.deepEqual(shop.customerEmails(), [], 'no customer was e-mailed');

		// WooCommerce's own order.updated for that write: the first check stops it.
		assert.equal(
			shop.deliveries.length,
			5,
			'four deliveries by the test, one by WooCommerce after the write-back',
		);
		const echoes = shop.deliveries
			.map((d) => JSON.parse(d.body))
			.filter((order) => order.meta_data.length > 0);
		assert.deepEqual(
			echoes.map((order) => [order.id, order.meta_data.map((m) => [m.key, m.value])]),
			[[PAID_ORDER, [[META_KEY, ids.join(',')]]]],
		);
		assert.deepEqual(
			nodeOutput(echo, 'Paid, not yet bought?', { outputIndex: 1 }).map((o) => o.id),
			[PAID_ORDER],
			'the echo is stopped: already bought',
		);
		assert.throws(() => nodeOutput(echo, 'Read SKU map'), /did not run/);

		// 2. The repeated delivery: 1688 is asked, has the order, nothing is created or written.
		assert.deepEqual(
			between('paid order', 'repeated delivery'),
			[],
			'no write to the shop on the repeated delivery',
		);
		const [found] = nodeOutput(repeat, 'Already bought on 1688?');
		assert.ok(
			ids.includes(found.orderId),
			`the repeated delivery found 1688 order ${found.orderId}`,
		);
		assert.equal(nodeOutput(repeat, 'Not on 1688 yet?', { outputIndex: 1 }).length, 1);
		assert.throws(() => nodeOutput(repeat, 'Create 1688 order'), /did not run/);
		assert.deepEqual(
			callsBetween('paid order', 'repeated delivery').map((r) => [r.api, r.params.outOrderId]),
			[[ORDER_LIST, String(PAID_ORDER)]],
			'the repeat only looked the reference up',
		);
		assert.deepEqual(
			callsBetween('activated', 'paid order')
				.filter((r) => r.api === ORDER_LIST)
				.map((r) => r.params.outOrderId),
			[String(PAID_ORDER)],
			'the purchase looked the reference up first',
		);

		// 3. The unmapped SKU: the execution fails naming it, nothing reaches 1688 or the shop.
		assert.deepEqual(
			between('repeated delivery', 'unmapped SKU'),
			[],
			'no write to the shop for the order with an unmapped SKU',
		);
		const error = refused.data.resultData.error;
		assert.equal(error?.node?.name ?? error?.node, 'Stop: SKUs without 1688 source');
		assert.equal(
			error.message,
			`Shop order #${UNMAPPED_ORDER} was NOT bought on 1688: the Data Table "1688 SKU map" has no row for SKU ${TOTE.sku}. Add the row(s) (shopSku, offerId, specId, multiplier), then set the order to On hold and back to Processing to buy it.`,
		);
		assert.deepEqual(
			nodeOutput(refused, 'Map SKUs to 1688')[0].unmapped,
			[TOTE.sku],
			'only the tote is unmapped',
		);
		assert.deepEqual(
			callsBetween('repeated delivery', 'unmapped SKU'),
			[],
			'no call to 1688 at all for the refused order',
		);
		assert.throws(() => nodeOutput(refused, 'Already bought on 1688?'), /did not run/);

		// 4. The unpaid order: stopped at the first check.
		assert.deepEqual(between('unmapped SKU', 'unpaid order'), [], 'no write for the unpaid order');
		assert.deepEqual(
			callsBetween('unmapped SKU', 'unpaid order'),
			[],
			'no call to 1688 for the unpaid order',
		);
		assert.deepEqual(
			nodeOutput(unpaid, 'Paid, not yet bought?', { outputIndex: 1 }).map((o) => [o.id, o.status]),
			[[UNPAID_ORDER, 'pending']],
		);

		assert.equal(dataWrites(shop.writes).length, 2, 'two writes to the shop in all');
		assert.equal(
			shop.order(UNMAPPED_ORDER).meta_data.length + shop.order(UNPAID_ORDER).meta_data.length,
			0,
		);
	},
};
