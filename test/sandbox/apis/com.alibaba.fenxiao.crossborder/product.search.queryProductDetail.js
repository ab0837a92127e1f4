'use strict';
/**
 * com.alibaba.fenxiao.crossborder:product.search.queryProductDetail-1 — multilingual product detail.
 * offerDetailParam = {"offerId", "country", "currency"?} → {"result":{"success":true,"code":"200","result":ProductDetailModel}}.
 */
const { ok, fail, objectParam, checkCountry } = require('../../views/crossborder');
const { toCrossDetail, RATES } = require('../../views/product');

module.exports = {
	namespace: 'com.alibaba.fenxiao.crossborder',
	name: 'product.search.queryProductDetail',
	version: '1',
	needsToken: true,
	handle({ params, store }) {
		const { value: q, error } = objectParam(params, 'offerDetailParam');
		if (error) return error;
		if (!/^\d+$/.test(String(q.offerId ?? '')))
			return fail('400', 'offerId is required and must be a number');
		const bad = checkCountry(q.country);
		if (bad) return bad;
		if (q.currency && !RATES[String(q.currency).toUpperCase()])
			return fail('400', `currency ${q.currency} is not supported`);
		const offer = store.getOffer(q.offerId);
		if (!offer || offer.status === 'deleted')
			return fail('500_1', `商品[${q.offerId}]不存在或已下架`);
		return ok(toCrossDetail(offer, { currency: q.currency }));
	},
};
