'use strict';
/**
 * com.alibaba.trade:alibaba.createOrder.preview-1 — price, freight and validity of an order before
 * creating it. addressParam, cargoParamList (JSON), flow? (the doc's seven; none = 1688 picks the best, here general)
 * → {"orderPreviewResuslt":[...] (sic), "success":true}; amounts in fen. Errors {"success":false,"errorCode":"500_00x","errorMsg"}.
 */
const { checkOrderInput, fen } = require('../../views/cargo');
const { freightFor } = require('../../data/store');
const { PREVIEW_FLOWS, tradeModesFor } = require('../../views/flows');

module.exports = {
	namespace: 'com.alibaba.trade',
	name: 'alibaba.createOrder.preview',
	version: '1',
	needsToken: true,
	handle({ params, store }) {
		if (params.flow && !PREVIEW_FLOWS.includes(params.flow)) {
			return {
				success: false,
				errorCode: '400_1',
				errorMsg: `flow ${params.flow} is not supported; use one of ${PREVIEW_FLOWS.join(', ')}`,
			};
		}
		const { lines, error } = checkOrderInput(params, store);
		if (error) return { success: false, errorCode: error.errorCode, errorMsg: error.message };
		const goods = lines.reduce((s, l) => s + fen(l.amount), 0);
		const carriage = fen(freightFor(lines));
		return {
			orderPreviewResuslt: [
				{
					status: true,
					resultCode: '200',
					flowFlag: params.flow || 'general',
					sumPayment: goods + carriage,
					sumCarriage: carriage,
					sumPaymentNoCarriage: goods,
					discountFee: 0,
					additionalFee: 0,
					taoSampleSinglePromotion: false,
					tradeModeNameList: tradeModesFor(lines).map((mode) => mode.tradeType),
					tradeModelList: tradeModesFor(lines).map((mode) => ({ ...mode })),
					cargoList: lines.map((l) => ({
						offerId: l.offer.offerId,
						specId: l.sku.specId,
						skuId: l.sku.skuId,
						amount: l.amount,
						finalUnitPrice: l.price,
						resultCode: '200',
						cargoPromotionList: [],
					})),
					shopPromotionList: [],
					payChannelInfos: [{ name: 'alipay' }],
				},
			],
			success: true,
		};
	},
};
