'use strict';
const { explainGatewayError } = require('../../dist/nodes/shared/transport/errorMessages');
const { GatewayError } = require('../../dist/nodes/shared/transport/gatewayError');

const api = 'com.alibaba.trade:alibaba.trade.getBuyerOrderList-1';
const explain = (code, extra = {}) => explainGatewayError(new GatewayError({ api, code, gatewayMessage: 'gateway text', ...extra }));

describe('explainGatewayError', () => {
	test.each([
		['gw.SignatureInvalid', /signature/i, /App Secret/],
		['gw.APIACLDecline', /not allowed to call com\.alibaba\.trade:alibaba\.trade\.getBuyerOrderList-1/, /Apply for the API/],
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
			description: 'Check the Gateway URL in the 1688 credential and that this n8n can reach it. (ECONNREFUSED)',
		});
	});

	test('unknown codes keep 1688\'s own text and code', () => {
		const explained = explain('isv.invalid-parameter:orderId');
		expect(explained.message).toBe(`1688 API ${api} failed: gateway text [isv.invalid-parameter:orderId]`);
		expect(explained.description).toContain('isv.invalid-parameter:orderId');
	});
});
