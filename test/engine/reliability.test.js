'use strict';
const { useSandbox } = require('../support/sandboxSuite');
const { runNode, sandboxCredentials } = require('../support/engine');
const { useVirtualClock } = require('../support/virtualClock');

const sandbox = useSandbox({ resetEach: true });
// Retries and the pace's waits in virtual time: these tests prove what is retried, not how long it takes.
const waits = useVirtualClock();

const PRODUCT_GET = 'com.alibaba.product:alibaba.product.get-1';
const ACCOUNT = 'com.alibaba.account:alibaba.account.basic-1';
const getProduct = (offerId) => ({ resource: 'product', operation: 'get', offerId });
const customCall = (readOnly) => ({
	resource: 'customApi',
	operation: 'call',
	namespace: 'com.alibaba.account',
	apiName: 'alibaba.account.basic',
	version: 1,
	parameters: '{}',
	readOnly,
});
// A short timeout, so that a gateway which never answers fails fast (in real time: the socket's timeout).
const credentials = () => sandboxCredentials(sandbox(), { timeoutSeconds: 0.3 });
const callsTo = (api) => sandbox().requests.filter((request) => request.api === api);

function expectNoSecrets(value) {
	const text = JSON.stringify(value, (_key, v) =>
		v instanceof Error ? { ...v, message: v.message, description: v.description } : v,
	);
	for (const secret of [
		sandbox().credentials.appSecret,
		sandbox().credentials.accessToken,
		sandbox().credentials.refreshToken,
	]) {
		expect(text).not.toContain(secret);
	}
	expect(text).not.toContain('_aop_signature');
}

describe('throttling', () => {
	describe('retried throttle answers', () => {
		// A gateway of their own: the throttles they inject teach the process's pacer for that gateway a lower
		// pace (as they would in n8n), which the other tests here must not inherit.
		const throttling = useSandbox({ resetEach: true });
		const throttledCallsTo = (api) =>
			throttling().requests.filter((request) => request.api === api);

		test('a read that is throttled twice is retried and succeeds on the third try', async () => {
			throttling().injectFault({ api: PRODUCT_GET, kind: 'throttle', times: 2 });
			const offerId = String(throttling().fixtures.offerOneSku.offerId);
			const { items, error } = await runNode({
				parameters: getProduct(offerId),
				credentials: sandboxCredentials(throttling()),
			});
			expect(error).toBeUndefined();
			expect(items[0].offerId).toBe(offerId);
			expect(throttledCallsTo(PRODUCT_GET).map((r) => r.errorCode)).toEqual([
				'gw.QosAppFrequencyLimit',
				'gw.QosAppFrequencyLimit',
				null,
			]);
		});

		test('a write is re-sent after a throttle answer, the one safe case', async () => {
			throttling().injectFault({ api: ACCOUNT, kind: 'throttle', times: 1 });
			const { items, error } = await runNode({
				parameters: customCall(false),
				credentials: sandboxCredentials(throttling()),
			});
			expect(error).toBeUndefined();
			expect(items[0].result.loginId).toBe(throttling().fixtures.member.loginId);
			expect(throttledCallsTo(ACCOUNT)).toHaveLength(2);
		});
	});
});

