'use strict';
/**
 * cn.alibaba.open:push.cursor.messageList-1 — the same undelivered messages as push.query.messageList,
 * but each call hands out the next `quantity` (20–200, default 20) and confirms them at once, so the
 * next call returns the rest until the list is empty (1688-api-docs/en/cn.alibaba.open.push.cursor.messageList-1.md).
 * createStartTime?, createEndTime?, quantity, type?, userInfo? → {"pushMessageList":[PushMessage…]}.
 * No user authorization.
 */
const { readFilter, sizeParam, listed } = require('./_messages');

module.exports = {
	namespace: 'cn.alibaba.open',
	name: 'push.cursor.messageList',
	version: '1',
	needsToken: false,
	handle({ params: p, store, appKey }) {
		const { size: quantity, error: sizeError } = sizeParam(p, 'quantity');
		if (sizeError) return sizeError;
		const { filter, error } = readFilter(p);
		if (error) return error;
		const batch = store.undeliveredMessages(filter).slice(0, quantity);
		for (const m of batch) m.confirmed = true;
		return { pushMessageList: batch.map((m) => listed(m, appKey)) };
	},
};
