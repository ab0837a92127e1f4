'use strict';
const { internationalParcel } = require('../data/parcels');
const { spawn } = require('node:child_process');
const path = require('node:path');
const { startSandbox, SANDBOX_APPS } = require('..');
const { signPushMessage } = require('../protocol/signature');
const { format1688 } = require('../protocol/dates');
const { call, startReceiver } = require('./helpers');

const LIST = 'cn.alibaba.open:push.query.messageList-1';
const CONFIRM = 'cn.alibaba.open:push.message.confirm-1';
const BASIC = 'com.alibaba.account:alibaba.account.basic-1';

let sb;
let receiver;
let received;
beforeAll(async () => {
	sb = await startSandbox({ accessTokenTtlMs: 60000 });
	received = [];
	receiver = await startReceiver((req, body) => {
		const form = new URLSearchParams(body);
		const message = form.get('message');
		const valid = signPushMessage('test123', message) === form.get('_aop_signature');
		received.push({
			message: JSON.parse(message),
			raw: message,
			sig: form.get('_aop_signature'),
			valid,
			type: req.headers['content-type'],
		});
		return valid ? [200, 'success'] : [401, 'bad signature'];
	});
});
afterAll(async () => {
	await sb.close();
	await receiver.close();
});
beforeEach(() => {
	sb.reset();
	received.length = 0;
});
const receiverUrl = () => receiver.url;

describe('deliverPush', () => {
	test('POSTs a signed form the receiver can verify', async () => {
		const r = await sb.deliverPush({
			url: receiverUrl(),
			type: 'ORDER_BUYER_VIEW_ORDER_PAY',
			data: { orderId: '2204007555606815862', currentStatus: 'waitsellersend' },
		});
		expect(r).toMatchObject({ status: 200, body: 'success', msgId: expect.any(Number) });
		expect(received).toHaveLength(1);
		expect(received[0].valid).toBe(true);
		expect(received[0].type).toMatch(/application\/x-www-form-urlencoded/);
		expect(received[0].message).toMatchObject({
			msgId: r.msgId,
			type: 'ORDER_BUYER_VIEW_ORDER_PAY',
			userInfo: 'b2b-2216000000001',
			bizKey: '2204007555606815862',
			data: { currentStatus: 'waitsellersend' },
		});
		expect(typeof received[0].message.gmtBorn).toBe('number');
	});

	test("a cross-border parcel message (LOGISTICS_GLOBAL_1688_PACKAGE_CHANGE) for store orders: the page's fields, order IDs as bare long numbers", async () => {
		const shipped = sb.fixtures.orderIdByStatus.waitbuyerreceive;
		const paid = sb.fixtures.orderIdByStatus.waitsellersend;
		const data = sb.parcelMessageData({ orderIds: [shipped, paid], at: 1767225600000 });
		// The first order's parcel: the one bigcustomer.mailNo.query and logistics.order.getOutOrderId know.
		const parcel = internationalParcel(sb.store.getOrder(shipped));
		expect(parcel.mailNo).toMatch(/^(LP|UG|RF|EE)\d+(CN)?$/);
		const r = await sb.deliverPush({
			url: receiverUrl(),
			type: 'LOGISTICS_GLOBAL_1688_PACKAGE_CHANGE',
			data,
		});
		expect(r.status).toBe(200);
		const sent = received[0];
		expect(sent.message.data).toEqual({
			packageId: expect.any(Number),
			buyerUserId: 2216000000001,
			stageType: 'external',
			mailNo: parcel.mailNo,
			carrierPartnerCode: parcel.carrierPartnerCode,
			transportStatus: 900,
			warehouseStatus: 900100,
			actionTime: 1767225600000,
			tradeOrderIds: expect.any(Array),
		});
		// The 19-digit order IDs are bare numbers in the JSON text, exact.
		expect(sent.raw).toContain(`"tradeOrderIds":[${shipped},${paid}]`);
		expect(sent.message.bizKey).toBe(String(sent.message.data.packageId));
		// Inside China: the first order's domestic waybill and company.
		const domestic = sb.parcelMessageData({ orderIds: [shipped], stage: 'internal' });
		const [waybill] = sb.store.getOrder(shipped).logistics;
		expect(domestic).toMatchObject({
			stageType: 'internal',
			mailNo: waybill.logisticsBillNo,
			carrierPartnerCode: waybill.company.code,
			transportStatus: 100,
		});
		expect(domestic).not.toHaveProperty('warehouseStatus');
		expect(() => sb.parcelMessageData({ orderIds: [paid], stage: 'internal' })).toThrow(
			/has not shipped/,
		);
	});

	test('tamper sends a wrong signature; msgId can be repeated', async () => {
		const bad = await sb.deliverPush({
			url: receiverUrl(),
			type: 'PRODUCT_PRODUCT_INVENTORY_CHANGE',
			data: { offerId: 1 },
			tamper: true,
		});
		expect(bad.status).toBe(401);
		expect(received[0].valid).toBe(false);
		const a = await sb.deliverPush({ url: receiverUrl(), type: 'X', data: {}, msgId: 777 });
		const b = await sb.deliverPush({ url: receiverUrl(), type: 'X', data: {}, msgId: 777 });
		expect([a.msgId, b.msgId]).toEqual([777, 777]);
		expect(received.slice(1).map((m) => m.message.msgId)).toEqual([777, 777]);
	});

	test('the limited app signs with its own secret; HTTP control works', async () => {
		const r = await sb.deliverPush({
			url: receiverUrl(),
			type: 'X',
			data: {},
			appKey: SANDBOX_APPS.limited.appKey,
		});
		expect(r.status).toBe(401);
		expect(received[0].sig).toBe(signPushMessage('limited-secret', received[0].raw));
		const res = await fetch(`${sb.url}/_sandbox/push`, {
			method: 'POST',
			body: JSON.stringify({
				url: receiverUrl(),
				type: 'LOGISTICS_BUYER_VIEW_TRACE',
				data: { orderId: 1 },
			}),
		});
		expect(await res.json()).toMatchObject({ ok: true, status: 200, body: 'success' });
	});
});

