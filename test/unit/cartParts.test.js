'use strict';
const {
	splitCart,
	offersWithoutSupplier,
	cargoOf,
	mergeIdenticalLines,
	MAX_LINES_PER_ORDER,
} = require('../../dist/nodes/Alibaba1688/helpers/cartParts');
const { describePartFailure } = require('../../dist/nodes/Alibaba1688/actions/order/partFailure');
const {
	checkFlow,
	CROSS_BORDER_FLOWS,
	DOMESTIC_FLOWS,
	PREVIEW_FLOWS,
} = require('../../dist/nodes/Alibaba1688/actions/order/flows');
const { longId, stringifyWithLongs } = require('../../dist/nodes/shared/helpers/longJson');

const line = (offerId, specId, supplierId) => ({
	offerId: String(offerId),
	specId,
	quantity: 1,
	...(supplierId ? { supplierId } : {}),
});

describe('mergeIdenticalLines', () => {
	const problem = (message) => new Error(message);

	test('the same offer and SKU becomes one line with the quantities added, where it first appeared', () => {
		const cart = [
			{ ...line(1, 'a'), quantity: 2 },
			line(2, 'b'),
			{ ...line(1, 'a', 'S1'), quantity: 3 },
			line(1, 'c'),
		];
		expect(mergeIdenticalLines(cart, 100, problem)).toEqual([
			{ ...line(1, 'a', 'S1'), quantity: 5 },
			line(2, 'b'),
			line(1, 'c'),
		]);
		// The cart given is left as it was.
		expect(cart[0].quantity).toBe(2);
	});

	test('different suppliers for one SKU, or a sum above the cap, are refused naming the lines', () => {
		expect(() =>
			mergeIdenticalLines([line(1, 'a', 'S1'), line(1, 'a', 'S2')], 100, problem),
		).toThrow(
			'cart lines 1, 2 (offer 1, spec a) are the same SKU with different Supplier IDs (S1, S2)',
		);
		expect(() =>
			mergeIdenticalLines(
				[line(9, 'x'), line(1, 'a'), { ...line(1, 'a'), quantity: 100 }],
				100,
				problem,
			),
		).toThrow(
			'cart lines 2, 3 (offer 1, spec a) are the same SKU and add up to 101 pieces, more than the 100 one line may ask for',
		);
	});
});

describe('splitCart', () => {
	test('one part per supplier, in the order suppliers first appear, lines kept in cart order', () => {
		const cart = [line(1, 'a', 'S1'), line(2, 'b', 'S2'), line(3, 'c', 'S1'), line(4, 'd', 'S2')];
		expect(splitCart(cart)).toEqual([
			{ number: 1, supplierId: 'S1', lines: [cart[0], cart[2]] },
			{ number: 2, supplierId: 'S2', lines: [cart[1], cart[3]] },
		]);
	});

	test("past 50 lines a supplier's goods go into several parts of at most 50", () => {
		const cart = Array.from({ length: 120 }, (_, i) => line(1000 + i, `s${i}`, 'S1'));
		const parts = splitCart(cart);
		expect(MAX_LINES_PER_ORDER).toBe(50);
		expect(parts.map((part) => part.lines.length)).toEqual([50, 50, 20]);
		expect(parts.map((part) => part.number)).toEqual([1, 2, 3]);
		expect(parts.flatMap((part) => part.lines)).toEqual(cart);
	});

	test('a looked-up supplier counts like a given one; an unknown supplier keeps its offer alone; a single-offer cart is one part', () => {
		const cart = [line(1, 'a'), line(2, 'b'), line(1, 'c'), line(3, 'd')];
		const looked = { 1: 'S1', 2: 'S1' };
		expect(
			splitCart(cart, (l) => looked[l.offerId]).map((part) => [
				part.supplierId,
				part.lines.map((l) => l.specId),
			]),
		).toEqual([
			['S1', ['a', 'b', 'c']],
			[undefined, ['d']],
		]);
		expect(splitCart([line(7, 'x'), line(7, 'y')])).toEqual([
			{ number: 1, lines: [line(7, 'x'), line(7, 'y')] },
		]);
	});
});

test('offersWithoutSupplier: nothing to look up for one offer or when every line names its supplier', () => {
	expect(offersWithoutSupplier([line(1, 'a'), line(1, 'b')])).toEqual([]);
	expect(offersWithoutSupplier([line(1, 'a', 'S'), line(2, 'b', 'T')])).toEqual([]);
	expect(
		offersWithoutSupplier([line(1, 'a', 'S'), line(2, 'b'), line(3, 'c'), line(2, 'd')]),
	).toEqual(['2', '3']);
});

