'use strict';
/**
 * com.alibaba.fenxiao.crossborder:product.freight.estimate-1 — a product's shipping fee within mainland China.
 * productFreightQueryParamsNew = {"offerId","toProvinceCode","toCityCode","toCountryCode" (the district),
 * "totalNum","logisticsSkuNumModels":[{"skuId","number"}]} → {"result":{"success":true,"code":"S0000","message":"成功",
 * "result":ProductFreightModel}} (the doc's field list; the page has no sample). Fees are strings in yuan.
 */
const { ok, fail, S0000, objectParam } = require('../../views/crossborder');
const { templateOf, freightOf, PACKAGE_CM } = require('../../views/freight');

const CODE = /^\d{6}$/;

module.exports = {
	namespace: 'com.alibaba.fenxiao.crossborder',
	name: 'product.freight.estimate',
	version: '1',
	needsToken: true,
	handle({ params, store }) {
		const { value: q, error } = objectParam(params, 'productFreightQueryParamsNew');
		if (error) return error;
		if (!/^\d+$/.test(String(q.offerId ?? '')))
			return fail('400', 'offerId is required and must be a number');
		for (const key of ['toProvinceCode', 'toCityCode', 'toCountryCode']) {
			if (!CODE.test(String(q[key] ?? '')))
				return fail('400', `${key} must be a 6-digit region code, e.g. 330108`);
		}
		const district = String(q.toCountryCode);
		if (
			String(q.toProvinceCode) !== `${district.slice(0, 2)}0000` ||
			String(q.toCityCode) !== `${district.slice(0, 4)}00`
		) {
			return fail('400', `toProvinceCode and toCityCode do not contain district ${district}`);
		}
		const offer = store.getOffer(q.offerId);
		if (!offer || offer.status === 'deleted')
			return fail('500_1', `商品[${q.offerId}]不存在或已下架`);
		const models = Array.isArray(q.logisticsSkuNumModels) ? q.logisticsSkuNumModels : [];
		if (models.length === 0)
			return fail('400', 'logisticsSkuNumModels needs at least one {"skuId","number"}');
		let total = 0;
		for (const m of models) {
			if (!store.findSku(offer, { skuId: m.skuId }))
				return fail('400', `sku ${m.skuId} does not belong to offer ${offer.offerId}`);
			const number = Number(m.number);
			if (!Number.isInteger(number) || number < 1)
				return fail('400', `number of sku ${m.skuId} must be a whole number >= 1`);
			total += number;
		}
		if (Number(q.totalNum) !== total)
			return fail('400', `totalNum ${q.totalNum} is not the sum of the SKU numbers (${total})`);
		const t = templateOf(offer);
		const model = {
			offerId: offer.offerId,
			freight: String(freightOf(offer, total, district)),
			templateId: t.templateId,
			singleProductWeight: offer.weightKg,
			singleProductWidth: PACKAGE_CM.width,
			singleProductHeight: PACKAGE_CM.height,
			singleProductLength: PACKAGE_CM.length,
			templateType: t.freePostage ? 1 : 2,
			templateName: t.templateName,
			subTemplateType: 0,
			subTemplateName: '快递',
			firstFee: String(t.firstFee),
			firstUnit: String(t.firstUnit),
			nextFee: String(t.nextFee),
			nextUnit: String(t.nextUnit),
			discount: '1',
			chargeType: t.chargeType,
			freePostage: t.freePostage,
			productFreightSkuInfoModels: models.map((m) => ({
				skuId: String(m.skuId),
				singleSkuWeight: offer.weightKg,
				singleSkuWidth: PACKAGE_CM.width,
				singleSkuHeight: PACKAGE_CM.height,
				singleSkuLength: PACKAGE_CM.length,
			})),
			sizeValueType: 1,
		};
		return ok(model, S0000);
	},
};
