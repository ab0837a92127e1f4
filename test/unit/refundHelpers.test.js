'use strict';
/** The pure helpers behind the Refund resource: yuan → fen, Long IDs in JSON parameters, refund Simplify, statuses. */
const { yuanToFen } = require('../../dist/nodes/Alibaba1688/helpers/money');
const { longId, stringifyWithLongs } = require('../../dist/nodes/shared/helpers/longJson');
const { toWireParams } = require('../../dist/nodes/shared/transport/wireParams');
const {
	simplifyRefund,
	simplifyRefundStep,
	simplifyPickupPlans,
} = require('../../dist/nodes/shared/helpers/simplifyRefund');
const { readRefundStatuses, refundStatusWords } = require('../../dist/nodes/shared/refundStatus');
const { thrownBy } = require('../support/thrown');

describe('yuanToFen: decimal digits, never float multiplication', () => {
	test.each([
		[12, 1200],
		['12.5', 1250],
		[0.29, 29],
		[1.1, 110],
		['0.07', 7],
		[0, 0],
		['  19.99 ', 1999],
		[123456789.99, 12345678999],
	])('%j yuan is %d fen', (yuan, fen) => {
		expect(yuanToFen('Refund Amount', yuan)).toBe(fen);
	});

	test('where float multiplication drifts, the digits do not', () => {
		expect(0.29 * 100).not.toBe(29);
		expect(yuanToFen('Refund Amount', 0.29)).toBe(29);
		expect(yuanToFen('Refund Amount', 4.35)).toBe(435);
		expect(4.35 * 100).not.toBe(435);
	});

	test.each([
		[
			0.1 + 0.2,
			'Refund Amount: has more than 2 decimals (fen are the smallest unit), got 0.30000000000000004',
		],
		['1.005', 'Refund Amount: has more than 2 decimals (fen are the smallest unit), got 1.005'],
		[-1, 'Refund Amount: must be an amount in yuan (CNY) of 0 or more, got -1'],
		['12,50', 'Refund Amount: must be an amount in yuan (CNY) of 0 or more, got 12,50'],
		['', 'Refund Amount: is required: an amount in yuan (CNY)'],
		[1e21, 'Refund Amount: must be an amount in yuan (CNY) of 0 or more, got 1e+21'],
	])('%j is refused', (yuan, message) => {
		expect(thrownBy(() => yuanToFen('Refund Amount', yuan)).message).toBe(message);
	});
});

describe('Long IDs inside JSON parameters', () => {
	const ids = ['2672172281284059620', '3113147999519131082'];

	test('a LongId is written as its bare digits, every digit kept; the rest exactly as JSON.stringify', () => {
		expect(stringifyWithLongs(ids.map(longId))).toBe('[2672172281284059620,3113147999519131082]');
		expect(
			stringifyWithLongs({
				id: longId(ids[0]),
				count: 2,
				note: '说明 "quoted"',
				skip: undefined,
				list: [undefined, null],
			}),
		).toBe(`{"id":${ids[0]},"count":2,"note":"说明 \\"quoted\\"","list":[null,null]}`);
		const plain = {
			a: [1, 'two', { b: true, c: null }],
			d: new Date(Date.UTC(2025, 0, 1)),
			e: '网商路',
		};
		expect(stringifyWithLongs(plain)).toBe(JSON.stringify(plain));
	});

	test('the transport writes them so: the text that is signed and sent', () => {
		expect(
			toWireParams({
				orderEntryIds: ids.map(longId),
				orderId: ids[0],
				input: { orderId: longId(ids[1]), list: [{ id: longId(ids[0]), count: 1 }] },
			}),
		).toEqual({
			orderEntryIds: `[${ids[0]},${ids[1]}]`,
			orderId: ids[0],
			input: `{"orderId":${ids[1]},"list":[{"id":${ids[0]},"count":1}]}`,
		});
	});

	test('only digits make a LongId', () => {
		expect(() => longId('12a')).toThrow(TypeError);
	});
});

describe('refund Simplify', () => {
	test("a refund model in words and yuan; the batch API's isXxx flags too", () => {
		const model = {
			refundId: 'TQ1',
			orderId: '2371014959264325697',
			status: 'waitbuyersend',
			disputeType: 2,
			goodsStatus: 2,
			applyPayment: 2999,
			applyCarriage: 0,
			refundPayment: 0,
			orderEntryIdList: ['3113147999519131082'],
			orderEntryCountMap: { 3113147999519131082: 1 },
			isRefundGoods: true,
			gmtApply: '20250623064446713+0800',
		};
		expect(simplifyRefund(model)).toMatchObject({
			refundId: 'TQ1',
			orderId: '2371014959264325697',
			status: 'waiting for buyer to return the goods',
			statusCode: 'waitbuyersend',
			type: 'returnRefund',
			stage: 'after-sale',
			goods: 'received',
			requestedAmount: 29.99,
			requestedShipping: 0,
			refundedAmount: 0,
			currency: 'CNY',
			subOrderIds: ['3113147999519131082'],
			appliedAt: '2025-06-23T06:44:46.713+08:00',
		});
		expect(simplifyRefund({ disputeRequest: 1 }).type).toBe('refund');
		expect(simplifyRefund({}).subOrderIds).toEqual([]);
	});

	test('a step: who, statuses in words, waybill and carrier', () => {
		expect(
			simplifyRefundStep({
				operatorRoleId: 1,
				beforeOperateStatus: 'waitbuyersend',
				afterOperateStatus: 'waitsellerreceive',
				freightBill: '781',
				logisticsCompany: { companyName: 'ZTO' },
				vouchers: ['https://a/b.jpg'],
			}),
		).toEqual({
			by: 'buyer',
			statusBefore: 'waiting for buyer to return the goods',
			statusAfter: 'waiting for seller to receive the return',
			returnWaybill: '781',
			returnCarrier: 'ZTO',
			vouchers: ['https://a/b.jpg'],
		});
		expect(simplifyRefundStep({ operatorRoleId: 4 }).by).toBe('4');
	});

	test('pickup plans: fees in yuan, slots', () => {
		expect(
			simplifyPickupPlans({
				solutionDTOList: [
					{
						solutionCode: '422',
						cpCode: 'YTO',
						chargeDetailDTO: { totalCost: 1600 },
						appointmentTimeDTO: {
							timeSlotDTOList: [{ dateStr: '2025-07-01', gmtStart: '09:00', gmtEnd: '11:00' }],
						},
					},
				],
			}),
		).toEqual([
			{
				solutionCode: '422',
				carrierCode: 'YTO',
				fee: 16,
				currency: 'CNY',
				slots: [{ date: '2025-07-01', from: '09:00', to: '11:00' }],
			},
		]);
	});
});

describe('refund statuses', () => {
	test('in words; a list or comma-separated text is checked', () => {
		expect(refundStatusWords('refundsuccess')).toBe('refunded');
		expect(refundStatusWords('other')).toBe('other');
		expect(readRefundStatuses('refundsuccess, waitbuyersend,refundsuccess')).toEqual([
			'refundsuccess',
			'waitbuyersend',
		]);
		expect(readRefundStatuses([])).toEqual([]);
		expect(() => readRefundStatuses(['paid'])).toThrow(
			'Refund Status: "paid" is not a 1688 refund status',
		);
	});
});
