'use strict';
/**
 * The pace in real time, against the sandbox gateway's own one-second windows: one execution with many items
 * side by side stays inside the gateway's limit.
 */
const { useSandbox } = require('../support/sandboxSuite');
const { runNode, sandboxCredentials } = require('../support/engine');

const sandbox = useSandbox({ resetEach: true });
const PRODUCT_GET = 'com.alibaba.product:alibaba.product.get-1';

test('pacing keeps one execution inside the gateway limit: many items side by side, no throttle answer', async () => {
	// A little under the gateway's limit, as a user would set it: the sandbox runs in this test's
	// process, so its own arrival times jitter with the engine's load.
	sandbox().setQps(6);
	const offerId = String(sandbox().fixtures.offerOneSku.offerId);
	const { items, error } = await runNode({
		parameters: { resource: 'product', operation: 'get', offerId },
		credentials: sandboxCredentials(sandbox(), { requestsPerSecond: 5 }),
		items: Array.from({ length: 12 }, () => ({})),
	});
	expect(error).toBeUndefined();
	expect(items).toHaveLength(12);
	expect(sandbox().requests.filter((r) => r.api === PRODUCT_GET)).toHaveLength(12);
	expect(sandbox().requests.filter((r) => r.errorCode === 'gw.QosAppFrequencyLimit')).toHaveLength(
		0,
	);
});
