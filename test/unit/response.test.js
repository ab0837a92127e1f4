'use strict';
const { unwrapResponse, isTokenRefusal } = require('../../dist/nodes/shared/transport/response');
const {
	parseJsonKeepingLongIds,
	parseJsonObject,
} = require('../../dist/nodes/shared/transport/json');
const { GatewayError } = require('../../dist/nodes/shared/transport/gatewayError');
const { thrownBy } = require('../support/thrown');

const API = 'com.alibaba.trade:alibaba.trade.get.buyerView-1';

const failure = (status, body) => thrownBy(() => unwrapResponse(API, status, body), GatewayError);

describe('parseJsonKeepingLongIds', () => {
	test('keeps 19-digit IDs exact as strings and leaves everything else alone', () => {
		const parsed = parseJsonKeepingLongIds(
			'{"orderId":2365789012345678901,"n":-9223372036854775807,"small":624392716873,"price":12.5,"e":1e21,"s":"99999999999999999999","a":[1234567890123456789]}',
		);
		expect(parsed).toEqual({
			orderId: '2365789012345678901',
			n: '-9223372036854775807',
			small: 624392716873,
			price: 12.5,
			e: 1e21,
			s: '99999999999999999999',
			a: ['1234567890123456789'],
		});
	});

	test('does not touch digits inside strings, including escaped quotes', () => {
		expect(
			parseJsonKeepingLongIds('{"t":"x\\" 12345678901234567890","id":12345678901234567890}'),
		).toEqual({ t: 'x" 12345678901234567890', id: '12345678901234567890' });
	});

	test('parseJsonObject: an object with long IDs exact; anything else is undefined', () => {
		expect(parseJsonObject('{"orderId":2365789012345678901}')).toEqual({
			orderId: '2365789012345678901',
		});
		expect(parseJsonObject('[1]')).toBeUndefined();
		expect(parseJsonObject('null')).toBeUndefined();
		expect(parseJsonObject('{"a":')).toBeUndefined();
	});
});

describe('unwrapResponse', () => {
	test('returns the JSON of a success body, with long IDs exact', () => {
		expect(
			unwrapResponse(API, 200, '{"result":{"baseInfo":{"id":2365789012345678901}},"success":true}'),
		).toEqual({ result: { baseInfo: { id: '2365789012345678901' } }, success: true });
		expect(unwrapResponse(API, 200, '{"result":[],"totalRecord":0}')).toEqual({
			result: [],
			totalRecord: 0,
		});
	});

	test('gateway error body (error_code) with HTTP 400', () => {
		const error = failure(
			400,
			'{"error_code":"gw.SignatureInvalid","error_message":"signature invalid","exception":"x","request_id":"abc123"}',
		);
		expect(error).toMatchObject({
			code: 'gw.SignatureInvalid',
			gatewayMessage: 'signature invalid',
			requestId: 'abc123',
			httpStatus: 400,
			api: API,
			outcomeUnknown: false,
		});
	});

	test('token error (401)', () => {
		expect(
			failure(
				401,
				'{"error_code":"401","error_message":"Request need user authorized","request_id":"r1"}',
			),
		).toMatchObject({ code: '401', httpStatus: 401 });
	});

	test('token errors are recognised by their body at any HTTP status, by code or by text', () => {
		const gateway =
			'{"error_code":"401","error_message":"Request need user authorized","exception":"Request need user authorized","request_id":"r1"}';
		for (const status of [200, 400, 401, 500]) {
			const error = failure(status, gateway);
			expect(error).toMatchObject({
				code: '401',
				gatewayMessage: 'Request need user authorized',
				requestId: 'r1',
				httpStatus: status,
			});
			expect(isTokenRefusal(error)).toBe(true);
		}
		// Only the exception text, under another code; in an API's own envelope; in a cross-border result.
		expect(
			failure(400, '{"error_code":"gw.Other","exception":"Request need user authorized"}'),
		).toMatchObject({ code: '401', gatewayMessage: 'Request need user authorized (gw.Other)' });
		expect(
			failure(
				200,
				'{"success":false,"errorCode":"E1","errorMessage":"User authorization is required"}',
			),
		).toMatchObject({ code: '401', gatewayMessage: 'User authorization is required (E1)' });
		expect(
			failure(
				200,
				'{"result":{"success":false,"code":"500","message":"Request need user authorized"}}',
			),
		).toMatchObject({ code: '401' });
		expect(
			isTokenRefusal(
				failure(400, '{"error_code":"gw.SignatureInvalid","error_message":"signature invalid"}'),
			),
		).toBe(false);
		expect(isTokenRefusal(new Error('401'))).toBe(false);
	});

	test('API errors in their own styles, also with HTTP 200', () => {
		expect(
			failure(
				200,
				'{"success":false,"errorCode":"ORDER_NOT_FOUND","errorMessage":"no such order"}',
			),
		).toMatchObject({ code: 'ORDER_NOT_FOUND', gatewayMessage: 'no such order' });
		expect(failure(200, '{"success":"false","errorCode":"X","errorMsg":"msg"}')).toMatchObject({
			code: 'X',
			gatewayMessage: 'msg',
		});
		expect(failure(200, '{"errorCode":"500_1","errorMessage":"boom"}')).toMatchObject({
			code: '500_1',
		});
		expect(
			failure(200, '{"result":{"success":false,"code":"5001","message":"offer offline"}}'),
		).toMatchObject({ code: '5001', gatewayMessage: 'offer offline' });
		// the product.analyze trend APIs' CommonResult names them retCode / retMsg
		expect(
			failure(200, '{"result":{"success":false,"retCode":"400","retMsg":"at most one month"}}'),
		).toMatchObject({ code: '400', gatewayMessage: 'at most one month' });
		// trade.receivegoods.confirm's TradeConfirmReceiptResult (errorCode, errorInfo); the cross-border logistics ResultModels (msg)
		expect(
			failure(
				200,
				'{"result":{"success":false,"errorCode":"ORDER_STATUS_ERROR","errorInfo":"订单状态错误"}}',
			),
		).toMatchObject({ code: 'ORDER_STATUS_ERROR', gatewayMessage: '订单状态错误' });
		expect(
			failure(200, '{"result":{"success":false,"msg":"outOrderId不能为空","traceId":"1"}}'),
		).toMatchObject({ code: 'API_ERROR', gatewayMessage: 'outOrderId不能为空' });
		// category.translation.getById answers flat, as its doc example
		expect(
			failure(200, '{"success":false,"code":"500_1","message":"no such category"}'),
		).toMatchObject({ code: '500_1', gatewayMessage: 'no such category' });
	});

	test('success envelopes with empty error fields are not errors', () => {
		expect(
			unwrapResponse(API, 200, '{"result":{"success":true,"code":"200","result":{"a":1}}}'),
		).toEqual({ result: { success: true, code: '200', result: { a: 1 } } });
		expect(unwrapResponse(API, 200, '{"success":true,"errorCode":"","result":{}}')).toEqual({
			success: true,
			errorCode: '',
			result: {},
		});
		expect(
			unwrapResponse(
				API,
				200,
				'{"result":{"categoryId":1},"success":true,"code":"S0000","message":"成功"}',
			),
		).toMatchObject({ code: 'S0000' });
	});

	test('bodies that are empty, HTML, truncated or not JSON become clear errors', () => {
		expect(failure(200, '')).toMatchObject({ code: 'EMPTY_RESPONSE' });
		const html = failure(
			502,
			'<html><head><title>502 Bad Gateway</title></head><body></body></html>',
		);
		expect(html).toMatchObject({ code: 'HTML_RESPONSE', httpStatus: 502, outcomeUnknown: true });
		expect(html.gatewayMessage).toContain('502 Bad Gateway');
		expect(failure(200, '{"result":[{"id":1},')).toMatchObject({ code: 'INVALID_RESPONSE' });
		expect(failure(200, 'OK')).toMatchObject({ code: 'INVALID_RESPONSE' });
		expect(failure(200, '[1,2]')).toMatchObject({ code: 'INVALID_RESPONSE' });
	});

	test('an HTTP error with an unknown JSON body keeps its status', () => {
		expect(failure(503, '{"foo":1}')).toMatchObject({ code: 'HTTP_503', outcomeUnknown: true });
	});
});

