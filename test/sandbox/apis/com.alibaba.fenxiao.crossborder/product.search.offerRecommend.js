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
const { ok, fail, searchParam, pageParams, pageSlice } = require('../../views/crossborder');
const { toRecommendItem } = require('../../views/sourcing');

const RECOMMENDED = 100;
const MAX_PAGE_SIZE = 50;
const rank = (member, id) =>
	crypto.createHash('md5').update(`${member}:${id}`).digest().readUInt32BE(0);

module.exports = {
	namespace: 'com.alibaba.fenxiao.crossborder',
	name: 'product.search.offerRecommend',
	version: '1',
	needsToken: true,
	handle({ params, store }) {
		const { value: q, error } = searchParam(params, 'recommendOfferParam');
		if (error) return error;
		const member = String(q.outMemberId ?? '').trim();
		if (!member) return fail('400', 'outMemberId is required');
		const paging = pageParams(q, { maxPageSize: MAX_PAGE_SIZE });
		if (paging.error) return paging.error;
		const best = [...store.offers.values()]
			.filter((o) => o.status === 'published')
			.sort((a, b) => b.monthSold - a.monthSold || a.offerId - b.offerId)
			.slice(0, RECOMMENDED)
			.sort((a, b) => rank(member, a.offerId) - rank(member, b.offerId));
		const answer = ok(pageSlice(best, paging).map(toRecommendItem), { message: '成功' });
		answer.result.class = 'com.alibaba.openapi.shared.common.ResultModel';
		return answer;
	},
};
