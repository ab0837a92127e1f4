'use strict';
/**
 * com.alibaba.account:loginid.openuid.encrypt-1 — a member's loginId (a seller's WangWang ID, e.g. an order's
 * sellerLoginId) into the OpenUID the app sees for it. loginId → {"openUid"} (the page's only response field).
 * The page lists no errors; the sandbox's own for a missing or unknown loginId:
 * {"success":false,"errorCode":"400_1"|"USER_NOT_FOUND","errorMessage"}.
 */
const { openUidByLoginId } = require('../../views/members');

const fail = (errorCode, errorMessage) => ({ success: false, errorCode, errorMessage });

module.exports = {
	namespace: 'com.alibaba.account',
	name: 'loginid.openuid.encrypt',
	version: '1',
	needsToken: true,
	handle({ params, store }) {
		const loginId = String(params.loginId ?? '').trim();
		if (!loginId) return fail('400_1', 'loginId is required');
		const openUid = openUidByLoginId(store, loginId);
		if (!openUid) return fail('USER_NOT_FOUND', `用户[${loginId}]不存在`);
		return { openUid };
	},
};
