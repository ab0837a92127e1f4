'use strict';
/**
 * com.alibaba.fenxiao.crossborder:product.analyze.getRepurchaseRateTrendNew-1 — the 90-day repurchase rate
 * ("12.5%") day by day. Parameter `trendQueryParam`; its page: "at most 30 days can be queried".
 */
const { trendHandler } = require('../../views/trend');

module.exports = trendHandler({
	name: 'product.analyze.getRepurchaseRateTrendNew',
	param: 'trendQueryParam',
	metric: 'repurchaseRate',
	maxDays: 30,
});
