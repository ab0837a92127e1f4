'use strict';
/**
 * com.alibaba.fenxiao.crossborder:product.search.topKeyword-1 — trending search keywords of a category.
 * No user authorization (the doc page: access_token optional). topSeKeywordParam = {country, sourceId (a
 * category ID), hotKeywordType (only "cate")} → {"result":{"success":"true","code":"200","message":"success",
 * "result":[{seKeyword, seKeywordTranslation}]}} (success a String, per the doc's ResultModel). The seeded
 * keywords are the "<title word><leaf category>" pairs of the category's published offers (each one finds
 * those offers in keywordQuery), most sold first, at most 20.
 */
const { ok, fail, searchParam, inCategory } = require('../../views/crossborder');
const { categoryById } = require('../../views/categoryTranslation');

const S = { stringSuccess: true };
const MAX_KEYWORDS = 20;

function keywordsOf(store, categoryId) {
	const sold = new Map();
	for (const offer of store.offers.values()) {
		if (offer.status !== 'published' || (categoryId !== 0 && !inCategory(offer, categoryId)))
			continue;
		const leaf = store.categories.get(offer.categoryId);
		const seKeyword = `${offer.titleMiddle[0]}${leaf.name}`;
		const entry = sold.get(seKeyword) || {
			seKeyword,
			seKeywordTranslation: `${offer.titleMiddle[1]} ${leaf.nameTrans.toLowerCase()}`,
			sold: 0,
		};
		entry.sold += offer.monthSold;
		sold.set(seKeyword, entry);
	}
	return [...sold.values()]
		.sort((a, b) => b.sold - a.sold || a.seKeyword.localeCompare(b.seKeyword))
		.slice(0, MAX_KEYWORDS)
		.map(({ seKeyword, seKeywordTranslation }) => ({ seKeyword, seKeywordTranslation }));
}

module.exports = {
	namespace: 'com.alibaba.fenxiao.crossborder',
	name: 'product.search.topKeyword',
	version: '1',
	needsToken: false,
	handle({ params, store }) {
		const { value: q, error } = searchParam(params, 'topSeKeywordParam', S);
		if (error) return error;
		if (q.hotKeywordType !== 'cate')
			return fail('400', 'hotKeywordType must be "cate" (the only type offered)', S);
		if (!/^\d+$/.test(String(q.sourceId ?? '')))
			return fail('400', 'sourceId must be a category ID', S);
		const categoryId = Number(q.sourceId);
		if (!categoryById(store, categoryId)) return fail('500_1', `类目[${q.sourceId}]不存在`, S);
		return ok(keywordsOf(store, categoryId), S);
	},
};
