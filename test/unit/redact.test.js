'use strict';
const {
	redact,
	redactGatewayError,
	secretsOf,
	REDACTED,
} = require('../../dist/nodes/shared/transport/redact');
const { GatewayError } = require('../../dist/nodes/shared/transport/gatewayError');

describe("redacting the credential's secrets", () => {
	const credentials = {
		appKey: '1000000',
		appSecret: 'test123',
		accessToken: 'tok/en+value=',
		refreshToken: 'refresh-abc-123',
		oauthAccessToken: 'fresh-token-1',
		baseUrl: 'http://127.0.0.1',
	};

	test('every secret field, also URL-encoded; the App Key and short values are not secrets', () => {
		const secrets = secretsOf(credentials, { oauthAccessToken: 'renewed-token-2', appSecret: '' });
		expect(secrets).toEqual(
			expect.arrayContaining([
				'test123',
				'tok/en+value=',
				encodeURIComponent('tok/en+value='),
				'refresh-abc-123',
				'fresh-token-1',
				'renewed-token-2',
			]),
		);
		expect(secrets).not.toContain('1000000');
		expect(secretsOf({ appSecret: 'abc' })).toEqual([]);
	});

	test('a text repeating a request loses every secret and keeps the rest', () => {
		const text =
			'bad: access_token=tok%2Fen%2Bvalue%3D&client_secret=test123&refresh_token=refresh-abc-123&app_key=1000000';
		expect(redact(text, secretsOf(credentials))).toBe(
			`bad: access_token=${REDACTED}&client_secret=${REDACTED}&refresh_token=${REDACTED}&app_key=1000000`,
		);
	});

	test('a gateway error is rebuilt only when it held a secret', () => {
		const clean = new GatewayError({
			api: 'a:b-1',
			code: 'X',
			gatewayMessage: 'nothing here',
			requestId: 'r1',
		});
		expect(redactGatewayError(clean, secretsOf(credentials))).toBe(clean);
		const leaky = new GatewayError({
			api: 'a:b-1',
			code: 'X',
			gatewayMessage: 'token fresh-token-1 refused',
			httpStatus: 400,
			outcomeUnknown: true,
		});
		const redacted = redactGatewayError(leaky, secretsOf(credentials));
		expect(redacted).toBeInstanceOf(GatewayError);
		expect(redacted).toMatchObject({
			code: 'X',
			gatewayMessage: `token ${REDACTED} refused`,
			httpStatus: 400,
			outcomeUnknown: true,
		});
		expect(redacted.message).toBe(`X: token ${REDACTED} refused`);
	});
});
