'use strict';
/**
 * Delivers push messages the way 1688 does: an HTTP POST with form fields `message` (JSON text)
 * and `_aop_signature` = UPPER(HEX(HMAC_SHA1(appSecret, "message" + message))).
 */
const { signPushMessage } = require('./protocol/signature');
const { stringify } = require('./protocol/json');

/**
 * @param {object} sandbox
 * @param {{url: string, type: string, data: object, appKey?: string, msgId?: number|string, bizKey?: string,
 *   userInfo?: string, gmtBorn?: number, tamper?: boolean, timeoutMs?: number}} o
 * @returns {Promise<{status: number, body: string, msgId: number|string, message: string}>}
 */
async function deliverPush(sandbox, o) {
	if (!o || !o.url) throw new Error('deliverPush needs a url');
	if (!o.type) throw new Error('deliverPush needs a type');
	const appKey = o.appKey || '1000000';
	const app = sandbox.apps.getApp(appKey);
	if (!app) throw new Error(`unknown appKey ${appKey}`);
	const data = o.data || {};
	const msgId = o.msgId !== undefined ? o.msgId : nextMsgId(sandbox);
	const bizKey = o.bizKey !== undefined ? o.bizKey : String(data.orderId ?? data.offerId ?? data.productId ?? msgId);
	const message = stringify({
		msgId,
		type: o.type,
		userInfo: o.userInfo || sandbox.store.member.memberId,
		gmtBorn: o.gmtBorn || Date.now(),
		bizKey,
		data,
	});
	let signature = signPushMessage(app.appSecret, message);
	if (o.tamper) signature = signature.slice(0, -4) + (signature.endsWith('0000') ? '1111' : '0000');
	const form = new URLSearchParams({ message, _aop_signature: signature });
	const res = await fetch(o.url, {
		method: 'POST',
		headers: { 'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8' },
		body: form.toString(),
		signal: AbortSignal.timeout(o.timeoutMs || 10000),
	});
	const body = await res.text();
	sandbox.pushLog.push({ url: o.url, type: o.type, msgId, status: res.status, tampered: !!o.tamper, at: Date.now() });
	return { status: res.status, body, msgId, message };
}

function nextMsgId(sandbox) {
	sandbox.pushCounter = (sandbox.pushCounter || 0) + 1;
	return 70000000000 + sandbox.pushCounter;
}

module.exports = { deliverPush };