test("cargoOf: the API's lines, offer IDs as numbers, no supplier", () => {
	expect(
		cargoOf({
			number: 1,
			lines: [{ offerId: '624392716873', specId: 'x', quantity: 2, supplierId: 'S' }],
		}),
	).toEqual([{ offerId: 624392716873, specId: 'x', quantity: 2 }]);
});

describe('describePartFailure', () => {
	const parts = splitCart([line(1, 'a', 'S1'), line(2, 'b', 'S2'), line(3, 'c', 'S3')]);

	test('names the orders already created and the parts not sent', () => {
		const { message, description } = describePartFailure({
			failedPart: parts[1],
			parts,
			createdOrderIds: ['2304567890123456789'],
			failedMayExist: false,
		});
		expect(message).toBe(
			'Part 2 of 3 of the cart failed; 1688 created 1 order for the parts before it (2304567890123456789)',
		);
		expect(description).toBe(
			'Created: 2304567890123456789. Failed, not created: part 2 (supplier S2, offer 2). Not sent: part 3 (supplier S3, offer 3). ' +
				'Nothing is re-sent automatically: keep or cancel the created orders, then order the failed and unsent lines in a new run with only those lines.',
		);
	});

	test('a first part that failed, and a part whose answer was lost', () => {
		expect(
			describePartFailure({
				failedPart: parts[0],
				parts,
				createdOrderIds: [],
				failedMayExist: false,
			}).message,
		).toBe('Part 1 of 3 of the cart failed; no order was created for the parts before it');
		const lost = describePartFailure({
			failedPart: parts[2],
			parts,
			createdOrderIds: ['1', '2'],
			failedMayExist: true,
		});
		expect(lost.message).toBe(
			'Part 3 of 3 of the cart failed; 1688 created 2 orders for the parts before it (1, 2)',
		);
		expect(lost.description).toContain(
			'Failed, and MAY have been created: part 3 (supplier S3, offer 3). Not sent: nothing.',
		);
		expect(lost.description).toContain('check whether the failed part was created');
	});
});

describe("flows per order API (each API's doc page)", () => {
	const values = (flows) => flows.map((flow) => flow.value).sort();

	test('fastCreateOrder: six flows, no repurchase; createCrossOrder adds repurchase; preview also "" (best)', () => {
		expect(values(DOMESTIC_FLOWS)).toEqual([
			'boutiquefenxiao',
			'boutiquepifa',
			'fenxiao',
			'general',
			'paired',
			'saleproxy',
		]);
		expect(values(CROSS_BORDER_FLOWS)).toEqual([...values(DOMESTIC_FLOWS), 'repurchase'].sort());
		expect(values(PREVIEW_FLOWS)).toEqual(['', ...values(CROSS_BORDER_FLOWS)]);
	});

	test('checkFlow accepts a listed flow and refuses others, naming the API', () => {
		expect(checkFlow(' boutiquepifa ', DOMESTIC_FLOWS, 'x')).toBe('boutiquepifa');
		expect(() => checkFlow('repurchase', DOMESTIC_FLOWS, 'alibaba.trade.fastCreateOrder')).toThrow(
			'Flow: "repurchase" is not a flow alibaba.trade.fastCreateOrder accepts; use one of boutiquefenxiao, boutiquepifa, fenxiao, general, paired, saleproxy',
		);
		expect(checkFlow('', PREVIEW_FLOWS, 'x')).toBe('');
		expect(() => checkFlow('', CROSS_BORDER_FLOWS, 'x')).toThrow(/^Flow: "" is not a flow/);
	});
});

test('stringifyWithLongs writes each LongId as a bare number literal and everything else as JSON.stringify does', () => {
	expect(
		stringifyWithLongs({
			orderId: longId('2304567890123456789'),
			payChannel: 'alipay',
			note: '2304567890123456789',
		}),
	).toBe('{"orderId":2304567890123456789,"payChannel":"alipay","note":"2304567890123456789"}');
	expect(stringifyWithLongs([longId('2304567890123456789'), longId('7')])).toBe(
		'[2304567890123456789,7]',
	);
	expect(stringifyWithLongs({ orderId: 'abc', x: undefined })).toBe('{"orderId":"abc"}');
	expect(() => longId('abc')).toThrow(TypeError);
});
