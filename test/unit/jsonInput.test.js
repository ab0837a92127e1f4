'use strict';
const {
	parseJsonInput,
	requireJsonObject,
	requireJsonList,
} = require('../../dist/nodes/Alibaba1688/helpers/jsonInput');
const { InputError } = require('../../dist/nodes/shared/helpers/inputError');
const { thrownBy } = require('../support/thrown');

const inputError = (fn) => thrownBy(fn, InputError);

describe('JSON parameters (helpers/jsonInput.ts, the one place that parses them)', () => {
	test('text is parsed, a value from an expression is taken as it is, empty text is undefined', () => {
		expect(parseJsonInput('Parameters', '{"a":{"b":"中文"}}')).toEqual({ a: { b: '中文' } });
		const given = { a: 1 };
		expect(parseJsonInput('Parameters', given)).toBe(given);
		expect(parseJsonInput('Parameters', '  ')).toBeUndefined();
		expect(parseJsonInput('Parameters', '42')).toBe(42);
	});

	test('19-digit IDs in the text stay exact (as digit strings); ordinary numbers stay numbers', () => {
		expect(
			parseJsonInput(
				'Parameters',
				'{"orderId": 2365789012345678901, "quantity": 3, "price": 19.8}',
			),
		).toEqual({
			orderId: '2365789012345678901',
			quantity: 3,
			price: 19.8,
		});
	});

	test('bad JSON names the field and the syntax problem, with the hint', () => {
		const error = inputError(() =>
			parseJsonInput('Cart (JSON)', '[{"offerId": ', 'Give a JSON array.'),
		);
		expect(error.message).toMatch(/^Cart \(JSON\): is not valid JSON \(.+\)$/);
		expect(error.field).toBe('Cart (JSON)');
		expect(error.hint).toBe('Give a JSON array.');
	});

	test('objects: text or object; empty text is {}; anything else is refused', () => {
		expect(requireJsonObject('Parameters', '{"a":{"b":"中文"}}')).toEqual({ a: { b: '中文' } });
		expect(requireJsonObject('Parameters', { a: 1 })).toEqual({ a: 1 });
		expect(requireJsonObject('Parameters', '')).toEqual({});
		expect(inputError(() => requireJsonObject('Parameters', '{"a":')).message).toMatch(
			/^Parameters: is not valid JSON \(/,
		);
		expect(inputError(() => requireJsonObject('Parameters', '[1]')).message).toBe(
			'Parameters: must be a JSON object, got [1]',
		);
		expect(inputError(() => requireJsonObject('Parameters', 'null')).message).toBe(
			'Parameters: must be a JSON object, got null',
		);
	});

	test('lists: an array, one object as a list of one, empty text as an empty list; anything else is refused', () => {
		expect(requireJsonList('SKU Rows', '[{"sku": "a"}, {"sku": "b"}]', 'SKU rows')).toEqual([
			{ sku: 'a' },
			{ sku: 'b' },
		]);
		expect(requireJsonList('SKU Rows', { sku: 'a' }, 'SKU rows')).toEqual([{ sku: 'a' }]);
		expect(requireJsonList('SKU Rows', '{"sku": "a"}', 'SKU rows')).toEqual([{ sku: 'a' }]);
		expect(requireJsonList('SKU Rows', '', 'SKU rows')).toEqual([]);
		expect(inputError(() => requireJsonList('SKU Rows', 'null', 'SKU rows')).message).toBe(
			'SKU Rows: must be a JSON array of SKU rows, got null',
		);
		const error = inputError(() => requireJsonList('SKU Rows', '"abc"', 'SKU rows', 'Give rows.'));
		expect(error.message).toBe('SKU Rows: must be a JSON array of SKU rows, got abc');
		expect(error.hint).toBe('Give rows.');
	});
});
