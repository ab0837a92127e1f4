'use strict';
/**
 * A gateway whose real limit (2 calls per second per app) is far below the credential's Requests per
 * Second (10, the default): the package learns the limit from the throttle answers and keeps to it.
 * Counted at the sandbox (when calls arrived, how they were answered), never timed.
 */
const { useSandbox } = require('../support/sandboxSuite');
const { runNode, sandboxCredentials } = require('../support/engine');
const { perSecond, median } = require('../support/rates');
// The instance the engine runs (n8n-core and the package are loaded once per jest worker: test/support/n8nModules.js).
const { sharedPacer } = require('../support/n8nModules').packageModule(
	'nodes/shared/transport/sharedPacers',
);

/** The credential's default Requests per Second, which these tests leave as users do. */
const DEFAULT_RATE = { requestsPerSecond: 10 };

const GATEWAY_LIMIT = 2;
const THROTTLED = 'gw.QosAppFrequencyLimit';

/** Any 1688 API → Call marked Read-Only; `caller` tells the gateway's log which execution sent it. */
const readOnlyCall = (caller) => ({
	resource: 'customApi',
	operation: 'call',
	namespace: 'com.alibaba.account',
	apiName: 'alibaba.account.basic',
	version: 1,
	parameters: JSON.stringify({ caller }),
	readOnly: true,
});
const productGet = {
	resource: 'product',
	operation: 'get',
	offerId: '={{ $json.id }}',
	oneItemPerSku: false,
};

/** What the gateway saw once learning was over: its limit taken each second, throttles only from the pace's rare probes. */
function expectLearnedLimit(sandbox) {
	const log = sandbox.requests.map((request) => ({
		at: request.at,
		ok: request.errorCode !== THROTTLED,
	}));
	const arrivals = log.map((entry) => entry.at);
	// Whole seconds since the first call reached the gateway, the last (partial) one left out.
	const afterLearning = perSecond(log, Math.min(...arrivals), Math.max(...arrivals)).slice(2);
	expect(afterLearning.length).toBeGreaterThan(5);
	expect(median(afterLearning.map((second) => second.accepted))).toBe(GATEWAY_LIMIT);
	// Probing for a faster pace costs a throttle answer now and then, ever more rarely (after 5 s, 10 s…).
	expect(afterLearning.filter((second) => second.throttled > 0).length).toBeLessThanOrEqual(2);
	expect(sharedPacer(sandbox.url, sandbox.apps.full.appKey, Date.now()).estimate).toBe(
		GATEWAY_LIMIT,
	);
}

// Each test has a gateway of its own, so that each starts with nothing learned.
describe('one execution', () => {
	const sandbox = useSandbox({ qps: GATEWAY_LIMIT });

	test('8 items in flight, credential at 10/s: the pace settles at the gateway limit, no error surfaces', async () => {
		const offerIds = [...sandbox().store.offers.keys()].slice(0, 24).map(String);
		const { items, error } = await runNode({
			parameters: productGet,
			credentials: sandboxCredentials(sandbox(), DEFAULT_RATE),
			items: offerIds.map((id) => ({ id })),
		});
		expect(error).toBeUndefined();
		expect(items.map((item) => item.offerId)).toEqual(offerIds);
		// Each item's call was accepted once; everything else the gateway saw was a throttled try, retried.
		const requests = sandbox().requests;
		expect(requests.filter((request) => request.errorCode === null)).toHaveLength(offerIds.length);
		expect(
			requests.every((request) => request.errorCode === null || request.errorCode === THROTTLED),
		).toBe(true);
		expectLearnedLimit(sandbox());
	});
});

describe('two executions', () => {
	const sandbox = useSandbox({ qps: GATEWAY_LIMIT });

	test('two executions at once with one credential share the pace: together at the gateway limit', async () => {
		const credentials = sandboxCredentials(sandbox(), DEFAULT_RATE);
		const items = Array.from({ length: 12 }, () => ({}));
		const runs = await Promise.all([
			runNode({ parameters: readOnlyCall('a'), credentials, items }),
			runNode({ parameters: readOnlyCall('b'), credentials, items }),
		]);
		for (const run of runs) {
			expect(run.error).toBeUndefined();
			expect(run.items.map((item) => item.result.loginId)).toEqual(
				items.map(() => sandbox().fixtures.member.loginId),
			);
		}
		const requests = sandbox().requests;
		expect(requests.filter((request) => request.errorCode === null)).toHaveLength(24);
		// Side by side all along, not one after the other.
		const callers = (part) => [...new Set(part.map((request) => request.params.caller))].sort();
		expect(callers(requests.slice(0, 12))).toEqual(['a', 'b']);
		expect(callers(requests.slice(-12))).toEqual(['a', 'b']);
		expectLearnedLimit(sandbox());
	});
});
