'use strict';
/**
 * Delivers push messages the way 1688 does: an HTTP POST of a form signed with the app's secret.
 *
 * Two shapes: `message` (the usual one: the envelope as one JSON text in the field `message`) and
 * `fields` (the envelope fields msgId, type, userInfo, gmtBorn, bizKey and data each as a form field,
 * data as JSON text). Either way `_aop_signature` = UPPER(HEX(HMAC_SHA1(appSecret, joined))), where
 * joined is every form and query field except the signature as `name + value`, sorted and
 * concatenated (the gateway's request rule without a URL path); with only `message` this is
 * HMAC_SHA1(appSecret, "message" + message).
 *
 * Messages the store makes (order steps, stock and price changes of followed offers) are pushed to
 * the registered push URL, if any; a push that is not answered 200 "success" leaves the message
 * failed, listed by the pull APIs until confirmed. `deliverPush` sends a message made up by a test.
 */
const { hmacSha1Upper } = require('./protocol/signature');
const { stringify } = require('./protocol/json');

/** 1688 counts a push as delivered when the app answers HTTP 200 with the body "success". */
const isSuccess = (status, body) => status === 200 && body.trim().toLowerCase() === 'success';

/** @param {string} appSecret @param {[string, string][]} fields */
function signFields(appSecret, fields) {
	const parts = fields.filter(([name]) => name !== '_aop_signature').map(([name, value]) => name + value);
	parts.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
	return hmacSha1Upper(appSecret, parts.join(''));
}

/**
 * POSTs one message envelope to `url`, signed with the app's secret.
 * @param {object} app {appKey, appSecret}
 * @param {object} envelope {msgId, type, userInfo, gmtBorn, bizKey, data}
 * @param {{url: string, shape?: 'message'|'fields', extraFields?: Record<string,string>, query?: Record<string,string>,
 *   tamper?: boolean, timeoutMs?: number}} o
 * @returns {Promise<{status: number, body: string, message: string}>} status 0 when the request failed
 */
async function postPush(app, envelope, o) {
	const message = stringify(envelope);
	const formFields = o.shape === 'fields'
		? [
			['msgId', String(envelope.msgId)],
			['type', envelope.type],
			['userInfo', envelope.userInfo],
			['gmtBorn', String(envelope.gmtBorn)],
			['bizKey', String(envelope.bizKey)],
			['data', stringify(envelope.data)],
		]
		: [['message', message]];
	formFields.push(...Object.entries(o.extraFields || {}).map(([k, v]) => [k, String(v)]));
	const queryFields = Object.entries(o.query || {}).map(([k, v]) => [k, String(v)]);
	let signature = signFields(app.appSecret, [...queryFields, ...formFields]);
	if (o.tamper) signature = signature.slice(0, -4) + (signature.endsWith('0000') ? '1111' : '0000');
	const form = new URLSearchParams([...formFields, ['_aop_signature', signature]]);
	const url = queryFields.length ? `${o.url}${o.url.includes('?') ? '&' : '?'}${new URLSearchParams(queryFields)}` : o.url;
	try {
		const res = await fetch(url, {
			method: 'POST',
			headers: { 'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8' },
			body: form.toString(),
			signal: AbortSignal.timeout(o.timeoutMs || 10000),
		});
		return { status: res.status, body: await res.text(), message };
	} catch (error) {
		return { status: 0, body: String(error && error.message), message };
	}
}

/**
 * Sends a message made up by a test (not kept in the store).
 * @param {object} sandbox the sandbox state
 * @param {{url: string, type: string, data: object, appKey?: string, msgId?: number|string, bizKey?: string,
 *   userInfo?: string, gmtBorn?: number, tamper?: boolean, timeoutMs?: number, shape?: 'message'|'fields',
 *   extraFields?: Record<string,string>, query?: Record<string,string>}} o
 * @returns {Promise<{status: number, body: string, msgId: number|string, message: string}>}
 */
async function deliverPush(sandbox, o) {
	if (!o || !o.url) throw new Error('deliverPush needs a url');
	if (!o.type) throw new Error('deliverPush needs a type');
	const app = appOf(sandbox, o.appKey);
	const data = o.data || {};
	const msgId = o.msgId !== undefined ? o.msgId : nextMsgId(sandbox);
	const bizKey = o.bizKey !== undefined ? o.bizKey : String(data.orderId ?? data.offerId ?? data.productId ?? msgId);
	const envelope = { msgId, type: o.type, userInfo: o.userInfo || sandbox.store.member.memberId, gmtBorn: o.gmtBorn || Date.now(), bizKey, data };
	const r = await postPush(app, envelope, o);
	sandbox.pushLog.push({ url: o.url, type: o.type, msgId, status: r.status, tampered: !!o.tamper, shape: o.shape || 'message', at: Date.now() });
	return { ...r, msgId };
}

/**
 * Pushes a message of the store to the registered push URL and records the outcome on it.
 * @param {object} sandbox the sandbox state (pushTarget {url, appKey})
 * @param {object} msg a message of store.pushMessages
 */
async function pushStoredMessage(sandbox, msg) {
	const target = sandbox.pushTarget;
	if (!target) {
		msg.delivery = 'failed';
		return;
	}
	msg.delivery = 'pending';
	const { msgId, type, userInfo, gmtBorn, bizKey, data } = msg;
	const r = await postPush(appOf(sandbox, target.appKey), { msgId, type, userInfo, gmtBorn, bizKey, data }, { url: target.url, shape: target.shape });
	// A message confirmed (pulled) meanwhile stays consumed whatever the push answered.
	msg.delivery = isSuccess(r.status, r.body) ? 'delivered' : 'failed';
	sandbox.pushLog.push({ url: target.url, type, msgId, status: r.status, stored: true, delivered: msg.delivery === 'delivered', at: Date.now() });
}

function appOf(sandbox, appKey) {
	const app = sandbox.apps.getApp(appKey || '1000000');
	if (!app) throw new Error(`unknown appKey ${appKey}`);
	return app;
}

function nextMsgId(sandbox) {
	sandbox.pushCounter = (sandbox.pushCounter || 0) + 1;
	return 70000000000 + sandbox.pushCounter;
}

module.exports = { deliverPush, pushStoredMessage };
