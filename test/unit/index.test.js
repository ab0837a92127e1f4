'use strict';
const crypto = require('node:crypto');
const pkg = require('../..');

describe('index.js (the package without n8n)', () => {
	test('exports the signer and the push verifier', () => {
		expect(
			pkg.computeSignature('test123', 'param2/1/system/currentTime/1000000', { b: '2', a: '1' }),
		).toBe('33E54F4F7B989E3E0E912D3FBD2F1A03CA7CCE88');
		const message = '{"msgId":1}';
		expect(pkg.verifyPushSignature('s', message, pkg.computePushSignature('s', message))).toBe(
			true,
		);
		const fields = [
			['message', message],
			['_aop_timestamp', '1'],
		];
		expect(
			pkg.verifyPushRequestSignature('s', fields, pkg.computePushRequestSignature('s', fields)),
		).toBe(true);
	});

	test('signApiRequest builds the URL and the signed form', () => {
		const { url, form } = pkg.signApiRequest(
			{ appKey: '1000000', appSecret: 'test123', accessToken: 'tok' },
			'com.alibaba.trade:alibaba.trade.cancel-1',
			{ tradeID: '2365789012345678901', cancelReason: 'other', extra: { 备注: '取消' } },
			1700000000000,
		);
		expect(url).toBe(
			'https://gw.open.1688.com/openapi/param2/1/com.alibaba.trade/alibaba.trade.cancel/1000000',
		);
		expect(form).toMatchObject({
			tradeID: '2365789012345678901',
			extra: '{"备注":"取消"}',
			access_token: 'tok',
			_aop_timestamp: '1700000000000',
		});
		const { _aop_signature: signature, ...rest } = form;
		const message =
			'param2/1/com.alibaba.trade/alibaba.trade.cancel/1000000' +
			Object.entries(rest)
				.map(([k, v]) => k + v)
				.sort()
				.join('');
		expect(signature).toBe(
			crypto.createHmac('sha1', 'test123').update(message).digest('hex').toUpperCase(),
		);
		expect(() => pkg.signApiRequest({ appKey: '1', appSecret: 's' }, 'nonsense')).toThrow(
			/namespace:apiName-version/,
		);
	});
});