describe('push.query.messageList / push.message.confirm', () => {
	test('unconfirmed messages are listed until confirmed; order changes add messages', async () => {
		const first = await call(sb, LIST, {}, { token: null });
		expect(first.status).toBe(200);
		const page = first.json.pushMessagePage;
		expect(page.totalCount).toBe(2);
		expect(page.datas.map((d) => d.type)).toEqual([
			'ORDER_BUYER_VIEW_ORDER_PAY',
			'ORDER_BUYER_VIEW_ANNOUNCE_SENDGOODS',
		]);
		expect(first.text).toMatch(/"orderId":\d{19}[,}]/);
		await fetch(`${sb.url}/_sandbox/order-status`, {
			method: 'POST',
			body: JSON.stringify({
				orderId: sb.fixtures.orderIdByStatus.waitbuyerpay,
				status: 'waitsellersend',
			}),
		});
		const more = await call(sb, LIST, { type: 'ORDER_BUYER_VIEW_ORDER_PAY' });
		expect(more.json.pushMessagePage.totalCount).toBe(2);
		const ids = page.datas.map((d) => d.msgId);
		const ok = await call(sb, CONFIRM, { msgIdList: JSON.stringify(ids) });
		expect(ok.json).toEqual({ isSuccess: true });
		const after = await call(sb, LIST);
		expect(after.json.pushMessagePage.totalCount).toBe(1);
		const since = await call(sb, LIST, { createStartTime: format1688(Date.now() + 60000) });
		expect(since.json.pushMessagePage.totalCount).toBe(0);
		expect((await call(sb, CONFIRM, {})).json).toEqual({ isSuccess: true });
		expect((await call(sb, CONFIRM, { msgIdList: 'all of them' })).json).toMatchObject({
			isSuccess: false,
			errorCode: '400_1',
		});
	});
});

