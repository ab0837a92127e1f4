'use strict';
/**
 * Gateway-level errors, answered as `{"error_code","error_message","exception","request_id"}`.
 */
const crypto = require('node:crypto');

/** @type {Record<string, {status: number, message: string}>} */
const GATEWAY_ERRORS = {
	'gw.AppKeyNotFound': { status: 400, message: 'AppKey is not found.' },
	'gw.APIUnsupported': {
		status: 400,
		message: 'The API is not supported: check the namespace, name and version.',
	},
	'gw.SignatureInvalid': {
		status: 400,
		message: 'Signature is invalid. Please check the _aop_signature parameter.',
	},
	'gw.APIACLDecline': {
		status: 400,
		message: 'The app has no permission to call this API. Apply for it on open.1688.com.',
	},
	'gw.QosAppFrequencyLimit': { status: 400, message: 'App call frequency exceeds the limit.' },
	'gw.NoUsageLeftError': { status: 400, message: 'No usage left for this API.' },
	'gw.ProtocolUnsupported': { status: 400, message: 'The protocol is not supported.' },
	'gw.InternalError': { status: 500, message: 'Gateway internal error, please retry later.' },
	401: { status: 401, message: 'Request need user authorized' },
};

const requestId = () => crypto.randomBytes(12).toString('hex');

/**
 * @param {string} code one of GATEWAY_ERRORS
 * @param {string} [message] overrides the default message
 * @returns {{status: number, body: {error_code: string, error_message: string, exception: string, request_id: string}}}
 */
function gatewayError(code, message) {
	const known = GATEWAY_ERRORS[code] || { status: 400, message: code };
	const text = message || known.message;
	// Every gateway error carries `exception` too, the token error included: the official Python SDK reads
	// error_code, error_message, exception and request_id (aop/api/base.py), and a token error captured from the
	// gateway reads {"error_code":"401","error_message":"Request need user authorized","exception":"Request need
	// user authorized"}.
	const body = { error_code: code, error_message: text, exception: text, request_id: requestId() };
	return { status: known.status, body };
}

module.exports = { GATEWAY_ERRORS, gatewayError, requestId };
