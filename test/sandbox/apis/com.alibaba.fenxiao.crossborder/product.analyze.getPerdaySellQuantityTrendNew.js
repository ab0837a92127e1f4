'use strict';
/**
 * com.alibaba.fenxiao.crossborder:product.analyze.getPerdaySellQuantityTrendNew-1 — units sold per day.
 * The parameter is `tendQueryParam` (sic, as on the doc page); data for the last 90 days only.
 */
const { trendHandler } = require('../../views/trend');

module.exports = trendHandler({
	name: 'product.analyze.getPerdaySellQuantityTrendNew',
	param: 'tendQueryParam',
	metric: 'sales',
	maxAgeDays: 90,
});
