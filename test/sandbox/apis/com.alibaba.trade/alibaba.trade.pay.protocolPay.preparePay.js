'use strict';
/**
 * com.alibaba.trade:alibaba.trade.pay.protocolPay.preparePay-1 — debit an unpaid order without a password.
 * tradeWithholdPreparePayParam = {"orderId" (Long), "payChannel"? (shegou|alipay), "payAmount"? (fen), "opRequestId"?}.
 * Cheng-e-She (SHEGOU, within the available credit) is tried first, then Alipay (the doc); the order is paid
 * (waitbuyerpay → waitsellersend) → {"result":{"success":true,"code":null,"message":null,"result":{"payChannel","paySuccess":true}}}.
 * store.lostDebitAnswers > 0 makes the next debits succeed but answer paySuccess false: the doc's warning that a
 * timed-out debit can report failure and still go through. The doc lists no error codes; the sandbox's own:
 * {"result":{"success":false,"code":"WITHHOLD_NOT_OPEN"|"ORDER_NOT_EXIST"|"ORDER_STATUS_ERROR"|"PAY_AMOUNT_ERROR"|"400","message"}}.
 */
const { objectJsonParam } = require('../../protocol/params');
const { longField } = require('../../views/ids');
const { fen } = require('../../views/cargo');
const { round2 } = require('../../data/seed');

const fail = (code, message) => ({ result: { success: false, code, message } });
const CHANNELS = { shegou: 'SHEGOU', alipay: 'ALIPAY' };

module.exports = {
	namespace: 'com.alibaba.trade',
	name: 'alibaba.trade.pay.protocolPay.preparePay',
	version: '1',
	needsToken: true,
	handle({ params, store, appKey }) {
		const { value: param, raw, problem } = objectJsonParam(params, 'tradeWithholdPreparePayParam');
		if (problem) return fail('400', 'tradeWithholdPreparePayParam must be a JSON object');
		const orderId = longField(raw, 'orderId');
		if (!orderId) return fail('400', 'orderId is required');
		const wanted = param.payChannel ? CHANNELS[String(param.payChannel).toLowerCase()] : undefined;
		if (param.payChannel && !wanted) return fail('400', 'payChannel must be shegou or alipay');
		const order = store.getOrder(orderId);
		if (!order || order.buyer.memberId !== store.member.memberId)
			return fail('ORDER_NOT_EXIST', '订单不存在');
		if (order.status !== 'waitbuyerpay') return fail('ORDER_STATUS_ERROR', '订单状态不是待付款');
		if (param.payAmount !== undefined && Number(param.payAmount) !== fen(order.totalAmount))
			return fail('PAY_AMOUNT_ERROR', '支付金额与订单金额不一致');
		const agreements = store.protocolPay[appKey] || [];
		const usable = (channel) => {
			const agreement = agreements.find((a) => a.payChannel === channel);
			if (!agreement || !agreement.on) return false;
			return channel !== 'SHEGOU' || store.creditAvailable >= order.totalAmount;
		};
		const channel = ['SHEGOU', 'ALIPAY'].filter((c) => !wanted || c === wanted).find(usable);
		if (!channel) return fail('WITHHOLD_NOT_OPEN', '未开通免密支付或免密支付不可用');
		store.setOrderStatus(order.id, 'waitsellersend');
		if (channel === 'SHEGOU')
			store.creditAvailable = round2(store.creditAvailable - order.totalAmount);
		let paySuccess = true;
		if (store.lostDebitAnswers > 0) {
			store.lostDebitAnswers -= 1;
			paySuccess = false;
		}
		return {
			result: {
				success: true,
				code: null,
				message: null,
				result: { payChannel: channel, paySuccess },
			},
		};
	},
};
