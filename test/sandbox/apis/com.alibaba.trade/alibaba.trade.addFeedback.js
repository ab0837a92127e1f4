'use strict';
/**
 * com.alibaba.trade:alibaba.trade.addFeedback-1 — the buyer adds a message for the seller to an order: it is
 * appended to the order's buyerFeedback, whose total must not exceed 500 characters (the page).
 * tradeFeedbackParam = {"feedback","orderId" (String)} → {"result":{"success":true},"success":true} (the page's sample).
 * Errors as the page lists them, {"success":false,"code","message"}: 400_1 parameter invalid, 500_2 "order not exist
 * error" (unknown order), "user order not exist error" (another buyer's order), "invalid parameter error" (the
 * messages would exceed 500 characters).
 */
const { objectJsonParam } = require('../../protocol/params');
const { longField } = require('../../views/ids');

const MAX_TOTAL = 500;
const fail = (code, message) => ({ success: false, code, message });

module.exports = {
	namespace: 'com.alibaba.trade',
	name: 'alibaba.trade.addFeedback',
	version: '1',
	needsToken: true,
	handle({ params, store }) {
		const { value: param, raw, problem } = objectJsonParam(params, 'tradeFeedbackParam');
		if (problem) return fail('400_1', 'parameter invalid');
		const id = longField(raw, 'orderId');
		const feedback = typeof param.feedback === 'string' ? param.feedback : '';
		if (!id || feedback.trim() === '') return fail('400_1', 'parameter invalid');
		const order = store.getOrder(id);
		if (!order) return fail('500_2', 'order not exist error');
		if (order.buyer.memberId !== store.member.memberId)
			return fail('500_2', 'user order not exist error');
		const combined = order.buyerFeedback ? `${order.buyerFeedback}\n${feedback}` : feedback;
		if (combined.length > MAX_TOTAL) return fail('500_2', 'invalid parameter error');
		order.buyerFeedback = combined;
		return { result: { success: true }, success: true };
	},
};
