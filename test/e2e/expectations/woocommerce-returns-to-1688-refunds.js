'use strict';
/**
 * examples/woocommerce-returns-to-1688-refunds.json in `n8n start`, its 1688 nodes as the cross-border app, n8n's
 * WooCommerce Trigger, WooCommerce node and HTTP Request nodes against the WooCommerce stand-in. Before activation: the
 * Data Table "1688 SKU map", and shop order #1042 bought on 1688 as the purchase example buys it (lib/shopPurchases.js:
 * the tee order A, receipt confirmed; the jacket order B, shipped) and completed in the shop. Then the shop refunds,
 * as the WooCommerce admin does (the refund made, order.updated delivered signed):
 *   1. one tee XL and the jacket 2-pack of #1042, "too small": exactly one createRefund per 1688 order (the XL
 *      sub-order for 1 piece after sale, the jacket sub-order for 2 pieces in sale; amounts in fen, reason size), then
 *      exactly two shop writes: the custom field 1688_refunds and a private note with both 1688 refund IDs. WooCommerce's
 *      own order.updated for that write stops at the first check;
 *   2. the first delivery again (the order as it was, without the custom field): the order read as it is now shows
 *      the refund sent; no 1688 call, no write;
 *   3. a second shop refund of one more tee XL: 1688 already has an open refund on that sub-order, so Create reports
 *      it and asks nothing; the write-back records it and the note says so;
 *   4. a refund of #1043, which has no 1688 order: the execution stops with a message saying so; only the look-up
 *      reaches 1688, nothing is written to the shop.
 */
const assert = require('node:assert/strict');
const { nodeOutput } = require('../lib/recorded');
const { replaceDataTable } = require('../lib/dataTables');
const { SKU_MAP_TABLE, SKU_MAP_COLUMNS, skuMapRows } = require('../lib/skuMap');
const { buyShopOrder, advanceOrder } = require('../lib/shopPurchases');

const SHOP_ORDER = 1042;
const NO_1688_ORDER = 1043;
const TEE_XL_LINE = 502;
const JACKET_LINE = 503;
const REASON = 'Too small, the customer sent it back';
const ORDER_LIST = 'com.alibaba.trade:alibaba.trade.getBuyerOrderList-1';
const REASONS = 'com.alibaba.trade:alibaba.trade.getRefundReasonList-1';
const REFUND_LIST = 'com.alibaba.trade:alibaba.trade.refund.buyer.queryOrderRefundList-1';
const CREATE = 'com.alibaba.trade:alibaba.trade.createRefund-1';
const SIZE_REASON = { id: '20022', name: '尺寸/规格不符' };

/** Shop writes other than the trigger's own webhook registration. */
const dataWrites = (writes) => writes.filter((w) => !w.route.startsWith('/webhooks'));

