'use strict';
const { explainGatewayError } = require('../../dist/nodes/shared/transport/errorMessages');
const { GatewayError } = require('../../dist/nodes/shared/transport/gatewayError');

const api = 'com.alibaba.trade:alibaba.trade.getBuyerOrderList-1';
const explain = (code, extra = {}) =>
	explainGatewayError(new GatewayError({ api, code, gatewayMessage: 'gateway text', ...extra }));

describe('explainGatewayError', () => {
	test.each([
		['gw.SignatureInvalid', /signature/i, /App Secret/],
		[
			'gw.APIACLDecline',
			/not allowed to call com\.alibaba\.trade:alibaba\.trade\.getBuyerOrderList-1/,
			/Apply for the API/,
		],
		['gw.APIUnsupported', /does not offer/, /namespace/],
		['gw.QosAppFrequencyLimit', /throttled/, /requests per second/],
		['gw.NoUsageLeftError', /quota/, /Buy more calls/],
		['401', /access token/, /Authorise again/],
	])('%s gets a message, the code in brackets, and a hint', (code, message, hint) => {
		const explained = explain(code, { requestId: 'req-1' });
		expect(explained.message).toMatch(message);
		expect(explained.message).toContain(`[${code}]`);
		expect(explained.description).toMatch(hint);
		expect(explained.description).toContain('1688 said: "gateway text"');
		expect(explained.description).toContain('Request ID: req-1');
	});

	test('network codes stay out of the message (n8n would replace it) and go into the description', () => {
		const explained = explain('ECONNREFUSED');
		expect(explained).toEqual({
			message: 'Could not connect to the 1688 gateway (connection refused)',
			description:
				'Check the Gateway URL in the 1688 credential and that this n8n can reach it. (ECONNREFUSED)',
		});
	});

	test("unknown codes keep 1688's own text and code", () => {
		const explained = explain('isv.invalid-parameter:orderId');
		expect(explained.message).toBe(
			`1688 API ${api} failed: gateway text [isv.invalid-parameter:orderId]`,
		);
		expect(explained.description).toContain('isv.invalid-parameter:orderId');
	});
});

