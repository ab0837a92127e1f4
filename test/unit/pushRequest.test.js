'use strict';
const crypto = require('node:crypto');
const {
	readPushRequest,
	isSignedBy,
	pushEnvelope,
	pushRequestTooLarge,
	MAX_PUSH_BYTES,
	MAX_PUSH_FIELDS,
} = require('../../dist/nodes/shared/transport/pushRequest');
const {
	computePushRequestSignature,
	computePushSignature,
	verifyPushRequestSignature,
} = require('../../dist/nodes/shared/transport/signature');

const MESSAGE =
	'{"msgId":70000000001,"type":"ORDER_BUYER_VIEW_ORDER_PAY","data":{"orderId":3503514269397939267}}';
const hmac = (secret, text) =>
	crypto.createHmac('sha1', secret).update(text, 'utf8').digest('hex').toUpperCase();

describe('push request signature over every field', () => {
	test("is HMAC-SHA1 over the sorted name+value strings, no URL path; with only message it is today's rule", () => {
		expect(computePushRequestSignature('sec', [['message', MESSAGE]])).toBe(
			hmac('sec', 'message' + MESSAGE),
		);
		expect(computePushRequestSignature('sec', [['message', MESSAGE]])).toBe(
			computePushSignature('sec', MESSAGE),
		);
		const fields = [
			['type', 'X'],
			['msgId', '7'],
			['data', '{"a":1}'],
			['_aop_signature', 'ignored'],
		];
		expect(computePushRequestSignature('sec', fields)).toBe(hmac('sec', 'data{"a":1}msgId7typeX'));
	});

	test('sorts the joined strings, not the names (a name that prefixes another)', () => {
		// by name: "sort" < "sortType"; by string: "sortType…" < "sortz" since "T" < "z".
		const fields = [
			['sort', 'z'],
			['sortType', 'a'],
		];
		expect(computePushRequestSignature('s', fields)).toBe(hmac('s', 'sortTypeasortz'));
	});

	test('verification: any hex case passes; another secret, a changed field, an extra field or none fails', () => {
		const fields = [
			['message', MESSAGE],
			['_aop_timestamp', '1700000000000'],
		];
		const good = computePushRequestSignature('sec', fields);
		expect(verifyPushRequestSignature('sec', fields, good.toLowerCase())).toBe(true);
		expect(verifyPushRequestSignature('other', fields, good)).toBe(false);
		expect(verifyPushRequestSignature('sec', [['message', MESSAGE]], good)).toBe(false);
		expect(verifyPushRequestSignature('sec', [...fields, ['x', '1']], good)).toBe(false);
		expect(verifyPushRequestSignature('sec', fields, undefined)).toBe(false);
		expect(verifyPushRequestSignature('sec', fields, '')).toBe(false);
		expect(verifyPushRequestSignature('', fields, good)).toBe(false);
	});
});

describe('readPushRequest', () => {
	test('reads the raw body as a form, exactly, plus the query string of the URL', () => {
		const raw = new URLSearchParams([
			['message', MESSAGE],
			['_aop_signature', 'SIG'],
		]).toString();
		const request = readPushRequest(
			{ message: 'n8n parsed, ignored' },
			Buffer.from(raw),
			'/webhook/abc/1688?_aop_timestamp=17&x=a%20b',
		);
		expect(request).toEqual({
			fields: [
				['_aop_timestamp', '17'],
				['x', 'a b'],
				['message', MESSAGE],
				['_aop_signature', 'SIG'],
			],
			signature: 'SIG',
		});
	});

	test('without a raw body: a text body, or the fields n8n parsed (repeated names as lists)', () => {
		const raw = new URLSearchParams({ message: MESSAGE, _aop_signature: 'SIG' }).toString();
		expect(readPushRequest(raw, undefined, '/hook').fields).toEqual([
			['message', MESSAGE],
			['_aop_signature', 'SIG'],
		]);
		expect(readPushRequest({ a: ['1', '2'], _aop_signature: 'S' }, undefined, undefined)).toEqual({
			fields: [
				['a', '1'],
				['a', '2'],
				['_aop_signature', 'S'],
			],
			signature: 'S',
		});
		expect(readPushRequest(undefined, undefined, undefined)).toEqual({
			fields: [],
			signature: undefined,
		});
	});

	test('a signature in the query string counts when the form has none', () => {
		expect(readPushRequest({}, Buffer.from('message=x'), '/h?_aop_signature=Q').signature).toBe(
			'Q',
		);
	});

	test('isSignedBy checks the signature over all fields but itself', () => {
		const fields = [
			['_aop_timestamp', '17'],
			['message', MESSAGE],
		];
		const signature = computePushRequestSignature('sec', fields);
		const raw = new URLSearchParams([
			['message', MESSAGE],
			['_aop_signature', signature],
		]).toString();
		expect(isSignedBy('sec', readPushRequest({}, Buffer.from(raw), '/h?_aop_timestamp=17'))).toBe(
			true,
		);
		expect(isSignedBy('sec', readPushRequest({}, Buffer.from(raw), '/h?_aop_timestamp=18'))).toBe(
			false,
		);
		expect(isSignedBy('sec', readPushRequest({}, Buffer.from(raw), '/h'))).toBe(false);
	});
});

