'use strict';
/**
 * The parts of n8n-nodes-1688 that work without n8n, for plain Node.js code: the 1688 request
 * signer and the push-message verifier. n8n itself loads the nodes and credential from the `n8n`
 * field of package.json, not from here.
 *
 *   const { computeSignature, verifyPushRequestSignature } = require('n8n-nodes-1688');
 */
const signature = require('./dist/nodes/shared/transport/signature');
const api = require('./dist/nodes/shared/transport/api');
const wireParams = require('./dist/nodes/shared/transport/wireParams');

/**
 * Signs business parameters for one API call and returns the complete form to POST to `url`.
 * @param {{ appKey: string, appSecret: string, accessToken?: string, baseUrl?: string }} credentials
 * @param {string} apiId e.g. 'com.alibaba.product:alibaba.product.get-1'
 * @param {Record<string, unknown>} params objects and arrays are sent as JSON text
 * @param {number} [timestamp] epoch milliseconds for `_aop_timestamp` (default: now)
 */
function signApiRequest(credentials, apiId, params = {}, timestamp = Date.now()) {
	const ref = api.parseApiId(apiId);
	if (!ref) throw new Error(`"${apiId}" is not an API ID of the form namespace:apiName-version`);
	const form = wireParams.toWireParams(params);
	if (credentials.accessToken && form.access_token === undefined)
		form.access_token = credentials.accessToken;
	if (form._aop_timestamp === undefined) form._aop_timestamp = String(timestamp);
	const path = api.apiPath(ref, credentials.appKey);
	form._aop_signature = signature.computeSignature(credentials.appSecret, path, form);
	return { url: api.apiUrl(api.gatewayBaseUrl(credentials), ref, credentials.appKey), form };
}

module.exports = {
	signApiRequest,
	computeSignature: signature.computeSignature,
	signatureBaseString: signature.signatureBaseString,
	computePushSignature: signature.computePushSignature,
	verifyPushSignature: signature.verifyPushSignature,
	/** Push requests whose signature covers more fields than `message`: `[[name, value], …]` as received. */
	computePushRequestSignature: signature.computePushRequestSignature,
	verifyPushRequestSignature: signature.verifyPushRequestSignature,
};