describe('unwrapResponse of an order-creation API (createsOrders)', () => {
	const CREATE = 'com.alibaba.trade:alibaba.trade.createCrossOrder-1';
	const unwrapCreate = (status, body) =>
		unwrapResponse(CREATE, status, body, { createsOrders: true });
	// createCrossOrder's doc page, "Example of order return for Alipay payment mode" and "... for account period payment".
	const ALIPAY_RETURN =
		'{"totalSuccessAmount":156800,"orderId":"87407346014789305","success":false}';
	const PERIOD_RETURN =
		'{"totalSuccessAmount":156800,"orderId":"87407346015789305","success":false,"accountPeriod":{"tapType":5,"tapDate":360,"tapOverdue":1}}';

	test('an answer naming an order ID is returned although its success flag says false: the order exists', () => {
		expect(unwrapCreate(200, `{"result":${ALIPAY_RETURN},"success":true}`).result).toEqual({
			totalSuccessAmount: 156800,
			orderId: '87407346014789305',
			success: false,
		});
		expect(
			unwrapCreate(200, `{"result":${PERIOD_RETURN},"success":false,"code":"X","message":"m"}`)
				.result.orderId,
		).toBe('87407346015789305');
		expect(unwrapCreate(200, ALIPAY_RETURN)).toEqual({
			totalSuccessAmount: 156800,
			orderId: '87407346014789305',
			success: false,
		});
		expect(
			unwrapCreate(
				200,
				'{"result":{"success":false,"orderList":[{"orderId":"105581756010628640"}]},"success":true}',
			).result.orderList,
		).toHaveLength(1);
	});

	test('without an order ID, or for any other API, success false stays an error', () => {
		expect(
			thrownBy(() =>
				unwrapCreate(200, '{"success":false,"code":"400","message":"AddressId invalid"}'),
			),
		).toMatchObject({ code: '400', gatewayMessage: 'AddressId invalid' });
		expect(
			thrownBy(() =>
				unwrapCreate(
					200,
					'{"result":{"success":false,"code":"500_004","message":"库存不足","orderId":""}}',
				),
			),
		).toMatchObject({ code: '500_004' });
		expect(
			thrownBy(() => unwrapCreate(400, `{"result":${ALIPAY_RETURN},"error_code":"gw.X"}`)),
		).toMatchObject({ code: 'gw.X' });
		expect(failure(200, `{"result":${ALIPAY_RETURN},"success":true}`)).toMatchObject({
			code: 'API_ERROR',
		});
	});
});
