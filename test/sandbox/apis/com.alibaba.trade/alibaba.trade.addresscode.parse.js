'use strict';
/**
 * com.alibaba.trade:alibaba.trade.addresscode.parse-1 — a free-text mainland address into its area code.
 * addressInfo ("浙江省 杭州市 滨江区网商路699号") → {"result":{"address":"网商路699号","addressCode":"330108",
 * "addressCodeText","isDefault":false,"latest":false,"postCode":"310051"}} (the doc's sample, plus addressCodeText
 * and, when the text holds one, the mobile number, both in the doc's field list).
 * Errors {"errorCode","errorMessage"} (the doc's response fields; the codes are the sandbox's own).
 */
const { parseMainland, regionText } = require('../../data/regions');

const MOBILE = /(?:\+?86[\s-]?)?(1[3-9]\d{9})(?!\d)/;

module.exports = {
	namespace: 'com.alibaba.trade',
	name: 'alibaba.trade.addresscode.parse',
	version: '1',
	needsToken: true,
	handle({ params }) {
		const text = String(params.addressInfo || '').trim();
		if (!text) return { errorCode: '400_1', errorMessage: 'addressInfo is required' };
		const mobile = MOBILE.exec(text);
		const parsed = parseMainland(mobile ? text.replace(mobile[0], ' ') : text);
		if (!parsed) return { errorCode: 'ADDRESS_PARSE_FAIL', errorMessage: `无法解析地址: ${text}` };
		const result = {
			address: parsed.street,
			addressCode: parsed.district.code,
			addressCodeText: regionText(parsed.district),
			isDefault: false,
			latest: false,
			postCode: parsed.district.postCode,
		};
		if (mobile) result.mobile = mobile[1];
		return { result };
	},
};
