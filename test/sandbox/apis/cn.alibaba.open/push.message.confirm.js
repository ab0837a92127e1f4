'use strict';
/**
 * cn.alibaba.open:push.message.confirm-1 — marks messages consumed, so the pull APIs no longer list
 * them (1688-api-docs/en/cn.alibaba.open.push.message.confirm-1.md). msgIdList (a JSON list of message
 * IDs; optional per the doc) → {"isSuccess":true}; IDs the app has no message for are ignored.
 * A consumed message stays consumed: a later push outcome does not list it again. No user authorization.
 */
module.exports = {
	namespace: 'cn.alibaba.open',
	name: 'push.message.confirm',
	version: '1',
	needsToken: false,
	handle({ params, store }) {
		const text = String(params.msgIdList ?? '').trim();
		if (text !== '' && !/^\[\s*(\d+\s*(,\s*\d+\s*)*)?\]$/.test(text)) {
			return {
				isSuccess: false,
				errorCode: '400_1',
				errorMessage: 'msgIdList must be a JSON list of message IDs, e.g. [123,456]',
			};
		}
		const wanted = new Set(text.match(/\d+/g) || []);
		for (const m of store.pushMessages) if (wanted.has(String(m.msgId))) m.confirmed = true;
		return { isSuccess: true };
	},
};
