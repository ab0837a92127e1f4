'use strict';
/** refusalIn: refusals inside answers the transport passes as successes (the follow-up writes on an order). */
const { refusalIn } = require('../../dist/nodes/Alibaba1688/helpers/writeAnswer');

describe('refusalIn', () => {
	test("alibaba.order.memoAdd's error code beside success true (its page's sample)", () => {
		expect(
			refusalIn({
				errorCode: '400_4',
				errorMsg: '修改备注信息出错[ORDER_NOT_EXIST]',
				success: true,
			}),
		).toEqual({ code: '400_4', message: '修改备注信息出错[ORDER_NOT_EXIST]' });
	});

	test('a ResultModel whose business result is false, with or without a code', () => {
		expect(
			refusalIn({
				result: { success: true, code: 'ORDER_STATUS_ERROR', message: '不能删除', result: false },
			}),
		).toEqual({ code: 'ORDER_STATUS_ERROR', message: '不能删除' });
		expect(refusalIn({ result: { success: true, result: 'false' } })).toEqual({
			code: 'NOT_DONE',
			message: '1688 answered that it did not do it (result false)',
		});
	});

	test('TradeConfirmReceiptResult / TradeFeedbackResult errorCode and errorInfo', () => {
		expect(
			refusalIn({ result: { success: true, errorCode: '400_1', errorInfo: '子订单不属于订单' } }),
		).toEqual({ code: '400_1', message: '子订单不属于订单' });
	});

	test('successes: no refusal, empty codes included', () => {
		for (const answer of [
			{ success: true },
			{ result: { success: true } },
			{ result: { success: true }, success: true },
			{ result: { success: true, code: '', message: '', result: true } },
			{ success: true, errorCode: '', errorMsg: '' },
			{ result: { success: true, errorCode: null, errorInfo: null } },
		])
			expect(refusalIn(answer)).toBeUndefined();
	});
});
