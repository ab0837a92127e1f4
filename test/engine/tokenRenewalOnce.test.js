'use strict';
/**
 * Issue 28: one token renewal in flight per credential (the others wait for it), and the credential's secrets
 * kept out of every error text, also when 1688 or the token endpoint repeats the request in its error.
 */
const { useSandbox, nodeRunner } = require('../support/sandboxSuite');
const { runNode, sandboxCredentials } = require('../support/engine');

const GET_TOKEN = 'system.oauth2:getToken-1';
const ORDER_GET = 'com.alibaba.trade:alibaba.trade.get.buyerView-1';

const sandbox = useSandbox({ resetEach: true });
const only = (api) => sandbox().requests.filter((request) => request.api === api);

/** Order → Get of each of `count` seeded orders, one input item each (reads: 8 items side by side). */
function readOrders(count, credentials, extra = {}) {
	const ids = [...sandbox().store.orders.keys()];
	const items = Array.from({ length: count }, (_, n) => ({ orderId: ids[n % ids.length] }));
	return runNode({
		parameters: { resource: 'order', operation: 'get', orderId: '={{ $json.orderId }}' },
		credentials,
		items,
		...extra,
	});
}

describe('one token renewal per credential at a time', () => {
	test('60 reads with an expired access token: one token request, every read answered', async () => {
		sandbox().expireAccessToken(sandbox().credentials.accessToken);
		const { error, items } = await readOrders(60, sandboxCredentials(sandbox()));
		expect(error).toBeUndefined();
		expect(items).toHaveLength(60);
		expect(only(GET_TOKEN)).toHaveLength(1);
		// Each read was refused at most once: no read renewed on its own.
		expect(
			only(ORDER_GET).filter((request) => request.errorCode === '401').length,
		).toBeLessThanOrEqual(8);
		expect(only(ORDER_GET).filter((request) => request.errorCode === null)).toHaveLength(60);
	});

	test('20 items with a revoked refresh token: one token request, and each item says why', async () => {
		sandbox().expireAccessToken(sandbox().credentials.accessToken);
		const credentials = sandboxCredentials(sandbox(), {
			refreshToken: 'revoked-refresh-token-0001',
		});
		const { items } = await readOrders(20, credentials, { continueOnFail: true });
		expect(items).toHaveLength(20);
		for (const item of items)
			expect(item.error).toBe('Could not get a valid 1688 access token [TOKEN_UNAVAILABLE]');
		expect(items[19].details.hint).toMatch(/^1688 refused the refresh token \(invalid_grant/);
		expect(only(GET_TOKEN)).toHaveLength(1);
	});

	test('no access token stored yet: 20 reads side by side fetch it once', async () => {
		const { error, items } = await readOrders(
			20,
			sandboxCredentials(sandbox(), { accessToken: '' }),
		);
		expect(error).toBeUndefined();
		expect(items).toHaveLength(20);
		expect(only(GET_TOKEN)).toHaveLength(1);
		expect(only(ORDER_GET).every((request) => request.errorCode === null)).toBe(true);
	});
});

describe('secrets that the other side repeats are redacted', () => {
	const run = nodeRunner(sandbox);

	test('an error text that repeats the request: no access token in the node error or the error item', async () => {
		const { accessToken } = sandbox().credentials;
		sandbox().injectFault({ api: ORDER_GET, kind: 'echoParams', times: 2 });
		const orderId = sandbox().fixtures.orderIdByStatus.waitbuyerpay;
		const stopped = await run({ resource: 'order', operation: 'get', orderId });
		expect(stopped.error.message).toContain('[isp.InvalidParameter]');
		expect(stopped.error.message).toContain('access_token=[redacted]');
		const failed = await run(
			{ resource: 'order', operation: 'get', orderId },
			{ continueOnFail: true },
		);
		for (const text of [
			JSON.stringify(stopped.error),
			stopped.error.message,
			stopped.error.description,
			JSON.stringify(failed.items),
		]) {
			expect(text).not.toContain(accessToken);
		}
		expect(only(ORDER_GET)[0].params.access_token).toBe(accessToken);
	});

	test('a token endpoint that repeats the refresh request: neither App Secret nor refresh token in the error', async () => {
		const credentials = sandboxCredentials(sandbox());
		sandbox().expireAccessToken(credentials.accessToken);
		sandbox().injectFault({ api: GET_TOKEN, kind: 'echoParams' });
		const { error } = await run({
			resource: 'order',
			operation: 'get',
			orderId: sandbox().fixtures.orderIdByStatus.waitbuyerpay,
		});
		expect(error.message).toBe('Could not get a valid 1688 access token [TOKEN_UNAVAILABLE]');
		expect(error.description).toContain('client_secret=[redacted]');
		const texts = JSON.stringify(error) + error.description;
		for (const secret of [credentials.appSecret, credentials.refreshToken, credentials.accessToken])
			expect(texts).not.toContain(secret);
		expect(only(GET_TOKEN)[0].params.client_secret).toBe(credentials.appSecret);
	});
});
