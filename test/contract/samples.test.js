'use strict';
/**
 * 1688's own sample answers (test/contract/samples, cited by doc page) run through the package's
 * response unwrapping and Simplify: no crash, every field Simplify promises filled, IDs exact (long IDs
 * as strings, digit for digit). Then the sandbox's answer to the same API must have the sample's shape.
 */
const { unwrapResponse } = require('../../dist/nodes/shared/transport/response');
const { obtainAccessToken, parseTokenTimeout } = require('../../dist/nodes/shared/transport/oauth');
const { crossBorderPayload } = require('../../dist/nodes/shared/helpers/crossBorder');
const { simplifyProductInfo, simplifyCrossBorderDetail, simplifySearchOffer } = require('../../dist/nodes/shared/helpers/simplifyProduct');
const { simplifyOrder, simplifyOrderPreview, simplifyCreatedOrder } = require('../../dist/nodes/shared/helpers/simplifyOrder');
const { simplifyShipments, simplifyTraces } = require('../../dist/nodes/shared/helpers/simplifyLogistics');
const { startSandbox } = require('../sandbox');
const { call } = require('../sandbox/tests/helpers');
const { offerImagePng } = require('../sandbox/data/images');
const { catalogue, fixtureName, loadSample, sampleFiles } = require('./samples');
const { shapeDifferences } = require('./shape');

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d$/;

/** The keys of `object` that are undefined, null, '' or empty arrays: promised but not filled. */
function unfilled(object, keys) {
	return keys.filter((key) => {
		const value = object[key];
		return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
	});
}

/** Unwraps a fixture's response text exactly as the transport unwraps a gateway answer. */
const unwrap = (sample, id) => unwrapResponse(id, 200, sample.responseText);

/**
 * Per API: what the package makes of the sample. Each check gets the unwrapped JSON and asserts the
 * fields its Simplify (or the operation that reads it) promises.
 */
