'use strict';
/**
 * The gateway pipeline for `/openapi/param2/<version>/<namespace>/<apiName>/<appKey>`:
 * appKey → API → signature → grant → QPS → access token → handler, with injected faults,
 * latency and the request log.
 */
const { readParams } = require('./protocol/params');
const { verify, SIGNATURE_PARAM } = require('./protocol/signature');
const { gatewayError } = require('./protocol/errors');
const { stringify } = require('./protocol/json');
const { sendText, sleep, JSON_TYPE } = require('./respond');
const { AFTER_ACTING } = require('./faults');

const HTML_502 =
	'<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>Tengine</center></body></html>';

/** The gateway's refusals of an app and of a pace, answered alike by the pipeline and by the faults that stand for them. */
const aclDeclined = (appKey, apiId) =>
	gatewayError(
		'gw.APIACLDecline',
		`App [${appKey}] is not authorized to call API [${apiId}]. Apply for it on open.1688.com.`,
	);
const throttled = () =>
	gatewayError(
		'gw.QosAppFrequencyLimit',
		'App call frequency exceeds the limit, please retry later.',
	);

/**
 * @param {object} sandbox the sandbox state (apps, registry, throttle, store, faults, log, config)
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {URL} url
 * @param {string[]} segments path segments after `openapi`: [protocol, version, namespace, apiName, appKey]
 */
async function handleGateway(sandbox, req, res, url, segments) {
	// Calls being answered right now, this one included: tests read it to tell concurrent from serial.
	sandbox.inFlight = (sandbox.inFlight || 0) + 1;
	try {
		return await handleGatewayCall(sandbox, req, res, url, segments, sandbox.inFlight);
	} finally {
		sandbox.inFlight -= 1;
	}
}

async function handleGatewayCall(sandbox, req, res, url, segments, inFlight) {
	const at = Date.now();
	const [protocol, version, namespace, apiName, appKey] = segments;
	const apiId = `${namespace}:${apiName}-${version}`;
	/** @type {Record<string,string>} */ let params = {};
	let files = {};
	try {
		({ params, files } = await readParams(req, url));
	} catch {
		return finish(
			sandbox,
			res,
			{ api: apiId, protocol, appKey, params, at, inFlight },
			gatewayError('gw.InternalError', 'Could not read the request body.'),
		);
	}
	const log = { api: apiId, protocol, appKey, params: { ...params }, at, inFlight };

	const fault = sandbox.faults.take(apiId);
	if (fault && !AFTER_ACTING.has(fault)) return applyFault(sandbox, req, res, log, fault);

	const answer = await pipeline(sandbox, {
		protocol,
		version,
		namespace,
		apiName,
		appKey,
		apiId,
		params,
		files,
		url,
	});
	if (fault === 'lostAnswer') {
		// 1688 acted on the call; its answer never arrives (the connection drops).
		record(sandbox, log, 0, answer.errorCode, fault);
		await sleep(sandbox.config.latencyMs);
		req.socket.destroy();
		return undefined;
	}
	if (fault === 'truncated') {
		const text = answer.text !== undefined ? answer.text : stringify(answer.body);
		return finish(
			sandbox,
			res,
			log,
			{ status: 200, text: text.slice(0, Math.floor(text.length / 2)) },
			fault,
			answer.errorCode,
		);
	}
	return finish(sandbox, res, log, answer);
}

/** Steps 1–7; returns {status, body, errorCode?}. */
async function pipeline(sandbox, call) {
	const { protocol, version, namespace, apiName, appKey, params } = call;
	const app = sandbox.apps.getApp(appKey);
	if (!app) return gatewayError('gw.AppKeyNotFound', `AppKey [${appKey}] is not found.`);
	const api = sandbox.registry.find(namespace, apiName, version);
	if (!api || (api.protocols || ['param2']).indexOf(protocol) === -1) {
		return gatewayError(
			'gw.APIUnsupported',
			`The API [${call.apiId}] is not supported, please check the namespace, name and version.`,
		);
	}
	const urlPath = `${protocol}/${version}/${namespace}/${apiName}/${appKey}`;
	const signature = params[SIGNATURE_PARAM];
	const signable = { ...params };
	delete signable[SIGNATURE_PARAM];
	const needsSignature = api.signature !== 'optional' || signature !== undefined;
	if (needsSignature && !verify(app.appSecret, urlPath, signable, signature)) {
		return gatewayError(
			'gw.SignatureInvalid',
			signature
				? 'Signature is invalid: the request signature does not match.'
				: 'Signature is invalid: the _aop_signature parameter is missing.',
		);
	}
	if (!sandbox.apps.isGranted(app, namespace, apiName)) {
		return aclDeclined(appKey, call.apiId);
	}
	if (!sandbox.throttle.admit(appKey)) {
		return throttled();
	}
	let user = null;
	if (api.needsToken !== false) {
		const check = sandbox.apps.checkAccessToken(appKey, params.access_token);
		// Some APIs refuse a token in their own shape (their doc page says which); the gateway's 401 otherwise.
		if (!check.ok)
			return api.tokenRefusal ? { ...api.tokenRefusal(), errorCode: '401' } : gatewayError('401');
		user = check.entry;
	}
	try {
		const out = await api.handle({
			params,
			files: call.files,
			app,
			appKey,
			user,
			store: sandbox.store,
			sandbox,
			api,
			url: call.url,
		});
		if (out && typeof out === 'object' && 'body' in out && 'status' in out)
			return { errorCode: businessCode(out.body), ...out };
		return { status: 200, body: out, errorCode: businessCode(out) };
	} catch (e) {
		const err = gatewayError(
			'gw.InternalError',
			`Internal error in the sandbox handler: ${e && e.message}`,
		);
		return err;
	}
}

