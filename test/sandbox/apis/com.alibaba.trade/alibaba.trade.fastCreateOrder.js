'use strict';
/**
 * com.alibaba.trade:alibaba.trade.fastCreateOrder-1 — create an order (status waitbuyerpay) in the store,
 * taking the stock. flow (the six its doc page lists), addressParam, cargoParamList (JSON), message?, outOrderId?,
 * tradeType? → {"success":true,"result":{"totalSuccessAmount" (fen),"orderId" (String),"postFee" (fen),"failedOfferList":[]}}.
 * Every call creates a new order: nothing in the doc makes outOrderId unique, so a repeated one is not deduplicated.
 */
const { checkOrderInput, fen } = require('../../views/cargo');
const { DOMESTIC_FLOWS } = require('../../views/flows');

const fail = (errorCode, message) => ({ success: false, errorCode, errorMsg: message, message });

module.exports = {
	namespace: 'com.alibaba.trade',
	name: 'alibaba.trade.fastCreateOrder',
	version: '1',
	needsToken: true,
	handle({ params, store }) {
		const flow = params.flow || 'general';
		if (!DOMESTIC_FLOWS.includes(flow))
			return fail(
				'400_1',
				`flow ${flow} is not supported; use one of ${DOMESTIC_FLOWS.join(', ')}`,
			);
		const { lines, address, error } = checkOrderInput(params, store);
		if (error) return fail(error.errorCode, error.message);
		for (const l of lines)
			store.setStock({
				offerId: l.offer.offerId,
				skuId: l.sku.skuId,
				amountOnSale: l.sku.amountOnSale - l.quantity,
			});
		const order = store.createOrder({
			lines,
			address,
			message: params.message,
			outOrderId: params.outOrderId || '',
			flow,
			tradeType: params.tradeType,
		});
		return {
			success: true,
			result: {
				totalSuccessAmount: fen(order.totalAmount),
				orderId: order.id,
				postFee: fen(order.shippingFee),
				failedOfferList: [],
			},
		};
	},
};
