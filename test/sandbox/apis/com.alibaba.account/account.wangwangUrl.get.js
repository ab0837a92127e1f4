'use strict';
/**
 * com.alibaba.account:account.wangwangUrl.get-1 — a link that opens an AliWangWang chat with a member.
 * toOpenUid (the member's OpenUID: a seller's sellerOpenId, or loginid.openuid.encrypt of its loginId) →
 * {"result":{"success":true,"code":"200","message":"success","result":"<chat link>","retCodes":[],"subCode":"","subMessage":""}}
 * (the page's ResultModel; it has no sample). An unknown OpenUID: {"result":{"success":false,"code":"400","message",…}}.
 */
const { memberByOpenUid } = require('../../views/members');

const CHAT_PAGE = 'https://air.1688.com/app/ocms-fusion-components-1688/def_cbu_web_im/index.html';
const answer = (fields) => ({ result: { retCodes: [], subCode: '', subMessage: '', ...fields } });

module.exports = {
	namespace: 'com.alibaba.account',
	name: 'account.wangwangUrl.get',
	version: '1',
	needsToken: true,
	handle({ params, store }) {
		const toOpenUid = String(params.toOpenUid ?? '').trim();
		if (!toOpenUid)
			return answer({
				success: false,
				code: '400',
				message: 'toOpenUid is required',
				retCodes: ['400'],
			});
		if (!memberByOpenUid(store, toOpenUid)) {
			return answer({
				success: false,
				code: '400',
				message: `toOpenUid[${toOpenUid}]无效`,
				retCodes: ['400'],
				subCode: 'OPEN_UID_INVALID',
			});
		}
		// The link names the chat partner by its OpenUID, never by its plain WangWang nickname.
		return answer({
			success: true,
			code: '200',
			message: 'success',
			result: `${CHAT_PAGE}?touid=${encodeURIComponent(toOpenUid)}#/`,
		});
	},
};
