'use strict';
/**
 * toGatewayError reads what n8n throws on both release lines. n8n 2.x keeps the original error as the
 * NodeApiError's cause; n8n-workflow 1.x drops an Error cause, leaving only `message`, `messages` (the
 * original messages) and `httpCode`.
 */
const { toGatewayError } = require('../../dist/nodes/shared/transport/index');
const { obtainAccessToken, isConnectError } = require('../../dist/nodes/shared/transport/oauth');

const API = 'com.alibaba.product:alibaba.product.get-1';

/** A NodeApiError as n8n-workflow 1.x builds it around an Error: the cause is gone. */
function wrappedBy1x(
	original,
	{ httpCode = null, message = 'The service refused the connection - perhaps it is offline' } = {},
) {
	return {
		name: 'NodeApiError',
		message,
		messages: [original.message],
		httpCode,
		description: undefined,
	};
}

async function connectError() {
	const noTokens = async () => ({ statusCode: 200, body: '{}' });
	return obtainAccessToken(noTokens, { appKey: '1', appSecret: 's' }, Date.now()).then(
		() => {
			throw new Error('expected a ConnectError');
		},
		(error) => error,
	);
}

describe('network failures', () => {
	test.each([
		['connect ECONNREFUSED 127.0.0.1:9', 'ECONNREFUSED', false],
		['read ECONNRESET', 'ECONNRESET', true],
		['socket hang up', 'ECONNRESET', true],
		['timeout of 60000ms exceeded', 'ETIMEDOUT', true],
		['getaddrinfo ENOTFOUND gw.open.1688.com', 'ENOTFOUND', false],
	])('1.x shape, original message "%s" → %s', (original, code, outcomeUnknown) => {
		const error = toGatewayError(API, wrappedBy1x(new Error(original)));
		expect(error.code).toBe(code);
		expect(error.outcomeUnknown).toBe(outcomeUnknown);
	});

	test('2.x shape: the code of the cause', () => {
		const cause = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), {
			code: 'ECONNREFUSED',
		});
		expect(toGatewayError(API, { name: 'NodeApiError', message: 'x', cause }).code).toBe(
			'ECONNREFUSED',
		);
	});

	test('nothing to go by: a generic network error whose outcome is unknown', () => {
		const error = toGatewayError(API, {
			name: 'NodeApiError',
			message: 'Something went wrong',
			messages: ['Something went wrong'],
		});
		expect(error.code).toBe('NETWORK_ERROR');
		expect(error.outcomeUnknown).toBe(true);
	});
});

describe('HTTP answers n8n threw', () => {
	test('2.x shape: the body is unwrapped, 1688 code and request ID kept', () => {
		const body = JSON.stringify({
			error_code: 'gw.AppKeyNotFound',
			error_message: 'AppKey not found',
			request_id: 'r-1',
		});
		const error = toGatewayError(API, {
			name: 'NodeApiError',
			cause: { response: { status: 400, data: body } },
		});
		expect(error.code).toBe('gw.AppKeyNotFound');
		expect(error.requestId).toBe('r-1');
		expect(error.httpStatus).toBe(400);
	});

	test.each([
		['401', '401', false],
		['400', 'HTTP_400', false],
		['502', 'HTTP_502', true],
	])('1.x shape, httpCode %s → %s', (httpCode, code, outcomeUnknown) => {
		const error = toGatewayError(
			API,
			wrappedBy1x(new Error('Request failed with status code x'), { httpCode, message: 'x' }),
		);
		expect(error.code).toBe(code);
		expect(error.httpStatus).toBe(Number(httpCode));
		expect(error.outcomeUnknown).toBe(outcomeUnknown);
	});
});

describe('a token that could not be had', () => {
	test('is recognised by name (2.x keeps the ConnectError) and by its message (1.x keeps only that)', async () => {
		const original = await connectError();
		expect(isConnectError(original)).toBe(true);
		expect(isConnectError({ name: 'NodeApiError', message: original.message })).toBe(true);
		expect(
			isConnectError({
				name: 'NodeApiError',
				message: 'The service refused the connection - perhaps it is offline',
			}),
		).toBe(false);

		for (const thrown of [
			{ name: 'NodeApiError', message: 'x', cause: original },
			wrappedBy1x(original, { message: original.message }),
		]) {
			const error = toGatewayError(API, thrown);
			expect(error.code).toBe('TOKEN_UNAVAILABLE');
			expect(error.gatewayMessage).toBe(original.message);
			expect(error.gatewayMessage).toMatch(
				/^The credential has neither an access token nor a refresh token\..* Authorise the app again/,
			);
		}
	});
});
