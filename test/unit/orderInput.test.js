'use strict';
const {
	parseAddress,
	normalizeMobile,
} = require('../../dist/nodes/Alibaba1688/actions/order/orderInput');
const { parseCart } = require('../../dist/nodes/Alibaba1688/actions/order/cart');
const {
	parseOrderIds,
} = require('../../dist/nodes/Alibaba1688/actions/order/getPaymentLink.operation');
const { thrownBy } = require('../support/thrown');

const ADDRESS = {
	fullName: ' 赵六 ',
	mobile: '135 1111 2222',
	provinceText: '浙江省',
	cityText: '杭州市',
	areaText: '滨江区',
	townText: '',
	address: '网商路699号',
	postCode: '310052',
};

function inputError(fn) {
	const { name, field, message } = thrownBy(fn);
	return { name, field, message };
}

describe('parseAddress', () => {
	test('trims, normalises the mobile and leaves out empty optional parts', () => {
		expect(parseAddress(ADDRESS)).toEqual({
			fullName: '赵六',
			mobile: '13511112222',
			provinceText: '浙江省',
			cityText: '杭州市',
			areaText: '滨江区',
			address: '网商路699号',
			postCode: '310052',
		});
	});

	test.each([
		['fullName', '', 'Recipient Name', 'Recipient Name: is required and must not be empty'],
		['provinceText', '  ', 'Province', 'Province: is required and must not be empty'],
		['cityText', undefined, 'City', 'City: is required and must not be empty'],
		['address', '', 'Street Address', 'Street Address: is required and must not be empty'],
		['postCode', '31005', 'Postal Code', 'Postal Code: must be 6 digits, got "31005"'],
		[
			'mobile',
			'12345',
			'Mobile',
			'Mobile: must be a mainland China mobile number (11 digits starting with 1), got "12345"',
		],
		[
			'districtCode',
			'33-01',
			'District Code',
			'District Code: must be the digits of an address code, e.g. 330108, got "33-01"',
		],
	])('%s = %p is refused, naming %s', (key, value, field, message) => {
		expect(inputError(() => parseAddress({ ...ADDRESS, [key]: value }))).toEqual({
			name: 'InputError',
			field,
			message,
		});
	});
});

test('with a District Code, province and city may be empty and the phone may be international', () => {
	const overseas = {
		fullName: 'Anna Keller',
		mobile: '+49 151 1234 5678',
		districtCode: '912760011000000000',
		provinceText: '',
		cityText: '',
		address: 'Lindenstrasse 12',
	};
	expect(parseAddress(overseas)).toEqual({
		fullName: 'Anna Keller',
		mobile: '+4915112345678',
		address: 'Lindenstrasse 12',
		districtCode: '912760011000000000',
	});
	expect(inputError(() => parseAddress({ ...overseas, mobile: 'call me' }))).toMatchObject({
		field: 'Mobile',
	});
	expect(inputError(() => parseAddress({ ...overseas, districtCode: '' }))).toMatchObject({
		field: 'Mobile',
	});
});

describe('normalizeMobile', () => {
	test('accepts +86, 0086, spaces and dashes', () => {
		for (const mobile of ['13800138000', '+86 138-0013-8000', '008613800138000', '8613800138000'])
			expect(normalizeMobile(mobile)).toBe('13800138000');
	});

	test('refuses landlines, short numbers and non-text', () => {
		for (const mobile of ['0571-88888888', '1380013800', '12800138000', 13800138000, ''])
			expect(() => normalizeMobile(mobile)).toThrow(/^Mobile: /);
	});
});

