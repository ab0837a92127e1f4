'use strict';
/**
 * What the two pull APIs (push.query.messageList, push.cursor.messageList) share: their filters
 * (createStartTime/createEndTime as yyyyMMddHHmmssSSS+0800, type, userInfo), the 20–200 range of
 * their page size, and the PushMessage they list: the doc's fields (msgId, type, userInfo, data,
 * gmtBorn) plus those the sample answer shows (topicGroup, topicName, appKey).
 */
const { numberParam } = require('../../protocol/params');
const { parse1688 } = require('../../protocol/dates');

/** @returns {{filter: object}|{error: object}} */
function readFilter(p) {
	const filter = { type: p.type || undefined, userInfo: p.userInfo || undefined };
	for (const [key, into] of [
		['createStartTime', 'from'],
		['createEndTime', 'to'],
	]) {
		if (p[key] === undefined || p[key] === '') continue;
		const ms = parse1688(p[key]);
		if (ms === null)
			return {
				error: {
					errorCode: '400_1',
					errorMessage: `${key} must be in the form yyyyMMddHHmmssSSS+0800`,
				},
			};
		filter[into] = ms;
	}
	return { filter };
}

/** A page size or quantity: default 20, values outside 20–200 clamped (the doc gives the range). */
function sizeParam(p, name) {
	const size = numberParam(p, name, 20);
	if (!Number.isInteger(size))
		return { error: { errorCode: '400_1', errorMessage: `${name} must be an integer` } };
	return { size: Math.min(200, Math.max(20, size)) };
}

/** @param {object} m a stored message @param {string} appKey */
function listed(m, appKey) {
	const split = m.type.indexOf('_');
	return {
		gmtBorn: m.gmtBorn,
		topicGroup: split === -1 ? m.type : m.type.slice(0, split),
		data: m.data,
		msgId: m.msgId,
		type: m.type,
		userInfo: m.userInfo,
		appKey,
		topicName: split === -1 ? m.type : m.type.slice(split + 1),
	};
}

module.exports = { readFilter, sizeParam, listed };
