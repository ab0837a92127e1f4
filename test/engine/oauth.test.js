'use strict';
const { startSandbox } = require('../sandbox');
const { runNode, sandboxCredentials, CREDENTIAL_TYPE } = require('../support/engine');
const { testCredential } = require('../support/credentialTest');

const GET_TOKEN = 'system.oauth2:getToken-1';
const POSTPONE = 'system.oauth2:postponeToken-1';
const whoAmI = {
	resource: 'customApi',
	operation: 'call',
	namespace: 'com.alibaba.account',
	apiName: 'alibaba.account.basic',
	version: 1,
	parameters: '{}',
};

function only(sandbox, api) {
	return sandbox.requests.filter((request) => request.api === api);
}

describe('connecting once: tokens renewed without user action', () => {
	let sandbox;
	beforeAll(async () => {
		sandbox = await startSandbox();
	});
	afterAll(async () => sandbox.close());
	beforeEach(() => sandbox.reset());

	test('only a refresh token: the node fetches an access token, stores it, and reuses it next time', async () => {
		const credentials = sandboxCredentials(sandbox, { accessToken: '' });
		const first = await runNode({ parameters: whoAmI, credentials });
		expect(first.error).toBeUndefined();
		expect(first.items[0].result.loginId).toBe(sandbox.fixtures.member.loginId);
		// Refreshed at param2 (1688's guide and official SDKs), unsigned; extended at param2, unsigned too.
		expect(
			only(sandbox, GET_TOKEN).map((r) => [r.protocol, r.params.grant_type, r.errorCode]),
		).toEqual([['param2', 'refresh_token', null]]);
		expect(only(sandbox, GET_TOKEN)[0].params).not.toHaveProperty('_aop_signature');
		const stored = first.credentialsHelper.store[CREDENTIAL_TYPE];
		expect(stored.oauthAccessToken).toMatch(/\w{16,}/);
		// The seeded refresh token is in its last 30 days, so it was extended right away.
		expect(only(sandbox, POSTPONE).map((r) => [r.protocol, r.errorCode])).toEqual([
			['param2', null],
		]);
		expect(Object.keys(only(sandbox, POSTPONE)[0].params).sort()).toEqual([
			'access_token',
			'client_id',
			'client_secret',
			'refresh_token',
		]);
		expect(stored.refreshTokenExpiresAt - Date.now()).toBeGreaterThan(170 * 24 * 3600 * 1000);

		sandbox.clearRequests();
		const second = await runNode({ parameters: whoAmI, credentials: stored });
		expect(second.error).toBeUndefined();
		expect(only(sandbox, GET_TOKEN)).toHaveLength(0);
	});

	test('a stored access token that has already expired is renewed and the call retried once', async () => {
		sandbox.expireAccessToken(sandbox.credentials.accessToken);
		const { items, error, credentialsHelper } = await runNode({
			parameters: whoAmI,
			credentials: sandboxCredentials(sandbox),
		});
		expect(error).toBeUndefined();
		expect(items[0].result.loginId).toBe(sandbox.fixtures.member.loginId);
		const calls = only(sandbox, 'com.alibaba.account:alibaba.account.basic-1');
		expect(calls.map((r) => r.errorCode)).toEqual(['401', null]);
		expect(calls[1].params.access_token).toBe(
			credentialsHelper.store[CREDENTIAL_TYPE].oauthAccessToken,
		);
		expect(only(sandbox, GET_TOKEN)).toHaveLength(1);
	});

	test('an invalid refresh token: one clear error, one attempt, no loop of retries', async () => {
		sandbox.expireAccessToken(sandbox.credentials.accessToken);
		const credentials = sandboxCredentials(sandbox, { refreshToken: 'not-a-refresh-token' });
		const { error } = await runNode({ parameters: whoAmI, credentials });
		expect(error.name).toBe('NodeApiError');
		expect(error.message).toBe('Could not get a valid 1688 access token [TOKEN_UNAVAILABLE]');
		expect(error.description).toMatch(
			/^1688 refused the refresh token \(invalid_grant: .+\): it has expired \(refresh tokens last about 180 days\) or was revoked\. Authorise the app again/,
		);
		expect(JSON.stringify(error)).not.toContain('not-a-refresh-token');
		expect(only(sandbox, GET_TOKEN)).toHaveLength(1);
		expect(only(sandbox, 'com.alibaba.account:alibaba.account.basic-1')).toHaveLength(1);
	});

	test('neither token: an API that acts for the account says what to paste, before any request', async () => {
		const { error } = await runNode({
			parameters: whoAmI,
			credentials: sandboxCredentials(sandbox, { accessToken: '', refreshToken: '' }),
		});
		expect(error.message).toBe('Could not get a valid 1688 access token [TOKEN_UNAVAILABLE]');
		expect(error.description).toMatch(
			/^com\.alibaba\.account:alibaba\.account\.basic-1 acts for a 1688 account and needs that account's authorisation \(an access token\), but the credential holds only the App Key and App Secret\. Authorise the app again: open https:\/\/auth\.1688\.com\/oauth\/authorize\?client_id=<App Key>/,
		);
		expect(error.description).not.toContain('1688 said');
		expect(sandbox.requests).toHaveLength(0);
	});

	test('a newly pasted access token replaces a stale stored one', async () => {
		const credentials = sandboxCredentials(sandbox, {
			oauthAccessToken: 'stale-token',
			adoptedAccessToken: 'older-paste',
			refreshToken: '',
		});
		const { error } = await runNode({ parameters: whoAmI, credentials });
		expect(error).toBeUndefined();
		expect(
			only(sandbox, 'com.alibaba.account:alibaba.account.basic-1').map(
				(r) => r.params.access_token,
			),
		).toEqual(['stale-token', sandbox.credentials.accessToken]);
	});

	test('the credential test passes with only a refresh token and stores the fetched access token', async () => {
		const result = await testCredential(sandboxCredentials(sandbox, { accessToken: '' }));
		expect(result.status).toBe('OK');
		expect(result.stored.oauthAccessToken).toMatch(/\w{16,}/);
	});

	test('authorising in the browser: the code pasted into the credential is exchanged for both tokens', async () => {
		const redirectUri = 'https://n8n.example.test/oauth-done';
		const authorize = `${sandbox.url}/oauth/authorize?client_id=${sandbox.credentials.appKey}&site=1688&redirect_uri=${encodeURIComponent(redirectUri)}&state=s1`;
		const response = await fetch(authorize, { redirect: 'manual' });
		expect(response.status).toBe(302);
		const code = new URL(response.headers.get('location')).searchParams.get('code');
		expect(code).toBeTruthy();

		const credentials = sandboxCredentials(sandbox, {
			accessToken: '',
			refreshToken: '',
			authorizationCode: code,
			redirectUri,
		});
		const { items, error, credentialsHelper } = await runNode({ parameters: whoAmI, credentials });
		expect(error).toBeUndefined();
		expect(items[0].result.loginId).toBe(sandbox.fixtures.member.loginId);
		const stored = credentialsHelper.store[CREDENTIAL_TYPE];
		expect(stored.refreshToken).toMatch(/\w{16,}/);
		expect(stored.exchangedCode).toBe(code);
		expect(
			only(sandbox, GET_TOKEN).map((r) => [r.protocol, r.params.grant_type, r.errorCode]),
		).toEqual([['http', 'authorization_code', null]]);

		// Codes are single use: the next run keeps using the stored tokens.
		sandbox.clearRequests();
		expect((await runNode({ parameters: whoAmI, credentials: stored })).error).toBeUndefined();
		expect(only(sandbox, GET_TOKEN)).toHaveLength(0);
	});
});
