'use strict';
/**
 * "Webhook for speed, pull for what the webhook missed": a 1688 Message Trigger and a 1688 Trigger
 * (Messages (Pulled)) in one workflow, over one database row as n8n 2.40 keeps it (the webhook loads
 * and saves the row per request; the active poll keeps its own copy from activation and writes it back
 * when it emits). The sandbox pushes to the webhook while it is up and keeps what it could not deliver.
 */
const { useSandbox } = require('../support/sandboxSuite');
const { sandboxCredentials } = require('../support/engine');
const { createPoller, startMessageTrigger, workflowDatabase } = require('../support/triggers');

const CONFIRM_API = 'cn.alibaba.open:push.message.confirm-1';
const sandbox = useSandbox({ resetEach: true });
let webhook;
afterEach(async () => {
	await webhook?.close();
	webhook = undefined;
});

/** Runs the same day twice over: with Avoid Duplicates on both triggers, and with it off. */
async function day(avoidDuplicates) {
	const sb = sandbox();
	const credentials = sandboxCredentials(sb);
	const database = workflowDatabase();
	const options = { avoidDuplicates };
	webhook = await startMessageTrigger({ parameters: { options }, credentials, database });
	// Activation: the webhook URL is registered on 1688, the poll starts from the row as it is now.
	sb.setPushUrl(webhook.url);
	const poller = createPoller({
		parameters: { event: 'messagesPulled', options },
		credentials,
		database,
	});
	const polled = [];
	const poll = async () => {
		const { items, error } = await poller.poll();
		expect(error).toBeUndefined();
		if (items.length) polled.push(items.map((item) => item.msgId));
	};
	const orders = sb.fixtures.ordersByStatus;
	const step = async (orderId, status) => {
		sb.store.setOrderStatus(orderId, status);
		await sb.settlePushes();
		return String(sb.store.pushMessages.at(-1).msgId);
	};

	// 1. Pushed while the webhook is up: started by the webhook.
	const a = await step(orders.waitbuyerpay[0], 'waitsellersend');
	// 2. The webhook is unreachable (n8n down): 1688 keeps the message as undelivered.
	sb.setPushUrl('http://127.0.0.1:9/down');
	const b = await step(orders.waitbuyerpay[1], 'waitsellersend');
	// 3. Pushed and started, but 1688 never got the answer: it also counts the message as undelivered.
	sb.setPushUrl(webhook.url);
	const c = await step(orders.waitbuyerpay[2], 'waitsellersend');
	sb.store.pushMessages.at(-1).delivery = 'failed';
	// 4. The poll catches up; then 1688 pushes its undelivered messages again; then the next poll.
	await poll();
	await sb.redeliverFailed();
	await poll();
	const seeded = sb.store.pushMessages.slice(0, 2).map((m) => String(m.msgId));
	return {
		a,
		b,
		c,
		seeded,
		pushed: webhook.executions.map(([item]) => item.msgId),
		polled,
		answers: webhook.answers.map((x) => x.status),
	};
}

describe('Message Trigger and Messages (Pulled) in one workflow', () => {
	test('Avoid Duplicates on both: every message starts the workflow exactly once, whichever trigger got it first', async () => {
		const { a, b, c, seeded, pushed, polled, answers } = await day(true);
		expect(pushed).toEqual([a, c]);
		// The poll gets what the webhook missed (sent before activation, or while it was down), not c:
		// the webhook confirmed c to 1688, which therefore does not list it.
		expect(polled).toEqual([[...seeded, b]]);
		expect(answers.every((status) => status === 200)).toBe(true);
		const all = [...pushed, ...polled.flat()];
		expect(new Set(all).size).toBe(all.length);
		expect(new Set(all)).toEqual(new Set([a, b, c, ...seeded]));
		// Every message is consumed on 1688's side in the end.
		expect(
			sandbox().store.pushMessages.filter((m) => !m.confirmed && m.delivery !== 'delivered'),
		).toEqual([]);
		expect(sandbox().requests.filter((r) => r.api === CONFIRM_API).length).toBeGreaterThan(0);
	});

	test('without it, the same day starts the workflow again for b and c', async () => {
		const { a, b, c, seeded, pushed, polled, answers } = await day(false);
		// c: started by the webhook, then emitted by the poll; b: emitted by the poll, then pushed again by 1688
		// and started by the webhook. The seeded messages, born at the seed's reference time (2025), are pushed
		// again too but refused as older than the age limit (24 hours by default). The webhook does not start c
		// a second time, although the poll's emit wrote the poll's copy of the row (from activation) back over
		// the database, which undid what the webhook had saved since: the process still remembers c. After an
		// n8n restart in between it would not; hence Avoid Duplicates confirms to 1688.
		expect(polled).toEqual([[...seeded, b, c]]);
		expect(pushed).toEqual([a, c, b]);
		expect(answers.every((status) => status === 200)).toBe(true);
	});
});
