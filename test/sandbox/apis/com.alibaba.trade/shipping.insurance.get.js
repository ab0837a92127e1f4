'use strict';
/**
 * com.alibaba.trade:shipping.insurance.get-1 — an order's shipping-insurance policy and its claims.
 * orderId (Long), type (givenByPlatform | givenByMerchant: orderBizInfo.shippingInsurance of the order) →
 * {"result":{"success":true,"code":"200","message":"成功","result":{"insuranceId","orderId","tradeClaimList":[{
 * "applicationTime","claimAmount" (fen),"claimId","payTime","status","tradeNO"}]}}} (the page's ResultModel, no
 * sample); no policy of that type: the same without "result". The sandbox's errors
 * {"result":{"success":false,"code","message"}}: 400_1 (bad orderId or type), ORDER_NOT_EXIST.
 */
const { longId } = require('../../views/ids');
const { long } = require('../../protocol/json');
const { format1688 } = require('../../protocol/dates');
const { shippingInsuranceOf, INSURANCE_TYPES } = require('../../data/shippingInsurance');

const fail = (code, message) => ({ result: { success: false, code, message } });

module.exports = {
	namespace: 'com.alibaba.trade',
	name: 'shipping.insurance.get',
	version: '1',
	needsToken: true,
	handle({ params, store }) {
		const id = longId(params.orderId);
		if (!id) return fail('400_1', 'orderId is required and must be a number');
		if (!INSURANCE_TYPES.includes(params.type))
			return fail('400_1', `type must be one of ${INSURANCE_TYPES.join(', ')}`);
		const order = store.getOrder(id);
		if (!order || order.buyer.memberId !== store.member.memberId)
			return fail('ORDER_NOT_EXIST', '订单不存在');
		const policy = shippingInsuranceOf(order);
		const answer = { success: true, code: '200', message: '成功' };
		if (!policy || policy.type !== params.type) return { result: answer };
		return {
			result: {
				...answer,
				result: {
					insuranceId: long(policy.insuranceId),
					orderId: long(order.id),
					tradeClaimList: policy.claims.map((claim) => ({
						applicationTime: format1688(claim.applicationTime),
						claimAmount: claim.claimAmount,
						claimId: claim.claimId,
						payTime: format1688(claim.payTime),
						status: claim.status,
						tradeNO: claim.tradeNO,
					})),
				},
			},
		};
	},
};
