'use strict';
/**
 * com.alibaba.trade:alibaba.trade.fastCreateOrder-1 — create an order (status waitbuyerpay) in the store,
 * taking the stock. flow (general|saleproxy|…), addressParam, cargoParamList (JSON), message?, outOrderId?.
 * A repeated outOrderId answers the order created the first time (idempotent).
 * → {"success":true,"result":{"totalSuccessAmount" (fen),"orderId" (String),"postFee" (fen),"failedOfferList":[]}}.
 */
const { checkOrderInput, fen } = require('../../views/cargo');

module.exports = {
	namespace: 'com.alibaba.trade',
	name: 'alibaba.trade.fastCreateOrder',
	version: '1',
	needsToken: true,
	handle({ params, store }) {
		const outOrderId = params.outOrderId || '';
		if (outOrderId) {
			const existing = [...store.orders.values()].find((o) => o.outOrderId === outOrderId);
			if (existing) return answer(existing);
		}
		const { lines, address, error } = checkOrderInput(params, store);
		if (error) return { success: false, errorCode: error.errorCode, errorMsg: error.message, message: error.message };
		for (const l of lines) store.setStock({ offerId: l.offer.offerId, skuId: l.sku.skuId, amountOnSale: l.sku.amountOnSale - l.quantity });
		const order = store.createOrder({ lines, address, message: params.message, outOrderId, flow: params.flow || 'general' });
		return answer(order);
	},
};

function answer(order) {
	return {
		success: true,
		result: {
			totalSuccessAmount: fen(order.totalAmount),
			orderId: order.id,
			postFee: fen(order.shippingFee),
			failedOfferList: [],
		},
	};
}
