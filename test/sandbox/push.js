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
const { long, stringify } = require('./protocol/json');
const { internationalParcel } = require('./data/parcels');

/** 1688 counts a push as delivered when the app answers HTTP 200 with the body "success". */
const isSuccess = (status, body) => status === 200 && body.trim().toLowerCase() === 'success';

/** @param {string} appSecret @param {[string, string][]} fields */
function signFields(appSecret, fields) {
	const parts = fields
		.filter(([name]) => name !== '_aop_signature')
		.map(([name, value]) => name + value);
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
	const formFields =
		o.shape === 'fields'
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
	const url = queryFields.length
		? `${o.url}${o.url.includes('?') ? '&' : '?'}${new URLSearchParams(queryFields)}`
		: o.url;
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
	const bizKey =
		o.bizKey !== undefined
			? o.bizKey
			: String(data.orderId ?? data.offerId ?? data.productId ?? data.packageId ?? msgId);
	const envelope = {
		msgId,
		type: o.type,
		userInfo: o.userInfo || sandbox.store.member.memberId,
		gmtBorn: o.gmtBorn || Date.now(),
		bizKey,
		data,
	};
	const r = await postPush(app, envelope, o);
	sandbox.pushLog.push({
		url: o.url,
		type: o.type,
		msgId,
		status: r.status,
		tampered: !!o.tamper,
		shape: o.shape || 'message',
		at: Date.now(),
	});
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
	const r = await postPush(
		appOf(sandbox, target.appKey),
		{ msgId, type, userInfo, gmtBorn, bizKey, data },
		{ url: target.url, shape: target.shape },
	);
	// A message confirmed (pulled) meanwhile stays consumed whatever the push answered.
	msg.delivery = isSuccess(r.status, r.body) ? 'delivered' : 'failed';
	sandbox.pushLog.push({
		url: target.url,
		type,
		msgId,
		status: r.status,
		stored: true,
		delivered: msg.delivery === 'delivered',
		at: Date.now(),
	});
}

/**
 * The `data` of a LOGISTICS_GLOBAL_1688_PACKAGE_CHANGE message (1688's cross-border parcel: its page's fields)
 * for a parcel holding orders of the store. Stage `external` (the only stage the page names: the parcel's leg
 * out of China) carries the international waybill and carrier of the first order's parcel (data/parcels.js: the
 * same that bigcustomer.mailNo.query and logistics.order.getOutOrderId give), or `mailNo` / `carrierCode` when
 * given; the stage inside China, `internal` here, carries the first order's domestic waybill and its company
 * code. The order must be shipped. transportStatus / warehouseStatus: the sample's 900 / 900100 for the
 * external leg; the page documents no other codes, 100 and none are used inside China. tradeOrderIds go out as
 * bare JSON numbers (the page: Number[]), 19 digits included.
 * @param {object} sandbox the sandbox state
 * @param {{orderIds: (string|number)[], stage?: 'external'|'internal', packageId?: number|string, mailNo?: string,
 *   carrierCode?: string, at?: number}} o
 */
function parcelMessageData(sandbox, o) {
	const orderIds = (o && o.orderIds ? o.orderIds : []).map(String);
	if (orderIds.length === 0) throw new Error('parcelMessageData needs orderIds');
	const orders = orderIds.map((id) => {
		const order = sandbox.store.getOrder(id);
		if (!order) throw new Error(`unknown order ${id}`);
		return order;
	});
	const stage = o.stage || 'external';
	const parcel = internationalParcel(orders[0]);
	if (!parcel && (!o.mailNo || !o.carrierCode))
		throw new Error(`order ${orderIds[0]} has not shipped: ship it first`);
	const packageId = o.packageId !== undefined ? String(o.packageId) : parcel.packageId;
	let mailNo = o.mailNo;
	let carrierCode = o.carrierCode;
	if (stage === 'external') {
		mailNo = mailNo || parcel.mailNo;
		carrierCode = carrierCode || parcel.carrierPartnerCode;
	} else {
		const waybill = orders[0].logistics[0];
		mailNo = mailNo || waybill.logisticsBillNo;
		carrierCode = carrierCode || waybill.company.code;
	}
	return {
		packageId: long(packageId),
		buyerUserId: long(String(sandbox.store.member.userId)),
		stageType: stage,
		mailNo,
		carrierPartnerCode: carrierCode,
		transportStatus: stage === 'external' ? 900 : 100,
		...(stage === 'external' ? { warehouseStatus: 900100 } : {}),
		actionTime: o.at || Date.now(),
		tradeOrderIds: orderIds.map((id) => long(id)),
	};
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

module.exports = { deliverPush, pushStoredMessage, parcelMessageData };
