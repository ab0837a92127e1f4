'use strict';
const crypto = require('node:crypto');
const { signRequestOptions } = require('../../dist/nodes/shared/transport/signRequest');

const URL = 'http://127.0.0.1:9/openapi/param2/1/com.alibaba.product/alibaba.product.get/1000000';
const PATH = 'param2/1/com.alibaba.product/alibaba.product.get/1000000';

function reference(secret, params) {
	const pairs = Object.entries(params)
		.filter(([k]) => k !== '_aop_signature')
		.map(([k, v]) => k + v)
		.sort();
	return crypto
		.createHmac('sha1', secret)
		.update(PATH + pairs.join(''))
		.digest('hex')
		.toUpperCase();
}

function formRequest(body) {
	return {
		method: 'POST',
		url: URL,
		headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
		body,
	};
}

describe('signRequestOptions (the credential authenticate function)', () => {
	test('adds token and timestamp to the form body and signs exactly the text that is sent', () => {
		const signed = signRequestOptions(
			formRequest({ productID: '624392716873', webSite: '1688' }),
			{ appSecret: 'test123', accessToken: 'tok' },
			1700000000000,
		);
		expect(typeof signed.body).toBe('string');
		const sent = Object.fromEntries(new URLSearchParams(signed.body));
		expect(sent).toMatchObject({
			productID: '624392716873',
			webSite: '1688',
			access_token: 'tok',
			_aop_timestamp: '1700000000000',
		});
		expect(sent._aop_signature).toBe(reference('test123', sent));
		expect(signed.qs).toEqual({});
	});

	test('is idempotent: signing a signed request again gives the same request', () => {
		const once = signRequestOptions(
			formRequest({ a: '1' }),
			{ appSecret: 's', accessToken: 't' },
			1,
		);
		const twice = signRequestOptions(once, { appSecret: 's', accessToken: 't' }, 999);
		expect(twice.body).toBe(once.body);
	});

	test('re-signs with a new token after a refresh, replacing the old token and signature', () => {
		const once = signRequestOptions(
			formRequest({ a: '1' }),
			{ appSecret: 's', accessToken: 'old' },
			1,
		);
		const again = signRequestOptions(once, { appSecret: 's', accessToken: 'new' }, 1);
		const sent = Object.fromEntries(new URLSearchParams(again.body));
		expect(sent.access_token).toBe('new');
		expect(sent._aop_signature).toBe(reference('s', sent));
	});

	test("the credential's token replaces one already in the request (n8n resends after a refresh); without one the caller's stays", () => {
		const resent = signRequestOptions(
			formRequest({ access_token: 'old', a: '1' }),
			{ appSecret: 's', accessToken: 'new' },
			1,
		);
		expect(new URLSearchParams(resent.body).get('access_token')).toBe('new');
		const own = signRequestOptions(formRequest({ access_token: 'mine' }), { appSecret: 's' }, 1);
		expect(new URLSearchParams(own.body).get('access_token')).toBe('mine');
		const none = signRequestOptions(formRequest({ a: '1' }), { appSecret: 's' }, 1);
		expect(new URLSearchParams(none.body).has('access_token')).toBe(false);
	});

	test('signs query-string parameters of a GET request (HTTP Request node usage)', () => {
		const signed = signRequestOptions(
			{ method: 'GET', url: URL, qs: { productID: 624392716873, webSite: '1688' } },
			{ appSecret: 'k', accessToken: 't' },
			5,
		);
		expect(signed.qs.productID).toBe('624392716873');
		expect(signed.qs._aop_signature).toBe(reference('k', signed.qs));
		expect(signed.body).toBeUndefined();
	});

	test('signs a legacy `form` body and JSON-encodes object values the same way it sends them', () => {
		const signed = signRequestOptions(
			{ method: 'POST', url: URL, form: { cargo: { offerId: 1, name: '杯子' } } },
			{ appSecret: 'k', accessToken: 't' },
			5,
		);
		expect(signed.form.cargo).toBe('{"offerId":1,"name":"杯子"}');
		expect(signed.form._aop_signature).toBe(reference('k', signed.form));
	});

	test('signs query and body parameters together when both are present', () => {
		const request = { ...formRequest({ b: '2' }), qs: { a: '1' } };
		const signed = signRequestOptions(request, { appSecret: 'k' }, 5);
		const body = Object.fromEntries(new URLSearchParams(signed.body));
		expect(body._aop_signature).toBe(reference('k', { ...signed.qs, ...body }));
	});
});
