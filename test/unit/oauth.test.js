'use strict';
const {
	obtainAccessToken,
	parseTokenTimeout,
	ConnectError,
} = require('../../dist/nodes/shared/transport/oauth');

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 0, 1);

/** A fake token endpoint: answers by grant type / path and records every form it got. */
function endpoint(answers) {
	const calls = [];
	const http = async (options) => {
		const form = Object.fromEntries(new URLSearchParams(options.body));
		const kind = options.url.includes('postponeToken') ? 'postpone' : form.grant_type;
		calls.push({ kind, url: options.url, form });
		const answer = answers[kind];
		if (answer instanceof Error) throw answer;
		return { statusCode: answer?.status ?? 200, body: JSON.stringify(answer?.body ?? {}) };
	};
	return { http, calls };
}

const base = {
	appKey: '1000000',
	appSecret: 'test123',
	baseUrl: 'http://gw.test/',
	oauthAccessToken: '',
};
const future = (days) => {
	const d = new Date(NOW + days * DAY + 8 * 60 * 60 * 1000);
	const p = (n, w = 2) => String(n).padStart(w, '0');
	return `${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}000+0800`;
};

describe('parseTokenTimeout', () => {
	test('reads 17-digit times with a zone and 14-digit ones as China time', () => {
		expect(parseTokenTimeout('20260101080000000+0800')).toBe(Date.UTC(2026, 0, 1));
		expect(parseTokenTimeout('20260101080000')).toBe(Date.UTC(2026, 0, 1));
		expect(parseTokenTimeout('soon')).toBeUndefined();
		expect(parseTokenTimeout(undefined)).toBeUndefined();
	});
});