const CHECKS = {
	'com.alibaba.account:alibaba.account.basic-1': (json) => {
		// The credential test reads the account; Any 1688 API → Call returns the JSON as it is.
		expect(json.result).toMatchObject({ loginId: 'alitestforisv01', memberId: 'b2b-1623492085', userId: 1623492085 });
	},
	'com.alibaba.product:alibaba.product.get-1': (json) => {
		const product = simplifyProductInfo(json.productInfo);
		expect(unfilled(product, ['offerId', 'title', 'url', 'mainImage', 'price', 'priceRanges', 'minOrderQuantity', 'unit', 'totalStock', 'status', 'categoryId', 'skus'])).toEqual([]);
		expect(product.offerId).toBe('521234567890');
		expect(unfilled(product.skus[0], ['skuId', 'specId', 'attributes', 'price', 'stock', 'image'])).toEqual([]);
		expect(product.skus[0].skuId).toBe('3812345678901');
	},
	'com.alibaba.product:alibaba.product.list.get-1': (json) => {
		const page = json.result.pageResult;
		expect(page.totalRecords).toBe(1);
		const product = simplifyProductInfo(page.resultList[0]);
		expect(unfilled(product, ['offerId', 'title', 'price', 'totalStock', 'status', 'skus'])).toEqual([]);
	},
	'com.alibaba.product:alibaba.product.modifyStock-1': (json) => {
		// Update Stock reports its own plan; it needs only the call to succeed.
		expect(json.success).toBe(true);
		expect(json.result[0]).toEqual({ productId: 521234567890, result: true });
	},
	'com.alibaba.product:alibaba.category.get-1': (json) => {
		// The page's sample is empty: unwrapping it must not fail (Category → Get then reports no category).
		expect(json).toEqual({});
	},
	'com.alibaba.fenxiao.crossborder:product.search.queryProductDetail-1': (json) => {
		const product = simplifyCrossBorderDetail(crossBorderPayload(json));
		expect(unfilled(product, ['offerId', 'title', 'titleTranslated', 'url', 'price', 'priceRanges', 'minOrderQuantity', 'unit', 'totalStock', 'status', 'categoryId', 'skus'])).toEqual([]);
		expect(product.offerId).toBe('34513534353434');
		// The sample's SKU price is a placeholder text ("价格"): Simplify falls back to its consignPrice, 1.
		expect(product.price).toBe(1);
		expect(unfilled(product.skus[0], ['skuId', 'specId', 'attributes', 'stock'])).toEqual([]);
	},
	'com.alibaba.fenxiao.crossborder:product.search.keywordQuery-1': (json) => {
		const page = crossBorderPayload(json);
		expect(page.totalRecords).toBe(123);
		const offer = simplifySearchOffer(page.data[0]);
		expect(unfilled(offer, ['offerId', 'title', 'titleTranslated', 'url', 'mainImage', 'price', 'monthSold', 'minOrderQuantity', 'categoryId'])).toEqual([]);
		expect(offer).toMatchObject({ offerId: '2', price: 10, monthSold: 1213, categoryId: '3' });
	},
	'com.alibaba.fenxiao.crossborder:product.search.imageQuery-1': (json) => {
		// `success` is a placeholder text in this sample ("是否成功"): it is not a failure.
		const offer = simplifySearchOffer(crossBorderPayload(json).data[0]);
		expect(unfilled(offer, ['offerId', 'title', 'titleTranslated', 'url', 'mainImage', 'price', 'monthSold', 'minOrderQuantity', 'categoryId'])).toEqual([]);
		expect(offer.offerId).toBe('123');
	},
	'com.alibaba.fenxiao.crossborder:product.image.upload-1': (json) => {
		expect(crossBorderPayload(json)).toBe('<imageId>');
	},
	'com.alibaba.trade:alibaba.trade.getBuyerOrderList-1': (json) => {
		expect(json.totalRecord).toBe(537);
		const order = simplifyOrder(json.result[0]);
		expect(unfilled(order, ['orderId', 'status', 'total', 'currency', 'createdAt', 'modifiedAt', 'items'])).toEqual([]);
		expect(order.orderId).toBe('196965465451498520');
		expect(order.createdAt).toMatch(ISO);
		expect(order.seller).toMatchObject({ loginId: 'alitestforisv04', company: 'AOP对外测试账号04' });
		expect(order.receiver.name).toBe('洪帮');
		expect(order.items[0]).toMatchObject({ offerId: '574273466269', skuId: '3753684468637', specId: '7a2087a6594c7d6030d8ff5c42c8a2e8', quantity: 1, price: 39.9 });
	},
	'com.alibaba.trade:alibaba.trade.get.buyerView-1': (json) => {
		const order = simplifyOrder(json.result);
		expect(unfilled(order, ['orderId', 'status', 'total', 'shippingFee', 'currency', 'createdAt', 'paidAt', 'modifiedAt', 'items'])).toEqual([]);
		// The sample's `id` (58218860983545944) is its idOfStr rounded to a double; Simplify takes idOfStr.
		expect(order.orderId).toBe('58218860983545941');
		expect(order.receiver).toMatchObject({ name: '童恩杰', phone: '13666836263' });
		expect(order.items.map((item) => item.offerId)).toEqual(['547486647009', '558700975520', '558700975520']);
	},
	'com.alibaba.trade:alibaba.createOrder.preview-1': (json) => {
		const [preview] = simplifyOrderPreview(json);
		expect(unfilled(preview, ['flow', 'total', 'goodsTotal', 'shippingFee', 'currency', 'tradeTypes', 'items'])).toEqual([]);
		expect(preview).toMatchObject({ flow: 'general', total: 44, goodsTotal: 36, shippingFee: 8, tradeTypes: ['nzassure'] });
		expect(preview.items[0]).toMatchObject({ offerId: '548818919805', skuId: '3332085412530', unitPrice: 18, amount: 36 });
	},
	'com.alibaba.trade:alibaba.trade.fastCreateOrder-1': (json) => {
		const created = simplifyCreatedOrder(json, 'SHOP-1');
		expect(created).toEqual({ orderId: '60241415417789305', total: 10, currency: 'CNY', outOrderId: 'SHOP-1', failedOffers: [] });
	},
	'com.alibaba.trade:alibaba.trade.cancel-1': (json) => {
		expect(json).toEqual({ success: true });
	},
	'com.alibaba.trade:alibaba.alipay.url.get-1': (json) => {
		expect(json.payUrl).toBe('https://trade.1688.com/order/cashier.htm?orderId=154051432607498520;151923545459498520');
	},
	'com.alibaba.logistics:alibaba.trade.getLogisticsInfos.buyerView-1': (json) => {
		const [waybill] = simplifyShipments(json, '2304567890123456789');
		expect(unfilled(waybill, ['orderId', 'shipped', 'logisticsId', 'companyId', 'status', 'sender', 'receiver', 'goods'])).toEqual([]);
		expect(waybill).toMatchObject({ orderId: '2304567890123456789', shipped: true, logisticsId: 'BX111841674232006', status: 'SIGN', companyId: '8' });
		expect(waybill.sender).toMatchObject({ name: '张三', mobile: '12345678900', city: '杭州市' });
		expect(waybill.receiver).toMatchObject({ name: 'XXX', mobile: '13800138000', county: '长宁区' });
		expect(waybill.goods).toEqual([{ name: '【茂茂回归】12.9公开-sku区间价-淘货源', quantity: 2, unit: '个' }]);
	},
	'com.alibaba.logistics:alibaba.trade.getLogisticsTraceInfo.buyerView-1': (json) => {
		const [trace] = simplifyTraces(json);
		expect(unfilled(trace, ['orderId', 'logisticsId', 'trackingNumber', 'steps'])).toEqual([]);
		expect(trace.orderId).toBe('188983797838441800');
		expect(trace.steps).toHaveLength(9);
		expect(trace.steps.every((step) => ISO.test(step.time) && step.text)).toBe(true);
		expect(trace.steps[0].time).toBe('2018-07-24T21:55:33.000+08:00');
	},
};

