'use strict';
/**
 * com.alibaba.trade:alibaba.creditPay.url.get-1 — cashier link paying unpaid orders with Cheng-e-She credit.
 * Orders are taken in the given order while they fit the account's available credit (store.creditAvailable,
 * yuan); the others are in cantPayOrderList ("credit limit or risk control"); none → errorCode 400_4.
 */
const { payLink } = require('../../views/payLink');
const { round2 } = require('../../data/seed');

module.exports = {
	namespace: 'com.alibaba.trade',
	name: 'alibaba.creditPay.url.get',
	version: '1',
	needsToken: true,
	handle(ctx) {
		const { store } = ctx;
		return payLink(ctx, {
			channel: 'creditpay',
			noneCode: '400_4',
			noneMessage: 'No order available for payment via Cheng-e-She (credit limit)',
			canPay: (order, payable) =>
				round2(payable.reduce((sum, o) => sum + o.totalAmount, 0) + order.totalAmount) <=
				store.creditAvailable,
		});
	},
};
