'use strict';
/**
 * Item 5 (and the polling example of item 2): examples/1688-stock-alert.json activated with n8n's durable
 * scheduler and durable poll cursors on. Polls run on the main; each execution a poll starts is run by a
 * worker. Between the poll that recorded the baseline and the poll after a stock change, the main is
 * restarted (SIGTERM, then a new process); the change must be reported exactly once after the restart,
 * then a second change exactly once and without the first repeated. The trigger's state must be the
 * durable cursor in n8n's poller_state table, committed by n8n with the execution it started.
 * Found: n8n commits nothing from the poll it runs on activation, so the baseline is the first scheduled
 * poll's (a change in the minute after activation is not reported); the check waits for that baseline.
 */
const assert = require('node:assert/strict');
const { nodeOutput } = require('../../e2e/lib/recorded');
const { checkSwaps, checkExample, errorOf } = require('../../e2e/examples');
const { provenance, pollerCursor, waitForBaseline, FIRST_POLL_WAIT_MS } = require('./examples');
const { sleep } = require('../lib/executions');

/** n8n 2.40 polls at most once a minute; a restart can cost one scheduled poll. */
const POLL_WAIT_MS = 200000;
/** The example this check is written for: its expectation changes the stock of one SKU of a watched offer. */
const STOCK_ALERT = '1688-stock-alert';

/**
 * @param {{ cluster: object, sandbox: object, postgres: object, test: Function, example: object,
 *   getSession: () => object, renewSession: () => Promise<object> }} ctx  the REST session is renewed after the restart
 */
async function runPollingChecks({
	cluster,
	sandbox,
	postgres,
	test,
	example,
	getSession,
	renewSession,
}) {
	const trigger = () =>
		example.workflow.nodes.find((node) => node.name === example.start.node.name);
	let active = false;
	let firstRun;
	try {
		await test(`example ${example.name}: the change after a main restart reported once, by a worker (durable poll cursors)`, async () => {
			if (example.problem) throw example.problem;
			checkSwaps(example);
			sandbox.reset();
			const session = getSession();
			const known = (await session.executionIds(example.id)).map((execution) => execution.id);
			await session.activate(example.id);
			active = true;
			const activated = Date.now();
			const baseline = await waitForBaseline(
				postgres,
				example.id,
				trigger().id,
				FIRST_POLL_WAIT_MS,
			);
			assert.ok(
				baseline.stock,
				`the baseline is the trigger's stock state (${JSON.stringify(baseline).slice(0, 200)})`,
			);
			const baselineSeconds = ((Date.now() - activated) / 1000).toFixed(0);
			const fired =
				(await example.expectation.fire({
					sandbox,
					trigger: example.start.node,
					session,
					workflowId: example.id,
					known,
				})) ?? {};

			const restartStarted = Date.now();
			await cluster.restartMain();
			const restartSeconds = ((Date.now() - restartStarted) / 1000).toFixed(1);
			const fresh = await renewSession();
			const runs = await fresh.waitForExecutions(example.id, known, {
				count: 1,
				timeoutMs: POLL_WAIT_MS,
			});
			// A poll that raced the change could start a second execution; there must be exactly one.
			await sleep(3000);
			const all = (await fresh.executionIds(example.id)).filter(
				(execution) => !known.includes(execution.id),
			);
			assert.equal(all.length, 1, `one execution after the change (found ${all.length})`);
			const [run] = runs;
			await checkExample(example, { run, runs, sandbox, requests: [...sandbox.requests], fired });
			const worker = provenance(cluster, run.id, 'main');
			firstRun = { id: run.id, fired, known: [...known, run.id] };
			return `baseline committed ${baselineSeconds}s after activation; main restarted in ${restartSeconds}s; execution ${run.id} (poll on the new main) ran on ${worker}`;
		});

		await test(`polling: a second change after the restart is reported once, the first is not repeated; the cursor is durable`, async () => {
			if (!firstRun) throw new Error('the first poll check did not pass');
			const session = getSession();
			const offer = sandbox.store.getOffer(firstRun.fired.offerId);
			const sku = offer.skus.find(
				(candidate) =>
					String(candidate.skuId) !== firstRun.fired.falls.skuId && candidate.amountOnSale >= 10,
			);
			assert.ok(sku, 'another SKU above the threshold');
			const before = sku.amountOnSale;
			sandbox.store.setStock({ offerId: offer.offerId, skuId: sku.skuId, amountOnSale: 4 });
			const runs = await session.waitForExecutions(example.id, firstRun.known, {
				count: 1,
				timeoutMs: POLL_WAIT_MS,
			});
			await sleep(3000);
			const all = (await session.executionIds(example.id)).filter(
				(execution) => !firstRun.known.includes(execution.id),
			);
			assert.equal(all.length, 1, `one execution after the second change (found ${all.length})`);
			const [run] = runs;
			if (run.status !== 'success')
				throw new Error(`execution ${run.id} ended with status "${run.status}": ${errorOf(run)}`);
			const events = nodeOutput(run, example.start.node.name);
			assert.deepEqual(
				events.map((event) => [event.skuId, event.previousStock, event.currentStock]),
				[[String(sku.skuId), before, 4]],
				'exactly the second change: the first SKU (already reported) is not repeated',
			);
			const worker = provenance(cluster, run.id, 'main');
			const cursor = await pollerCursor(postgres, example.id, trigger().id);
			const stored = cursor?.stock?.offers?.[String(offer.offerId)];
			assert.ok(
				stored && typeof stored === 'object',
				`the durable cursor holds the watched offer's SKUs (${JSON.stringify(cursor).slice(0, 200)})`,
			);
			assert.equal(
				stored[String(sku.skuId)],
				4,
				'the durable cursor holds the stock the last poll saw',
			);
			assert.equal(stored[firstRun.fired.falls.skuId], 3, 'and the first change, reported once');
			return `execution ${run.id} on ${worker}; poller_state holds the trigger's state`;
		});
	} finally {
		if (active)
			await getSession()
				.deactivate(example.id)
				.catch(() => undefined);
	}
}

module.exports = { runPollingChecks, STOCK_ALERT };
