'use strict';
/**
 * Item 6: the rate limit with two workers. The sandbox allows QPS calls per second for the app; the
 * credential's Requests per Second is set to the same QPS, as a user who knows the limit would. First one
 * execution alone (the baseline), then two workflows on two workers at once: n8n's processes share
 * nothing, so together they offer more than QPS. Promises checked: every throttle answer is retried to
 * exactly one accepted call, none surfaces as an error, the results are complete and right. Reported:
 * the most calls that reached the gateway in any 1 s window (as the sandbox logged their arrival), throttle
 * answers, and the time from the first call to the last against the bound (offers ÷ QPS).
 */
const assert = require('node:assert/strict');
const { provenance } = require('./examples');
const { checkProducts, productCallsOf } = require('./tokens');
const { runManually, waitFinished, isThrottle } = require('../lib/executions');
const { peakPerWindow } = require('../../support/rates');

const QPS = 5;
const LATENCY_MS = 50;

/** Gateway-side figures for the product calls of the given offers. */
function figures(requests, offerIds) {
	const calls = productCallsOf(requests, offerIds);
	const throttled = calls.filter(isThrottle);
	const times = calls.map((r) => r.at);
	const seconds = (Math.max(...times) - Math.min(...times)) / 1000;
	return {
		calls: calls.length,
		throttled: throttled.length,
		peakOffered: peakPerWindow(times),
		seconds: Number(seconds.toFixed(1)),
		boundSeconds: Number((offerIds.length / QPS).toFixed(1)),
	};
}

/** Every throttled call was retried until the gateway accepted it, once: nothing was dropped or sent twice. */
function everyOfferAnsweredOnce(sandbox, offerIds) {
	for (const offerId of offerIds) {
		const answered = sandbox.requests.filter(
			(r) => String(r.params.productID) === offerId && r.httpStatus === 200 && !r.errorCode,
		);
		assert.equal(answered.length, 1, `offer ${offerId}: retried to exactly one accepted call`);
	}
}

/**
 * @param {{ cluster: object, session: object, sandbox: object, test: Function, workflows: {id: string, offerIds: string[]}[], report: object }} ctx
 */
async function runRateLimitChecks({ cluster, session, sandbox, test, workflows, report }) {
	const [a, b, warm] = workflows;
	await test(`rate limit: one execution alone, Requests per Second = the gateway's ${QPS}/s; throttles retried, none surfaces (measured)`, async () => {
		sandbox.reset();
		sandbox.setQps(QPS);
		sandbox.setLatency(LATENCY_MS);
		try {
			// The credential is put in use first: its first requests also store the access token in it.
			const [warmRun] = await waitFinished(session, [await runManually(session, warm.id)]);
			checkProducts(warmRun, warm.offerIds, sandbox, 'credential put in use');
			sandbox.clearRequests();
			const id = await runManually(session, a.id);
			const [run] = await waitFinished(session, [id], { timeoutMs: 400000 });
			checkProducts(run, a.offerIds, sandbox, 'alone');
			const worker = provenance(cluster, id, 'main');
			const alone = figures(sandbox.requests, a.offerIds);
			everyOfferAnsweredOnce(sandbox, a.offerIds);
			report.rateAlone = alone;
			return `${alone.calls} calls on ${worker}: peak ${alone.peakOffered} calls in 1 s, ${alone.throttled} throttled, ${alone.seconds}s (bound ${alone.boundSeconds}s)`;
		} finally {
			sandbox.setLatency(0);
			sandbox.reset();
		}
	});

	await test(`rate limit: two workers at once against the gateway's ${QPS}/s; throttles retried, none surfaces (measured)`, async () => {
		sandbox.reset();
		sandbox.setQps(QPS);
		sandbox.setLatency(LATENCY_MS);
		try {
			const ids = await Promise.all([runManually(session, a.id), runManually(session, b.id)]);
			const runs = await waitFinished(session, ids, { timeoutMs: 400000 });
			checkProducts(runs[0], a.offerIds, sandbox, 'first workflow');
			checkProducts(runs[1], b.offerIds, sandbox, 'second workflow');
			const workers = ids.map((id) => provenance(cluster, id, 'main'));
			assert.notEqual(
				workers[0],
				workers[1],
				`the two executions ran on two workers (both on ${workers[0]})`,
			);
			const offerIds = [...a.offerIds, ...b.offerIds];
			const both = figures(sandbox.requests, offerIds);
			everyOfferAnsweredOnce(sandbox, offerIds);
			report.rateTwoWorkers = { ...both, workers };
			return `${both.calls} calls for ${offerIds.length} offers on ${workers.join(' and ')}: peak ${both.peakOffered} calls in 1 s, ${both.throttled} throttled, ${both.seconds}s (bound ${both.boundSeconds}s)`;
		} finally {
			sandbox.setLatency(0);
			sandbox.reset();
		}
	});
}

module.exports = { runRateLimitChecks, QPS };