describe('parseCart', () => {
	test('UI rows become checked lines: offer IDs from URLs, the supplier when given', () => {
		const rows = {
			line: [
				{
					offerId: '624392716873',
					specId: 'b266e0726506185beaf205cbae88530d',
					quantity: 2,
					supplierId: '',
				},
				{
					offerId: 'https://detail.1688.com/offer/624392716874.html',
					specId: 'c1',
					quantity: 1,
					supplierId: ' sbx56780001 ',
				},
			],
		};
		expect(parseCart('ui', rows)).toEqual([
			{ offerId: '624392716873', specId: 'b266e0726506185beaf205cbae88530d', quantity: 2 },
			{ offerId: '624392716874', specId: 'c1', quantity: 1, supplierId: 'sbx56780001' },
		]);
	});

	test('JSON text, a JSON array from an expression and a single object are all carts; sellerOpenId names the supplier', () => {
		const line = { offerId: 624392716873, specId: 'abc123', quantity: '3', sellerOpenId: 'sbx1' };
		const expected = [
			{ offerId: '624392716873', specId: 'abc123', quantity: 3, supplierId: 'sbx1' },
		];
		expect(parseCart('json', JSON.stringify([line]))).toEqual(expected);
		expect(parseCart('json', [line])).toEqual(expected);
		expect(parseCart('json', line)).toEqual(expected);
	});

	test.each([
		['ui', {}, 'Cart', 'Cart: needs at least one line'],
		['json', '[]', 'Cart (JSON)', 'Cart (JSON): needs at least one line'],
		['json', '42', 'Cart (JSON)', 'Cart (JSON): must be a JSON array of cart lines, got 42'],
		[
			'json',
			'[{"offerId": 1, "specId": "s", "quantity": 1.5}]',
			'Quantity (cart line 1)',
			'Quantity (cart line 1): must be a whole number of at least 1, got 1.5',
		],
		[
			'json',
			'[{"offerId": 624392716873, "specId": "s", "quantity": 1}, {"offerId": 624392716873, "specId": "s", "quantity": 0}]',
			'Quantity (cart line 2)',
			'Quantity (cart line 2): must be a whole number of at least 1, got 0',
		],
		[
			'json',
			'[{"offerId": 1, "specId": "s"}]',
			'Quantity (cart line 1)',
			'Quantity (cart line 1): must be a whole number of at least 1, got undefined',
		],
		[
			'json',
			'[{"offerId": "abc", "specId": "s", "quantity": 1}]',
			'Offer ID (cart line 1)',
			'Offer ID (cart line 1): must be a numeric 1688 ID (digits only), got abc',
		],
		[
			'json',
			'[{"specId": "s", "quantity": 1}]',
			'Offer ID (cart line 1)',
			'Offer ID (cart line 1): is required and must not be empty',
		],
		[
			'json',
			'[{"offerId": 1, "specId": "a b", "quantity": 1}]',
			'Spec ID (cart line 1)',
			'Spec ID (cart line 1): must be a 1688 spec ID (letters and digits), got "a b"',
		],
		[
			'json',
			'[{"offerId": 1, "quantity": 1}]',
			'Spec ID (cart line 1)',
			'Spec ID (cart line 1): is required: 1688 needs the SKU of every line',
		],
		[
			'ui',
			{ line: [{ offerId: '624392716873', specId: 's', quantity: -2 }] },
			'Quantity (cart line 1)',
			'Quantity (cart line 1): must be a whole number of at least 1, got -2',
		],
	])('%s cart %p is refused, naming %s', (source, value, field, message) => {
		expect(inputError(() => parseCart(source, value))).toEqual({
			name: 'InputError',
			field,
			message,
		});
	});

	test('bad JSON names the field and the syntax problem', () => {
		expect(inputError(() => parseCart('json', '[{"offerId": '))).toMatchObject({
			field: 'Cart (JSON)',
			message: expect.stringMatching(/^Cart \(JSON\): is not valid JSON \(.+\)$/),
		});
	});
});

describe('parseOrderIds', () => {
	test('comma-separated text and arrays; 19 digits stay exact; duplicates dropped', () => {
		expect(parseOrderIds('2304567890123456789, 2304567890123456790;2304567890123456789')).toEqual([
			'2304567890123456789',
			'2304567890123456790',
		]);
		expect(parseOrderIds(['2304567890123456789', 1997017368139085])).toEqual([
			'2304567890123456789',
			'1997017368139085',
		]);
	});

	test('empty, bad or too many IDs are refused', () => {
		expect(() => parseOrderIds(' , ')).toThrow('Order IDs: needs at least one order ID');
		expect(() => parseOrderIds('123, abc')).toThrow(
			'Order IDs: must be a numeric 1688 ID (digits only), got abc',
		);
		const many = Array.from({ length: 101 }, (_, i) => `23045678901234${10000 + i}`);
		expect(() => parseOrderIds(many)).toThrow(
			'Order IDs: at most 100 orders per payment link of this method, got 101',
		);
		expect(() => parseOrderIds(many.slice(0, 31), 30)).toThrow(
			'Order IDs: at most 30 orders per payment link of this method, got 31',
		);
	});
});
