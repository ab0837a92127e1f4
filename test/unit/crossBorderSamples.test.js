'use strict';
/**
 * 1688's own sample answers of the cross-border buying APIs (test/contract/samples) through the package's
 * unwrapping and simplifiers: read as text with the long-ID-safe parser, IDs exact, promised fields filled.
 */
const fs = require('node:fs');
const path = require('node:path');
const { unwrapResponse } = require('../../dist/nodes/shared/transport/response');
const { parseJsonKeepingLongIds } = require('../../dist/nodes/shared/transport/json');
const { simplifyCreatedOrders } = require('../../dist/nodes/shared/helpers/simplifyOrder');
const { simplifySavedAddress, simplifyMainlandAddress, simplifyOverseasAddress, savedAddressLabel } = require('../../dist/nodes/shared/helpers/simplifyAddress');
const { simplifyFreightEstimate } = require('../../dist/nodes/shared/helpers/simplifyFreight');
const { crossBorderPayload } = require('../../dist/nodes/shared/helpers/crossBorder');
const { agreementsOf } = require('../../dist/nodes/Alibaba1688/actions/order/payAutomatically.operation');

const SAMPLES = path.resolve(__dirname, '../contract/samples');

/** The sample's answer as the transport returns it: the file read as text, so long IDs go through the package's parser. */
function answer(file) {
	const sample = parseJsonKeepingLongIds(fs.readFileSync(path.join(SAMPLES, `${file}.json`), 'utf8'));
	expect(sample.doc).toBe(`1688-api-docs/en/${file}.md`);
	return unwrapResponse(file, 200, sample.response);
}

test('createCrossOrder: the multi-order sample becomes one order each, IDs exact, fen as yuan', () => {
	expect(simplifyCreatedOrders(answer('com.alibaba.trade.alibaba.trade.createCrossOrder-1'), 'SHOP-1')).toEqual([
		{ orderId: '105581756010628640', total: 48480, shippingFee: 480, currency: 'CNY', outOrderId: 'SHOP-1', failedOffers: [] },
		{ orderId: '105637283010628640', total: 50500, shippingFee: 500, currency: 'CNY', outOrderId: 'SHOP-1', failedOffers: [] },
	]);
});

test('receiveAddress.get: every saved address with its ID, region, street and codes', () => {
	const items = answer('com.alibaba.trade.alibaba.trade.receiveAddress.get-1').result.receiveAddressItems.map(simplifySavedAddress);
	expect(items).toHaveLength(6);
	expect(items[0]).toEqual({
		addressId: '560954849', name: 'b2b-测试账号006', mobile: '13071801119', region: '青海省 海东市 民和回族土族自治县', town: '川口镇',
		street: 'AAAAb2b-测试账号00613071801119', postCode: '810600', districtCode: '632122', townCode: '630222100', isDefault: false,
	});
	expect(savedAddressLabel(items[5])).toBe('张三 · 广东省 东莞市 南城街道 办事处');
});

test('addresscode.parse: district code with the province and city codes it nests in', () => {
	expect(simplifyMainlandAddress(answer('com.alibaba.trade.alibaba.trade.addresscode.parse-1'))).toEqual({
		districtCode: '330108', provinceCode: '330000', cityCode: '330100', street: '网商路699号', postCode: '310051',
	});
});

test('parseText: the overseas place and its 18-digit address code, exact', () => {
	expect(simplifyOverseasAddress(answer('com.alibaba.trade.trade.address.parseText-1'))).toEqual({
		addressCode: '910800030036000000', country: 'Казахстан', province: 'Акмолинская область', city: 'Г.Кокшетау', district: 'Кокшетау',
	});
});

test('freight.estimate: freight, package and template; per-SKU sizes when sizeValueType is 2', () => {
	const model = crossBorderPayload(answer('com.alibaba.fenxiao.crossborder.product.freight.estimate-1'));
	expect(simplifyFreightEstimate(model, { districtCode: '330108', quantity: 3 })).toEqual({
		offerId: '111111111', destinationCode: '330108', quantity: 3, freight: 12.3, currency: 'CNY', freeShipping: false,
		weightKg: 0.15, lengthCm: 10, widthCm: 10, heightCm: 10,
		skus: [{ skuId: '12345678', weightKg: 1, lengthCm: 1, widthCm: 1, heightCm: 1 }],
		template: { templateId: '2324342', name: '测试', chargedBy: 'weight', firstUnit: 1, firstFee: 2.9, nextUnit: 1, nextFee: 2 },
	});
});

test.each(['crossBorderPay', 'creditPay'])('%s link: payUrl and the orders that cannot be paid', (api) => {
	const response = answer(`com.alibaba.trade.alibaba.${api}.url.get-1`);
	expect(response.payUrl).toBe('https://trade.1688.com/order/cashier.htm?orderId=151923545498520');
	expect(response.cantPayOrderList.map(String)).toEqual(['12123123', '12312222222']);
});

test('protocolPay.isopen: a channel is usable only when signed and bound', () => {
	expect(agreementsOf(answer('com.alibaba.trade.alibaba.trade.pay.protocolPay.isopen-1'))).toEqual([
		{ channel: 'SHEGOU', enabled: false, signUrl: undefined },
		{ channel: 'ALIPAY', enabled: false, signUrl: expect.stringMatching(/^https:\/\/mapi\.alipay\.com\/gateway\.do\?/) },
	]);
});

test('preparePay and order.relation.write samples are successes', () => {
	expect(answer('com.alibaba.trade.alibaba.trade.pay.protocolPay.preparePay-1').result.result).toEqual({ payChannel: 'Alipay', paySuccess: true });
	expect(answer('com.alibaba.fenxiao.crossborder.order.relation.write-1')).toEqual({ success: true, code: '0', message: '' });
});
