'use strict';
const { sign, joinParams, verify, signPushMessage, signedForm } = require('../protocol/signature');
const { format1688, parse1688, formatDash } = require('../protocol/dates');
const { stringify, long } = require('../protocol/json');
const { gatewayError } = require('../protocol/errors');
const { parseMultipart } = require('../protocol/params');

describe('signature', () => {
	test('official worked example', () => {
		expect(joinParams({ b: '2', a: '1' })).toBe('a1b2');
		expect(sign('test123', 'param2/1/system/currentTime/1000000', { b: '2', a: '1' })).toBe(
			'33E54F4F7B989E3E0E912D3FBD2F1A03CA7CCE88',
		);
	});

	test('sorts key+value strings, not keys', () => {
		// by key: keyword < keywordTranslate; by key+value: "keywordTranslatefalse" < "keywordz"
		expect(joinParams({ keyword: 'z', keywordTranslate: 'false' })).toBe(
			'keywordTranslatefalsekeywordz',
		);
		// 'T' (0x54) sorts before '{' (0x7b): key order would put sort first
		expect(joinParams({ sort: '{"price":"asc"}', sortType: 'a' })).toBe(
			'sortTypeasort{"price":"asc"}',
		);
	});

	test('drops _aop_signature; re-signing is stable', () => {
		const p = { a: '1', b: '2' };
		const s1 = sign('test123', 'x', p);
		expect(sign('test123', 'x', { ...p, _aop_signature: s1 })).toBe(s1);
		expect(verify('test123', 'x', p, s1)).toBe(true);
		expect(verify('test123', 'x', p, s1.toLowerCase())).toBe(true);
		expect(verify('test123', 'x', { ...p, a: '2' }, s1)).toBe(false);
		expect(verify('test123', 'x', p, undefined)).toBe(false);
	});

	test('UTF-8 values and JSON text are signed as sent', () => {
		const s = sign('k', 'p', { q: '{"keyword":"饼干"}' });
		expect(s).toMatch(/^[0-9A-F]{40}$/);
		expect(s).not.toBe(sign('k', 'p', { q: '{"keyword":"\\u997c\\u5e72"}' }));
	});

	test('signedForm serializes objects as JSON and adds the signature', () => {
		const f = signedForm({ appSecret: 'test123', urlPath: 'p', params: { o: { a: 1 }, n: 5 } });
		expect(f.get('o')).toBe('{"a":1}');
		expect(f.get('n')).toBe('5');
		expect(f.get('_aop_signature')).toBe(sign('test123', 'p', { o: '{"a":1}', n: '5' }));
	});

	test('push message signature is HMAC over "message" + text', () => {
		expect(signPushMessage('test123', '{}')).toBe(sign('test123', 'message{}', {}));
	});
});

describe('dates', () => {
	test('format and parse yyyyMMddHHmmssSSS+0800', () => {
		const ms = Date.UTC(2024, 0, 1, 0, 0, 0, 0) - 8 * 3600000; // 2024-01-01 00:00 China
		expect(format1688(ms)).toBe('20240101000000000+0800');
		expect(parse1688('20240101000000000+0800')).toBe(ms);
		expect(parse1688('20240101000000+0800')).toBe(ms);
		expect(parse1688('20231231160000000+0000')).toBe(ms);
		expect(formatDash(ms)).toBe('2024-01-01 00:00:00');
		expect(parse1688('2024-01-01')).toBeNull();
		expect(parse1688('20241301000000000+0800')).toBeNull();
	});
});

describe('json', () => {
	test('longs are written as exact number literals', () => {
		const text = stringify({
			id: long('2204007555606815862'),
			n: 1.5,
			s: 'x',
			u: undefined,
			a: [long('1'), null],
		});
		expect(text).toBe('{"id":2204007555606815862,"n":1.5,"s":"x","a":[1,null]}');
		expect(() => long('12a')).toThrow();
	});
});

describe('errors', () => {
	test('gateway error body', () => {
		const e = gatewayError('gw.SignatureInvalid');
		expect(e.status).toBe(400);
		expect(Object.keys(e.body)).toEqual(['error_code', 'error_message', 'exception', 'request_id']);
		expect(e.body.request_id).toMatch(/^[0-9a-f]{24}$/);
		const t = gatewayError('401');
		expect(t.status).toBe(401);
		expect(t.body.error_message).toBe('Request need user authorized');
		// The field real clients read (the official Python SDK's ApiError.exception).
		expect(t.body.exception).toBe('Request need user authorized');
	});
});

describe('multipart', () => {
	test('fields and files are split', () => {
		const b = 'XyZ';
		const body = Buffer.from(
			`--${b}\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n` +
				`--${b}\r\nContent-Disposition: form-data; name="image"; filename="x.jpg"\r\nContent-Type: image/jpeg\r\n\r\nBYTES\r\n` +
				`--${b}--\r\n`,
		);
		const { fields, files } = parseMultipart(body, b);
		expect(fields).toEqual({ a: '1' });
		expect(files.image.filename).toBe('x.jpg');
		expect(files.image.data.toString()).toBe('BYTES');
	});
});

describe('seed', () => {
	test('is the same on every build and does not read the clock', () => {
		const { buildSeed } = require('../data/seed');
		const realNow = Date.now;
		const a = buildSeed();
		Date.now = () => 0;
		let b;
		try {
			b = buildSeed();
		} finally {
			Date.now = realNow;
		}
		expect(stringify([...b.offers.values()])).toBe(stringify([...a.offers.values()]));
		expect(stringify([...b.orders.values()])).toBe(stringify([...a.orders.values()]));
		expect(buildSeed({ seed: 7 }).offers.keys().next().value).not.toBe(
			a.offers.keys().next().value,
		);
	});
});
