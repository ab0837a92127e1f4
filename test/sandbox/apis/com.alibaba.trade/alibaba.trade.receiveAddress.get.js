'use strict';
/**
 * com.alibaba.trade:alibaba.trade.receiveAddress.get-1 — the buyer's saved delivery addresses. No parameters →
 * {"result":{"receiveAddressItems":[{id, fullName, address, post, phone, mobilePhone, addressCode, addressCodeText,
 * isDefault, townCode, townName}]},"success":true} (the doc's sample). Their ids go into addressParam as {"addressId"}.
 * A missing or expired token is refused in the page's own shape: {"success":false,"code":"400","message":"api need
 * authorized"} (its Response table), not the gateway's 401.
 */
const { long } = require('../../protocol/json');

module.exports = {
	namespace: 'com.alibaba.trade',
	name: 'alibaba.trade.receiveAddress.get',
	version: '1',
	needsToken: true,
	tokenRefusal() {
		return { status: 400, body: { success: false, code: '400', message: 'api need authorized' } };
	},
	handle({ store }) {
		return {
			result: { receiveAddressItems: store.savedAddresses.map((a) => ({ ...a, id: long(a.id) })) },
			success: true,
		};
	},
};
