'use strict';
/**
 * Item 4: the access token expires while two workers use the credential at once. Two workflows read
 * disjoint offers (so the gateway log tells their calls apart) with a credential of their own; one run
 * first puts the access token in use, the sandbox then expires it, and both workflows start together.
 * Promises: every call succeeds (items complete and right); every token request answered a refused
 * call (no renewal without a refusal: no loop); the credential n8n stored afterwards works (a further run
 * meets no refusal and renews nothing).
 */
const assert = require('node:assert/strict');
const { provenance } = require('./examples');
const {
	runManually,
	waitFinished,
	outputOrEmpty,
	isTokenRefusal,
	isTokenRequest,
} = require('../lib/executions');
const { NAMES } = require('../workflows');

/**
 * Gateway latency while measured: n8n reads the credential for every request, so the second execution
 * meets the expired token only if its first calls leave before the first execution's renewal is stored.
 */
const LATENCY_MS = 800;

function checkProducts(run, offerIds, sandbox, label) {
	if (run.status !== 'success')
		throw new Error(`${label}: execution ${run.id} ended with status "${run.status}"`);
	const items = outputOrEmpty(run, NAMES.GET_PRODUCT);
	assert.deepEqual(
		items.map((item) => item.offerId),
		offerIds,
		`${label}: one product per offer, in order`,
	);
	items.forEach((item) =>
		assert.equal(
			item.title,
			sandbox.store.getOffer(item.offerId).subject,
			`${label}: offer ${item.offerId} has the sandbox's title`,
		),
	);
}

const productCallsOf = (requests, offerIds) =>
	requests.filter((r) => offerIds.includes(String(r.params.productID)));

/**
 * @param {{ cluster: object, session: object, sandbox: object, test: Function, workflows: {id: string, offerIds: string[]}[], report: object }} ctx
 */
async function runTokenChecks({ cluster, session, sandbox, test, workflows, report }) {
	const [a, b] = workflows;
	await test('tokens: the access token expires while two workers use it; every call succeeds, renewal stops', async () => {
		sandbox.reset();
		sandbox.setLatency(LATENCY_MS);
		try {
			const warmId = await runManually(session, a.id);
			const [warm] = await waitFinished(session, [warmId]);
			checkProducts(warm, a.offerIds, sandbox, 'warm-up');
			const inUse = [
				...new Set(sandbox.requests.map((r) => r.params.access_token).filter(Boolean)),
			];
			assert.ok(inUse.length >= 1, 'the warm-up run used an access token');
			for (const token of inUse)
				assert.ok(sandbox.expireAccessToken(token), `the sandbox knows the token in use`);
			sandbox.clearRequests();

			const ids = await Promise.all([runManually(session, a.id), runManually(session, b.id)]);
			const runs = await waitFinished(session, ids);
			checkProducts(runs[0], a.offerIds, sandbox, 'first workflow');
			checkProducts(runs[1], b.offerIds, sandbox, 'second workflow');
			const workers = ids.map((id) => provenance(cluster, id, 'main'));
			assert.notEqual(
				workers[0],
				workers[1],
				`the two executions ran on two workers (both on ${workers[0]})`,
			);

			const requests = [...sandbox.requests];
			const [callsA, callsB] = [
				productCallsOf(requests, a.offerIds),
				productCallsOf(requests, b.offerIds),
			];
			const overlap =
				Math.min(...callsA.map((r) => r.at)) < Math.max(...callsB.map((r) => r.at)) &&
				Math.min(...callsB.map((r) => r.at)) < Math.max(...callsA.map((r) => r.at));
			assert.ok(overlap, 'the two executions called the gateway at the same time');
			const refusals = requests.filter(isTokenRefusal);
			const renewals = requests.filter(isTokenRequest);
			assert.ok(
				refusals.length >= 2,
				`both executions met the expired token (${refusals.length} refused calls)`,
			);
			assert.ok(
				productCallsOf(refusals, a.offerIds).length > 0 &&
					productCallsOf(refusals, b.offerIds).length > 0,
				'each execution met a refusal',
			);
			assert.ok(renewals.length >= 1, 'the token was renewed');
			assert.ok(
				renewals.length <= refusals.length,
				`no more renewals (${renewals.length}) than refused calls (${refusals.length}): nothing renews in a loop`,
			);
			assert.ok(
				renewals.every((r) => r.httpStatus === 200 && !r.errorCode),
				'every renewal was granted',
			);
			for (const offerId of [...a.offerIds, ...b.offerIds]) {
				const answered = requests.filter(
					(r) => String(r.params.productID) === offerId && r.httpStatus === 200 && !r.errorCode,
				);
				assert.equal(answered.length, 1, `offer ${offerId} was answered exactly once`);
			}

			sandbox.clearRequests();
			const afterId = await runManually(session, b.id);
			const [after] = await waitFinished(session, [afterId]);
			checkProducts(after, b.offerIds, sandbox, 'run after the renewal');
			assert.equal(
				sandbox.requests.filter(isTokenRefusal).length,
				0,
				'the stored credential holds a working token: no refusal afterwards',
			);
			assert.equal(
				sandbox.requests.filter(isTokenRequest).length,
				0,
				'and nothing is renewed afterwards',
			);

			report.tokens = {
				refusals: refusals.length,
				renewals: renewals.length,
				calls: requests.length,
				workers,
			};
			return `${refusals.length} calls refused for the expired token, ${renewals.length} token requests (all granted), on ${workers.join(' and ')}; next run: 0 refusals, 0 renewals`;
		} finally {
			sandbox.setLatency(0);
		}
	});
}

module.exports = { runTokenChecks, checkProducts, productCallsOf };
