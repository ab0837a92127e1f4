'use strict';
const {
	checkLength,
	requireNumericId,
	requireOfferId,
	requireQuantity,
	requireText,
} = require('../../dist/nodes/shared/helpers/validation');
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
		expect(inputError(() => requireNumericId('Order ID', '  ')).message).toBe(
			'Order ID: is required and must not be empty',
		);
		expect(inputError(() => requireNumericId('Order ID', undefined)).message).toBe(
			'Order ID: is required and must not be empty',
		);
		inputError(() => requireNumericId('Order ID', 1.5));
	});

	test('IDs are whole numbers from 1 to a Java Long, without leading zeros', () => {
		expect(requireNumericId('Order ID', '9223372036854775807')).toBe('9223372036854775807');
		expect(requireNumericId('Order ID', '1')).toBe('1');
		for (const bad of [
			'0',
			'0042',
			'9223372036854775808',
			'12345678901234567890',
			'99999999999999999999',
		]) {
			expect(inputError(() => requireNumericId('Order ID', bad)).message).toBe(
				`Order ID: must be a 1688 ID from 1 to 9223372036854775807 (at most 19 digits, no leading zeros), got ${bad}`,
			);
		}
		expect(requireNumericId('Category', '0', { allowZero: true })).toBe('0');
		expect(
			inputError(() => requireNumericId('Category', '00', { allowZero: true })).message,
		).toMatch(/^Category: must be a 1688 ID from 0 to/);
	});

	test('offer IDs may be given as the offer page URL', () => {
		expect(
			requireOfferId('Offer ID', 'https://detail.1688.com/offer/624392716873.html?spm=a26'),
		).toBe('624392716873');
		inputError(() => requireOfferId('Offer ID', 'https://example.com/offer/x.html'));
	});

	test('required text', () => {
		expect(requireText('Namespace', ' com.alibaba.trade ')).toBe('com.alibaba.trade');
		expect(inputError(() => requireText('Namespace', '  ')).message).toBe(
			'Namespace: is required and must not be empty',
		);
	});

	test('quantities: whole numbers of at least 1, as numbers or digits in text', () => {
		expect(requireQuantity('Quantity', 3)).toBe(3);
		expect(requireQuantity('Quantity', ' 12 ')).toBe(12);
		expect(inputError(() => requireQuantity('Quantity (SKU 2)', 0)).message).toBe(
			'Quantity (SKU 2): must be a whole number of at least 1, got 0',
		);
		expect(inputError(() => requireQuantity('Quantity', '2.5')).message).toBe(
			'Quantity: must be a whole number of at least 1, got "2.5"',
		);
		expect(inputError(() => requireQuantity('Quantity', undefined)).message).toBe(
			'Quantity: must be a whole number of at least 1, got undefined',
		);
	});

	test('quantities and texts have an upper bound', () => {
		expect(requireQuantity('Quantity', 1_000_000)).toBe(1_000_000);
		expect(inputError(() => requireQuantity('Quantity', 1_000_001)).message).toBe(
			'Quantity: must be at most 1,000,000, got 1000001',
		);
		expect(inputError(() => requireQuantity('Quantity', 5, 4)).message).toBe(
			'Quantity: must be at most 4, got 5',
		);
		expect(inputError(() => requireQuantity('Quantity', 'x'.repeat(100))).message).toBe(
			`Quantity: must be a whole number of at least 1, got "${'x'.repeat(56)}...`,
		);
		expect(requireText('Name', ' ab ', 2)).toBe('ab');
		expect(inputError(() => requireText('Name', 'abc', 2)).message).toBe(
			'Name: must be at most 2 characters, got 3',
		);
		expect(checkLength('Name', '张三', 2)).toBe('张三');
	});
});
