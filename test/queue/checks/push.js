'use strict';
/**
 * Item 3: push messages in queue mode, delivered to the webhook processor and to the main (both serve
 * production webhooks), with repeated msgIds. Three workflows take the same deliveries:
 *   (a) the Message Trigger's own dedupe (recent msgIds in the workflow's static data),
 *   (b) then n8n's Remove Duplicates by msgId (n8n's database-backed deduplication helpers),
 *   (c) then Redis Increment on a key per msgId and an If passing only the first increment.
 * Promises checked: a repeat that arrives a second after the first delivery was answered starts nothing,
 * whichever process gets it; no message is lost. Measured and reported (README "Running in queue mode"):
 * how many msgIds reach the workflow's "Passed on" step twice when the repeat comes the moment the first
 * was answered, when both deliveries come at the same moment, and when two different messages arrive at
 * once on the two processes (each process saves the whole static data it loaded: the last save wins).
 */
const assert = require('node:assert/strict');
const { outputOrEmpty, sleep } = require('../lib/executions');
const { NAMES } = require('../workflows');

const MESSAGE_TYPE = 'ORDER_BUYER_VIEW_ORDER_PAY';
/** Repeats in each measurement: small enough for CI, enough to see a race that happens at all. */
const SEQUENTIAL_REPEATS = 4;
const SIMULTANEOUS_REPEATS = 10;
/**
 * n8n saves a webhook trigger's static data right after the answer has gone out; a repeat that comes
 * later than that is recognised. 1688 delivers a message again only after a failed or unanswered
 * delivery, not the moment it was answered.
 */
const REPEAT_GAP_MS = 1000;

let nextMsgId = 81000000000;

/** One 1688 message (same body and signature on every delivery, as 1688 re-sends it), posted to `urls`. */
async function deliver(sandbox, urls, msgId, orderId) {
	const gmtBorn = Date.now();
	const answers = await Promise.all(
		urls.map((url) =>
			sandbox.deliverPush({
				url,
				type: MESSAGE_TYPE,
				data: { orderId, currentStatus: 'waitsellersend' },
				msgId,
				gmtBorn,
			}),
		),
	);
	for (const answer of answers)
		assert.deepEqual(
			[answer.status, answer.body],
			[200, 'success'],
			`msgId ${msgId}: 1688 gets 200 success for every delivery`,
		);
}

/** For each msgId: executions started, and how many of them reached "Passed on" with it. */
function tally(runs, msgIds) {
	const byMsgId = new Map(
		msgIds.map((id) => [String(id), { executions: 0, passedOn: 0, failed: 0 }]),
	);
	for (const run of runs) {
		const [message] = outputOrEmpty(run, NAMES.MESSAGE_TRIGGER);
		const entry = message && byMsgId.get(String(message.msgId));
		if (!entry)
			throw new Error(
				`execution ${run.id} carries msgId ${message?.msgId}, which this measurement did not send`,
			);
		entry.executions += 1;
		if (run.status !== 'success') entry.failed += 1;
		if (outputOrEmpty(run, NAMES.PASSED_ON).length > 0) entry.passedOn += 1;
	}
	return byMsgId;
}

function summarise(byMsgId) {
	const entries = [...byMsgId.values()];
	return {
		messages: entries.length,
		executions: entries.reduce((sum, e) => sum + e.executions, 0),
		failedExecutions: entries.reduce((sum, e) => sum + e.failed, 0),
		startedTwice: entries.filter((e) => e.executions > 1).length,
		passedOnTwice: entries.filter((e) => e.passedOn > 1).length,
		lost: entries.filter((e) => e.passedOn === 0).length,
	};
}

/** Each workflow's executions so far, so that a measurement counts only the ones it started. */
async function executionsSoFar(session, workflows) {
	const known = {};
	for (const wf of workflows)
		known[wf.id] = (await session.executionIds(wf.id)).map((execution) => execution.id);
	return known;
}

/**
 * Per workflow, once its executions since `known` have settled: the counts for `msgIds`.
 * @returns {Promise<Record<string, ReturnType<typeof summarise> & { byMsgId: Map }>>}
 */
async function countSince(session, workflows, known, msgIds) {
	const results = {};
	for (const wf of workflows) {
		// Settled: every execution finished and none new for 4 s (a repeat may start one late).
		const runs = await session.waitForExecutions(wf.id, known[wf.id], {
			count: msgIds.length,
			quietMs: 4000,
			timeoutMs: 90000,
		});
		const byMsgId = tally(runs, msgIds);
		results[wf.key] = { ...summarise(byMsgId), byMsgId };
	}
	return results;
}

/** Sends `msgIds` to every workflow as `send(urlsOf, msgId)` describes, then counts per workflow. */
async function measure({ session, sandbox, workflows, msgIds, send }) {
	const known = await executionsSoFar(session, workflows);
	const orderId = sandbox.fixtures.orderIdByStatus.waitsellersend;
	for (const msgId of msgIds)
		await Promise.all(workflows.map((wf) => send(wf.urls, msgId, orderId, sandbox)));
	return await countSince(session, workflows, known, msgIds);
}

const freshIds = (count) => Array.from({ length: count }, () => nextMsgId++);

/**
 * Each message to one process, then (after `gapMs`) again to the other; half of them start on the webhook
 * processor, half on the main.
 */
const inTurn = (gapMs) => async (urls, msgId, orderId, sandbox) => {
	const [first, second] = msgId % 2 ? [urls.webhook, urls.main] : [urls.main, urls.webhook];
	await deliver(sandbox, [first], msgId, orderId);
	if (gapMs) await sleep(gapMs);
	await deliver(sandbox, [second], msgId, orderId);
};

