'use strict';
/**
 * com.alibaba.fenxiao.crossborder:product.related.recommend-1 — offers related to one offer.
 * relatedQueryParams = {offerId, pageNo (from 1), pageSize (at most 10, per the doc), language} →
 * {"result":{"success":true,"code":"S0000","message":"成功","result":[ProductInfoModel]}}, no total: a short
 * page is the last. Related offers are the other published offers of the same top category, those of the same
 * leaf category first, then the same second-level category, each group by 30-day sales.
 */
const {
	ok,
	fail,
	S0000,
	objectParam,
	checkCountry,
	pageParams,
	pageSlice,
} = require('../../views/crossborder');
const { toRelatedItem } = require('../../views/sourcing');

const MAX_PAGE_SIZE = 10;

function related(offer, offers) {
	const closeness = (o) =>
		o.thirdCategoryId === offer.thirdCategoryId
			? 0
			: o.secondCategoryId === offer.secondCategoryId
				? 1
				: 2;
	return offers
		.filter(
			(o) =>
				o.status === 'published' &&
				o.offerId !== offer.offerId &&
				o.topCategoryId === offer.topCategoryId,
		)
		.sort(
			(a, b) => closeness(a) - closeness(b) || b.monthSold - a.monthSold || a.offerId - b.offerId,
		);
}

module.exports = {
	namespace: 'com.alibaba.fenxiao.crossborder',
	name: 'product.related.recommend',
	version: '1',
	needsToken: true,
	handle({ params, store }) {
		const { value: q, error } = objectParam(params, 'relatedQueryParams');
		if (error) return error;
		if (!/^\d+$/.test(String(q.offerId ?? '')))
			return fail('400', 'offerId is required and must be a number');
		const bad = checkCountry(q.language);
		if (bad) return bad;
		const paging = pageParams(q, { pageKey: 'pageNo', maxPageSize: MAX_PAGE_SIZE });
		if (paging.error) return paging.error;
		const offer = store.getOffer(q.offerId);
		if (!offer || offer.status === 'deleted') return fail('500_1', `商品[${q.offerId}]不存在`);
		return ok(
			pageSlice(related(offer, [...store.offers.values()]), paging).map(toRelatedItem),
			S0000,
		);
	},
};
