'use strict';
/**
 * com.alibaba.logistics:alibaba.trade.getLogisticsTraceInfo.buyerView-1 — tracking steps of an order's
 * waybills (optionally one logisticsId). orderId, webSite, logisticsId? →
 * {"logisticsTrace":[{logisticsId, orderId, logisticsBillNo, logisticsSteps:[{acceptTime, remark}]}],"success":true};
 * nothing shipped / unknown logisticsId → {"success":false,"errorCode":"404",...}.
 */
const { findBuyerOrder } = require('../../views/order');
const { long } = require('../../protocol/json');
const { formatDash } = require('../../protocol/dates');

const fail = (errorCode, errorMessage) => ({ success: false, errorCode, errorMessage });

module.exports = {
	namespace: 'com.alibaba.logistics',
	name: 'alibaba.trade.getLogisticsTraceInfo.buyerView',
	version: '1',
	needsToken: true,
	handle({ params, store }) {
		const found = findBuyerOrder(params, store, {
			notFound: ['404', '查询不到对应的物流跟踪信息'],
			noPermission: '没有权限获取该订单详情(买家)',
		});
		if (found.error) return found.error;
		const { order } = found;
		const records = order.logistics.filter(
			(lg) => !params.logisticsId || lg.logisticsId === params.logisticsId,
		);
		if (records.length === 0) return fail('404', '查询不到对应的物流跟踪信息');
		return {
			logisticsTrace: records.map((lg) => ({
				logisticsId: lg.logisticsId,
				orderId: long(order.id),
				logisticsBillNo: lg.logisticsBillNo,
				logisticsSteps: lg.steps.map((s) => ({ acceptTime: formatDash(s.at), remark: s.remark })),
			})),
			success: true,
		};
	},
};