describe('faults', () => {
	test.each([
		['html', 'HTML_RESPONSE', /web page instead of data/],
		['empty', 'EMPTY_RESPONSE', /empty answer/],
		['truncated', 'INVALID_RESPONSE', /not valid JSON/],
		['invalidJson', 'INVALID_RESPONSE', /not valid JSON/],
		['status500', null, /./],
		['reset', null, /reset before it answered/],
		['timeout', null, /did not answer in time/],
	])(
		'%s: a read is retried; when the fault persists it is a clear NodeApiError',
		async (kind, code, message) => {
			sandbox().injectFault({ api: PRODUCT_GET, kind, times: 1 });
			const offerId = String(sandbox().fixtures.offerOneSku.offerId);
			const once = await runNode({ parameters: getProduct(offerId), credentials: credentials() });
			expect(once.error).toBeUndefined();
			expect(once.items[0].offerId).toBe(offerId);
			expect(callsTo(PRODUCT_GET)).toHaveLength(2);
			// One retry, after the policy's first delay (500 ms, with jitter down to half).
			expect(waits()).toEqual([expect.any(Number)]);
			expect(waits()[0]).toBeGreaterThanOrEqual(250);
			expect(waits()[0]).toBeLessThanOrEqual(500);

			sandbox().clearRequests();
			sandbox().injectFault({ api: PRODUCT_GET, kind, times: 3 });
			const { error } = await runNode({
				parameters: getProduct(offerId),
				credentials: credentials(),
			});
			expect(error.name).toBe('NodeApiError');
			expect(error.message).toMatch(message);
			if (code) expect(error.message).toContain(`[${code}]`);
			expect(error.message).not.toMatch(/Unexpected token|undefined/);
			expect(callsTo(PRODUCT_GET)).toHaveLength(3);
			expectNoSecrets(error);
		},
	);

	test.each(['status500', 'reset', 'timeout', 'html'])(
		'%s: a write is never re-sent',
		async (kind) => {
			sandbox().injectFault({ api: ACCOUNT, kind, times: 3 });
			const { error } = await runNode({
				parameters: customCall(false),
				credentials: credentials(),
			});
			expect(error.name).toBe('NodeApiError');
			expect(callsTo(ACCOUNT)).toHaveLength(1);
		},
	);

	test('a read-only custom call is retried after a passing fault', async () => {
		sandbox().injectFault({ api: ACCOUNT, kind: 'reset', times: 1 });
		const { error, items } = await runNode({
			parameters: customCall(true),
			credentials: credentials(),
		});
		expect(error).toBeUndefined();
		expect(items[0].result.loginId).toBe(sandbox().fixtures.member.loginId);
		expect(callsTo(ACCOUNT)).toHaveLength(2);
	});

	test('with continue-on-fail a faulted item goes to the error output shape', async () => {
		sandbox().injectFault({ api: PRODUCT_GET, kind: 'html', times: 3 });
		const { items, error } = await runNode({
			parameters: getProduct(String(sandbox().fixtures.offerOneSku.offerId)),
			credentials: credentials(),
			continueOnFail: true,
		});
		expect(error).toBeUndefined();
		expect(Object.keys(items[0])).toEqual(['error', 'details']);
		expect(items[0].error).toContain('[HTML_RESPONSE]');
		expect(items[0].details.code).toBe('HTML_RESPONSE');
		expectNoSecrets(items);
	});

	test('with continue-on-fail the other items carry on, in input order', async () => {
		const good = String(sandbox().fixtures.offerOneSku.offerId);
		const other = String(sandbox().fixtures.offerManySkus.offerId);
		const { items, pairedItems, error } = await runNode({
			parameters: getProduct('={{ $json.id }}'),
			credentials: credentials(),
			items: [{ id: good }, { id: String(sandbox().fixtures.unknownOfferId) }, { id: other }],
			continueOnFail: true,
		});
		expect(error).toBeUndefined();
		expect(items.map((item) => item.offerId ?? item.details.code)).toEqual([
			good,
			'500_004',
			other,
		]);
		expect(pairedItems).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expectNoSecrets(items);
	});

	test("without continue-on-fail the node stops with the failing item's index", async () => {
		const good = String(sandbox().fixtures.offerOneSku.offerId);
		const { error } = await runNode({
			parameters: getProduct('={{ $json.id }}'),
			credentials: credentials(),
			items: [{ id: good }, { id: String(sandbox().fixtures.unknownOfferId) }],
		});
		expect(error.context.itemIndex).toBe(1);
	});

	test('a connection refused is a clear error without secrets', async () => {
		const { error } = await runNode({
			parameters: getProduct('1'),
			credentials: sandboxCredentials(sandbox(), { baseUrl: 'http://127.0.0.1:9' }),
		});
		expect(error.message).toBe('Could not connect to the 1688 gateway (connection refused)');
		expect(error.description).toContain('(ECONNREFUSED)');
		expectNoSecrets(error);
	});
});
