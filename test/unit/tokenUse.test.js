'use strict';
const { credentialOptionsFor } = require('../../dist/nodes/shared/transport/tokenUse');

const node = { credentials: { alibaba1688Api: { id: 'c1', name: '1688 account' } } };
const credentials = {
	appKey: '1000000',
	appSecret: 'test123',
	accessToken: 'pasted',
	refreshToken: 'r1',
	authorizationCode: '',
	oauthAccessToken: 'current',
	baseUrl: 'http://gw.test',
};

describe('credentialOptionsFor: how a call uses the account token', () => {
	test('stored: n8n uses the credential as it is', () => {
		expect(credentialOptionsFor('stored', node, credentials)).toBeUndefined();
	});

	test('renew: the same credential with its expirable field emptied, so n8n runs preAuthentication first', () => {
		const options = credentialOptionsFor('renew', node, credentials);
		expect(options.credentialsDecrypted).toEqual({
			id: 'c1',
			name: '1688 account',
			type: 'alibaba1688Api',
			data: { ...credentials, oauthAccessToken: '' },
		});
		expect(credentials.oauthAccessToken).toBe('current');
	});

	test('none: App Key, Secret and settings only; the token fields are absent, not empty', () => {
		const { data } = credentialOptionsFor('none', node, credentials).credentialsDecrypted;
		expect(data).toEqual({ appKey: '1000000', appSecret: 'test123', baseUrl: 'http://gw.test' });
		expect('oauthAccessToken' in data).toBe(false);
	});
});