describe('pushEnvelope', () => {
	test('the message field as JSON (19-digit IDs kept exact), or nothing when it is not a JSON object', () => {
		expect(pushEnvelope({ fields: [['message', MESSAGE]] })).toEqual({
			msgId: 70000000001,
			type: 'ORDER_BUYER_VIEW_ORDER_PAY',
			data: { orderId: '3503514269397939267' },
		});
		expect(pushEnvelope({ fields: [['message', 'not json']] })).toBeUndefined();
		expect(pushEnvelope({ fields: [['message', '[1]']] })).toBeUndefined();
	});

	test('envelope fields one by one, the form winning over the query; nothing without any', () => {
		const fields = [
			['type', 'FROM_QUERY'],
			['msgId', '7'],
			['type', 'ORDER_BUYER_VIEW_ORDER_PAY'],
			['data', '{"orderId":1}'],
			['_aop_signature', 'S'],
			['other', 'x'],
		];
		expect(pushEnvelope({ fields })).toEqual({
			msgId: '7',
			type: 'ORDER_BUYER_VIEW_ORDER_PAY',
			data: '{"orderId":1}',
		});
		expect(
			pushEnvelope({
				fields: [
					['_aop_signature', 'S'],
					['other', 'x'],
				],
			}),
		).toBeUndefined();
	});
});

describe('pushRequestTooLarge (checked before anything is parsed or signed)', () => {
	const fieldsOf = (count) => Array.from({ length: count }, (_, i) => `f${i}=`).join('&');
	const TOO_MANY = `Too many fields: a 1688 push message has at most ${MAX_PUSH_FIELDS}`;

	test('a usual push passes; more than 1 MB, in the raw body or a text body, does not', () => {
		const raw = new URLSearchParams([
			['message', MESSAGE],
			['_aop_signature', 'SIG'],
		]).toString();
		expect(pushRequestTooLarge({}, Buffer.from(raw), '/webhook/x/1688')).toBeUndefined();
		expect(pushRequestTooLarge({}, Buffer.alloc(MAX_PUSH_BYTES, 'a'), '/h')).toBeUndefined();
		expect(pushRequestTooLarge({}, Buffer.alloc(MAX_PUSH_BYTES + 1, 'a'), '/h')).toBe(
			`Request too large: a 1688 push message is at most ${MAX_PUSH_BYTES} bytes`,
		);
		expect(pushRequestTooLarge('é'.repeat(MAX_PUSH_BYTES / 2 + 1), undefined, '/h')).toMatch(
			/^Request too large/,
		);
		expect(pushRequestTooLarge(undefined, undefined, undefined)).toBeUndefined();
	});

	test('fields are counted over the query string and the body, the raw body first, else the text or parsed body', () => {
		expect(pushRequestTooLarge({}, Buffer.from(fieldsOf(MAX_PUSH_FIELDS)), '/h')).toBeUndefined();
		expect(pushRequestTooLarge({}, Buffer.from(fieldsOf(MAX_PUSH_FIELDS + 1)), '/h')).toBe(
			TOO_MANY,
		);
		expect(pushRequestTooLarge({}, Buffer.from(fieldsOf(MAX_PUSH_FIELDS - 1)), '/h?a=1&b=2')).toBe(
			TOO_MANY,
		);
		expect(pushRequestTooLarge(fieldsOf(MAX_PUSH_FIELDS + 1), undefined, '/h')).toBe(TOO_MANY);
		const parsed = Object.fromEntries(
			Array.from({ length: MAX_PUSH_FIELDS + 1 }, (_, i) => [`f${i}`, '']),
		);
		expect(pushRequestTooLarge(parsed, undefined, '/h')).toBe(TOO_MANY);
		expect(pushRequestTooLarge(parsed, Buffer.from('message=x'), '/h')).toBeUndefined();
		// A Uint8Array view into a larger buffer is read within its bounds.
		const whole = Buffer.from(`${'&'.repeat(500)}message=x`);
		const view = new Uint8Array(whole.buffer, whole.byteOffset + 500, whole.length - 500);
		expect(pushRequestTooLarge({}, view, '/h')).toBeUndefined();
	});
});
