'use strict';
/**
 * com.alibaba.trade:alibaba.crossBorderPay.url.get-1 — cashier link paying unpaid orders with Cross-Border Pay
 * (Kuajingbao). Every unpaid order of the buyer can be paid this way here; none → errorCode 400_4 (the doc's).
 */
const { payLink } = require('../../views/payLink');

module.exports = {
	namespace: 'com.alibaba.trade',
	name: 'alibaba.crossBorderPay.url.get',
	version: '1',
	needsToken: true,
	handle(ctx) {
		return payLink(ctx, {
			channel: 'kjpay',
			noneCode: '400_4',
			noneMessage: 'No order available for payment via the [Kuajingbao] payment channel',
			canPay: () => true,
		});
	},
};