/**
 * @param {{ cluster: object, session: object, sandbox: object, test: Function, workflows: {key: string, id: string, trigger: object}[], report: object }} ctx
 */
async function runPushChecks({ cluster, session, sandbox, test, workflows, report }) {
	const active = [];
	try {
		await test('push: the three push workflows are live on the webhook processor and on the main', async () => {
			sandbox.reset();
			for (const wf of workflows) {
				await session.activate(wf.id);
				active.push(wf);
				wf.urls = {
					webhook: cluster.webhookUrl('webhook', wf.trigger),
					main: cluster.webhookUrl('main', wf.trigger),
				};
				await session.waitForWebhook(wf.urls.webhook);
				await session.waitForWebhook(wf.urls.main);
			}
			// (b) keeps its history in one database row per workflow: the first message creates it.
			const primed = await measure({
				session,
				sandbox,
				workflows,
				msgIds: freshIds(1),
				send: (urls, msgId, orderId) => deliver(sandbox, [urls.webhook], msgId, orderId),
			});
			for (const wf of workflows) {
				assert.deepEqual(
					[primed[wf.key].executions, primed[wf.key].lost],
					[1, 0],
					`${wf.key}: the first message started one execution that reached "Passed on"`,
				);
			}
			return `${workflows.length} workflows, production URLs answer on both processes`;
		});

		await test(`push: a repeated msgId sent ${REPEAT_GAP_MS / 1000} s after the first was answered starts nothing, webhook processor ↔ main (${SEQUENTIAL_REPEATS} messages)`, async () => {
			const msgIds = freshIds(SEQUENTIAL_REPEATS);
			const results = await measure({
				session,
				sandbox,
				workflows,
				msgIds,
				send: inTurn(REPEAT_GAP_MS),
			});
			for (const wf of workflows) {
				const r = results[wf.key];
				assert.equal(
					r.executions,
					msgIds.length,
					`${wf.key}: ${r.executions} executions for ${msgIds.length} messages each delivered twice in turn`,
				);
				assert.equal(r.lost, 0, `${wf.key}: every message reached "Passed on"`);
			}
			report.sequential = results;
			return 'one execution per message in each workflow';
		});

		await test(`push: a repeated msgId sent the moment the first was answered, to the other process (${SEQUENTIAL_REPEATS} messages; measured)`, async () => {
			const msgIds = freshIds(SEQUENTIAL_REPEATS);
			const results = await measure({ session, sandbox, workflows, msgIds, send: inTurn(0) });
			for (const wf of workflows)
				assert.equal(results[wf.key].lost, 0, `${wf.key}: no message is lost`);
			report.immediate = results;
			return workflows
				.map(
					(wf) =>
						`${wf.key}: ${results[wf.key].startedTwice}/${msgIds.length} started twice, ${results[wf.key].passedOnTwice} passed on twice`,
				)
				.join('; ');
		});

		await test(`push: a msgId delivered to the webhook processor and the main at the same moment (${SIMULTANEOUS_REPEATS} messages; measured)`, async () => {
			const msgIds = freshIds(SIMULTANEOUS_REPEATS);
			const results = await measure({
				session,
				sandbox,
				workflows,
				msgIds,
				send: (urls, msgId, orderId) => deliver(sandbox, [urls.webhook, urls.main], msgId, orderId),
			});
			for (const wf of workflows) {
				const r = results[wf.key];
				assert.equal(
					r.lost,
					0,
					`${wf.key}: no message is lost (${r.lost} never reached "Passed on")`,
				);
				for (const [msgId, entry] of r.byMsgId)
					assert.ok(
						entry.executions <= 2,
						`${wf.key}: msgId ${msgId} started ${entry.executions} executions from 2 deliveries`,
					);
			}
			report.simultaneous = results;
			return workflows
				.map(
					(wf) =>
						`${wf.key}: ${results[wf.key].startedTwice}/${msgIds.length} started twice, ${results[wf.key].passedOnTwice}/${msgIds.length} passed on twice, ${results[wf.key].failedExecutions} failed`,
				)
				.join('; ');
		});

		await test(`push: two different msgIds at once on the two processes, each repeated later (${SIMULTANEOUS_REPEATS / 2} pairs; measured)`, async () => {
			const msgIds = freshIds(SIMULTANEOUS_REPEATS);
			const pairs = [];
			for (let i = 0; i < msgIds.length; i += 2) pairs.push([msgIds[i], msgIds[i + 1]]);
			const known = await executionsSoFar(session, workflows);
			const orderId = sandbox.fixtures.orderIdByStatus.waitsellersend;
			for (const wf of workflows) {
				for (const [a, b] of pairs) {
					await Promise.all([
						deliver(sandbox, [wf.urls.webhook], a, orderId),
						deliver(sandbox, [wf.urls.main], b, orderId),
					]);
					await deliver(sandbox, [wf.urls.main], a, orderId);
					await deliver(sandbox, [wf.urls.webhook], b, orderId);
				}
			}
			const results = await countSince(session, workflows, known, msgIds);
			for (const wf of workflows)
				assert.equal(results[wf.key].lost, 0, `${wf.key}: no message is lost`);
			report.concurrentDifferent = results;
			return workflows
				.map(
					(wf) =>
						`${wf.key}: ${results[wf.key].startedTwice}/${msgIds.length} repeats started again, ${results[wf.key].passedOnTwice} passed on twice`,
				)
				.join('; ');
		});
	} finally {
		for (const wf of active) await session.deactivate(wf.id).catch(() => undefined);
	}
}

module.exports = { runPushChecks };
