'use strict';
const crypto = require('node:crypto');
const {
	computeSignature,
	signatureBaseString,
	signaturePathOf,
	computePushSignature,
	verifyPushSignature,
} = require('../../dist/nodes/shared/transport/signature');

// Written out by hand from the protocol description, independently of the package's code.
function referenceSignature(secret, urlPath, params) {
	const pairs = Object.entries(params).map(([k, v]) => k + v);
	pairs.sort();
	return crypto
		.createHmac('sha1', secret)
		.update(urlPath + pairs.join(''), 'utf8')
		.digest('hex')
		.toUpperCase();
}

describe('request signature', () => {
	test('matches the official worked example from open.1688.com', () => {
		const urlPath = 'param2/1/system/currentTime/1000000';
		expect(signatureBaseString(urlPath, { b: '2', a: '1' })).toBe(
			'param2/1/system/currentTime/1000000a1b2',
		);
		expect(computeSignature('test123', urlPath, { b: '2', a: '1' })).toBe(
			'33E54F4F7B989E3E0E912D3FBD2F1A03CA7CCE88',
		);
	});

	test('sorts the key+value strings, not the keys, when one key prefixes another', () => {
		const params = { sort: 'price', sortType: 'asc', keyword: '手机壳', keywordTranslate: 'false' };
		// Sorted strings: keywordTranslatefalse < keyword手机壳 ('T' < '手'), sortTypeasc < sortprice ('T' < 'p').
		expect(signatureBaseString('p', params)).toBe(
			'pkeywordTranslatefalsekeyword手机壳sortTypeascsortprice',
		);
		const byKey = Object.keys(params)
			.sort()
			.map((k) => k + params[k])
			.join('');
		expect('p' + byKey).not.toBe(signatureBaseString('p', params));
	});

	test('signs Chinese JSON parameters over their exact UTF-8 text', () => {
		const urlPath = 'param2/1/com.alibaba.fenxiao.crossborder/product.search.keywordQuery/1000000';
		const params = {
			offerQueryParam: JSON.stringify({
				keyword: '女装 连衣裙',
				beginPage: 1,
				pageSize: 20,
				country: 'en',
			}),
			access_token: 'tok-abc',
			_aop_timestamp: '1700000000000',
		};
		expect(computeSignature('s3cr€t', urlPath, params)).toBe(
			referenceSignature('s3cr€t', urlPath, params),
		);
		// A \uXXXX-escaped variant of the same JSON is different text, so it must sign differently.
		const escaped = { ...params, offerQueryParam: params.offerQueryParam.replace('女', '\\u5973') };
		expect(computeSignature('s3cr€t', urlPath, escaped)).not.toBe(
			computeSignature('s3cr€t', urlPath, params),
		);
	});

	test('signs empty values as the bare key, and ignores an existing _aop_signature', () => {
		const params = { remark: '', orderId: '2365789012345678901' };
		expect(signatureBaseString('x/', params)).toBe('x/orderId2365789012345678901remark');
		const withOld = { ...params, _aop_signature: 'DEADBEEF' };
		expect(computeSignature('k', 'x/', withOld)).toBe(computeSignature('k', 'x/', params));
	});

	test('derives the signed path from full URLs, proxied URLs and bare paths', () => {
		expect(
			signaturePathOf('https://gw.open.1688.com/openapi/param2/1/system/currentTime/1000000?x=1'),
		).toBe('param2/1/system/currentTime/1000000');
		expect(signaturePathOf('http://127.0.0.1:8080/proxy/openapi/param2/1/a.b/c.d/7')).toBe(
			'param2/1/a.b/c.d/7',
		);
		expect(signaturePathOf('/openapi/param2/1/a.b/c.d/7')).toBe('param2/1/a.b/c.d/7');
		expect(signaturePathOf('param2/1/a.b/c.d/7')).toBe('param2/1/a.b/c.d/7');
	});
});

describe('push message signature', () => {
	const message = JSON.stringify({
		msgId: 1,
		type: 'ORDER_BUYER_VIEW_ORDER_PAY',
		data: { orderId: 1 },
	});

	test('is HMAC-SHA1 over "message" + the message text', () => {
		const expected = crypto
			.createHmac('sha1', 'sec')
			.update('message' + message)
			.digest('hex')
			.toUpperCase();
		expect(computePushSignature('sec', message)).toBe(expected);
	});

	test('verifies a good signature (any hex case) and rejects a wrong one, a wrong secret and junk', () => {
		const good = computePushSignature('sec', message);
		expect(verifyPushSignature('sec', message, good)).toBe(true);
		expect(verifyPushSignature('sec', message, good.toLowerCase())).toBe(true);
		expect(verifyPushSignature('other', message, good)).toBe(false);
		expect(verifyPushSignature('sec', message + ' ', good)).toBe(false);
		expect(verifyPushSignature('sec', message, 'short')).toBe(false);
		expect(verifyPushSignature('', message, good)).toBe(false);
		expect(verifyPushSignature('sec', message, undefined)).toBe(false);
	});
});
