'use strict';
/**
 * Parameters of the refund APIs, read as 1688's Java gateway reads them: `orderEntryIds` (Long[]) must be a
 * JSON array of bare numbers (a quoted ID is a String, not a Long), counts as `[{"id":<Long>,"count":n}]`, and the
 * buyer's order they name. Each returns a value or a `problem` for the handler to answer in its own envelope.
 */
const { longId } = require('./ids');

const LONG_ARRAY = /^\[\s*(\d{1,20}(\s*,\s*\d{1,20})*)?\s*\]$/;

/** @returns {{ids: string[]} | {problem: string}} */
function longArrayParam(raw, name) {
	const text = String(raw ?? '').trim();
	if (!text) return { problem: `${name} is required` };
	if (!LONG_ARRAY.test(text))
		return {
			problem: `${name} must be a JSON array of numbers (Long[]), got ${text.slice(0, 80)}`,
		};
	const ids = (text.match(/\d+/g) || []).map(longId);
	return ids.length ? { ids } : { problem: `${name} must not be empty` };
}

/**
 * `[{"id":586683458996743215,"count":1}]` (OrderEntryCountModel[]): each id a bare Long, each count a whole number.
 * @returns {{counts: Array<{id: string, count: number}>} | {problem: string}}
 */
function entryCountsParam(raw, name) {
	const text = String(raw ?? '').trim();
	if (!text) return { counts: [] };
	let parsed;
	try {
		parsed = JSON.parse(text);
	} catch {
		return { problem: `${name} is not valid JSON` };
	}
	if (!Array.isArray(parsed)) return { problem: `${name} must be a JSON array` };
	const objects = text.match(/\{[^{}]*\}/g) || [];
	if (objects.length !== parsed.length)
		return { problem: `${name} must be a list of {"id","count"} objects` };
	const counts = [];
	for (const [i, object] of objects.entries()) {
		const id = /"id"\s*:\s*(\d{1,20})\s*[,}]/.exec(object);
		const count = parsed[i] && parsed[i].count;
		if (!id) return { problem: `${name}[${i}].id must be a number (Long)` };
		if (!Number.isInteger(count) || count < 1)
			return { problem: `${name}[${i}].count must be a whole number from 1` };
		counts.push({ id: longId(id[1]), count });
	}
	return { counts };
}

/**
 * The buyer's order an ID names: {order}, or {code, message} with createRefund-1's codes (5001 no such order,
 * 5002 another buyer's).
 */
function buyerOrder(store, raw) {
	const id = longId(raw);
	if (!id)
		return {
			code: '5001',
			message: `订单不存在: orderId ${raw === undefined ? 'is required' : `"${raw}" is not an order ID`}`,
		};
	const order = store.getOrder(id);
	if (!order) return { code: '5001', message: `订单不存在: ${id}` };
	if (order.buyer.memberId !== store.member.memberId)
		return { code: '5002', message: '订单买家与当前用户身份不符' };
	return { order };
}

/** Sub-order IDs that are not items of the order, or []. */
function foreignEntries(order, ids) {
	const own = new Set(order.items.map((it) => it.subItemID));
	return ids.filter((id) => !own.has(id));
}

module.exports = { longArrayParam, entryCountsParam, buyerOrder, foreignEntries };