describe('obtainAccessToken', () => {
	test('a newly pasted access token is taken as it is, without a request', async () => {
		const { http, calls } = endpoint({});
		expect(await obtainAccessToken(http, { ...base, accessToken: 'pasted' }, NOW)).toEqual({
			oauthAccessToken: 'pasted',
			adoptedAccessToken: 'pasted',
		});
		expect(calls).toEqual([]);
	});

	test('once the pasted token was refused, the refresh token renews it (and the pasted one is not retried)', async () => {
		const { http, calls } = endpoint({
			refresh_token: {
				body: {
					access_token: 'fresh',
					refresh_token: 'r1',
					refresh_token_timeout: future(100),
					expires_in: '36000',
				},
			},
		});
		const stored = await obtainAccessToken(
			http,
			{
				...base,
				accessToken: 'pasted',
				adoptedAccessToken: 'pasted',
				oauthAccessToken: 'pasted',
				refreshToken: 'r1',
			},
			NOW,
		);
		expect(stored).toEqual({
			oauthAccessToken: 'fresh',
			refreshToken: 'r1',
			refreshTokenExpiresAt: NOW + 100 * DAY,
		});
		expect(calls).toEqual([
			{
				kind: 'refresh_token',
				url: 'http://gw.test/openapi/param2/1/system.oauth2/getToken/1000000',
				form: {
					grant_type: 'refresh_token',
					client_id: '1000000',
					client_secret: 'test123',
					refresh_token: 'r1',
				},
			},
		]);
	});

	test('an authorisation code is exchanged once for both tokens', async () => {
		const { http, calls } = endpoint({
			authorization_code: {
				body: {
					access_token: 'a1',
					refresh_token: 'r1',
					refresh_token_timeout: future(180),
					expires_in: '36000',
				},
			},
		});
		const stored = await obtainAccessToken(
			http,
			{ ...base, authorizationCode: 'code-1', redirectUri: 'https://n8n.test/cb' },
			NOW,
		);
		expect(stored).toEqual({
			oauthAccessToken: 'a1',
			refreshToken: 'r1',
			refreshTokenExpiresAt: NOW + 180 * DAY,
			exchangedCode: 'code-1',
			adoptedAccessToken: '',
		});
		// The code is exchanged at http/1 (the refresh at param2, see above), unsigned.
		expect(calls[0].url).toBe('http://gw.test/openapi/http/1/system.oauth2/getToken/1000000');
		expect(calls[0].form).toEqual({
			grant_type: 'authorization_code',
			need_refresh_token: 'true',
			client_id: '1000000',
			client_secret: 'test123',
			code: 'code-1',
			redirect_uri: 'https://n8n.test/cb',
		});
	});

	test('an exchanged code is not used again; a refused code falls back to the refresh token', async () => {
		const { http, calls } = endpoint({
			authorization_code: {
				status: 400,
				body: { error: 'invalid_grant', error_description: 'code is invalid or expired' },
			},
			refresh_token: { body: { access_token: 'fresh' } },
		});
		await obtainAccessToken(
			http,
			{ ...base, authorizationCode: 'old', exchangedCode: 'old', refreshToken: 'r' },
			NOW,
		);
		expect(calls.map((c) => c.kind)).toEqual(['refresh_token']);
		calls.length = 0;
		expect(
			await obtainAccessToken(
				http,
				{ ...base, authorizationCode: 'stale', refreshToken: 'r' },
				NOW,
			),
		).toEqual({ oauthAccessToken: 'fresh' });
		expect(calls.map((c) => c.kind)).toEqual(['authorization_code', 'refresh_token']);
	});

	test('a refresh token in its last 30 days is extended right after the refresh', async () => {
		const { http, calls } = endpoint({
			refresh_token: {
				body: { access_token: 'fresh', refresh_token: 'r1', refresh_token_timeout: future(20) },
			},
			postpone: { body: { refresh_token: 'r1', refresh_token_timeout: future(180) } },
		});
		const stored = await obtainAccessToken(http, { ...base, refreshToken: 'r1' }, NOW);
		expect(stored).toEqual({
			oauthAccessToken: 'fresh',
			refreshToken: 'r1',
			refreshTokenExpiresAt: NOW + 180 * DAY,
		});
		expect(calls.map((c) => c.kind)).toEqual(['refresh_token', 'postpone']);
		const postpone = calls[1];
		expect(postpone.url).toBe(
			'http://gw.test/openapi/param2/1/system.oauth2/postponeToken/1000000',
		);
		// Exactly the documented parameters: unsigned, as the official Python SDK sends it.
		expect(postpone.form).toEqual({
			client_id: '1000000',
			client_secret: 'test123',
			refresh_token: 'r1',
			access_token: 'fresh',
		});
	});

	test('outside the last 30 days nothing is extended; a failed extension keeps the refresh', async () => {
		const early = endpoint({
			refresh_token: { body: { access_token: 'fresh', refresh_token_timeout: future(90) } },
		});
		await obtainAccessToken(early.http, { ...base, refreshToken: 'r1' }, NOW);
		expect(early.calls.map((c) => c.kind)).toEqual(['refresh_token']);
		const failing = endpoint({
			refresh_token: { body: { access_token: 'fresh', refresh_token_timeout: future(5) } },
			postpone: { status: 400, body: { error: 'invalid_request' } },
		});
		expect(await obtainAccessToken(failing.http, { ...base, refreshToken: 'r1' }, NOW)).toEqual({
			oauthAccessToken: 'fresh',
			refreshTokenExpiresAt: NOW + 5 * DAY,
		});
	});

	test('a refused refresh token is a ConnectError saying how to reconnect, without the secrets', async () => {
		const { http } = endpoint({
			refresh_token: {
				status: 400,
				body: { error: 'invalid_grant', error_description: 'refresh_token is invalid or expired' },
			},
		});
		const error = await obtainAccessToken(http, { ...base, refreshToken: 'r-secret' }, NOW).catch(
			(e) => e,
		);
		expect(error).toBeInstanceOf(ConnectError);
		expect(error.message).toMatch(
			/^1688 refused the refresh token \(invalid_grant: refresh_token is invalid or expired\): it has expired/,
		);
		expect(error.message).toContain('Authorization Code field');
		expect(error.message).not.toMatch(/r-secret|test123/);
	});

	test('no way to get a token: the message says which part is missing', async () => {
		const { http } = endpoint({});
		await expect(obtainAccessToken(http, base, NOW)).rejects.toThrow(
			/^The credential has neither an access token nor a refresh token\./,
		);
		await expect(
			obtainAccessToken(http, { ...base, accessToken: 'p', adoptedAccessToken: 'p' }, NOW),
		).rejects.toThrow(
			/^The access token has expired \(access tokens last 10 hours\) and the credential has no refresh token/,
		);
	});

	test('an unreachable token endpoint is named', async () => {
		const { http } = endpoint({
			refresh_token: Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }),
		});
		await expect(obtainAccessToken(http, { ...base, refreshToken: 'r' }, NOW)).rejects.toThrow(
			/could not be reached: ECONNREFUSED/,
		);
	});
});
