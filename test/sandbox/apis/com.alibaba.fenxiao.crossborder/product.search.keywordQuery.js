'use strict';
/**
 * com.alibaba.fenxiao.crossborder:product.search.keywordQuery-1 — multilingual keyword search over
 * published offers. offerQueryParam = {keyword, beginPage, pageSize (≤ 50), country, sort, priceStart,
 * priceEnd, categoryId} → result.result = {totalRecords, totalPage, pageSize, currentPage, data}.
 * Every whitespace-separated word of the keyword must occur in the Chinese or English title or category.
 */
const { ok, fail, objectParam, checkCountry, pageOf, filterAndSort } = require('../../views/crossborder');
const { toSearchItem } = require('../../views/product');

function matches(offer, words, categories) {
	const leaf = categories.get(offer.categoryId);
	const hay = `${offer.subject} ${offer.subjectTrans} ${leaf ? `${leaf.name} ${leaf.nameTrans}` : ''}`.toLowerCase();
	return words.every((w) => hay.includes(w));
}

module.exports = {
	namespace: 'com.alibaba.fenxiao.crossborder',
	name: 'product.search.keywordQuery',
	version: '1',
	needsToken: true,
	handle({ params, store }) {
		const { value: q, error } = objectParam(params, 'offerQueryParam');
		if (error) return error;
		const bad = checkCountry(q.country);
		if (bad) return bad;
		const keyword = String(q.keyword ?? '').trim();
		if (!keyword) return fail('400', 'keyword is required');
		const words = keyword.toLowerCase().split(/\s+/);
		const filtered = filterAndSort([...store.offers.values()], q);
		if (filtered.error) return filtered.error;
		const hits = filtered.list.filter((o) => matches(o, words, store.categories));
		const { page, error: pageError } = pageOf(hits, q, (o) => toSearchItem(o, { currency: q.currency }));
		if (pageError) return pageError;
		return ok(page);
	},
};
