'use strict';
const { useSandbox } = require('../support/sandboxSuite');
const { sandboxCredentials } = require('../support/engine');
const { testCredential } = require('../support/credentialTest');

const sandbox = useSandbox();

describe('credential test (what the n8n credential dialog shows)', () => {
	test('right key, secret and token: connection successful, through one signed, authorised call', async () => {
		const result = await testCredential(sandboxCredentials(sandbox()));
		expect(result).toMatchObject({ status: 'OK', message: 'Connection successful!' });
		expect(result.response.result.loginId).toBe(sandbox().fixtures.member.loginId);
		expect(sandbox().requests).toHaveLength(1);
		expect(sandbox().requests[0]).toMatchObject({
			api: 'com.alibaba.account:alibaba.account.basic-1',
			httpStatus: 200,
		});
	});

	test('a wrong App Secret is named as such', async () => {
		const result = await testCredential(
			sandboxCredentials(sandbox(), { appSecret: 'wrong-secret' }),
		);
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(
			/^The App Secret does not belong to this App Key \(gw\.SignatureInvalid\)/,
		);
		expect(sandbox().requests[0].errorCode).toBe('gw.SignatureInvalid');
	});

	test('an expired or unknown access token is named as such', async () => {
		const result = await testCredential(
			sandboxCredentials(sandbox(), { accessToken: 'expired-token' }),
		);
		expect(result).toMatchObject({ status: 'Error' });
		expect(result.message).toMatch(
			/access token is missing, expired or belongs to another app \(401\)/,
		);
	});

	test('an unknown App Key is named as such', async () => {
		const result = await testCredential(sandboxCredentials(sandbox(), { appKey: '9999999' }));
		expect(result.message).toMatch(/does not know this App Key \(gw\.AppKeyNotFound\)/);
	});

	test('a gateway URL with a trailing slash still works', async () => {
		const result = await testCredential(
			sandboxCredentials(sandbox(), { baseUrl: `${sandbox().url}/` }),
		);
		expect(result.status).toBe('OK');
	});

	test('an unreachable gateway reports the network error', async () => {
		const result = await testCredential(
			sandboxCredentials(sandbox(), { baseUrl: 'http://127.0.0.1:9' }),
		);
		expect(result).toEqual({ status: 'Error', message: 'ECONNREFUSED' });
	});
});
