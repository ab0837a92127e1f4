'use strict';
/**
 * Item 2: the example workflows in queue mode, checked by the same expectation modules as the e2e test.
 *   - Manual-start examples: "Execute workflow" on the main, which only enqueues (manual runs offloaded);
 *     a worker runs them. A control workflow whose 1688 node must fail proves a failure is seen here too.
 *   - Examples that start with a 1688 trigger: activated on the main; pushes go to the webhook processor,
 *     which enqueues; polls run on the main, which enqueues; a worker runs the execution.
 * The stock alert example runs in checks/polling.js instead, with the main restarted between polls.
 * Each execution must have been enqueued by the expected process and run by exactly one worker.
 */
const assert = require('node:assert/strict');
const { checkSwaps, fireExample, checkExample } = require('../../e2e/examples');
const { runManually, waitFinished, sleep } = require('../lib/executions');

/** Which process enqueued the execution and which worker ran it; throws when that is not as expected. */
function provenance(cluster, executionId, enqueuer) {
	const enqueuedBy = cluster.enqueuedBy(executionId);
	const ranBy = cluster.ranBy(executionId);
	assert.deepEqual(
		enqueuedBy,
		[enqueuer],
		`execution ${executionId} was put in the queue by the ${enqueuer} (logs: ${enqueuedBy.join(', ') || 'nobody'})`,
	);
	assert.equal(
		ranBy.length,
		1,
		`execution ${executionId} was run by exactly one worker (logs: ${ranBy.join(', ') || 'none'})`,
	);
	assert.match(
		ranBy[0],
		/^worker-\d+$/,
		`execution ${executionId} ran on a worker, not on ${ranBy[0]}`,
	);
	return ranBy[0];
}

async function runManualExamples({ cluster, session, sandbox, examples, control, test }) {
	await test('control: a failing 1688 node fails its execution on a worker', async () => {
		sandbox.reset();
		const id = await runManually(session, control.id);
		const [run] = await waitFinished(session, [id]);
		assert.equal(
			run.status,
			'error',
			'the execution of a workflow whose 1688 node must fail ends in error',
		);
		assert.match(
			JSON.stringify(run.data.resultData.error ?? {}),
			/500_004/,
			'the error is the gateway answer for the unknown offer',
		);
		const worker = provenance(cluster, id, 'main');
		return `status error on ${worker}`;
	});

	for (const example of examples) {
		await test(`example ${example.name} (enqueued by the main, run by a worker)`, async () => {
			if (example.problem) throw example.problem;
			checkSwaps(example);
			sandbox.reset();
			const id = await runManually(session, example.id);
			const [run] = await waitFinished(session, [id]);
			const requests = [...sandbox.requests];
			await checkExample(example, { run, sandbox, requests });
			const worker = provenance(cluster, id, 'main');
			return `execution ${id} on ${worker}, ${requests.length} gateway calls`;
		});
	}
}

/** The trigger's durable poll cursor (n8n's poller_state), or undefined before n8n created it. */
async function pollerCursor(postgres, workflowId, nodeId) {
	const rows = await postgres.query(
		'SELECT "cursor" FROM poller_state WHERE "workflowId" = $1 AND "nodeId" = $2',
		[workflowId, nodeId],
	);
	return rows[0]?.cursor;
}

/**
 * n8n keeps no state from the poll it runs on activation (a test poll; nothing is committed when it emits
 * nothing): the first scheduled poll records the baseline in the durable cursor. Resolves once it has.
 */
async function waitForBaseline(postgres, workflowId, nodeId, timeoutMs) {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const cursor = await pollerCursor(postgres, workflowId, nodeId);
		if (cursor && Object.keys(cursor).length > 0) return cursor;
		if (Date.now() > deadline)
			throw new Error(
				`no poll committed a baseline to poller_state within ${timeoutMs / 1000}s of activation`,
			);
		await sleep(1000);
	}
}

/** n8n 2.40 polls at most once a minute. */
const FIRST_POLL_WAIT_MS = 150000;

/**
 * An example that starts with a 1688 trigger, activated on the main: pushes go to the webhook processor's
 * production URL; a polling trigger's baseline is awaited in its durable cursor before the change. An expectation's
 * prepare(ctx) runs before activation (e.g. messages 1688 holds while the workflow is inactive); such an example
 * reports what was made before activation, so its first poll needs no baseline.
 */
async function runTriggerExample({ cluster, session, sandbox, postgres, example, test }) {
	const trigger = example.start?.node;
	const isPush = Boolean(trigger && trigger.type.endsWith('MessageTrigger'));
	const how = isPush ? 'pushes to the webhook processor' : 'polls on the main';
	await test(`example ${example.name} (${how}, run by a worker)`, async () => {
		if (example.problem) throw example.problem;
		checkSwaps(example);
		sandbox.reset();
		const webhookUrl = isPush ? cluster.webhookUrl('webhook', trigger) : undefined;
		const { runs, prepared, fired } = await fireExample(session, example, {
			sandbox,
			webhookUrl,
			ready: async () => {
				if (isPush) await session.waitForWebhook(webhookUrl);
				else if (!example.expectation.prepare)
					await waitForBaseline(postgres, example.id, trigger.id, FIRST_POLL_WAIT_MS);
			},
		});
		await checkExample(example, {
			run: runs[runs.length - 1],
			runs,
			sandbox,
			requests: [...sandbox.requests],
			prepared,
			fired,
		});
		const enqueuer = isPush ? 'webhook' : 'main';
		const workers = runs.map((r) => provenance(cluster, r.id, enqueuer));
		return `${runs.length} execution(s) enqueued by the ${isPush ? 'webhook processor' : 'main'}, run on ${workers.join(', ')}`;
	});
}

module.exports = {
	runManualExamples,
	runTriggerExample,
	provenance,
	pollerCursor,
	waitForBaseline,
	FIRST_POLL_WAIT_MS,
};