describe('OAuth', () => {
	const codeUrl = () => `${sb.url}/openapi/http/1/system.oauth2/getToken/1000000`;
	const refreshUrl = () => `${sb.url}/openapi/param2/1/system.oauth2/getToken/1000000`;
	const post = (url, form) => fetch(url, { method: 'POST', body: new URLSearchParams(form) });

	test('authorize redirects with a single-use code, exchanged at http/1; the refresh token at param2', async () => {
		const redirect = 'http://127.0.0.1:5678/rest/oauth2-credential/callback';
		const auth = await fetch(
			`${sb.url}/oauth/authorize?client_id=1000000&site=1688&redirect_uri=${encodeURIComponent(redirect)}&state=xyz`,
			{ redirect: 'manual' },
		);
		expect(auth.status).toBe(302);
		const loc = new URL(auth.headers.get('location'));
		expect(`${loc.origin}${loc.pathname}`).toBe(redirect);
		expect(loc.searchParams.get('state')).toBe('xyz');
		const code = loc.searchParams.get('code');
		const form = {
			grant_type: 'authorization_code',
			need_refresh_token: 'true',
			client_id: '1000000',
			client_secret: 'test123',
			redirect_uri: redirect,
			code,
		};
		const t = await (await post(codeUrl(), form)).json();
		expect(t).toMatchObject({
			memberId: 'b2b-2216000000001',
			resource_owner: 'sandbox_buyer01',
			expires_in: '60',
			access_token: expect.any(String),
			refresh_token: expect.any(String),
		});
		expect(t.refresh_token_timeout).toMatch(/^\d{17}\+0800$/);
		const again = await post(codeUrl(), form);
		expect(again.status).toBe(400);
		expect((await again.json()).error).toBe('invalid_grant');
		const use = await call(sb, BASIC, {}, { token: t.access_token });
		expect(use.status).toBe(200);
		const refreshForm = {
			grant_type: 'refresh_token',
			client_id: '1000000',
			client_secret: 'test123',
			refresh_token: t.refresh_token,
		};
		const r = await (await post(refreshUrl(), refreshForm)).json();
		expect(r.access_token).not.toBe(t.access_token);
		expect(r.expires_in).toBe('60');
		expect((await call(sb, BASIC, {}, { token: r.access_token })).status).toBe(200);
		const wrong = await post(refreshUrl(), { ...refreshForm, client_secret: 'nope' });
		expect(wrong.status).toBe(401);
	});

	test('each grant only at its documented endpoint: a refresh at http/1 or a code at param2 is refused', async () => {
		const refreshForm = {
			grant_type: 'refresh_token',
			client_id: '1000000',
			client_secret: 'test123',
			refresh_token: 'sandbox-refresh-token',
		};
		const atHttp = await post(codeUrl(), refreshForm);
		expect(atHttp.status).toBe(400);
		expect(await atHttp.json()).toEqual({
			error: 'unsupported_grant_type',
			error_description: expect.stringContaining('use param2/1/system.oauth2/getToken'),
		});
		const codeForm = {
			grant_type: 'authorization_code',
			need_refresh_token: 'true',
			client_id: '1000000',
			client_secret: 'test123',
			code: 'x',
		};
		const atParam2 = await post(refreshUrl(), codeForm);
		expect(atParam2.status).toBe(400);
		expect((await atParam2.json()).error).toBe('unsupported_grant_type');
		// Neither was taken as a refresh: the seeded refresh token still works at param2.
		expect((await (await post(refreshUrl(), refreshForm)).json()).access_token).toMatch(
			/^[0-9a-f]{32}$/,
		);
	});

	test('the seeded refresh token refreshes and can be postponed (last 30 days), unsigned or signed', async () => {
		const r = await (
			await post(refreshUrl(), {
				grant_type: 'refresh_token',
				client_id: '1000000',
				client_secret: 'test123',
				refresh_token: 'sandbox-refresh-token',
			})
		).json();
		expect(r.access_token).toMatch(/^[0-9a-f]{32}$/);
		const postponeUrl = `${sb.url}/openapi/param2/1/system.oauth2/postponeToken/1000000`;
		const postponeForm = {
			client_id: '1000000',
			client_secret: 'test123',
			refresh_token: 'sandbox-refresh-token',
			access_token: r.access_token,
		};
		const p = await post(postponeUrl, postponeForm);
		expect(p.status).toBe(200);
		expect((await p.json()).refresh_token).toBe('sandbox-refresh-token');
		const signed = await call(
			sb,
			'system.oauth2:postponeToken-1',
			{ client_id: '1000000', client_secret: 'test123', refresh_token: 'sandbox-refresh-token' },
			{ token: r.access_token },
		);
		expect(signed.json.error).toBe('invalid_request');
		const badSignature = await post(postponeUrl, {
			...postponeForm,
			_aop_signature: '0'.repeat(40),
		});
		expect((await badSignature.json()).error_code).toBe('gw.SignatureInvalid');
	});

	test('unknown client and bad redirect are refused', async () => {
		expect(
			(
				await fetch(`${sb.url}/oauth/authorize?client_id=42&redirect_uri=http://x/`, {
					redirect: 'manual',
				})
			).status,
		).toBe(400);
		expect(
			(
				await fetch(`${sb.url}/oauth/authorize?client_id=1000000&redirect_uri=nope`, {
					redirect: 'manual',
				})
			).status,
		).toBe(400);
	});
});