describe('explainGatewayError: the order and payment codes, in words, per API', () => {
	const explainFor = (apiId, code, gatewayMessage = '1688 text') =>
		explainGatewayError(new GatewayError({ api: apiId, code, gatewayMessage, requestId: 'req-9' }));
	const TRADE = (name) => `com.alibaba.trade:${name}-1`;

	test.each([
		[
			TRADE('alibaba.trade.cancel'),
			'CLOSE_ORDER_TOO_FAST',
			/first 10 seconds/,
			/wait a few seconds/,
		],
		[
			TRADE('alibaba.trade.cancel'),
			'ORDER_STATUS_ERROR',
			/cannot be cancelled in its current status/,
			/Only unpaid orders/,
		],
		[
			TRADE('alibaba.trade.pay.protocolPay.preparePay'),
			'ORDER_STATUS_ERROR',
			/not waiting for payment, so it was not debited/,
			/Order → Get/,
		],
		[
			TRADE('alibaba.alipay.url.get'),
			'ORDER_STATUS_ERROR',
			/None of the orders can be paid now/,
			/unpaid orders/,
		],
		[
			TRADE('alibaba.trade.payWay.query'),
			'ORDER_STATUS_ERROR',
			/no payment channels/,
			/unpaid orders/,
		],
		[
			TRADE('trade.receivegoods.confirm'),
			'ORDER_STATUS_ERROR',
			/shipped order waiting for the buyer/,
			/Order → Get/,
		],
		[
			'com.alibaba.logistics:logistics.delivery.urge-1',
			'ORDER_STATUS_ERROR',
			/paid order that has not shipped/,
			/Get Trace/,
		],
		[
			TRADE('order.receiveAddress.buyerUpdate'),
			'ORDER_STATUS_ERROR',
			/before the order ships/,
			/Message the Seller/,
		],
		[
			TRADE('trade.order.buyerdelete'),
			'ORDER_STATUS_ERROR',
			/Only a closed \(cancelled\) order can be deleted/,
			/Order → Get/,
		],
		['any:api-1', 'ORDER_STATUS_ERROR', /status does not allow this/, /Order → Get/],
		[
			TRADE('alibaba.trade.cancel'),
			'400_3',
			/neither its buyer nor its seller/,
			/Authorise the account that placed the order/,
		],
		[TRADE('trade.receivegoods.confirm'), '400_3', /no permission for this order/, /Authorise/],
		[
			TRADE('alibaba.order.memoAdd'),
			'400_4',
			/memo was not saved: 1688 did not find the order/,
			/19 digits/,
		],
		[
			TRADE('alibaba.crossBorderPay.url.get'),
			'400_4',
			/Cross-Border Pay \(Kuajingbao\)/,
			/Alipay Cashier/,
		],
		[TRADE('alibaba.creditPay.url.get'), '400_4', /Cheng-e-She credit/, /credit line/],
		[TRADE('alibaba.trade.addFeedback'), '400_1', /missing or invalid/, /19-digit Order ID/],
		[
			TRADE('alibaba.trade.addFeedback'),
			'400_2',
			/user authorisation/,
			/Authorise the 1688 account that bought the order/,
		],
		[
			TRADE('alibaba.trade.addFeedback'),
			'500_1',
			/could not reach its order service/,
			/try again later/,
		],
		[
			TRADE('alibaba.trade.payWay.query'),
			'500_2',
			/may not see how the order can be paid/,
			/main account \(not a sub-account\)/,
		],
	])('%s %s', (apiId, code, message, hint) => {
		const explained = explainFor(apiId, code);
		expect(explained.message).toMatch(message);
		expect(explained.message).toContain(`[${code}]`);
		expect(explained.description).toMatch(hint);
		expect(explained.description).toContain('1688 said: "1688 text"');
		expect(explained.description).toContain('Request ID: req-9');
	});

	test.each([
		['user order not exist error', /not one of this 1688 account's orders/],
		['order not exist error', /^The order does not exist/],
		['invalid parameter error', /refused the message as invalid/],
		['remote service error', /order service failed/],
	])(
		'addFeedback 500_2 "%s": its documented meanings told apart by the message',
		(gatewayMessage, message) => {
			expect(
				explainFor(TRADE('alibaba.trade.addFeedback'), '500_2', gatewayMessage).message,
			).toMatch(message);
		},
	);

	test("addFeedback's 500 characters in all are named in the hint of its invalid parameter error", () => {
		expect(
			explainFor(TRADE('alibaba.trade.addFeedback'), '500_2', 'invalid parameter error')
				.description,
		).toMatch(/500 characters/);
	});

	test("a code documented for one API keeps 1688's own text on the others", () => {
		const logistics = explainFor(
			'com.alibaba.logistics:alibaba.trade.getLogisticsInfos.buyerView-1',
			'500_2',
			'该订单还没有发货',
		);
		expect(logistics.message).toBe(
			'1688 API com.alibaba.logistics:alibaba.trade.getLogisticsInfos.buyerView-1 failed: 该订单还没有发货 [500_2]',
		);
		expect(explainFor('com.alibaba.product:alibaba.category.get-1', '500_1', 'x').message).toBe(
			'1688 API com.alibaba.product:alibaba.category.get-1 failed: x [500_1]',
		);
		expect(
			explainFor(TRADE('alibaba.trade.getBuyerOrderList'), '400_1', 'pageSize').message,
		).toMatch(/failed: pageSize \[400_1\]$/);
	});

	test('createCrossOrder\'s "not support tradeType:【X】" is known by its message, whatever its code', () => {
		for (const code of ['400', '500_001', 'isv.error']) {
			const explained = explainFor(
				TRADE('alibaba.trade.createCrossOrder'),
				code,
				'not support tradeType:【period】',
			);
			expect(explained.message).toBe(
				`1688 does not offer the trade type "period" for this cart [${code}]`,
			);
			expect(explained.description).toMatch(
				/^Leave Trade Type empty to let 1688 choose, or give one of the tradeTypes Order → Preview lists/,
			);
			expect(explained.description).toContain('1688 said: "not support tradeType:【period】"');
		}
		expect(
			explainFor(TRADE('alibaba.trade.createCrossOrder'), '400', 'not support tradeType：【】')
				.message,
		).toMatch(/trade type "" for this cart/);
	});
});
