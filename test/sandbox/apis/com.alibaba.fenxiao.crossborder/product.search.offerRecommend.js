'use strict';
/**
 * com.alibaba.fenxiao.crossborder:product.search.offerRecommend-1 — personalised recommendations.
 * recommendOfferParam = {beginPage, pageSize (≤ 50), country, outMemberId (required: the end user on the
 * reseller's own platform)} → {"result":{"success":true,"code":"200","message":"成功","result":[ProductInfoModel],
 * "class":"com.alibaba.openapi.shared.common.ResultModel"}} (no total; a short page is the last). The `class`
 * members are Java's serialisation, as in the real answer the doc page's response table quotes. Each
 * outMemberId gets its own order of the 100 best-selling published offers, the same on every call.
 */
const crypto = require('node:crypto');
const { fail, objectParam, checkCountry } = require('../../views/crossborder');
const { toRecommendItem } = require('../../views/sourcing');

const RECOMMENDED = 100;
const MAX_PAGE_SIZE = 50;
const rank = (member, id) => crypto.createHash('md5').update(`${member}:${id}`).digest().readUInt32BE(0);

module.exports = {
	namespace: 'com.alibaba.fenxiao.crossborder',
	name: 'product.search.offerRecommend',
	version: '1',
	needsToken: true,
	handle({ params, store }) {
		const { value: q, error } = objectParam(params, 'recommendOfferParam');
		if (error) return error;
		const bad = checkCountry(q.country);
		if (bad) return bad;
		const member = String(q.outMemberId ?? '').trim();
		if (!member) return fail('400', 'outMemberId is required');
		const beginPage = Number(q.beginPage);
		const pageSize = Number(q.pageSize);
		if (!Number.isInteger(beginPage) || beginPage < 1) return fail('400', 'beginPage must be an integer >= 1');
		if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) return fail('400', `pageSize must be between 1 and ${MAX_PAGE_SIZE}`);
		const best = [...store.offers.values()]
			.filter((o) => o.status === 'published')
			.sort((a, b) => b.monthSold - a.monthSold || a.offerId - b.offerId)
			.slice(0, RECOMMENDED)
			.sort((a, b) => rank(member, a.offerId) - rank(member, b.offerId));
		const page = best.slice((beginPage - 1) * pageSize, beginPage * pageSize).map(toRecommendItem);
		return { result: { success: true, code: '200', message: '成功', result: page, class: 'com.alibaba.openapi.shared.common.ResultModel' } };
	},
};
