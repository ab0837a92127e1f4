'use strict';
/**
 * cn.alibaba.open:push.message.confirm-1 — mark pulled messages as consumed.
 * msgIdList (JSON array) → {"isSuccess":true}; unknown ids are ignored. No user token needed.
 */
module.exports = {
	namespace: 'cn.alibaba.open',
	name: 'push.message.confirm',
	version: '1',
	needsToken: false,
	handle({ params, store }) {
		const ids = String(params.msgIdList || '').match(/\d+/g) || [];
		if (ids.length === 0) return { isSuccess: false, errorCode: '400_1', errorMessage: 'msgIdList is required' };
		const wanted = new Set(ids);
		let confirmed = 0;
		for (const m of store.pushMessages) {
			if (wanted.has(String(m.msgId)) && !m.confirmed) {
				m.confirmed = true;
				confirmed += 1;
			}
		}
		return { isSuccess: true, confirmedCount: confirmed };
	},
};
