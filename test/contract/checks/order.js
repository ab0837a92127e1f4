'use strict';
/** Order → Get Many, Get, Preview, Create, Cancel, Get Payment Link. */
const { simplifyOrder, simplifyOrderPreview, simplifyCreatedOrder } = require('../../../dist/nodes/shared/helpers/simplifyOrder');
const { ISO, unfilled } = require('../assertions');

const address = { fullName: '赵六', mobile: '13511112222', provinceText: '浙江省', cityText: '杭州市', areaText: '滨江区', address: '网商路699号', postCode: '310052' };

/** A published offer of another seller with a SKU in stock, as a cargo line. */
function buyable({ sandbox, fixtures }) {
	for (const offer of sandbox.store.offers.values()) {
		if (offer.status !== 'published' || offer.seller.memberId === fixtures.member.memberId) continue;
		const sku = offer.skus.find((candidate) => candidate.amountOnSale >= 100);
		if (sku) return { offerId: offer.offerId, specId: sku.specId, quantity: offer.minOrderQuantity };
	}
	throw new Error('no buyable offer in the sandbox');
}

module.exports = {
	'com.alibaba.trade:alibaba.trade.getBuyerOrderList-1': {
		check(json) {
			expect(json.totalRecord).toBe(537);
			const order = simplifyOrder(json.result[0]);
			expect(unfilled(order, ['orderId', 'status', 'total', 'currency', 'createdAt', 'modifiedAt', 'items'])).toEqual([]);
			expect(order.orderId).toBe('196965465451498520');
			expect(order.createdAt).toMatch(ISO);
			expect(order.seller).toMatchObject({ loginId: 'alitestforisv04', company: 'AOP对外测试账号04' });
			expect(order.receiver.name).toBe('洪帮');
			expect(order.items[0]).toMatchObject({ offerId: '574273466269', skuId: '3753684468637', specId: '7a2087a6594c7d6030d8ff5c42c8a2e8', quantity: 1, price: 39.9 });
		},
		request: () => ({ page: 1, pageSize: 2 }),
	},
	'com.alibaba.trade:alibaba.trade.get.buyerView-1': {
		check(json) {
			const order = simplifyOrder(json.result);
			expect(unfilled(order, ['orderId', 'status', 'total', 'shippingFee', 'currency', 'createdAt', 'paidAt', 'modifiedAt', 'items'])).toEqual([]);
			// The sample's `id` (58218860983545944) is its idOfStr rounded to a double; Simplify takes idOfStr.
			expect(order.orderId).toBe('58218860983545941');
			expect(order.receiver).toMatchObject({ name: '童恩杰', phone: '13666836263' });
			expect(order.items.map((item) => item.offerId)).toEqual(['547486647009', '558700975520', '558700975520']);
		},
		request: ({ fixtures }) => ({ webSite: '1688', orderId: fixtures.orderIdByStatus.waitbuyerreceive }),
	},
	'com.alibaba.trade:alibaba.createOrder.preview-1': {
		check(json) {
			const [preview] = simplifyOrderPreview(json);
			expect(unfilled(preview, ['flow', 'total', 'goodsTotal', 'shippingFee', 'currency', 'tradeTypes', 'items'])).toEqual([]);
			expect(preview).toMatchObject({ flow: 'general', total: 44, goodsTotal: 36, shippingFee: 8, tradeTypes: ['nzassure'] });
			expect(preview.items[0]).toMatchObject({ offerId: '548818919805', skuId: '3332085412530', unitPrice: 18, amount: 36 });
		},
		request: (ctx) => ({ addressParam: address, cargoParamList: [buyable(ctx)] }),
	},
	'com.alibaba.trade:alibaba.trade.fastCreateOrder-1': {
		check(json) {
			const created = simplifyCreatedOrder(json, 'SHOP-1');
			expect(created).toEqual({ orderId: '60241415417789305', total: 10, currency: 'CNY', outOrderId: 'SHOP-1', failedOffers: [] });
		},
		request: (ctx) => ({ flow: 'general', addressParam: address, cargoParamList: [buyable(ctx)] }),
	},
	'com.alibaba.trade:alibaba.trade.cancel-1': {
		check(json) {
			expect(json).toEqual({ success: true });
		},
		request: ({ fixtures }) => ({ webSite: '1688', tradeID: fixtures.ordersByStatus.waitbuyerpay[1], cancelReason: 'other' }),
	},
	'com.alibaba.trade:alibaba.alipay.url.get-1': {
		check(json) {
			expect(json.payUrl).toBe('https://trade.1688.com/order/cashier.htm?orderId=154051432607498520;151923545459498520');
		},
		request: ({ fixtures }) => ({ orderIdList: `[${fixtures.orderIdByStatus.waitbuyerpay}]` }),
	},
};
