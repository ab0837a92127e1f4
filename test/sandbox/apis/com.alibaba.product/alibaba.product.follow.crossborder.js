'use strict';
/**
 * com.alibaba.product:alibaba.product.follow.crossborder-1 — follow an offer for the authorised member
 * (1688-api-docs/en/com.alibaba.product.alibaba.product.follow.crossborder-1.md). productId (Long) →
 * {"code":0,"message":"success"}. The doc defines only code 0 = success: the sandbox answers an offer
 * already followed with a non-zero code and the text 1688 uses for it (已关注), and an unknown offer
 * likewise. Followed offers get stock and distribution price messages.
 */
const { followAnswer } = require('./_follow');

module.exports = {
	namespace: 'com.alibaba.product',
	name: 'alibaba.product.follow.crossborder',
	version: '1',
	handle: ({ params, store }) => followAnswer(store, params.productId, true),
};