module.exports = {
	swapped: [],
	app: 'crossBorder',

	/** @param {{ sandbox: object, shop: object, session: object }} ctx */
	async prepare({ sandbox, shop, session }) {
		await replaceDataTable(session, {
			name: SKU_MAP_TABLE,
			columns: SKU_MAP_COLUMNS,
			rows: skuMapRows(sandbox),
		});
		const [a, b] = (await buyShopOrder(sandbox, shop, SHOP_ORDER)).map((order) => order.orderId);
		advanceOrder(sandbox, a, 'success');
		advanceOrder(sandbox, b, 'waitbuyerreceive');
		shop.store.order(SHOP_ORDER).status = 'completed';
		return { a, b };
	},

	/** The refunds, each once the executions before it have finished (marks: what each step added). */
	async fire({ sandbox, shop, session, workflowId, known }) {
		const marks = [];
		const mark = (step) =>
			marks.push({ step, writes: shop.writes.length, gateway: sandbox.requests.length });
		const waitFor = async (count) => {
			await session.waitForExecutions(workflowId, known, { count, timeoutMs: 90000 });
			await shop.settle();
		};
		/** A refund made in the WooCommerce admin: the refund, then WooCommerce's order.updated. */
		const refund = async (orderId, body) => {
			const made = shop.store.addRefund(orderId, body);
			const [delivery] = await shop.deliver('order.updated', orderId);
			return { refundId: made.id, delivery };
		};
		mark('activated');
		const first = await refund(SHOP_ORDER, {
			reason: REASON,
			line_items: [
				{ id: TEE_XL_LINE, quantity: 1, refund_total: 29.99 },
				{ id: JACKET_LINE, quantity: 1, refund_total: 89.99 },
			],
		});
		await waitFor(2); // the refund, then the order.updated WooCommerce sent for the write-back
		mark('refund');
		const again = await shop.redeliver(first.delivery);
		await waitFor(3);
		mark('repeated delivery');
		const second = await refund(SHOP_ORDER, {
			reason: 'One more XL too small',
			line_items: [{ id: TEE_XL_LINE, quantity: 1, refund_total: 29.99 }],
		});
		await waitFor(5);
		mark('second refund');
		const orphan = await refund(NO_1688_ORDER, {
			reason: 'Damaged',
			line_items: [{ id: 511, quantity: 1, refund_total: 31.99 }],
		});
		await waitFor(6);
		mark('no 1688 order');
		for (const delivery of [first.delivery, again, second.delivery, orphan.delivery])
			assert.equal(
				delivery.status,
				200,
				`delivery ${delivery.deliveryId} answered ${delivery.status}: ${delivery.response}`,
			);
		return {
			executions: 6,
			statuses: ['success', 'success', 'success', 'success', 'success', 'error'],
			marks,
			refundIds: { first: first.refundId, second: second.refundId, orphan: orphan.refundId },
		};
	},

	/** @param {import('../examples').ExampleContext & { runs: object[], fired: object, prepared: object }} ctx */
	check(ctx) {
		const { sandbox, shop, runs, fired, prepared } = ctx;
		const { a, b } = prepared;
		const at = (step) => fired.marks.find((m) => m.step === step);
		const between = (from, to) =>
			dataWrites(shop.writes.slice(at(from).writes, at(to).writes)).map((w) => ({
				method: w.method,
				route: w.route,
				body: w.body,
				status: w.status,
			}));
		const callsBetween = (from, to) => ctx.requests.slice(at(from).gateway, at(to).gateway);
		const [asked, echo, repeat, second, secondEcho, orphan] = runs;
		assert.ok(
			runs.every((run) => run.mode === 'webhook'),
			'every execution was started by a delivery to the production URL',
		);

		// 1. The refund: one request per 1688 order, the exact sub-orders, pieces and amounts in fen on the wire.
		const orderA = sandbox.store.getOrder(a);
		const orderB = sandbox.store.getOrder(b);
		const rows = skuMapRows(sandbox);
		const itemOf = (order, sku) => {
			const row = rows.find((r) => r.shopSku === sku);
			return order.items.find((item) => item.specId === row.specId);
		};
		const teeXL = itemOf(orderA, 'TEE-GREY-XL');
		const jacket = itemOf(orderB, 'JACKET-PINK-XXL-2PK');
		assert.equal(jacket.quantity, 2, 'the 2-pack was bought as 2 pieces');
		const fen = (price, pieces) => String(Math.round(price * pieces * 100));
		const creates = callsBetween('activated', 'refund').filter((r) => r.api === CREATE);
		assert.deepEqual(
			creates.map((r) => [
				r.params.orderId,
				r.params.orderEntryIds,
				r.params.applyPayment,
				r.params.applyCarriage,
				r.params.goodsStatus,
				r.params.disputeRequest,
				r.params.applyReasonId,
				r.appKey,
			]),
			[
				[
					a,
					`[${teeXL.subItemID}]`,
					fen(teeXL.price, 1),
					'0',
					'aftersaleBuyerReceived',
					'refund',
					SIZE_REASON.id,
					sandbox.apps.crossBorder.appKey,
				],
				[
					b,
					`[${jacket.subItemID}]`,
					fen(jacket.price, 2),
					'0',
					'refundBuyerReceived',
					'refund',
					SIZE_REASON.id,
					sandbox.apps.crossBorder.appKey,
				],
			],
			'exactly one createRefund per 1688 order: the XL for 1 piece (receipt confirmed: after sale), the jacket for 1 × 2 pieces (shipped: in sale)',
		);
		assert.equal(creates[0].params.applyPayment, '10195', 'one XL at 101.95 CNY');
		for (const create of creates) {
			assert.equal(create.params.description, `海外店铺订单 #${SHOP_ORDER} 客户退款: ${REASON}`);
			assert.equal(create.params.refundRemark, `WooCommerce order #${SHOP_ORDER}: ${REASON}`);
		}
		const calls = callsBetween('activated', 'refund').map((r) => [
			r.api,
			r.params.orderId ?? r.params.outOrderId,
		]);
		assert.deepEqual(
			calls.filter(([api]) => api === ORDER_LIST),
			[[ORDER_LIST, String(SHOP_ORDER)]],
			'the 1688 orders found by External Order Reference',
		);
		assert.deepEqual(
			calls
				.filter(([api]) => api === REASONS)
				.map(([, id]) => id)
				.sort(),
			[a, b].sort(),
			'the reasons asked for each 1688 order',
		);
		assert.deepEqual(
			calls.filter(([api]) => api === REFUND_LIST).map(([, id]) => id),
			[a, b],
			"each order's refunds read back before asking",
		);
		const [refundA] = sandbox.store.afterSales.ofOrder(a);
		const [refundB] = sandbox.store.afterSales.ofOrder(b);
		assert.deepEqual(
			[refundA.entryIds, refundA.applyPayment, refundA.status],
			[[teeXL.subItemID], 10195, 'waitselleragree'],
		);
		assert.deepEqual(
			[refundB.entryIds, refundB.applyPayment],
			[[jacket.subItemID], Math.round(jacket.price * 2 * 100)],
		);
		assert.deepEqual(
			nodeOutput(asked, 'Pick the reason').map((ask) => [
				ask.orderId,
				ask.reasonId,
				ask.reasonName,
			]),
			[
				[a, SIZE_REASON.id, SIZE_REASON.name],
				[b, SIZE_REASON.id, SIZE_REASON.name],
			],
		);

		// ... and exactly two writes: the custom field, then the private note with both 1688 refund IDs.
		const firstId = fired.refundIds.first;
		const note = [
			`Shop refund #${firstId} sent to 1688 by n8n:`,
			`1688 order ${a}: refund ${refundA.refundId} asked for ${teeXL.price} CNY; sub-orders ${teeXL.subItemID} × 1; reason ${SIZE_REASON.name}`,
			`1688 order ${b}: refund ${refundB.refundId} asked for ${Math.round(jacket.price * 200) / 100} CNY; sub-orders ${jacket.subItemID} × 2; reason ${SIZE_REASON.name}`,
		].join('\n');
		assert.deepEqual(between('activated', 'refund'), [
			{
				method: 'PUT',
				route: `/orders/${SHOP_ORDER}`,
				body: {
					meta_data: [
						{
							key: '1688_refunds',
							value: JSON.stringify({ [firstId]: [refundA.refundId, refundB.refundId] }),
						},
					],
				},
				status: 200,
			},
			{
				method: 'POST',
				route: `/orders/${SHOP_ORDER}/notes`,
				body: { note, customer_note: false },
				status: 201,
			},
		]);
		assert.deepEqual(
			shop.customerEmails(),
			[],
			'the customer is e-mailed by WooCommerce about the refund, not by this workflow',
		);
		assert.equal(
			nodeOutput(echo, 'Refunded, not sent to 1688?', { outputIndex: 1 }).length,
			1,
			"WooCommerce's order.updated for the write-back stops at the first check",
		);
		assert.throws(() => nodeOutput(echo, 'Shop order now'), /did not run/);

		// 2. The same delivery again: the order as it is now lists the refund as sent; nothing reaches 1688 or the shop.
		assert.deepEqual(
			between('refund', 'repeated delivery'),
			[],
			'no write on the repeated delivery',
		);
		assert.deepEqual(
			callsBetween('refund', 'repeated delivery'),
			[],
			'no 1688 call on the repeated delivery',
		);
		assert.deepEqual(nodeOutput(repeat, 'Refund lines to send'), []);
		assert.throws(() => nodeOutput(repeat, '1688 orders of the shop order'), /did not run/);

		// 3. One more XL: 1688 has the open refund on that sub-order; Create reports it and asks nothing.
		const secondCalls = callsBetween('repeated delivery', 'second refund');
		assert.deepEqual(
			secondCalls.filter((r) => r.api === CREATE),
			[],
			'no second createRefund for the sub-order',
		);
		assert.deepEqual(
			secondCalls.map((r) => r.api).sort(),
			[ORDER_LIST, REASONS, REFUND_LIST].sort(),
		);
		const [reported] = nodeOutput(second, 'Ask 1688 for a refund');
		assert.deepEqual([reported.refundId, reported.alreadyExisted], [refundA.refundId, true]);
		const secondId = fired.refundIds.second;
		assert.deepEqual(between('repeated delivery', 'second refund'), [
			{
				method: 'PUT',
				route: `/orders/${SHOP_ORDER}`,
				body: {
					meta_data: [
						{
							key: '1688_refunds',
							value: JSON.stringify({
								[firstId]: [refundA.refundId, refundB.refundId],
								[secondId]: [refundA.refundId],
							}),
						},
					],
				},
				status: 200,
			},
			{
				method: 'POST',
				route: `/orders/${SHOP_ORDER}/notes`,
				body: {
					note: `Shop refund #${secondId} sent to 1688 by n8n:\n1688 order ${a}: 1688 already had refund ${refundA.refundId} (${reported.status}) for these lines: nothing asked again; sub-orders ${teeXL.subItemID} × 1; reason ${SIZE_REASON.name}`,
					customer_note: false,
				},
				status: 201,
			},
		]);
		assert.equal(sandbox.store.afterSales.ofOrder(a).length, 1, 'still one refund on 1688 order A');
		assert.equal(
			nodeOutput(secondEcho, 'Refunded, not sent to 1688?', { outputIndex: 1 }).length,
			1,
		);

		// 4. A shop order with no 1688 order: stopped with the reason, only the look-up reached 1688, nothing written.
		assert.deepEqual(
			between('second refund', 'no 1688 order'),
			[],
			'no write for the order without 1688 orders',
		);
		assert.deepEqual(
			callsBetween('second refund', 'no 1688 order').map((r) => [r.api, r.params.outOrderId]),
			[[ORDER_LIST, String(NO_1688_ORDER)]],
		);
		const error = orphan.data.resultData.error;
		assert.equal(error?.node?.name ?? error?.node, 'Stop: nothing to ask 1688');
		assert.equal(
			error.message,
			`Shop order #${NO_1688_ORDER} was refunded in the shop (refund #${fired.refundIds.orphan} (31.99 EUR)) but 1688 has no order with External Order Reference ${NO_1688_ORDER}: nothing was asked of 1688. If its goods came from 1688, ask the seller for a refund there (Refund → Create).`,
		);

		assert.equal(
			ctx.requests.filter((r) => r.api === CREATE).length,
			2,
			'two createRefund calls in all',
		);
		assert.equal(dataWrites(shop.writes).length, 4, 'four writes to the shop in all');
		assert.deepEqual(shop.webhooks(), [], 'the trigger deleted its webhook on deactivation');
	},
};
