'use strict';
/**
 * examples/1688-order-updates-pulled.json, run in `n8n start` with no push URL registered (an n8n without a
 * public URL). While the workflow is inactive two orders are paid and shipped; with the two seeded messages
 * 1688 holds four undelivered order messages. The first poll after activation must start one execution with
 * those four, each once; then an order is received, and the next poll must start a second execution with that
 * message only (the four were confirmed to 1688 by then, none comes twice).
 */
const assert = require('node:assert/strict');
const { nodeOutput } = require('../lib/recorded');

const TRIGGER = '1688 order messages';
const SLACK_NODE = 'Notify purchasing';
const LIST_API = 'cn.alibaba.open:push.query.messageList-1';
const CONFIRM_API = 'cn.alibaba.open:push.message.confirm-1';
const WORDS = {
	ORDER_BUYER_VIEW_ORDER_PAY: 'paid',
	ORDER_BUYER_VIEW_ANNOUNCE_SENDGOODS: 'shipped',
	ORDER_BUYER_VIEW_ORDER_SUCCESS: 'received',
};

const messagesOf = (sandbox, from = 0) =>
	sandbox.store.pushMessages
		.slice(from)
		.map((m) => ({ msgId: String(m.msgId), type: m.type, orderId: String(m.bizKey) }));

module.exports = {
	swapped: [SLACK_NODE],
	/** Poll time while tested: n8n's shortest (every minute); the example polls every 5 minutes. */
	pollTimes: { item: [{ mode: 'everyMinute' }] },

	/** Orders paid and shipped while the workflow is inactive. @param {{ sandbox: object }} ctx */
	async prepare({ sandbox }) {
		const { orderIdByStatus } = sandbox.fixtures;
		sandbox.store.setOrderStatus(orderIdByStatus.waitbuyerpay, 'waitsellersend');
		sandbox.store.setOrderStatus(orderIdByStatus.waitsellersend, 'waitbuyerreceive');
		await sandbox.settlePushes();
		const backlog = messagesOf(sandbox);
		assert.equal(
			backlog.length,
			4,
			'two seeded messages and two made while inactive, all undelivered',
		);
		return { backlog };
	},

	/** After the first execution, an order is received: the next poll must bring that message alone. */
	async fire({ sandbox, session, workflowId, known }) {
		await session.waitForExecutions(workflowId, known, { count: 1, timeoutMs: 135000 });
		const before = sandbox.store.pushMessages.length;
		sandbox.store.setOrderStatus(sandbox.fixtures.orderIdByStatus.waitbuyerreceive, 'success');
		await sandbox.settlePushes();
		return { executions: 2, timeoutMs: 135000, later: messagesOf(sandbox, before) };
	},

	/** @param {import('../examples').ExampleContext & { prepared: object, fired: object }} ctx */
	check(ctx) {
		const { sandbox, prepared, fired, runs } = ctx;
		assert.equal(runs.length, 2, 'one execution for the backlog, one for the later message');
		assert.deepEqual(
			fired.later.map((m) => m.type),
			['ORDER_BUYER_VIEW_ORDER_SUCCESS'],
		);
		assert.deepEqual(
			runs.map((run) => run.mode),
			['trigger', 'trigger'],
			'both started by polls',
		);
		const emitted = runs.map((run) => nodeOutput(run, TRIGGER));
		const perRun = runs.map((run, i) =>
			emitted[i].map((m) => ({ msgId: m.msgId, type: m.type, orderId: m.data.orderId })),
		);
		assert.deepEqual(
			perRun,
			[prepared.backlog, fired.later],
			'the backlog in the first execution, the later message in the second, each once',
		);

		for (const [i, run] of runs.entries()) {
			const updates = nodeOutput(run, SLACK_NODE);
			const expected = i === 0 ? prepared.backlog : fired.later;
			assert.equal(updates.length, expected.length, 'one Slack message per 1688 message');
			updates.forEach((update, j) => {
				const order = sandbox.store.getOrder(expected[j].orderId);
				assert.equal(update.orderId, order.id, 'the 19-digit order ID is exact');
				assert.equal(update.message, expected[j].type);
				assert.ok(
					update.text.startsWith(`1688 order ${order.id}: ${WORDS[expected[j].type]} at `),
					update.text,
				);
				assert.ok(update.text.includes(`Seller: ${order.seller.companyName}`), update.text);
			});
		}

		// Listed, then confirmed by the next poll: the backlog's four IDs, after the first execution's poll.
		const confirms = ctx.requests.filter((r) => r.api === CONFIRM_API);
		assert.ok(confirms.length >= 1, 'the second poll confirmed what the first emitted');
		assert.deepEqual(
			confirms[0].params.msgIdList.match(/\d+/g).sort(),
			prepared.backlog.map((m) => m.msgId).sort(),
		);
		const firstList = ctx.requests.findIndex((r) => r.api === LIST_API);
		assert.ok(
			firstList >= 0 && ctx.requests.indexOf(confirms[0]) > firstList,
			'nothing was confirmed before it was listed and emitted',
		);
	},
};
