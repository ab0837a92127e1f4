'use strict';
/**
 * The 1688 Open Platform request signature (`_aop_signature`), written from the protocol notes.
 *
 *   signature = UPPER(HEX(HMAC_SHA1(appSecret, urlPath + sorted(key + value).join(''))))
 *
 * urlPath is the path from the protocol on, without a leading slash or `/openapi`,
 * e.g. `param2/1/system/currentTime/1000000`. The `key + value` strings are sorted as whole
 * strings (Java `Collections.sort` order: UTF-16 code units, which is what JS `<` compares).
 */
const crypto = require('node:crypto');

const SIGNATURE_PARAM = '_aop_signature';

/**
 * @param {Record<string, string|number|boolean|null|undefined>} params
 * @returns {string} the sorted, joined `key+value` strings (without `_aop_signature`)
 */
function joinParams(params) {
	const parts = [];
	for (const [key, value] of Object.entries(params || {})) {
		if (key === SIGNATURE_PARAM || value === undefined || value === null) continue;
		parts.push(key + String(value));
	}
	parts.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
	return parts.join('');
}

/**
 * @param {string} appSecret
 * @param {string} urlPath e.g. `param2/1/com.alibaba.product/alibaba.product.get/1000000`
 * @param {Record<string, string|number|boolean|null|undefined>} params
 * @returns {string} 40 uppercase hex characters
 */
function sign(appSecret, urlPath, params) {
	return hmacSha1Upper(appSecret, urlPath + joinParams(params));
}

/** @param {string} secret @param {string} text */
function hmacSha1Upper(secret, text) {
	return crypto
		.createHmac('sha1', Buffer.from(secret, 'utf8'))
		.update(Buffer.from(text, 'utf8'))
		.digest('hex')
		.toUpperCase();
}

/**
 * Constant-time comparison of a received signature with the expected one.
 * @param {string} appSecret @param {string} urlPath @param {Record<string, string>} params
 * @param {string|undefined} received
 */
function verify(appSecret, urlPath, params, received) {
	if (typeof received !== 'string' || received.length !== 40) return false;
	const expected = Buffer.from(sign(appSecret, urlPath, params), 'utf8');
	const given = Buffer.from(received.toUpperCase(), 'utf8');
	return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}

/** Push-message signature: UPPER(HEX(HMAC_SHA1(appSecret, "message" + message))). */
function signPushMessage(appSecret, messageText) {
	return hmacSha1Upper(appSecret, 'message' + messageText);
}

/**
 * Build a URL-encoded, signed form body for a gateway call (used by tests and the demo).
 * @param {{appSecret: string, urlPath: string, params: Record<string, string|number|boolean>}} o
 * @returns {URLSearchParams}
 */
function signedForm({ appSecret, urlPath, params }) {
	const clean = {};
	for (const [k, v] of Object.entries(params || {})) {
		if (k === SIGNATURE_PARAM || v === undefined || v === null) continue;
		clean[k] = typeof v === 'object' ? JSON.stringify(v) : String(v);
	}
	const form = new URLSearchParams(clean);
	form.set(SIGNATURE_PARAM, sign(appSecret, urlPath, clean));
	return form;
}

module.exports = {
	SIGNATURE_PARAM,
	joinParams,
	sign,
	verify,
	signPushMessage,
	signedForm,
	hmacSha1Upper,
};
