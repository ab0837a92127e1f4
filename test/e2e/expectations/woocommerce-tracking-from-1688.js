'use strict';
/**
 * examples/woocommerce-tracking-from-1688.json in `n8n start`, its 1688 nodes as the cross-border app, its WooCommerce
 * nodes and HTTP Request against the WooCommerce stand-in. Before activation, shop order #1042 is bought on 1688 as
 * the purchase example buys it (lib/shopPurchases.js: a tee order A and a jacket order B, External Order Reference
 * 1042, the custom field 1688_order_ids), B is shipped (its message finds no push address yet), and two shipped 1688
 * orders belong to no shop order (one without reference, one with reference 1999, not a shop order). Then 1688 pushes,
 * signed for the cross-border app:
 *   1. A ships (the sandbox's own Order Shipped message): A's domestic waybill in 1688_tracking; not completed;
 *   2. A's parcel leaves China: its international waybill replaces the domestic one; not completed;
 *   3. B's parcel leaves China: both waybills, status completed and one customer note (WooCommerce e-mails it);
 *   4. B's parcel message again under a new msgId: an execution, no write;
 *   5. that message once more with the same msgId: no execution;
 *   6. A's Order Shipped message again (late, new msgId): the domestic waybill does not replace the international one;
 *   7. a parcel of the two orders of no shop order: no write, no error.
 * Every shop write is checked with its exact body, and the counts between steps prove the repeats wrote nothing.
 */
const assert = require('node:assert/strict');
const { call } = require('../../sandbox/tests/helpers');
const { nodeOutput } = require('../lib/recorded');
const { buyShopOrder, advanceOrder, FORWARDER } = require('../lib/shopPurchases');
const { internationalParcel } = require('../../sandbox/data/parcels');

const TRIGGER = '1688 shipping messages';
const PARCEL = 'LOGISTICS_GLOBAL_1688_PACKAGE_CHANGE';
const SHIPPED = 'ORDER_BUYER_VIEW_ANNOUNCE_SENDGOODS';
const SHOP_ORDER = 1042;
const STRAY_REFERENCE = '1999';
const ORDER_GET = 'com.alibaba.trade:alibaba.trade.get.buyerView-1';
const LOGISTICS_GET = 'com.alibaba.logistics:alibaba.trade.getLogisticsInfos.buyerView-1';
const CREATE_CROSS = 'com.alibaba.trade:alibaba.trade.createCrossOrder-1';

/** The tracking the workflow keeps for a 1688 order: its domestic waybill, or its parcel's international one. */
function domesticOf(sandbox, orderId) {
	const [waybill] = sandbox.store.getOrder(orderId).logistics;
	return {
		carrier: waybill.company.name,
		trackingNumber: waybill.logisticsBillNo,
		international: false,
	};
}
function internationalOf(sandbox, orderId) {
	const parcel = internationalParcel(sandbox.store.getOrder(orderId));
	return { carrier: parcel.carrierPartnerCode, trackingNumber: parcel.mailNo, international: true };
}

