'use strict';
/**
 * examples/1688-parcel-tracking.json, run in `n8n start` with the cross-border app's credential (the app of an
 * overseas reseller): the workflow is activated and the sandbox posts correctly signed pushes to the trigger's
 * production webhook URL:
 *   - an ORDER_BUYER_VIEW_ORDER_PAY push, which the trigger must ignore (not the selected topic);
 *   - a LOGISTICS_GLOBAL_1688_PACKAGE_CHANGE for a parcel of two shipped orders on its international leg
 *     (stage external), made by the sandbox from its orders as the topic's page shapes it: the email gives the
 *     international waybill and carrier, and no 1688 API is called;
 *   - the same message again once it has started its execution (same msgId: 1688 re-delivers after a failed or
 *     unanswered delivery, seconds later): no second execution;
 *   - a LOGISTICS_GLOBAL_1688_PACKAGE_CHANGE for a parcel still inside China (no international waybill): the
 *     email gives the order's domestic waybill and carrier, read with Logistics → Get.
 */
const assert = require('node:assert/strict');
const { nodeOutput } = require('../lib/recorded');

const TRIGGER = '1688 parcel message';
const EMAIL_NODE = 'Email the customer';
const TOPIC = 'LOGISTICS_GLOBAL_1688_PACKAGE_CHANGE';
const LOGISTICS_API = 'com.alibaba.logistics:alibaba.trade.getLogisticsInfos.buyerView-1';

module.exports = {
	app: 'crossBorder',
	swapped: [EMAIL_NODE],

	/** @param {{ sandbox: object, webhookUrl: string, session: object, workflowId: string, known: string[] }} ctx */
	async fire({ sandbox, webhookUrl, session, workflowId, known }) {
		// The pushes are signed with the secret of the app whose credential the workflow uses.
		const appKey = sandbox.apps.crossBorder.appKey;
		const push = (o) => sandbox.deliverPush({ url: webhookUrl, appKey, ...o });
		const [first, second, third] = sandbox.fixtures.ordersByStatus.waitbuyerreceive;
		const international = sandbox.parcelMessageData({
			orderIds: [first, second],
			stage: 'external',
		});
		const domestic = sandbox.parcelMessageData({ orderIds: [third], stage: 'internal' });

		const ignored = await push({
			type: 'ORDER_BUYER_VIEW_ORDER_PAY',
			data: { orderId: first, currentStatus: 'waitsellersend' },
		});
		const abroad = await push({ type: TOPIC, data: international });
		// n8n saves the trigger's remembered msgIds just after the answer has gone out: a repeat within those milliseconds
		// would start a second execution (README, "Push dedupe across processes"). 1688 repeats only later.
		await session.waitForExecutions(workflowId, known, { count: 1 });
		const again = await push({ type: TOPIC, data: international, msgId: abroad.msgId });
		const inChina = await push({ type: TOPIC, data: domestic });
		for (const [what, answer] of [
			['ignored type', ignored],
			['international parcel', abroad],
			['repeat', again],
			['domestic parcel', inChina],
		]) {
			assert.deepEqual(
				[what, answer.status, answer.body],
				[what, 200, 'success'],
				`the ${what} push is acknowledged as 1688 expects`,
			);
		}
		return {
			executions: 2,
			international: {
				msgId: String(abroad.msgId),
				orderIds: [first, second],
				mailNo: international.mailNo,
				carrier: international.carrierPartnerCode,
			},
			domestic: { msgId: String(inChina.msgId), orderId: third },
		};
	},

	/** @param {import('../examples').ExampleContext & { fired: object, runs: object[] }} ctx */
	check(ctx) {
		const { sandbox, fired, runs } = ctx;
		assert.equal(
			runs.length,
			2,
			'two executions: the other topic is filtered, the repeated msgId dropped',
		);
		assert.deepEqual(
			runs.map((run) => run.mode),
			['webhook', 'webhook'],
			'started by the production webhook',
		);
		const [abroadRun, inChinaRun] = runs;

		// The international parcel: the trigger's item carries the parcel's fields, 19-digit order IDs exact.
		const [parcel] = nodeOutput(abroadRun, TRIGGER);
		assert.equal(parcel.type, TOPIC);
		assert.equal(parcel.msgId, fired.international.msgId);
		assert.equal(parcel.international, true);
		assert.equal(parcel.stage, 'external');
		assert.equal(parcel.trackingNumber, fired.international.mailNo);
		assert.equal(parcel.carrierCode, fired.international.carrier);
		assert.deepEqual(
			parcel.orderIds,
			fired.international.orderIds,
			'the 19-digit order IDs arrive exact',
		);
		assert.equal(parcel.orderId, fired.international.orderIds[0]);
		assert.throws(
			() => nodeOutput(abroadRun, 'Get domestic waybill'),
			/did not run/,
			'no domestic lookup for an international parcel',
		);
		const [abroadMail] = nodeOutput(abroadRun, EMAIL_NODE);
		assert.equal(nodeOutput(abroadRun, EMAIL_NODE).length, 1, 'one email for the parcel');
		assert.equal(
			abroadMail.trackingNumber,
			fired.international.mailNo,
			'the international waybill, not a domestic one',
		);
		assert.equal(abroadMail.carrier, fired.international.carrier);
		assert.equal(
			abroadMail.subject,
			`Your order is on its way (tracking ${fired.international.mailNo})`,
		);
		assert.equal(
			abroadMail.text,
			`Hello,\n\nyour order has left China.\nCarrier: ${fired.international.carrier}\nTracking number: ${fired.international.mailNo}\n\nReference: 1688 order ${fired.international.orderIds[0]}`,
		);
		const domesticNumbers = fired.international.orderIds.flatMap((id) =>
			sandbox.store.getOrder(id).logistics.map((w) => w.logisticsBillNo),
		);
		assert.ok(!domesticNumbers.includes(abroadMail.trackingNumber));

		// The parcel still in China: the order's domestic waybills, read from 1688.
		const [home] = nodeOutput(inChinaRun, TRIGGER);
		assert.equal(home.msgId, fired.domestic.msgId);
		assert.equal(home.international, false);
		const order = sandbox.store.getOrder(fired.domestic.orderId);
		assert.ok(order.logistics.length >= 1, 'the seeded order is shipped');
		const mails = nodeOutput(inChinaRun, EMAIL_NODE);
		assert.deepEqual(
			mails.map((mail) => [mail.orderId, mail.trackingNumber, mail.carrier]),
			order.logistics.map((w) => [order.id, w.logisticsBillNo, w.company.name]),
			'one email per domestic waybill, with its carrier',
		);
		for (const mail of mails) {
			assert.equal(
				mail.text,
				`Hello,\n\nyour order has been shipped by our supplier.\nCarrier: ${mail.carrier}\nTracking number: ${mail.trackingNumber}\n\nReference: 1688 order ${order.id}`,
			);
		}

		const email = ctx.swapped[EMAIL_NODE];
		assert.equal(email.type, 'n8n-nodes-base.emailSend');
		assert.equal(email.parameters.text, '={{ $json.text }}');
		assert.equal(email.parameters.subject, '={{ $json.subject }}');
		assert.deepEqual(
			ctx.requests.map((r) => [r.api, r.appKey, r.params.orderId]),
			[[LOGISTICS_API, sandbox.apps.crossBorder.appKey, order.id]],
			'one logistics read, for the domestic parcel only, with the cross-border app',
		);
	},
};