describe('admin over HTTP', () => {
	test('config, expire-token, info, reset', async () => {
		const post = (p, body) =>
			fetch(`${sb.url}/_sandbox/${p}`, { method: 'POST', body: JSON.stringify(body) }).then((r) =>
				r.json(),
			);
		expect((await post('config', { qps: 2, latencyMs: 5 })).config).toMatchObject({
			qps: 2,
			latencyMs: 5,
		});
		await call(sb, BASIC);
		await call(sb, BASIC);
		expect((await call(sb, BASIC)).json.error_code).toBe('gw.QosAppFrequencyLimit');
		expect((await post('expire-token', { token: 'sandbox-limited-token' })).ok).toBe(true);
		expect((await call(sb, BASIC, {}, { app: SANDBOX_APPS.limited })).status).toBe(401);
		const info = await (await fetch(`${sb.url}/_sandbox/info`)).json();
		expect(info.credentials.appKey).toBe('1000000');
		expect(info.apis.length).toBeGreaterThanOrEqual(20);
		expect((await post('reset', {})).ok).toBe(true);
		expect(sb.config()).toMatchObject({ qps: 100, latencyMs: 0 });
		expect((await call(sb, BASIC, {}, { app: SANDBOX_APPS.limited })).status).toBe(200);
		expect((await post('nope', {})).ok).toBe(false);
	});
});

describe('cli', () => {
	test('prints the base URL and credentials, serves until stopped', async () => {
		const child = spawn(
			process.execPath,
			[path.join(__dirname, '..', 'cli.js'), '--port', '0', '--qps', '5', '--latency', '0'],
			{ stdio: ['ignore', 'pipe', 'pipe'] },
		);
		try {
			let out = '';
			await new Promise((resolve, reject) => {
				const timer = setTimeout(() => reject(new Error(`cli did not start: ${out}`)), 10000);
				child.stdout.on('data', (c) => {
					out += c;
					if (out.includes('Ctrl-C')) {
						clearTimeout(timer);
						resolve();
					}
				});
				child.on('exit', (code) => reject(new Error(`cli exited ${code}: ${out}`)));
			});
			const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out)[1];
			expect(out).toContain('App Secret       : test123');
			expect(out).toContain('sandbox-access-token');
			expect(out).toContain('sandbox-refresh-token');
			expect(out).toContain('QPS per app: 5');
			const r = await call({ url }, BASIC);
			expect(r.status).toBe(200);
		} finally {
			child.kill('SIGTERM');
			await new Promise((r) => (child.exitCode !== null ? r() : child.once('exit', r)));
		}
	});

	test('rejects unknown options', async () => {
		const child = spawn(process.execPath, [path.join(__dirname, '..', 'cli.js'), '--bogus'], {
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		const code = await new Promise((r) => child.once('exit', r));
		expect(code).toBe(2);
	});
});
