'use strict';
/**
 * cn.alibaba.open:push.query.messageList-1 — messages that were not confirmed (the "failed" push messages).
 * createStartTime/createEndTime (yyyyMMddHHmmssSSS+0800), page (from 1), pageSize (20–200, values outside are
 * clamped as the doc gives the range), type?, userInfo? → {"pushMessagePage":{"datas":[...],"totalCount":n}}.
 * Listing does not confirm: call push.message.confirm. No user token needed.
 */
const { numberParam } = require('../../protocol/params');
const { parse1688 } = require('../../protocol/dates');

module.exports = {
	namespace: 'cn.alibaba.open',
	name: 'push.query.messageList',
	version: '1',
	needsToken: false,
	handle({ params: p, store, appKey }) {
		const page = numberParam(p, 'page', 1);
		if (!Number.isInteger(page) || page < 1) return { errorCode: '400_1', errorMessage: 'page must be an integer >= 1' };
		let pageSize = numberParam(p, 'pageSize', 20);
		if (!Number.isInteger(pageSize)) return { errorCode: '400_1', errorMessage: 'pageSize must be an integer' };
		pageSize = Math.min(200, Math.max(20, pageSize));
		const range = {};
		for (const key of ['createStartTime', 'createEndTime']) {
			if (p[key] === undefined || p[key] === '') continue;
			const ms = parse1688(p[key]);
			if (ms === null) return { errorCode: '400_1', errorMessage: `${key} must be in the form yyyyMMddHHmmssSSS+0800` };
			range[key] = ms;
		}
		const list = store.pushMessages
			.filter((m) => !m.confirmed)
			.filter((m) => !p.type || m.type === p.type)
			.filter((m) => !p.userInfo || m.userInfo === p.userInfo)
			.filter((m) => range.createStartTime === undefined || m.gmtBorn >= range.createStartTime)
			.filter((m) => range.createEndTime === undefined || m.gmtBorn <= range.createEndTime);
		return {
			pushMessagePage: {
				datas: list.slice((page - 1) * pageSize, page * pageSize).map((m) => ({
					msgId: m.msgId, type: m.type, userInfo: m.userInfo, gmtBorn: m.gmtBorn, bizKey: m.bizKey, data: m.data, appKey,
				})),
				totalCount: list.length,
			},
		};
	},
};
