'use strict';
/**
 * Item 2: the example workflows in queue mode, checked by the same expectation modules as the e2e test.
 *   - Manual-start examples: "Execute workflow" on the main, which only enqueues (manual runs offloaded);
 *     a worker runs them. A control workflow whose 1688 node must fail proves a failure is seen here too.
 *   - The Message Trigger example: activated on the main, its pushes go to the webhook processor, which
 *     enqueues; a worker runs the execution.
 * The polling example (1688-stock-alert) runs in checks/polling.js, with the main restarted between polls.
 * Each execution must have been enqueued by the expected process and run by exactly one worker.
 */
const assert = require('node:assert/strict');
const { nodeOutput } = require('../../e2e/lib/recorded');
const { checkSwaps, errorOf } = require('../../e2e/examples');
const { runManually, waitFinished } = require('../lib/executions');

/** Which process enqueued the execution and which worker ran it; throws when that is not as expected. */
function provenance(cluster, executionId, enqueuer) {
	const enqueuedBy = cluster.enqueuedBy(executionId);
	const ranBy = cluster.ranBy(executionId);
	assert.deepEqual(enqueuedBy, [enqueuer], `execution ${executionId} was put in the queue by the ${enqueuer} (logs: ${enqueuedBy.join(', ') || 'nobody'})`);
	assert.equal(ranBy.length, 1, `execution ${executionId} was run by exactly one worker (logs: ${ranBy.join(', ') || 'none'})`);
	assert.match(ranBy[0], /^worker-\d+$/, `execution ${executionId} ran on a worker, not on ${ranBy[0]}`);
	return ranBy[0];
}

async function runManualExamples({ cluster, session, sandbox, examples, control, test }) {
	await test('control: a failing 1688 node fails its execution on a worker', async () => {
		sandbox.reset();
		const id = await runManually(session, control.id);
		const [run] = await waitFinished(session, [id]);
		assert.equal(run.status, 'error', 'the execution of a workflow whose 1688 node must fail ends in error');
		assert.match(JSON.stringify(run.data.resultData.error ?? {}), /500_004/, 'the error is the gateway answer for the unknown offer');
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
			if (run.status !== 'success') throw new Error(`execution ${id} ended with status "${run.status}": ${errorOf(run)}`);
			const requests = [...sandbox.requests];
			await example.expectation.check({
				run,
				output: (nodeName, options) => nodeOutput(run, nodeName, options),
				swapped: example.swapped,
				workflow: example.workflow,
				sandbox,
				requests,
			});
			const worker = provenance(cluster, id, 'main');
			return `execution ${id} on ${worker}, ${requests.length} gateway calls`;
		});
	}
}

/** A Message Trigger example: pushes to the webhook processor's production URL. */
async function runPushExample({ cluster, session, sandbox, example, test }) {
	await test(`example ${example.name} (pushes to the webhook processor, run by a worker)`, async () => {
		if (example.problem) throw example.problem;
		checkSwaps(example);
		sandbox.reset();
		const trigger = example.start.node;
		const known = (await session.executionIds(example.id)).map((execution) => execution.id);
		await session.activate(example.id);
		let runs;
		let fired;
		try {
			const webhookUrl = cluster.webhookUrl('webhook', trigger);
			await session.waitForWebhook(webhookUrl);
			fired = (await example.expectation.fire({ sandbox, trigger, webhookUrl, session, workflowId: example.id, known })) ?? {};
			runs = await session.waitForExecutions(example.id, known, { count: fired.executions ?? 1, timeoutMs: fired.timeoutMs ?? 60000 });
		} finally {
			await session.deactivate(example.id);
		}
		const all = (await session.executionIds(example.id)).filter((execution) => !known.includes(execution.id));
		assert.equal(all.length, runs.length, `the pushes started ${all.length} executions, expected ${runs.length}`);
		for (const run of runs) if (run.status !== 'success') throw new Error(`execution ${run.id} ended with status "${run.status}": ${errorOf(run)}`);
		const run = runs[runs.length - 1];
		await example.expectation.check({
			run,
			runs,
			output: (nodeName, options) => nodeOutput(run, nodeName, options),
			swapped: example.swapped,
			workflow: example.workflow,
			sandbox,
			requests: [...sandbox.requests],
			fired,
		});
		const workers = runs.map((r) => provenance(cluster, r.id, 'webhook'));
		return `${runs.length} execution(s) enqueued by the webhook processor, run on ${workers.join(', ')}`;
	});
}

module.exports = { runManualExamples, runPushExample, provenance };