module.exports = {
	swapped: [],
	app: 'crossBorder',

	/** @param {{ sandbox: object, shop: object }} ctx */
	async prepare({ sandbox, shop }) {
		const [a, b] = (await buyShopOrder(sandbox, shop, SHOP_ORDER)).map((order) => order.orderId);
		advanceOrder(sandbox, a, 'waitsellersend');
		advanceOrder(sandbox, b, 'waitbuyerreceive');
		// Two shipped 1688 orders of no shop order: one placed without reference, one for another sales channel's order 1999.
		const [unreferenced] = sandbox.fixtures.ordersByStatus.waitbuyerreceive;
		assert.equal(sandbox.store.getOrder(unreferenced).outOrderId, '');
		const tee = sandbox.store.getOffer(sandbox.fixtures.offerManySkus.offerId);
		const { json } = await call(
			sandbox,
			CREATE_CROSS,
			{
				flow: 'general',
				addressParam: FORWARDER,
				cargoParamList: [{ offerId: tee.offerId, specId: tee.skus[2].specId, quantity: 1 }],
				outOrderId: STRAY_REFERENCE,
			},
			{ app: sandbox.apps.crossBorder },
		);
		const stray = String(json.result.orderId);
		advanceOrder(sandbox, stray, 'waitbuyerreceive');
		assert.equal(shop.order(SHOP_ORDER).status, 'processing');
		return { a, b, unreferenced, stray };
	},

	async fire({ sandbox, shop, session, webhookUrl, workflowId, known, prepared }) {
		const appKey = sandbox.apps.crossBorder.appKey;
		const push = (o) => sandbox.deliverPush({ url: webhookUrl, appKey, ...o });
		sandbox.setPushUrl(webhookUrl, { appKey });
		const { a, b, unreferenced, stray } = prepared;
		const marks = [
			{ step: 'activated', writes: shop.writes.length, gateway: sandbox.requests.length },
		];
		const answers = [];
		let executions = 0;
		const step = async (name, change, { starts = true } = {}) => {
			const answer = await change();
			if (answer) answers.push([name, answer]);
			await sandbox.settlePushes();
			if (starts) executions += 1;
			await session.waitForExecutions(workflowId, known, { count: executions, timeoutMs: 60000 });
			await shop.settle();
			marks.push({ step: name, writes: shop.writes.length, gateway: sandbox.requests.length });
		};
		const parcel = (orderIds) => ({
			type: PARCEL,
			data: sandbox.parcelMessageData({ orderIds, stage: 'external' }),
		});

		await step('A shipped', () => advanceOrder(sandbox, a, 'waitbuyerreceive') && undefined);
		const shippedMessage = sandbox.store.pushMessages
			.filter((m) => m.type === SHIPPED && String(m.bizKey) === a)
			.at(-1);
		assert.equal(
			shippedMessage?.delivery,
			'delivered',
			'the sandbox pushed its Order Shipped message for A',
		);
		await step('A left China', () => push(parcel([a])));
		let bMessage;
		await step('B left China', async () => {
			bMessage = parcel([b]);
			return push(bMessage);
		});
		let repeat;
		await step('B again, new msgId', async () => {
			repeat = await push(bMessage);
			return repeat;
		});
		await step('B again, same msgId', () => push({ ...bMessage, msgId: repeat.msgId }), {
			starts: false,
		});
		await step('A shipped again', () => push({ type: SHIPPED, data: shippedMessage.data }));
		await step('no shop order', () => push(parcel([unreferenced, stray])));
		for (const [name, answer] of answers)
			assert.deepEqual(
				[name, answer.status, answer.body],
				[name, 200, 'success'],
				`the "${name}" push is acknowledged as 1688 expects`,
			);
		return { executions, marks, repeatedMsgId: String(repeat.msgId) };
	},

	/** @param {import('../examples').ExampleContext & { runs: object[], fired: object, prepared: object }} ctx */
	check(ctx) {
		const { sandbox, shop, runs, fired, prepared } = ctx;
		const { a, b, unreferenced, stray } = prepared;
		const writesOf = (name) => {
			const index = fired.marks.findIndex((m) => m.step === name);
			return shop.writes
				.slice(fired.marks[index - 1].writes, fired.marks[index].writes)
				.map((w) => ({ method: w.method, route: w.route, body: w.body, status: w.status }));
		};
		const callsOf = (name) => {
			const index = fired.marks.findIndex((m) => m.step === name);
			return ctx.requests
				.slice(fired.marks[index - 1].gateway, fired.marks[index].gateway)
				.map((r) => [r.api, r.params.orderId, r.appKey]);
		};
		const cross = sandbox.apps.crossBorder.appKey;
		const meta = (tracking) => ({
			meta_data: [{ key: '1688_tracking', value: JSON.stringify(tracking) }],
		});
		const [shipped, left, completed, repeated, late, stranger] = runs;
		assert.equal(runs.length, 6, 'six executions: the same msgId again started none');
		assert.ok(
			runs.every((run) => run.mode === 'webhook'),
			'every execution was started by a push to the production URL',
		);
		assert.deepEqual(
			runs.map((run) => nodeOutput(run, TRIGGER)[0].type),
			[SHIPPED, PARCEL, PARCEL, PARCEL, SHIPPED, PARCEL],
		);
		assert.equal(
			nodeOutput(repeated, TRIGGER)[0].msgId,
			fired.repeatedMsgId,
			'the fourth execution is the repeat under a new msgId; its second delivery started none',
		);

		// 1. A shipped: its domestic waybill, read from 1688; not completed (B has no tracking yet), nobody e-mailed.
		const domesticA = domesticOf(sandbox, a);
		assert.deepEqual(writesOf('A shipped'), [
			{
				method: 'PUT',
				route: `/orders/${SHOP_ORDER}`,
				body: meta({ [a]: domesticA }),
				status: 200,
			},
		]);
		assert.deepEqual(callsOf('A shipped'), [
			[LOGISTICS_GET, a, cross],
			[ORDER_GET, a, cross],
		]);

		// 2. A's parcel left China: the international waybill replaces the domestic one; no 1688 call for the waybill.
		const internationalA = internationalOf(sandbox, a);
		assert.notEqual(internationalA.trackingNumber, domesticA.trackingNumber);
		assert.deepEqual(writesOf('A left China'), [
			{
				method: 'PUT',
				route: `/orders/${SHOP_ORDER}`,
				body: meta({ [a]: internationalA }),
				status: 200,
			},
		]);
		assert.deepEqual(callsOf('A left China'), [[ORDER_GET, a, cross]]);
		assert.throws(() => nodeOutput(left, 'Get domestic waybill'), /did not run/);

		// 3. B's parcel left China: both 1688 orders shipped → completed, and the customer gets both tracking numbers.
		const internationalB = internationalOf(sandbox, b);
		const note = `Your order #${SHOP_ORDER} has shipped. Track it here:\n${internationalA.carrier}: ${internationalA.trackingNumber}\n${internationalB.carrier}: ${internationalB.trackingNumber}`;
		assert.deepEqual(writesOf('B left China'), [
			{
				method: 'PUT',
				route: `/orders/${SHOP_ORDER}`,
				body: { status: 'completed', ...meta({ [a]: internationalA, [b]: internationalB }) },
				status: 200,
			},
			{
				method: 'POST',
				route: `/orders/${SHOP_ORDER}/notes`,
				body: { note, customer_note: true },
				status: 201,
			},
		]);
		assert.deepEqual(
			shop.customerEmails().map((mail) => [mail.orderId, mail.to, mail.note]),
			[[SHOP_ORDER, 'anna.keller@example.com', note]],
			'one e-mail to the customer, with both tracking numbers',
		);
		assert.deepEqual(
			nodeOutput(shipped, 'Tell the customer?', { outputIndex: 1 }).length,
			1,
			'the first write told nobody',
		);
		assert.equal(
			nodeOutput(left, 'Tell the customer?', { outputIndex: 1 }).length,
			1,
			'nor the second',
		);
		assert.equal(nodeOutput(completed, 'Tell the customer?').length, 1);

		// 4.–6. The same parcel state under a new msgId, and A's late Order Shipped message: read, compared, nothing written.
		assert.deepEqual(
			writesOf('B again, new msgId'),
			[],
			'a repeated parcel message writes nothing',
		);
		assert.deepEqual(nodeOutput(repeated, 'Tracking to write'), []);
		assert.deepEqual(writesOf('B again, same msgId'), []);
		assert.deepEqual(
			callsOf('B again, same msgId'),
			[],
			'the same msgId again: no execution, no call',
		);
		assert.deepEqual(
			writesOf('A shipped again'),
			[],
			'a domestic waybill never replaces the international one',
		);
		assert.deepEqual(nodeOutput(late, 'Tracking per 1688 order'), [{ orderId: a, ...domesticA }]);
		assert.deepEqual(nodeOutput(late, 'Tracking to write'), []);

		// 7. 1688 orders of no shop order: the one without reference stops at the check, 1999 is searched and not found.
		assert.deepEqual(writesOf('no shop order'), [], 'no write for 1688 orders of no shop order');
		assert.deepEqual(callsOf('no shop order'), [
			[ORDER_GET, unreferenced, cross],
			[ORDER_GET, stray, cross],
		]);
		assert.deepEqual(
			nodeOutput(stranger, 'Placed for a shop order?').map((o) => o.orderId),
			[stray],
		);
		assert.deepEqual(
			nodeOutput(stranger, 'Placed for a shop order?', { outputIndex: 1 }).map((o) => o.orderId),
			[unreferenced],
		);
		assert.ok(
			shop.requests.some(
				(r) => r.method === 'GET' && r.route === '/orders' && r.query.search === STRAY_REFERENCE,
			),
			'the shop was searched for order 1999',
		);
		assert.throws(
			() => nodeOutput(stranger, 'Tracking to write'),
			/did not run/,
			'no shop order found: the workflow ends there',
		);

		// The shop order now: completed, the international waybills of both 1688 orders; three writes in all.
		const order = shop.order(SHOP_ORDER);
		assert.equal(order.status, 'completed');
		assert.deepEqual(JSON.parse(order.meta_data.find((m) => m.key === '1688_tracking').value), {
			[a]: internationalA,
			[b]: internationalB,
		});
		assert.equal(
			shop.writes.length,
			4,
			'four writes in all: three tracking updates and one customer note',
		);
	},
};
