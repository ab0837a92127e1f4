'use strict';
/**
 * com.alibaba.trade:alibaba.trade.refund.OpQueryOrderRefund-1 — one refund by its ID (TQ…).
 * refundId, needTimeOutInfo?, needOrderRefundOperation? (the operation records in refundOperationList)
 * → {"result":{"opOrderRefundModelDetail":{…OpOrderRefundModel}}}; an unknown or foreign refund is the page's 500:
 * {"errorCode":"500","errorMessage":"{\"errorCode\":\"003002\",…}","extErrorMessage"}.
 */
const { findRefund, toRefundModel } = require('../../views/refund');

module.exports = {
	namespace: 'com.alibaba.trade',
	name: 'alibaba.trade.refund.OpQueryOrderRefund',
	version: '1',
	needsToken: true,
	handle({ params, store }) {
		const found = findRefund(store, params.refundId);
		if (found.error) return found.error;
		const detail = toRefundModel(found.refund, found.order, {
			operations: params.needOrderRefundOperation === 'true',
		});
		if (params.needTimeOutInfo !== 'true') delete detail.gmtTimeOut;
		return { result: { opOrderRefundModelDetail: detail } };
	},
};
