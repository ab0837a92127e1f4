'use strict';
/**
 * 1688's token error recognised by its body at any HTTP status, renewed once; APIs without user
 * authorisation called with App Key and Secret alone. Runs on n8n 2.x (`npm test`) and 1.x (`npm run test:compat`).
 */
const { useSandbox, nodeRunner } = require('../support/sandboxSuite');
const { sandboxCredentials, CREDENTIAL_TYPE } = require('../support/engine');

const ACCOUNT = 'com.alibaba.account:alibaba.account.basic-1';
const CATEGORY = 'com.alibaba.product:alibaba.category.get-1';
const ORDER_GET = 'com.alibaba.trade:alibaba.trade.get.buyerView-1';
const GET_TOKEN = 'system.oauth2:getToken-1';
const whoAmI = {
	resource: 'customApi',
	operation: 'call',
	namespace: 'com.alibaba.account',
	apiName: 'alibaba.account.basic',
	version: 1,
	parameters: '{}',
};
const rootCategory = {
	resource: 'category',
	operation: 'get',
	categoryId: { __rl: true, mode: 'id', value: '0' },
};

const sandbox = useSandbox({ resetEach: true });
const run = nodeRunner(sandbox);
const calls = (api) => sandbox().requests.filter((request) => request.api === api);

describe('a token error that does not come as HTTP 401', () => {
	test.each([
		['HTTP 400', 'tokenRefused', 400],
		['HTTP 200', 'tokenRefused200', 200],
	])(
		'at %s: recognised by its body, renewed once from the refresh token, resent with the new token',
		async (_, kind, status) => {
			sandbox().injectFault({ api: ACCOUNT, kind, times: 1 });
			const { items, error, credentialsHelper } = await run(whoAmI);
			expect(error).toBeUndefined();
			expect(items[0].result.loginId).toBe(sandbox().fixtures.member.loginId);
			expect(calls(ACCOUNT).map((r) => [r.httpStatus, r.errorCode])).toEqual([
				[status, '401'],
				[200, null],
			]);
			const renewed = credentialsHelper.store[CREDENTIAL_TYPE].oauthAccessToken;
			expect(renewed).toMatch(/^[0-9a-f]{32}$/);
			expect(calls(ACCOUNT)[0].params.access_token).toBe(sandbox().credentials.accessToken);
			expect(calls(ACCOUNT)[1].params.access_token).toBe(renewed);
			expect(calls(GET_TOKEN).map((r) => [r.protocol, r.params.grant_type])).toEqual([
				['param2', 'refresh_token'],
			]);
		},
	);

	test('refused again after the renewal: one clear 401 error, one renewal, no loop', async () => {
		sandbox().injectFault({ api: ORDER_GET, kind: 'tokenRefused', times: 5 });
		const orderId = sandbox().fixtures.orderIdByStatus.waitbuyerpay;
		const { error } = await run({ resource: 'order', operation: 'get', orderId });
		expect(error.message).toBe(
			'1688 needs a valid access token (Request need user authorized) [401]',
		);
		expect(calls(ORDER_GET)).toHaveLength(2);
		expect(calls(GET_TOKEN)).toHaveLength(1);
		expect(JSON.stringify(error)).not.toContain(sandbox().credentials.refreshToken);
	});

	test('an HTTP 401 is renewed the same way, once, on every n8n line', async () => {
		sandbox().expireAccessToken(sandbox().credentials.accessToken);
		const { error } = await run(whoAmI);
		expect(error).toBeUndefined();
		expect(calls(ACCOUNT).map((r) => [r.httpStatus, r.errorCode])).toEqual([
			[401, '401'],
			[200, null],
		]);
		expect(calls(GET_TOKEN)).toHaveLength(1);
	});

	test('alibaba.trade.receiveAddress.get\'s own refusal (code 400 "api need authorized", its page) is renewed the same way', async () => {
		sandbox().expireAccessToken(sandbox().credentials.accessToken);
		const { error, items } = await run({ resource: 'address', operation: 'getMany' });
		expect(error).toBeUndefined();
		expect(items.length).toBeGreaterThan(0);
		const addressCalls = calls('com.alibaba.trade:alibaba.trade.receiveAddress.get-1');
		expect(addressCalls.map((r) => r.httpStatus)).toEqual([400, 200]);
		expect(calls(GET_TOKEN)).toHaveLength(1);
	});
});

describe('APIs whose doc page says "No user authorization"', () => {
	test('Category → Get works with App Key and Secret alone: no token demanded, none sent', async () => {
		const credentials = sandboxCredentials(sandbox(), { accessToken: '', refreshToken: '' });
		const { items, error, credentialsHelper } = await run(rootCategory, { credentials });
		expect(error).toBeUndefined();
		expect(items[0].children.length).toBeGreaterThan(0);
		expect(calls(CATEGORY)).toHaveLength(1);
		expect(calls(CATEGORY)[0].params).not.toHaveProperty('access_token');
		expect(calls(CATEGORY)[0].params._aop_signature).toMatch(/^[0-9A-F]{40}$/);
		expect(credentialsHelper.updates).toEqual([]);
	});

	test('a credential whose access token expired is not renewed for them', async () => {
		sandbox().expireAccessToken(sandbox().credentials.accessToken);
		const { error, credentialsHelper } = await run(rootCategory, {
			credentials: sandboxCredentials(sandbox(), {
				oauthAccessToken: sandbox().credentials.accessToken,
			}),
		});
		expect(error).toBeUndefined();
		expect(calls(CATEGORY).map((r) => [r.errorCode, r.params.access_token])).toEqual([
			[null, undefined],
		]);
		expect(calls(GET_TOKEN)).toHaveLength(0);
		expect(credentialsHelper.updates).toEqual([]);
	});

	test('an API that acts for the account, with App Key and Secret only: a clear error and no request', async () => {
		const credentials = sandboxCredentials(sandbox(), { accessToken: '', refreshToken: '' });
		const orderId = sandbox().fixtures.orderIdByStatus.waitbuyerpay;
		const { error } = await run({ resource: 'order', operation: 'get', orderId }, { credentials });
		expect(error.message).toBe('Could not get a valid 1688 access token [TOKEN_UNAVAILABLE]');
		expect(error.description).toMatch(
			/^com\.alibaba\.trade:alibaba\.trade\.get\.buyerView-1 acts for a 1688 account and needs that account's authorisation/,
		);
		expect(sandbox().requests).toHaveLength(0);
	});
});
