'use strict';
const { requireNumericId, requireOfferId, requireQuantity, requireText } = require('../../dist/nodes/shared/helpers/validation');
const { InputError } = require('../../dist/nodes/shared/helpers/inputError');
const { thrownBy } = require('../support/thrown');

const inputError = (fn) => thrownBy(fn, InputError);

describe('input validation', () => {
	test('numeric IDs: digits, numbers and long IDs as exact text', () => {
		expect(requireNumericId('Order ID', ' 2365789012345678901 ')).toBe('2365789012345678901');
		expect(requireNumericId('Order ID', 624392716873)).toBe('624392716873');
		const error = inputError(() => requireNumericId('Order ID', 'abc'));
		expect(error.message).toBe('Order ID: must be a numeric 1688 ID (digits only), got abc');
		expect(error.field).toBe('Order ID');
		inputError(() => requireNumericId('Order ID', ''));
		inputError(() => requireNumericId('Order ID', 1.5));
	});

	test('offer IDs may be given as the offer page URL', () => {
		expect(requireOfferId('Offer ID', 'https://detail.1688.com/offer/624392716873.html?spm=a26')).toBe('624392716873');
		inputError(() => requireOfferId('Offer ID', 'https://example.com/offer/x.html'));
	});

	test('required text', () => {
		expect(requireText('Namespace', ' com.alibaba.trade ')).toBe('com.alibaba.trade');
		expect(inputError(() => requireText('Namespace', '  ')).message).toBe('Namespace: is required and must not be empty');
	});

	test('quantities: whole numbers of at least 1, as numbers or digits in text', () => {
		expect(requireQuantity('Quantity', 3)).toBe(3);
		expect(requireQuantity('Quantity', ' 12 ')).toBe(12);
		expect(inputError(() => requireQuantity('Quantity (SKU 2)', 0)).message).toBe('Quantity (SKU 2): must be a whole number of at least 1, got 0');
		expect(inputError(() => requireQuantity('Quantity', '2.5')).message).toBe('Quantity: must be a whole number of at least 1, got "2.5"');
		expect(inputError(() => requireQuantity('Quantity', undefined)).message).toBe('Quantity: must be a whole number of at least 1, got undefined');
	});
});
