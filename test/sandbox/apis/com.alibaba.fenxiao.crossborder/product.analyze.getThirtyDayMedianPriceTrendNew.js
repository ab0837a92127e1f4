'use strict';
/**
 * com.alibaba.fenxiao.crossborder:product.analyze.getThirtyDayMedianPriceTrendNew-1 — the 30-day median
 * price (CNY) day by day. Parameter `trendQueryParam`.
 */
const { trendHandler } = require('../../views/trend');

module.exports = trendHandler({
	name: 'product.analyze.getThirtyDayMedianPriceTrendNew',
	param: 'trendQueryParam',
	metric: 'medianPrice',
});