describe('the fixtures follow the convention (test/contract/README.md)', () => {
	test.each(sampleFiles())('%s cites its source and holds a response', (file) => {
		const sample = loadSample(file);
		expect(typeof sample.doc).toBe('string');
		if (sample.doc.startsWith('1688-api-docs/')) expect(sample.doc).toBe(`1688-api-docs/en/${file.replace(/\.json$/, '.md')}`);
		else expect(typeof sample.note).toBe('string');
		expect(typeof sample.response).toBe('object');
	});
});

describe('1688\'s samples through the package: unwrap and Simplify', () => {
	test('there is a check for every catalogue API', () => {
		expect(catalogue().map((entry) => entry.id).filter((id) => !CHECKS[id])).toEqual([]);
	});

	test.each(catalogue().map((entry) => [entry.id, entry.file]))('%s', (id, file) => {
		const sample = loadSample(file);
		const json = unwrap(sample, id);
		expect(json).toEqual(sample.response);
		CHECKS[id](json);
	});

	test('the getToken sample is read by the credential\'s OAuth code: token stored, refresh token expiry parsed', async () => {
		const sample = loadSample(fixtureName({ namespace: 'system.oauth2', name: 'getToken', version: 1 }));
		const http = async () => ({ statusCode: 200, body: sample.responseText });
		const stored = await obtainAccessToken(http, { appKey: '1', appSecret: 's', refreshToken: 'r', oauthAccessToken: '' }, Date.UTC(2012, 0, 1));
		expect(stored).toEqual({
			oauthAccessToken: 'f14da3b8-b0b1-4f73-a5de-9bed637e0188',
			refreshToken: '479f9564-1049-456e-ab62-29d3e82277d9',
			refreshTokenExpiresAt: parseTokenTimeout('20121222222222+0800'),
		});
		expect(stored.refreshTokenExpiresAt).toBe(Date.UTC(2012, 11, 22, 14, 22, 22));
	});

	test('the postponeToken sample extends the refresh token and keeps the refreshed access token', async () => {
		const token = loadSample(fixtureName({ namespace: 'system.oauth2', name: 'getToken', version: 1 }));
		const postpone = loadSample(fixtureName({ namespace: 'system.oauth2', name: 'postponeToken', version: 1 }));
		const now = Date.UTC(2012, 11, 1);
		const http = async (options) => ({ statusCode: 200, body: options.url.includes('postponeToken') ? postpone.responseText : token.responseText });
		const stored = await obtainAccessToken(http, { appKey: '1', appSecret: 's', refreshToken: 'r' }, now);
		expect(stored.oauthAccessToken).toBe('f14da3b8-b0b1-4f73-a5de-9bed637e0188');
		expect(stored.refreshToken).toBe('479f9564-1049-456e-ab62-29d3e82277d9');
	});
});

