'use strict';
/**
 * examples/1688-parcel-tracking.json, run in `n8n start`: the workflow is activated, the sandbox posts a
 * correctly signed LOGISTICS_BUYER_VIEW_TRACE push for a shipped seeded order to the trigger's production
 * webhook URL, plus an ORDER_BUYER_VIEW_ORDER_PAY push the trigger must ignore (not a selected type) and the
 * same trace message again once the first has started its execution (same msgId: 1688 re-delivers after a failed or
 * unanswered delivery, seconds later; one execution only). The one execution reads the
 * waybill and its trace; the email the customer would get is checked against the sandbox's own waybill.
 */
const assert = require('node:assert/strict');

const EMAIL_NODE = 'Email the customer';

module.exports = {
	swapped: [EMAIL_NODE],

	/** @param {{ sandbox: object, webhookUrl: string, session: object, workflowId: string, known: string[] }} ctx */
	async fire({ sandbox, webhookUrl, session, workflowId, known }) {
		const orderId = sandbox.fixtures.orderIdByStatus.waitbuyerreceive;
		const ignored = await sandbox.deliverPush({ url: webhookUrl, type: 'ORDER_BUYER_VIEW_ORDER_PAY', data: { orderId, currentStatus: 'waitsellersend' } });
		const trace = await sandbox.deliverPush({ url: webhookUrl, type: 'LOGISTICS_BUYER_VIEW_TRACE', data: { orderId } });
		// n8n saves the trigger's remembered msgIds just after the answer has gone out: a repeat within those milliseconds
		// would start a second execution (README, "Push dedupe across processes"). 1688 repeats only later.
		await session.waitForExecutions(workflowId, known, { count: 1 });
		const again = await sandbox.deliverPush({ url: webhookUrl, type: 'LOGISTICS_BUYER_VIEW_TRACE', data: { orderId }, msgId: trace.msgId });
		for (const [what, answer] of [['ignored type', ignored], ['trace', trace], ['repeat', again]]) {
			assert.deepEqual([what, answer.status, answer.body], [what, 200, 'success'], `the ${what} push is acknowledged as 1688 expects`);
		}
		return { executions: 1, orderId, msgId: String(trace.msgId) };
	},

	/** @param {import('../examples').ExampleContext & { fired: { orderId: string, msgId: string } }} ctx */
	check(ctx) {
		const { sandbox, fired } = ctx;
		assert.equal(ctx.runs.length, 1, 'one execution: the other type is filtered, the repeated msgId dropped');
		assert.equal(ctx.run.mode, 'webhook', 'started by the production webhook');
		const [message] = ctx.output('1688 shipping message');
		assert.equal(message.type, 'LOGISTICS_BUYER_VIEW_TRACE');
		assert.equal(message.msgId, fired.msgId);
		assert.equal(message.data.orderId, fired.orderId, 'the 19-digit order ID arrives exact');

		const order = sandbox.store.getOrder(fired.orderId);
		assert.ok(order.logistics.length >= 1, 'the seeded order is shipped');
		const shipments = ctx.output('Get shipments');
		assert.deepEqual(
			shipments.map((s) => [s.orderId, s.logisticsId, s.trackingNumber, s.company]),
			order.logistics.map((w) => [order.id, w.logisticsId, w.logisticsBillNo, w.company.name]),
			'one shipment per sandbox waybill',
		);

		const email = ctx.swapped[EMAIL_NODE];
		assert.equal(email.type, 'n8n-nodes-base.emailSend');
		assert.equal(email.parameters.text, '={{ $json.text }}');
		assert.equal(email.parameters.subject, '={{ $json.subject }}');
		const mails = ctx.output(EMAIL_NODE);
		assert.equal(mails.length, order.logistics.length, 'one email per waybill');
		mails.forEach((mail, i) => {
			const waybill = order.logistics[i];
			const last = waybill.steps[waybill.steps.length - 1];
			assert.equal(mail.orderId, order.id);
			assert.equal(mail.trackingNumber, waybill.logisticsBillNo);
			assert.equal(mail.subject, `Your order is on its way (tracking ${waybill.logisticsBillNo})`);
			assert.ok(mail.text.includes(`Carrier: ${waybill.company.name}\n`), 'the email names the carrier');
			assert.ok(mail.text.includes(`Tracking number: ${waybill.logisticsBillNo}\n`), 'the email has the tracking number');
			assert.ok(mail.text.endsWith(`: ${last.remark}\n\nReference: 1688 order ${order.id}`), `the email ends with the latest step "${last.remark}" and the exact order ID`);
			const time = /Latest update \(([^)]+)\)/.exec(mail.text)?.[1];
			assert.equal(Math.floor(Date.parse(time) / 1000), Math.floor(last.at / 1000), `the latest step time ${time} is the sandbox step time`);
		});

		const apis = ctx.requests.map((r) => r.api).sort();
		assert.deepEqual(
			apis,
			['com.alibaba.logistics:alibaba.trade.getLogisticsInfos.buyerView-1', ...order.logistics.map(() => 'com.alibaba.logistics:alibaba.trade.getLogisticsTraceInfo.buyerView-1')].sort(),
			'one logistics read and one trace per waybill, nothing for the ignored push',
		);
	},
};
