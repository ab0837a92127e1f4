'use strict';
/**
 * com.alibaba.fenxiao.crossborder:product.topList.query-1 — a category's ranking list.
 * rankQueryParams = {rankId (a category ID), rankType (complex | hot | goodPrice), limit (1–20), language} →
 * {"result":{"success":true,"code":"S0000","message":"成功","result":{rankId, rankName, rankType,
 * rankProductModels:[…]}}}. The seeded rankings over the category's published offers: hot by 30-day sales,
 * complex by sales × transaction score, goodPrice the cheapest of the better-selling half.
 */
const { ok, fail, S0000, searchParam, inCategory } = require('../../views/crossborder');
const { minPrice } = require('../../views/product');
const { categoryById } = require('../../views/categoryTranslation');
const { toRankItem } = require('../../views/sourcing');

const MAX_LIMIT = 20;
const RANKS = {
	complex: {
		name: 'Comprehensive List',
		order: (list) =>
			[...list].sort(
				(a, b) =>
					b.monthSold * b.sourcing.tradeScore - a.monthSold * a.sourcing.tradeScore ||
					a.offerId - b.offerId,
			),
	},
	hot: {
		name: 'Best Sellers',
		order: (list) => [...list].sort((a, b) => b.monthSold - a.monthSold || a.offerId - b.offerId),
	},
	goodPrice: {
		name: 'Best Price',
		order: (list) =>
			RANKS.hot
				.order(list)
				.slice(0, Math.ceil(list.length / 2))
				.sort((a, b) => minPrice(a) - minPrice(b) || a.offerId - b.offerId),
	},
};

module.exports = {
	namespace: 'com.alibaba.fenxiao.crossborder',
	name: 'product.topList.query',
	version: '1',
	needsToken: true,
	handle({ params, store }) {
		const { value: q, error } = searchParam(params, 'rankQueryParams', {}, 'language');
		if (error) return error;
		const rank = RANKS[q.rankType];
		if (!rank) return fail('400', `rankType must be one of ${Object.keys(RANKS).join(', ')}`);
		const limit = Number(q.limit);
		if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT)
			return fail('400', `limit must be between 1 and ${MAX_LIMIT}`);
		if (!/^\d+$/.test(String(q.rankId ?? ''))) return fail('400', 'rankId must be a category ID');
		const categoryId = Number(q.rankId);
		const category = categoryById(store, categoryId);
		if (!category || categoryId === 0) return fail('500_1', `榜单[${q.rankId}]不存在`);
		const offers = [...store.offers.values()].filter(
			(o) => o.status === 'published' && inCategory(o, categoryId),
		);
		const ranked = rank
			.order(offers)
			.slice(0, limit)
			.map((offer, i) => toRankItem(offer, i + 1));
		return ok(
			{
				rankId: String(q.rankId),
				rankName: `${category.nameTrans} · ${rank.name}`,
				rankType: q.rankType,
				rankProductModels: ranked,
			},
			S0000,
		);
	},
};