describe('the sandbox answers in the shape of 1688\'s samples', () => {
	let sandbox;
	beforeAll(async () => {
		sandbox = await startSandbox();
	});
	afterAll(async () => sandbox.close());

	const fixtures = () => sandbox.fixtures;
	const address = { fullName: '赵六', mobile: '13511112222', provinceText: '浙江省', cityText: '杭州市', areaText: '滨江区', address: '网商路699号', postCode: '310052' };
	function buyable() {
		for (const offer of sandbox.store.offers.values()) {
			if (offer.status !== 'published' || offer.seller.memberId === fixtures().member.memberId) continue;
			const sku = offer.skus.find((candidate) => candidate.amountOnSale >= 100);
			if (sku) return { offerId: offer.offerId, specId: sku.specId, quantity: offer.minOrderQuantity };
		}
		throw new Error('no buyable offer in the sandbox');
	}

	/** A call each API answers successfully in the seeded sandbox. */
	const REQUESTS = {
		'com.alibaba.account:alibaba.account.basic-1': () => ({}),
		'com.alibaba.product:alibaba.product.get-1': () => ({ productID: fixtures().offerManySkus.offerId, webSite: '1688' }),
		'com.alibaba.product:alibaba.product.list.get-1': () => ({ pageNo: 1, pageSize: 2 }),
		'com.alibaba.product:alibaba.product.modifyStock-1': () => ({ webSite: '1688', productStockChange: [{ productId: fixtures().ownOfferIds[0], productAmountChange: 1 }] }),
		'com.alibaba.product:alibaba.category.get-1': () => ({ categoryID: 0 }),
		'com.alibaba.fenxiao.crossborder:product.search.queryProductDetail-1': () => ({ offerDetailParam: { offerId: fixtures().offerManySkus.offerId, country: 'en' } }),
		'com.alibaba.fenxiao.crossborder:product.search.keywordQuery-1': () => ({ offerQueryParam: { keyword: '连衣裙', beginPage: 1, pageSize: 2, country: 'en' } }),
		'com.alibaba.fenxiao.crossborder:product.search.imageQuery-1': async () => {
			const offer = sandbox.store.getOffer(fixtures().offerManySkus.offerId);
			const uploaded = await call(sandbox, 'com.alibaba.fenxiao.crossborder:product.image.upload-1', { uploadImageParam: { imageBase64: offerImagePng(offer).toString('base64') } });
			return { offerQueryParam: { imageId: uploaded.json.result.result, beginPage: 1, pageSize: 2, country: 'en' } };
		},
		'com.alibaba.fenxiao.crossborder:product.image.upload-1': () => ({ uploadImageParam: { imageBase64: offerImagePng(sandbox.store.getOffer(fixtures().offerOneSku.offerId)).toString('base64') } }),
		'com.alibaba.trade:alibaba.trade.getBuyerOrderList-1': () => ({ page: 1, pageSize: 2 }),
		'com.alibaba.trade:alibaba.trade.get.buyerView-1': () => ({ webSite: '1688', orderId: fixtures().orderIdByStatus.waitbuyerreceive }),
		'com.alibaba.trade:alibaba.createOrder.preview-1': () => ({ addressParam: address, cargoParamList: [buyable()] }),
		'com.alibaba.trade:alibaba.trade.fastCreateOrder-1': () => ({ flow: 'general', addressParam: address, cargoParamList: [buyable()] }),
		'com.alibaba.trade:alibaba.trade.cancel-1': () => ({ webSite: '1688', tradeID: fixtures().ordersByStatus.waitbuyerpay[1], cancelReason: 'other' }),
		'com.alibaba.trade:alibaba.alipay.url.get-1': () => ({ orderIdList: `[${fixtures().orderIdByStatus.waitbuyerpay}]` }),
		'com.alibaba.logistics:alibaba.trade.getLogisticsInfos.buyerView-1': () => ({ webSite: '1688', orderId: fixtures().orderIdByStatus.waitbuyerreceive, fields: 'company.name,sender,receiver,sendgood' }),
		'com.alibaba.logistics:alibaba.trade.getLogisticsTraceInfo.buyerView-1': () => ({ webSite: '1688', orderId: fixtures().orderIdByStatus.waitbuyerreceive }),
	};

	test('there is a sandbox call for every catalogue API', () => {
		expect(catalogue().map((entry) => entry.id).filter((id) => !REQUESTS[id])).toEqual([]);
	});

	test.each(catalogue().map((entry) => [entry.id, entry.file]))('%s', async (id, file) => {
		const params = await REQUESTS[id]();
		const answer = await call(sandbox, id, params);
		expect([answer.status, answer.json?.success, answer.json?.result?.success]).not.toContain(false);
		expect(answer.status).toBe(200);
		expect(shapeDifferences(loadSample(file).response, answer.json)).toEqual([]);
	});

	test.each(['getToken', 'postponeToken'])('system.oauth2:%s-1', async (name) => {
		const url = `${sandbox.url}/openapi/param2/1/system.oauth2/${name}/${sandbox.credentials.appKey}`;
		const { appKey, appSecret, accessToken, refreshToken } = sandbox.credentials;
		const form = name === 'getToken'
			? { grant_type: 'refresh_token', client_id: appKey, client_secret: appSecret, refresh_token: refreshToken }
			: { client_id: appKey, client_secret: appSecret, refresh_token: refreshToken, access_token: accessToken };
		const answer = await fetch(url, { method: 'POST', body: new URLSearchParams(form) });
		expect(answer.status).toBe(200);
		const sample = loadSample(fixtureName({ namespace: 'system.oauth2', name, version: 1 }));
		const json = await answer.json();
		expect(Object.keys(json).sort()).toEqual(Object.keys(sample.response).sort());
		expect(shapeDifferences(sample.response, json)).toEqual([]);
	});
});
