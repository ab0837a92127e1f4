'use strict';
/**
 * com.alibaba.fenxiao.crossborder:product.search.keywordQuery-1 — multilingual keyword search over
 * published offers. offerQueryParam = {keyword, beginPage, pageSize (≤ 50), country, filter, sort,
 * priceStart, priceEnd, categoryId, categoryIdList, keywordTranslate, saleFilterList, outMemberId,
 * regionOpp, productCollectionId, snId} → result.result = {totalRecords, totalPage, pageSize, currentPage,
 * data}. Every whitespace-separated word of the keyword must occur in the title or leaf category: in Chinese
 * or English while 1688 translates the keyword, in Chinese only with keywordTranslate true ("the keyword is
 * already translated": it is searched as it is). regionOpp, productCollectionId and snId are accepted and do
 * not narrow the seeded catalogue.
 */
const { fail, searchParam, okPage, filterAndSort } = require('../../views/crossborder');
const { toSearchItem } = require('../../views/product');

function matches(offer, words, categories, untranslated) {
	const leaf = categories.get(offer.categoryId);
	const zh = `${offer.subject} ${leaf ? leaf.name : ''}`;
	const en = `${offer.subjectTrans} ${leaf ? leaf.nameTrans : ''}`;
	const hay = (untranslated ? zh : `${zh} ${en}`).toLowerCase();
	return words.every((w) => hay.includes(w));
}

module.exports = {
	namespace: 'com.alibaba.fenxiao.crossborder',
	name: 'product.search.keywordQuery',
	version: '1',
	needsToken: true,
	handle({ params, store }) {
		const { value: q, error } = searchParam(params, 'offerQueryParam');
		if (error) return error;
		const keyword = String(q.keyword ?? '').trim();
		if (!keyword) return fail('400', 'keyword is required');
		if (q.keywordTranslate !== undefined && typeof q.keywordTranslate !== 'boolean')
			return fail('400', 'keywordTranslate must be a Boolean');
		const words = keyword.toLowerCase().split(/\s+/);
		const filtered = filterAndSort([...store.offers.values()], q);
		if (filtered.error) return filtered.error;
		const hits = filtered.list.filter((o) =>
			matches(o, words, store.categories, q.keywordTranslate === true),
		);
		return okPage(hits, q, (o) => toSearchItem(o, { currency: q.currency }));
	},
};
