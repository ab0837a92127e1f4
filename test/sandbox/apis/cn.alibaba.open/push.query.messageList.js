'use strict';
/**
 * cn.alibaba.open:push.query.messageList-1 — the app's messages 1688 could not push (failed, or no
 * push URL registered), until they are confirmed (1688-api-docs/en/cn.alibaba.open.push.query.messageList-1.md).
 * createStartTime?, createEndTime?, page (from 1, default 1), pageSize (20–200, default 20), type?,
 * userInfo? → {"pushMessagePage":{"datas":[PushMessage…],"totalCount":n}}, oldest first. Listing does not
 * confirm: push.message.confirm does, and then the pages shift. No user authorization.
 */
const { numberParam } = require('../../protocol/params');
const { readFilter, sizeParam, listed } = require('./_messages');

module.exports = {
	namespace: 'cn.alibaba.open',
	name: 'push.query.messageList',
	version: '1',
	needsToken: false,
	handle({ params: p, store, appKey }) {
		const page = numberParam(p, 'page', 1);
		if (!Number.isInteger(page) || page < 1)
			return { errorCode: '400_1', errorMessage: 'page must be an integer >= 1' };
		const { size: pageSize, error: sizeError } = sizeParam(p, 'pageSize');
		if (sizeError) return sizeError;
		const { filter, error } = readFilter(p);
		if (error) return error;
		const list = store.undeliveredMessages(filter);
		return {
			pushMessagePage: {
				datas: list.slice((page - 1) * pageSize, page * pageSize).map((m) => listed(m, appKey)),
				totalCount: list.length,
			},
		};
	},
};
