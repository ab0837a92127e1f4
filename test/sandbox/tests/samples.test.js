'use strict';
/**
 * The sandbox answers the cross-border buying APIs in the shape of 1688's own samples
 * (test/contract/samples): every field path of the sample is in the sandbox's answer.
 */
const fs = require('node:fs');
const path = require('node:path');
const { startSandbox, SANDBOX_FIXTURES: F, SANDBOX_APPS } = require('..');
const { call } = require('./helpers');

const SAMPLES = path.resolve(__dirname, '../../contract/samples');

/** Field paths of a JSON value, array entries merged: {"a":[{"b":1}]} → ["a", "a[].b"]. */
function fieldPaths(value, prefix = '') {
	if (Array.isArray(value)) return [...new Set(value.flatMap((entry) => fieldPaths(entry, `${prefix}[]`)))];
	if (value === null || typeof value !== 'object') return [];
	return Object.entries(value).flatMap(([key, child]) => {
		const here = prefix ? `${prefix}.${key}` : key;
		return [here, ...fieldPaths(child, here)];
	});
}

let sb;
beforeAll(async () => {
	sb = await startSandbox();
});
afterAll(() => sb.close());
beforeEach(() => sb.reset());

const ADDRESS = { fullName: '张三', mobile: '15251667788', provinceText: '浙江省', cityText: '杭州市', areaText: '滨江区', address: '网商路699号' };

function unpaidOrderId() {
	return F.orderIdByStatus.waitbuyerpay;
}

/** A valid request per API, in the sandbox's data. */
const REQUESTS = {
	'com.alibaba.trade:alibaba.trade.createCrossOrder-1': () => ({
		flow: 'general',
		addressParam: ADDRESS,
		cargoParamList: F.twoWarehouseOffers.map((o) => ({ offerId: o.offerId, specId: o.specId, quantity: o.minOrderQuantity })),
	}),
	'com.alibaba.trade:alibaba.trade.receiveAddress.get-1': () => ({}),
	'com.alibaba.trade:alibaba.trade.addresscode.parse-1': () => ({ addressInfo: '浙江省 杭州市 滨江区网商路699号' }),
	'com.alibaba.trade:trade.address.parseText-1': () => ({ param: { area: 'Кокшетау', city: 'Г.Кокшетау', country: 'Казахстан', province: 'Акмолинская область' } }),
	'com.alibaba.fenxiao.crossborder:product.freight.estimate-1': () => {
		const offer = sb.store.getOffer(F.offerManySkus.offerId);
		return {
			productFreightQueryParamsNew: {
				offerId: offer.offerId, toProvinceCode: '330000', toCityCode: '330100', toCountryCode: '330108', totalNum: 3,
				logisticsSkuNumModels: [{ skuId: String(offer.skus[0].skuId), number: 3 }],
			},
		};
	},
	'com.alibaba.trade:alibaba.crossBorderPay.url.get-1': () => ({ orderIdList: `[${unpaidOrderId()},${F.orderIdByStatus.success}]` }),
	'com.alibaba.trade:alibaba.creditPay.url.get-1': () => ({ orderIdList: `[${unpaidOrderId()},${F.orderIdByStatus.success}]` }),
	'com.alibaba.trade:alibaba.trade.pay.protocolPay.isopen-1': () => ({}),
	'com.alibaba.trade:alibaba.trade.pay.protocolPay.preparePay-1': () => ({ tradeWithholdPreparePayParam: `{"orderId":${unpaidOrderId()},"payChannel":"alipay"}` }),
	'com.alibaba.fenxiao.crossborder:order.relation.write-1': () => ({
		orderRelationParam: { orderId: 'SHOP-1', parentOrderId: 'SHOP-1', purchaseOrderId: unpaidOrderId(), purchaseParentOrderId: unpaidOrderId() },
	}),
};

/** test/contract/samples/<namespace>.<apiName>-<version>.json of an API id. */
function sampleOf(apiId) {
	const [, namespace, name, version] = /^(.+):(.+)-(\d+)$/.exec(apiId);
	return JSON.parse(fs.readFileSync(path.join(SAMPLES, `${namespace}.${name}-${version}.json`), 'utf8'));
}

test.each(Object.keys(REQUESTS))('%s answers with every field path of 1688\'s sample', async (apiId) => {
	const sample = sampleOf(apiId);
	const answer = await call(sb, apiId, REQUESTS[apiId](), { app: SANDBOX_APPS.full });
	expect(answer.status).toBe(200);
	const missing = fieldPaths(sample.response).filter((field) => !fieldPaths(answer.json).includes(field));
	expect(missing).toEqual([]);
});
