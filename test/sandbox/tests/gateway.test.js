'use strict';
const net = require('node:net');
const { startSandbox, SANDBOX_APPS } = require('..');
const { signedForm, sign } = require('../protocol/signature');
const { call } = require('./helpers');

const BASIC = 'com.alibaba.account:alibaba.account.basic-1';
const ORDERS = 'com.alibaba.trade:alibaba.trade.getBuyerOrderList-1';

let sb;
beforeAll(async () => {
	sb = await startSandbox();
});
afterAll(() => sb.close());
beforeEach(() => sb.reset());

describe('startSandbox', () => {
	test('listens on 127.0.0.1 and exposes credentials', () => {
		expect(sb.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
		expect(sb.credentials).toEqual({
			appKey: '1000000',
			appSecret: 'test123',
			accessToken: 'sandbox-access-token',
			refreshToken: 'sandbox-refresh-token',
		});
		expect(sb.apps.limited.appKey).toBe('2000000');
		expect(sb.apis()).toEqual(
			expect.arrayContaining([BASIC, 'com.alibaba.product:alibaba.product.get-1']),
		);
	});
});

describe('pipeline order', () => {
	test('1. unknown appKey → 400 gw.AppKeyNotFound', async () => {
		const r = await call(
			sb,
			BASIC,
			{},
			{ app: { appKey: '9999999', appSecret: 'x', accessToken: 't' } },
		);
		expect(r.status).toBe(400);
		expect(r.json.error_code).toBe('gw.AppKeyNotFound');
		expect(r.json.request_id).toMatch(/^[0-9a-f]+$/);
		expect(r.json).toHaveProperty('exception');
	});

	test('2. unknown API → 400 gw.APIUnsupported (even with a bad signature)', async () => {
		const r = await call(sb, 'com.alibaba.account:alibaba.account.nope-1', {}, { secret: 'wrong' });
		expect(r.status).toBe(400);
		expect(r.json.error_code).toBe('gw.APIUnsupported');
		const v2 = await call(sb, 'com.alibaba.account:alibaba.account.basic-2');
		expect(v2.json.error_code).toBe('gw.APIUnsupported');
	});

	test('3. wrong or missing signature → 400 gw.SignatureInvalid, expected value never echoed', async () => {
		const r = await call(sb, BASIC, {}, { secret: 'wrong' });
		expect(r.status).toBe(400);
		expect(r.json.error_code).toBe('gw.SignatureInvalid');
		expect(r.json.error_message).toMatch(/signature is invalid/i);
		const good = sign('test123', 'param2/1/com.alibaba.account/alibaba.account.basic/1000000', {
			access_token: 'sandbox-access-token',
		});
		expect(r.text).not.toContain(good);
		const res = await fetch(
			`${sb.url}/openapi/param2/1/com.alibaba.account/alibaba.account.basic/1000000`,
			{
				method: 'POST',
				body: new URLSearchParams({ access_token: 'sandbox-access-token' }),
			},
		);
		expect(res.status).toBe(400);
		expect((await res.json()).error_code).toBe('gw.SignatureInvalid');
	});

	test('signature covers every param: a changed value after signing fails', async () => {
		const urlPath = 'param2/1/com.alibaba.product/alibaba.product.get/1000000';
		const form = signedForm({
			appSecret: 'test123',
			urlPath,
			params: {
				productID: sb.fixtures.offerOneSku.offerId,
				webSite: '1688',
				access_token: 'sandbox-access-token',
			},
		});
		form.set('webSite', 'alibaba');
		const res = await fetch(`${sb.url}/openapi/${urlPath}`, { method: 'POST', body: form });
		expect((await res.json()).error_code).toBe('gw.SignatureInvalid');
	});

	test('4. API not granted → 400 gw.APIACLDecline (limited app, trade namespace)', async () => {
		const r = await call(sb, ORDERS, {}, { app: SANDBOX_APPS.limited });
		expect(r.status).toBe(400);
		expect(r.json.error_code).toBe('gw.APIACLDecline');
		const ok = await call(sb, BASIC, {}, { app: SANDBOX_APPS.limited });
		expect(ok.status).toBe(200);
		expect(ok.json.success).toBe(true);
	});

	test('5. over the QPS limit → 400 gw.QosAppFrequencyLimit, per appKey, sliding window', async () => {
		sb.setQps(3);
		const results = [];
		for (let i = 0; i < 5; i++) results.push(await call(sb, BASIC));
		expect(results.map((r) => r.status)).toEqual([200, 200, 200, 400, 400]);
		expect(results[3].json.error_code).toBe('gw.QosAppFrequencyLimit');
		// the other app has its own window
		expect((await call(sb, BASIC, {}, { app: SANDBOX_APPS.limited })).status).toBe(200);
		await new Promise((r) => setTimeout(r, 1050));
		expect((await call(sb, BASIC)).status).toBe(200);
	});

	test('6. token missing / unknown / expired / of another app → 401', async () => {
		for (const token of [null, 'nope', SANDBOX_APPS.limited.accessToken]) {
			const r = await call(sb, BASIC, {}, { token });
			expect(r.status).toBe(401);
			expect(r.json).toEqual({
				error_code: '401',
				error_message: 'Request need user authorized',
				exception: 'Request need user authorized',
				request_id: expect.any(String),
			});
		}
		expect(sb.expireAccessToken('sandbox-access-token')).toBe(true);
		expect((await call(sb, BASIC)).status).toBe(401);
		expect(sb.expireAccessToken('nope')).toBe(false);
	});

	test('signature is checked before the token', async () => {
		const r = await call(sb, BASIC, {}, { token: null, secret: 'bad' });
		expect(r.json.error_code).toBe('gw.SignatureInvalid');
	});
});

describe('parameters', () => {
	test('query string and GET are accepted', async () => {
		const q = await call(sb, BASIC, {}, { inQuery: true });
		expect(q.status).toBe(200);
		const g = await call(sb, BASIC, {}, { method: 'GET' });
		expect(g.status).toBe(200);
		expect(g.json.result.loginId).toBe('sandbox_buyer01');
	});

	test('multipart form: text fields are signed, files are not', async () => {
		const urlPath = 'param2/1/com.alibaba.account/alibaba.account.basic/1000000';
		const fd = new FormData();
		fd.set('access_token', 'sandbox-access-token');
		fd.set('_aop_signature', sign('test123', urlPath, { access_token: 'sandbox-access-token' }));
		fd.set('file', new Blob([Buffer.from('not signed')]), 'a.bin');
		const res = await fetch(`${sb.url}/openapi/${urlPath}`, { method: 'POST', body: fd });
		expect(res.status).toBe(200);
	});
});

describe('request log', () => {
	test('records api, appKey, decoded params, status and error code', async () => {
		await call(sb, BASIC);
		await call(sb, BASIC, { extra: '中文 a+b' }, { token: 'nope' });
		expect(sb.requests).toHaveLength(2);
		const [a, b] = sb.requests;
		expect(a).toMatchObject({ api: BASIC, appKey: '1000000', httpStatus: 200, errorCode: null });
		expect(a.params.access_token).toBe('sandbox-access-token');
		expect(typeof a.at).toBe('number');
		expect(b).toMatchObject({ httpStatus: 401, errorCode: '401' });
		expect(b.params.extra).toBe('中文 a+b');
		const over = await (await fetch(`${sb.url}/_sandbox/requests`)).json();
		expect(over.requests).toHaveLength(2);
		sb.clearRequests();
		expect(sb.requests).toHaveLength(0);
	});

	test('business errors are logged with their code', async () => {
		await call(sb, 'com.alibaba.product:alibaba.product.get-1', {
			productID: '1',
			webSite: '1688',
		});
		expect(sb.requests[0]).toMatchObject({ httpStatus: 200, errorCode: '500_004' });
	});
});

describe('latency', () => {
	test('setLatency delays every answer', async () => {
		sb.setLatency(150);
		const t0 = Date.now();
		const r = await call(sb, BASIC, {}, { secret: 'bad' });
		expect(r.status).toBe(400);
		expect(Date.now() - t0).toBeGreaterThanOrEqual(140);
		sb.setLatency(0);
	});
});

describe('faults', () => {
	test('html → 502 HTML page, once', async () => {
		sb.injectFault({ api: BASIC, kind: 'html' });
		const r = await call(sb, BASIC);
		expect(r.status).toBe(502);
		expect(r.headers.get('content-type')).toMatch(/text\/html/);
		expect(r.text).toMatch(/<html>/);
		expect((await call(sb, BASIC)).status).toBe(200);
		expect(sb.requests[0]).toMatchObject({ httpStatus: 502, fault: 'html' });
	});

	test('empty, invalidJson, truncated → 200 bodies that are not JSON', async () => {
		sb.injectFault({ api: '*', kind: 'empty' });
		const e = await call(sb, BASIC);
		expect([e.status, e.text]).toEqual([200, '']);
		sb.injectFault({ api: BASIC, kind: 'invalidJson' });
		const i = await call(sb, BASIC);
		expect(i.status).toBe(200);
		expect(i.json).toBeUndefined();
		sb.injectFault({ api: BASIC, kind: 'truncated' });
		const t = await call(sb, BASIC);
		expect(t.status).toBe(200);
		expect(t.json).toBeUndefined();
		expect(t.text.startsWith('{"result":{')).toBe(true);
		const full = await call(sb, BASIC);
		expect(t.text.length).toBe(Math.floor(full.text.length / 2));
	});

	test('status500 and throttle answer gateway JSON errors', async () => {
		sb.injectFault({ api: BASIC, kind: 'status500', times: 2 });
		expect((await call(sb, BASIC)).status).toBe(500);
		const s = await call(sb, BASIC);
		expect(s.status).toBe(500);
		expect(s.json.error_code).toBe('gw.InternalError');
		expect((await call(sb, BASIC)).status).toBe(200);
		sb.injectFault({ api: BASIC, kind: 'throttle' });
		const q = await call(sb, BASIC);
		expect([q.status, q.json.error_code]).toEqual([400, 'gw.QosAppFrequencyLimit']);
	});

	test('faults only hit the named API', async () => {
		sb.injectFault({ api: 'com.alibaba.product:alibaba.product.get-1', kind: 'status500' });
		expect((await call(sb, BASIC)).status).toBe(200);
		expect(sb.pendingFaults()).toHaveLength(1);
	});

	test('reset destroys the socket', async () => {
		sb.injectFault({ api: BASIC, kind: 'reset' });
		await expect(call(sb, BASIC)).rejects.toThrow();
		expect(sb.requests[0]).toMatchObject({ fault: 'reset', httpStatus: 0 });
	});

	test('timeout never answers; the client gives up', async () => {
		sb.injectFault({ api: BASIC, kind: 'timeout' });
		const urlPath = 'param2/1/com.alibaba.account/alibaba.account.basic/1000000';
		const form = signedForm({
			appSecret: 'test123',
			urlPath,
			params: { access_token: 'sandbox-access-token' },
		});
		await expect(
			fetch(`${sb.url}/openapi/${urlPath}`, {
				method: 'POST',
				body: form,
				signal: AbortSignal.timeout(300),
			}),
		).rejects.toThrow();
	});

	test('unknown kind is refused; HTTP control works', async () => {
		expect(() => sb.injectFault({ kind: 'nope' })).toThrow(/unknown fault kind/);
		const res = await fetch(`${sb.url}/_sandbox/fault`, {
			method: 'POST',
			body: JSON.stringify({ api: BASIC, kind: 'empty' }),
		});
		expect((await res.json()).ok).toBe(true);
		expect((await call(sb, BASIC)).text).toBe('');
	});
});

describe('close', () => {
	test('close() ends a hanging timeout socket', async () => {
		const other = await startSandbox();
		other.injectFault({ kind: 'timeout' });
		const port = Number(new URL(other.url).port);
		const closed = new Promise((resolve) => {
			const sock = net.connect(port, '127.0.0.1', () => {
				sock.write(
					'POST /openapi/param2/1/com.alibaba.account/alibaba.account.basic/1000000 HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 3\r\n\r\na=1',
				);
			});
			sock.on('close', resolve);
			sock.on('error', () => {});
		});
		await new Promise((r) => setTimeout(r, 100));
		const t0 = Date.now();
		await other.close();
		await closed;
		expect(Date.now() - t0).toBeLessThan(2000);
	});
});
