'use strict';
/**
 * com.alibaba.fenxiao.crossborder:product.search.querySellerOfferList-1 — a shop's published offers.
 * offerQueryParam = {sellerOpenId (the masked shop ID of queryProductDetail), beginPage, pageSize (≤ 50),
 * country, keyword?, filter?, sort?, priceStart?, priceEnd?, categoryId?, outMemberId?} → result.result =
 * {totalRecords, totalPage, pageSize, currentPage, data}. The doc describes `country` as "City" with the
 * example "japan"; like the other cross-border searches it is the language code (en, ja…). An unknown
 * sellerOpenId finds nothing, as a search does.
 */
const { fail, searchParam, okPage, filterAndSort } = require('../../views/crossborder');
const { toShopItem } = require('../../views/sourcing');
const { sellerProfile } = require('../../data/sourcing');

module.exports = {
	namespace: 'com.alibaba.fenxiao.crossborder',
	name: 'product.search.querySellerOfferList',
	version: '1',
	needsToken: true,
	handle({ params, store }) {
		const { value: q, error } = searchParam(params, 'offerQueryParam');
		if (error) return error;
		const openId = String(q.sellerOpenId ?? '').trim();
		if (!openId) return fail('400', 'sellerOpenId is required');
		const shop = [...store.offers.values()].filter(
			(o) => sellerProfile(o.seller).openId === openId,
		);
		const filtered = filterAndSort(shop, q);
		if (filtered.error) return filtered.error;
		const words = String(q.keyword ?? '')
			.trim()
			.toLowerCase()
			.split(/\s+/)
			.filter(Boolean);
		const hits = filtered.list.filter((o) =>
			words.every((w) => `${o.subject} ${o.subjectTrans}`.toLowerCase().includes(w)),
		);
		return okPage(hits, q, toShopItem);
	},
};
