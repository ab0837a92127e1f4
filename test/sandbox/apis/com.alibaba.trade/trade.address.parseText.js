'use strict';
/**
 * com.alibaba.trade:trade.address.parseText-1 — an overseas address (country, province, city, area) into its
 * address code. param = {"country","province","city","area"} → {"result":{"success":true,"code","message",
 * "data":{"addressCode","country","province","city","area"}}} (the doc's sample shape);
 * unknown → {"result":{"success":false,"code":"ADDRESS_NOT_FOUND","message"}}.
 */
const { objectJsonParam } = require('../../protocol/params');
const { parseOverseas } = require('../../data/regions');

const answer = (success, code, message, data) => ({
	result: { success, code, message, ...(data ? { data } : {}) },
});

module.exports = {
	namespace: 'com.alibaba.trade',
	name: 'trade.address.parseText',
	version: '1',
	needsToken: true,
	handle({ params }) {
		const { value: param, problem } = objectJsonParam(params, 'param');
		if (problem) return answer(false, 'PARAM_CAN_NOT_BE_NULL', 'param must be a JSON object');
		// The page marks all four fields of OrderAddressParseParam required, area (the district) too.
		const missing = ['country', 'province', 'city', 'area'].filter(
			(f) => !String(param[f] || '').trim(),
		);
		if (missing.length)
			return answer(false, 'PARAM_CAN_NOT_BE_NULL', `param lacks ${missing.join(', ')}`);
		const place = parseOverseas(param);
		if (!place)
			return answer(
				false,
				'ADDRESS_NOT_FOUND',
				`no address code for ${param.country} / ${param.province} / ${param.city}`,
			);
		const { addressCode, country, province, city, area } = place;
		return answer(true, '200', 'success', { addressCode, country, province, city, area });
	},
};
