'use strict';
/**
 * A token that expires in real time in the middle of a Return All (the sandbox's latency and token lifetime
 * decide when): the call that meets it is renewed and resent once, every order comes once.
 */
const { startSandbox } = require('../sandbox');
const { runNode, sandboxCredentials } = require('../support/engine');

const GET_TOKEN = 'system.oauth2:getToken-1';
const ORDER_LIST = 'com.alibaba.trade:alibaba.trade.getBuyerOrderList-1';
const allOrders = { resource: 'order', operation: 'getMany', returnAll: true };
const only = (sandbox, api) => sandbox.requests.filter((request) => request.api === api);

describe('a long Return All that crosses the token expiry', () => {
	let sandbox;
	beforeAll(async () => {
		// Every answer takes 1 s and tokens live 2.5 s: the first token is issued at 0 s (answered at 1 s,
		// then the refresh token is extended until 2 s), page 1 arrives at 2 s, page 2 at 3 s: expired.
		sandbox = await startSandbox({ accessTokenTtlMs: 2500, latencyMs: 1000 });
	});
	afterAll(async () => sandbox.close());

	test('finishes with every order exactly once', async () => {
		const { items, error } = await runNode({
			parameters: allOrders,
			credentials: sandboxCredentials(sandbox, { accessToken: '' }),
		});
		expect(error).toBeUndefined();
		expect(items).toHaveLength(sandbox.fixtures.orderCount);
		expect(new Set(items.map((order) => order.orderId)).size).toBe(sandbox.fixtures.orderCount);
		const pages = only(sandbox, ORDER_LIST);
		expect(pages.map((r) => [r.params.page, r.errorCode])).toEqual([
			['1', null],
			['2', '401'],
			['2', null],
		]);
		expect(only(sandbox, GET_TOKEN)).toHaveLength(2);
	}, 30000);
});
