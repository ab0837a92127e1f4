'use strict';
/**
 * 1688's own sample answers (test/contract/samples, cited by doc page) run through the package's
 * response unwrapping and Simplify: no crash, every field Simplify promises filled, IDs exact (long IDs
 * as strings, digit for digit). Then the sandbox's answer to the same API must have the sample's shape.
 * Each API's check and sandbox call live in its family module, checks/<family>.js (see checks/index.js).
 */
const { unwrapResponse } = require('../../dist/nodes/shared/transport/response');
const { obtainAccessToken, parseTokenTimeout } = require('../../dist/nodes/shared/transport/oauth');
const { startSandbox } = require('../sandbox');
const { call } = require('../sandbox/tests/helpers');
const { CONTRACTS } = require('./checks');
const { OAUTH_APIS, catalogue, fixtureName, loadSample, sampleFiles } = require('./samples');
const { missingFieldPaths, shapeDifferences } = require('./shape');

/** The sample of an OAuth endpoint (samples.js OAUTH_APIS): 'getToken' or 'postponeToken'. */
const oauthSample = (name) => loadSample(fixtureName(OAUTH_APIS.find((api) => api.name === name)));

/** Unwraps a fixture's response text exactly as the transport unwraps a gateway answer. */
const unwrap = (sample, id) => unwrapResponse(id, 200, sample.responseText);

/** Catalogue APIs whose contract entry lacks `part` ('check' or 'request'). */
const missing = (part) =>
	catalogue()
		.map((entry) => entry.id)
		.filter((id) => typeof CONTRACTS[id]?.[part] !== 'function');

describe('the fixtures follow the convention (test/contract/README.md)', () => {
	test.each(sampleFiles())('%s cites its source and holds a response', (file) => {
		const sample = loadSample(file);
		expect(typeof sample.doc).toBe('string');
		if (sample.doc.startsWith('1688-api-docs/'))
			expect(sample.doc).toBe(`1688-api-docs/en/${file.replace(/\.json$/, '.md')}`);
		else expect(typeof sample.note).toBe('string');
		expect(typeof sample.response).toBe('object');
	});
});

describe("1688's samples through the package: unwrap and Simplify", () => {
	test('there is a check for every catalogue API (checks/<family>.js)', () => {
		expect(missing('check')).toEqual([]);
	});

	test('every check is for a catalogue API', () => {
		const called = new Set(catalogue().map((entry) => entry.id));
		expect(Object.keys(CONTRACTS).filter((id) => !called.has(id))).toEqual([]);
	});

	test.each(catalogue().map((entry) => [entry.id, entry.file]))('%s', (id, file) => {
		const sample = loadSample(file);
		const json = unwrap(sample, id);
		expect(json).toEqual(sample.response);
		CONTRACTS[id].check(json);
	});

	test("the getToken sample is read by the credential's OAuth code: token stored, refresh token expiry parsed", async () => {
		const sample = oauthSample('getToken');
		const http = async () => ({ statusCode: 200, body: sample.responseText });
		const stored = await obtainAccessToken(
			http,
			{ appKey: '1', appSecret: 's', refreshToken: 'r', oauthAccessToken: '' },
			Date.UTC(2012, 0, 1),
		);
		expect(stored).toEqual({
			oauthAccessToken: 'f14da3b8-b0b1-4f73-a5de-9bed637e0188',
			refreshToken: '479f9564-1049-456e-ab62-29d3e82277d9',
			refreshTokenExpiresAt: parseTokenTimeout('20121222222222+0800'),
		});
		expect(stored.refreshTokenExpiresAt).toBe(Date.UTC(2012, 11, 22, 14, 22, 22));
	});

	test('the postponeToken sample extends the refresh token and keeps the refreshed access token', async () => {
		const token = oauthSample('getToken');
		const postpone = oauthSample('postponeToken');
		const now = Date.UTC(2012, 11, 1);
		const http = async (options) => ({
			statusCode: 200,
			body: options.url.includes('postponeToken') ? postpone.responseText : token.responseText,
		});
		const stored = await obtainAccessToken(
			http,
			{ appKey: '1', appSecret: 's', refreshToken: 'r' },
			now,
		);
		expect(stored.oauthAccessToken).toBe('f14da3b8-b0b1-4f73-a5de-9bed637e0188');
		expect(stored.refreshToken).toBe('479f9564-1049-456e-ab62-29d3e82277d9');
	});
});

describe("the sandbox answers in the shape of 1688's samples", () => {
	let sandbox;
	beforeAll(async () => {
		sandbox = await startSandbox();
	});
	afterAll(async () => sandbox.close());

	/** What each family's request(ctx) gets: the seeded sandbox, its fixtures and a signed call to it. */
	const context = () => ({
		sandbox,
		fixtures: sandbox.fixtures,
		call: (id, params) => call(sandbox, id, params),
	});

	test('there is a sandbox call for every catalogue API (checks/<family>.js)', () => {
		expect(missing('request')).toEqual([]);
	});

	test.each(catalogue().map((entry) => [entry.id, entry.file]))('%s', async (id, file) => {
		const params = await CONTRACTS[id].request(context());
		const answer = await call(sandbox, id, params);
		expect([answer.status, answer.json?.success, answer.json?.result?.success]).not.toContain(
			false,
		);
		expect(answer.status).toBe(200);
		const sample = loadSample(file).response;
		expect(shapeDifferences(sample, answer.json)).toEqual([]);
		if (CONTRACTS[id].everyField) expect(missingFieldPaths(sample, answer.json)).toEqual([]);
	});

	test.each(OAUTH_APIS.map((api) => api.name))('system.oauth2:%s-1', async (name) => {
		const url = `${sandbox.url}/openapi/param2/1/system.oauth2/${name}/${sandbox.credentials.appKey}`;
		const { appKey, appSecret, accessToken, refreshToken } = sandbox.credentials;
		const form =
			name === 'getToken'
				? {
						grant_type: 'refresh_token',
						client_id: appKey,
						client_secret: appSecret,
						refresh_token: refreshToken,
					}
				: {
						client_id: appKey,
						client_secret: appSecret,
						refresh_token: refreshToken,
						access_token: accessToken,
					};
		const answer = await fetch(url, { method: 'POST', body: new URLSearchParams(form) });
		expect(answer.status).toBe(200);
		const sample = oauthSample(name);
		const json = await answer.json();
		expect(Object.keys(json).sort()).toEqual(Object.keys(sample.response).sort());
		expect(shapeDifferences(sample.response, json)).toEqual([]);
	});
});
