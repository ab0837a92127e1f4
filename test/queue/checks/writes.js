'use strict';
/**
 * Item 6 (issue 28): writes under n8n's Retry On Fail in queue mode. A worker runs the execution and n8n
 * retries the failed node there (every item, same execution): the node's memory of what each try wrote is
 * that worker's, so no order is placed twice.
 *   - An answer lost after 1688 created the order: one order and one request in three tries, the error says
 *     the order MAY have been created.
 *   - Three shop orders, the second refused by 1688: the first is ordered once, the third never, and the
 *     error names the first's order.
 */
const assert = require('node:assert/strict');
const { provenance } = require('./examples');
const { runManually, waitFinished } = require('../lib/executions');

const FAST_CREATE = 'com.alibaba.trade:alibaba.trade.fastCreateOrder-1';

const createsOf = (sandbox) => sandbox.requests.filter((request) => request.api === FAST_CREATE);
const ordersWith = (sandbox, refs) =>
	[...sandbox.store.orders.values()].filter((order) => refs.includes(order.outOrderId));
const errorOf = (run) => run.data?.resultData?.error ?? {};

/** @param {{ cluster: object, session: object, sandbox: object, test: Function, workflows: {lost: object, refused: object}, report: object }} ctx */
async function runWriteChecks({ cluster, session, sandbox, test, workflows, report }) {
	await test('writes: an answer lost after the order was made, Retry On Fail 3 tries on a worker: one order, one request', async () => {
		sandbox.reset();
		sandbox.injectFault({ api: FAST_CREATE, kind: 'lostAnswer', times: 3 });
		const id = await runManually(session, workflows.lost.id);
		const [run] = await waitFinished(session, [id]);
		const worker = provenance(cluster, id, 'main');
		assert.equal(run.status, 'error', 'the execution ends in error');
		assert.match(
			errorOf(run).message ?? '',
			/^The order MAY have been created on 1688/,
			'the error says the order MAY have been created',
		);
		const orders = ordersWith(sandbox, ['QUEUE-LOST-1']);
		assert.equal(orders.length, 1, `one order in the sandbox (${orders.length})`);
		assert.equal(
			createsOf(sandbox).length,
			1,
			`one create request in three tries (${createsOf(sandbox).length})`,
		);
		report.writesLost = { orders: orders.length, requests: createsOf(sandbox).length, worker };
		return `1 order, 1 create request, status error on ${worker}`;
	});

	await test('writes: three shop orders, the second refused, Retry On Fail 3 tries: the first ordered once, the error names it', async () => {
		sandbox.reset();
		const id = await runManually(session, workflows.refused.id);
		const [run] = await waitFinished(session, [id]);
		const worker = provenance(cluster, id, 'main');
		assert.equal(run.status, 'error', 'the execution ends in error');
		const [first] = ordersWith(sandbox, ['QUEUE-A']);
		assert.ok(first, 'the first shop order was placed');
		assert.equal(
			ordersWith(sandbox, ['QUEUE-A', 'QUEUE-B', 'QUEUE-C']).length,
			1,
			'only the first shop order was placed, once',
		);
		const sent = createsOf(sandbox).map((request) => request.params.outOrderId);
		assert.deepEqual(
			sent,
			['QUEUE-A', 'QUEUE-B', 'QUEUE-B', 'QUEUE-B'],
			'A sent once, B (refused) once per try, C never',
		);
		assert.ok(
			JSON.stringify(errorOf(run)).includes(first.id),
			`the execution's error names the order already placed (${first.id})`,
		);
		report.writesRefused = { requests: sent.length, worker };
		return `order ${first.id} once; create requests ${sent.join(', ')}; on ${worker}`;
	});
}

module.exports = { runWriteChecks };
