'use strict';
/**
 * com.alibaba.product:alibaba.product.unfollow.crossborder-1 — stop following an offer
 * (1688-api-docs/en/com.alibaba.product.alibaba.product.unfollow.crossborder-1.md). productId (Long) →
 * {"code":0,"message":"success"}; an offer not followed is answered with a non-zero code and 未关注.
 */
const { followAnswer } = require('./_follow');

module.exports = {
	namespace: 'com.alibaba.product',
	name: 'alibaba.product.unfollow.crossborder',
	version: '1',
	handle: ({ params, store }) => followAnswer(store, params.productId, false),
};