/** The error code a handler put in its envelope (for the request log), or null. */
function businessCode(body) {
	if (!body || typeof body !== 'object') return null;
	if (body.success === false || body.success === 'false')
		return String(body.errorCode || body.code || body.error_code || 'error');
	if (body.result && typeof body.result === 'object' && body.result.success === false)
		return String(body.result.code || 'error');
	if (body.errorCode) return String(body.errorCode);
	if (body.error_code) return String(body.error_code);
	return null;
}

async function applyFault(sandbox, req, res, log, kind) {
	switch (kind) {
		case 'html':
			return finish(
				sandbox,
				res,
				log,
				{ status: 502, text: HTML_502, type: 'text/html;charset=UTF-8' },
				kind,
			);
		case 'empty':
			return finish(sandbox, res, log, { status: 200, text: '' }, kind);
		case 'invalidJson':
			return finish(
				sandbox,
				res,
				log,
				{
					status: 200,
					text: 'Service temporarily unavailable, please try again later.',
					type: 'text/plain;charset=UTF-8',
				},
				kind,
			);
		case 'status500':
			return finish(sandbox, res, log, gatewayError('gw.InternalError'), kind);
		case 'tokenRefused':
		case 'tokenRefused200': {
			// The gateway's token error at a status other than 401 (gateway errors mostly come as 400, some as 200).
			const refusal = gatewayError('401');
			return finish(
				sandbox,
				res,
				log,
				{ ...refusal, status: kind === 'tokenRefused' ? 400 : 200 },
				kind,
			);
		}
		case 'throttle':
			return finish(sandbox, res, log, throttled(), kind);
		case 'echoParams': {
			// A careless backend that repeats the whole request in its error text: tokens and secrets included.
			const echoed = Object.entries(log.params)
				.map(([key, value]) => `${key}=${value}`)
				.join('&');
			return finish(
				sandbox,
				res,
				log,
				gatewayError('isp.InvalidParameter', `Invalid request: ${echoed}`),
				kind,
			);
		}
		case 'aclDecline':
			// As if the app were not granted this API (step 4), for one call: an app on a solution without it.
			return finish(sandbox, res, log, aclDeclined(log.appKey, log.api), kind);
		case 'reset':
			record(sandbox, log, 0, null, kind);
			await sleep(sandbox.config.latencyMs);
			req.socket.destroy();
			return undefined;
		case 'timeout':
			// Never answer: the socket stays open until the client gives up or the sandbox closes.
			record(sandbox, log, 0, null, kind);
			return undefined;
		default:
			return finish(sandbox, res, log, gatewayError('gw.InternalError'), kind);
	}
}

/**
 * Adds a call to the request log. `text`, the answer's body exactly as sent, is the entry's `answer`: not enumerable,
 * so the log stays small when listed or compared, and tests read it to compare the node's output with 1688's answer.
 */
function record(sandbox, log, httpStatus, errorCode, fault, text) {
	const entry = { ...log, httpStatus, errorCode: errorCode || null };
	if (fault) entry.fault = fault;
	if (text !== undefined)
		Object.defineProperty(entry, 'answer', { value: text, enumerable: false });
	sandbox.requests.push(entry);
}

/**
 * Log, wait for the configured latency, then answer.
 * @param {{status: number, body?: unknown, text?: string, type?: string, errorCode?: string|null}} answer
 */
async function finish(sandbox, res, log, answer, fault, errorCodeOverride) {
	const code =
		errorCodeOverride !== undefined
			? errorCodeOverride
			: answer.errorCode !== undefined
				? answer.errorCode
				: answer.body && answer.body.error_code;
	const text = answer.text !== undefined ? answer.text : stringify(answer.body);
	record(sandbox, log, answer.status, code, fault, text);
	await sleep(sandbox.config.latencyMs);
	sendText(res, answer.status, text, answer.type || JSON_TYPE);
}

module.exports = { handleGateway, pipeline, businessCode, HTML_502 };
