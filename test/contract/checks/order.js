'use strict';
/**
 * Order → Get Many, Get, Preview, Create (both create APIs), Cancel, Get Payment Link, Pay Automatically, Link Shop Order,
 * Get Payment Channels, Get Shipping Insurance, Confirm Receipt, Add Memo, Message the Seller, Request Address Change,
 * Delete Closed Order, Get Seller Chat Link (Urge Shipment is in logistics.js: its API is a logistics one).
 */
const {
	simplifyOrder,
	simplifyOrderPreview,
	simplifyCreatedOrder,
	simplifyCreatedOrders,
} = require('../../../dist/nodes/shared/helpers/simplifyOrder');
const {
	simplifyPaymentChannels,
} = require('../../../dist/nodes/Alibaba1688/helpers/simplifyPayment');
const {
	simplifyShippingInsurance,
} = require('../../../dist/nodes/Alibaba1688/helpers/simplifyShippingInsurance');
const { refusalIn } = require('../../../dist/nodes/Alibaba1688/helpers/writeAnswer');
const { shippingInsuranceOf } = require('../../sandbox/data/shippingInsurance');
const { asBoolean, asId, asObject } = require('../../../dist/nodes/shared/helpers/values');
const {
	agreementsOf,
} = require('../../../dist/nodes/Alibaba1688/actions/order/payAutomatically.operation');
const {
	chatLinkIn,
	openUidIn,
} = require('../../../dist/nodes/Alibaba1688/actions/order/sellerChat');
const { ISO, unfilled } = require('../assertions');

const address = {
	fullName: '赵六',
	mobile: '13511112222',
	provinceText: '浙江省',
	cityText: '杭州市',
	areaText: '滨江区',
	address: '网商路699号',
	postCode: '310052',
};

/** A published offer of another seller with a SKU in stock, as a cargo line. */
function buyable({ sandbox, fixtures }) {
	for (const offer of sandbox.store.offers.values()) {
		if (offer.status !== 'published' || offer.seller.memberId === fixtures.member.memberId)
			continue;
		const sku = offer.skus.find((candidate) => candidate.amountOnSale >= 100);
		if (sku)
			return { offerId: offer.offerId, specId: sku.specId, quantity: offer.minOrderQuantity };
	}
	throw new Error('no buyable offer in the sandbox');
}

/** What Get Payment Link reports of a cross-border or credit pay link: the link and the orders it cannot pay, as IDs. */
function checkPayLink(json) {
	expect(json.payUrl).toBe('https://trade.1688.com/order/cashier.htm?orderId=151923545498520');
	expect(json.cantPayOrderList.map(asId)).toEqual(['12123123', '12312222222']);
}

/** An unpaid order and a paid one: the link pays the first and lists the second in cantPayOrderList. */
const payLinkRequest = ({ fixtures }) => ({
	orderIdList: `[${fixtures.orderIdByStatus.waitbuyerpay},${fixtures.orderIdByStatus.success}]`,
});

module.exports = {
	'com.alibaba.trade:alibaba.trade.getBuyerOrderList-1': {
		check(json) {
			expect(json.totalRecord).toBe(537);
			const order = simplifyOrder(json.result[0]);
			expect(
				unfilled(order, [
					'orderId',
					'status',
					'total',
					'currency',
					'createdAt',
					'modifiedAt',
					'items',
				]),
			).toEqual([]);
			expect(order.orderId).toBe('196965465451498520');
			expect(order.createdAt).toMatch(ISO);
			expect(order.seller).toMatchObject({
				loginId: 'alitestforisv04',
				company: 'AOP对外测试账号04',
			});
			expect(order.receiver.name).toBe('洪帮');
			expect(order.items[0]).toMatchObject({
				offerId: '574273466269',
				skuId: '3753684468637',
				specId: '7a2087a6594c7d6030d8ff5c42c8a2e8',
				quantity: 1,
				price: 39.9,
			});
		},
		request: () => ({ page: 1, pageSize: 2 }),
	},
	'com.alibaba.trade:alibaba.trade.get.buyerView-1': {
		check(json) {
			const order = simplifyOrder(json.result);
			expect(
				unfilled(order, [
					'orderId',
					'status',
					'total',
					'shippingFee',
					'currency',
					'createdAt',
					'paidAt',
					'modifiedAt',
					'items',
				]),
			).toEqual([]);
			// The sample's `id` (58218860983545944) is its idOfStr rounded to a double; Simplify takes idOfStr.
			expect(order.orderId).toBe('58218860983545941');
			expect(order.receiver).toMatchObject({ name: '童恩杰', phone: '13666836263' });
			expect(order.items.map((item) => item.offerId)).toEqual([
				'547486647009',
				'558700975520',
				'558700975520',
			]);
		},
		request: ({ fixtures }) => ({
			webSite: '1688',
			orderId: fixtures.orderIdByStatus.waitbuyerreceive,
		}),
	},
	'com.alibaba.trade:alibaba.createOrder.preview-1': {
		check(json) {
			const [preview] = simplifyOrderPreview(json);
			expect(
				unfilled(preview, [
					'flow',
					'total',
					'goodsTotal',
					'shippingFee',
					'currency',
					'tradeTypes',
					'items',
				]),
			).toEqual([]);
			expect(preview).toMatchObject({
				flow: 'general',
				total: 44,
				goodsTotal: 36,
				shippingFee: 8,
				tradeTypes: ['nzassure'],
			});
			expect(preview.items[0]).toMatchObject({
				offerId: '548818919805',
				skuId: '3332085412530',
				unitPrice: 18,
				amount: 36,
			});
		},
		request: (ctx) => ({ addressParam: address, cargoParamList: [buyable(ctx)] }),
	},
	'com.alibaba.trade:alibaba.trade.fastCreateOrder-1': {
		check(json) {
			const created = simplifyCreatedOrder(json, 'SHOP-1');
			expect(created).toEqual({
				orderId: '60241415417789305',
				total: 10,
				currency: 'CNY',
				outOrderId: 'SHOP-1',
				failedOffers: [],
			});
		},
		request: (ctx) => ({ flow: 'general', addressParam: address, cargoParamList: [buyable(ctx)] }),
	},
	'com.alibaba.trade:alibaba.trade.createCrossOrder-1': {
		everyField: true,
		check(json) {
			// The doc's complete sample is its multi-order answer: one item per order, IDs exact, fen as yuan. Its
			// single-order returns (an orderId beside success false) are the fixture's note; unit/response.test.js and
			// unit/simplifyOrder.test.js hold them: returned by the transport, reported as created with a warning.
			expect(simplifyCreatedOrders(json, 'SHOP-1')).toEqual([
				{
					orderId: '105581756010628640',
					total: 48480,
					shippingFee: 480,
					currency: 'CNY',
					outOrderId: 'SHOP-1',
					failedOffers: [],
				},
				{
					orderId: '105637283010628640',
					total: 50500,
					shippingFee: 500,
					currency: 'CNY',
					outOrderId: 'SHOP-1',
					failedOffers: [],
				},
			]);
		},
		// Two offers of the supplier with two warehouses: the sandbox answers two orders, as the sample does.
		request: ({ fixtures }) => ({
			flow: 'general',
			addressParam: address,
			cargoParamList: fixtures.twoWarehouseOffers.map((offer) => ({
				offerId: offer.offerId,
				specId: offer.specId,
				quantity: offer.minOrderQuantity,
			})),
		}),
	},
	'com.alibaba.trade:alibaba.trade.cancel-1': {
		check(json) {
			expect(json).toEqual({ success: true });
		},
		request: ({ fixtures }) => ({
			webSite: '1688',
			tradeID: fixtures.ordersByStatus.waitbuyerpay[1],
			cancelReason: 'other',
		}),
	},
	'com.alibaba.trade:alibaba.alipay.url.get-1': {
		check(json) {
			expect(json.payUrl).toBe(
				'https://trade.1688.com/order/cashier.htm?orderId=154051432607498520;151923545459498520',
			);
		},
		request: ({ fixtures }) => ({ orderIdList: `[${fixtures.orderIdByStatus.waitbuyerpay}]` }),
	},
	'com.alibaba.trade:alibaba.crossBorderPay.url.get-1': {
		everyField: true,
		check: checkPayLink,
		request: payLinkRequest,
	},
	'com.alibaba.trade:alibaba.creditPay.url.get-1': {
		everyField: true,
		check: checkPayLink,
		request: payLinkRequest,
	},
	'com.alibaba.trade:alibaba.trade.pay.protocolPay.isopen-1': {
		everyField: true,
		check(json) {
			// A channel is usable only when signed and bound: neither is, and only Alipay offers a signing page.
			expect(agreementsOf(json)).toEqual([
				{ channel: 'SHEGOU', enabled: false, signUrl: undefined },
				{
					channel: 'ALIPAY',
					enabled: false,
					signUrl: expect.stringMatching(/^https:\/\/mapi\.alipay\.com\/gateway\.do\?/),
				},
			]);
		},
		request: () => ({}),
	},
	'com.alibaba.trade:alibaba.trade.pay.protocolPay.preparePay-1': {
		everyField: true,
		check(json) {
			// Pay Automatically reads result.result: paid, and through which channel.
			const debit = asObject(asObject(json.result).result);
			expect(debit).toEqual({ payChannel: 'Alipay', paySuccess: true });
			expect(asBoolean(debit.paySuccess)).toBe(true);
		},
		// The last unpaid order: the other entries use the first ones, and this one is paid by the call.
		request: ({ fixtures }) => ({
			tradeWithholdPreparePayParam: `{"orderId":${fixtures.ordersByStatus.waitbuyerpay.at(-1)},"payChannel":"alipay"}`,
		}),
	},
	'com.alibaba.trade:alibaba.trade.payWay.query-1': {
		everyField: true,
		check(json) {
			const channels = simplifyPaymentChannels(json);
			expect(
				unfilled(channels, ['orderId', 'amount', 'currency', 'payBefore', 'channels']),
			).toEqual([]);
			// payFee 32120 fen; the deadline a zone-less China time.
			expect(channels).toEqual({
				orderId: '239695213738498520',
				amount: 321.2,
				currency: 'CNY',
				payBefore: '2018-11-04T14:00:45.000+08:00',
				channels: [{ code: 1, name: 'Alipay', chineseName: '支付宝' }],
			});
		},
		request: ({ fixtures }) => ({ orderId: fixtures.orderIdByStatus.waitbuyerpay }),
	},
	'com.alibaba.trade:shipping.insurance.get-1': {
		everyField: true,
		check(json) {
			const policy = simplifyShippingInsurance(json, '1', 'givenByPlatform');
			expect(unfilled(policy, ['orderId', 'insured', 'type', 'policyId', 'claims'])).toEqual([]);
			expect(policy).toEqual({
				orderId: '2304567890123456789',
				insured: true,
				type: 'givenByPlatform',
				policyId: '8552001052944578',
				claims: [
					{
						claimId: 'LP69430678653636',
						amount: 8,
						status: 'PAID',
						appliedAt: '2025-06-12T10:19:42.000+08:00',
						paidAt: '2025-06-13T06:19:42.000+08:00',
						alipayTradeNo: '2025061322001100000000001234',
					},
				],
			});
		},
		// A completed order whose platform insurance paid a claim, so every field of the sample is there.
		request: ({ sandbox, fixtures }) => {
			const orderId = fixtures.ordersByStatus.success.find(
				(id) => shippingInsuranceOf(sandbox.store.getOrder(id))?.claims.length,
			);
			return { orderId, type: 'givenByPlatform' };
		},
	},
	'com.alibaba.trade:trade.receivegoods.confirm-1': {
		everyField: true,
		check(json) {
			// Confirm Receipt reports its own fields; the answer must only carry no refusal.
			expect(refusalIn(json)).toBeUndefined();
		},
		// The last shipped order, every line: the other entries use the first ones.
		request: ({ sandbox, fixtures }) => {
			const order = sandbox.store.getOrder(fixtures.ordersByStatus.waitbuyerreceive.at(-1));
			return {
				orderId: order.id,
				orderEntryIds: `[${order.items.map((item) => item.subItemID).join(',')}]`,
			};
		},
	},
	'com.alibaba.trade:alibaba.order.memoAdd-1': {
		check(json) {
			// The page's only sample is a refusal beside success true: Add Memo must report it, with its code.
			expect(refusalIn(json)).toEqual({
				code: '400_4',
				message: '修改备注信息出错[ORDER_NOT_EXIST]，order[1198263322216969811]is not exsits',
			});
		},
		// The sample's case: an unknown order, which the sandbox answers as the page does (success true, errorCode 400_4).
		everyField: true,
		request: ({ fixtures }) => ({
			orderId: fixtures.unknownOrderId,
			memo: '合箱发货',
			remarkIcon: '2',
		}),
	},
	'com.alibaba.trade:alibaba.trade.addFeedback-1': {
		everyField: true,
		check(json) {
			expect(refusalIn(json)).toBeUndefined();
		},
		request: ({ fixtures }) => ({
			tradeFeedbackParam: { feedback: 'test', orderId: fixtures.orderIdByStatus.waitsellersend },
		}),
	},
	'com.alibaba.trade:order.receiveAddress.buyerUpdate-1': {
		everyField: true,
		check(json) {
			expect(refusalIn(json)).toBeUndefined();
		},
		request: ({ sandbox, fixtures }) => ({
			param: `{"orderId":${fixtures.ordersByStatus.waitsellersend.at(-1)},"receiveAddress":{"addressId":${sandbox.store.savedAddresses[0].id}}}`,
		}),
	},
	'com.alibaba.trade:trade.order.buyerdelete-1': {
		everyField: true,
		check(json) {
			expect(refusalIn(json)).toBeUndefined();
		},
		request: ({ fixtures }) => ({ orderId: fixtures.ordersByStatus.cancel.at(-1) }),
	},
	'com.alibaba.account:loginid.openuid.encrypt-1': {
		everyField: true,
		check(json) {
			expect(openUidIn(json)).toBe('BBBr8HlVTfxqUXR8RwaPqPtMg');
		},
		request: ({ sandbox, fixtures }) => ({
			loginId: sandbox.store.getOrder(fixtures.orderIdByStatus.waitsellersend).seller.loginId,
		}),
	},
	'com.alibaba.account:account.wangwangUrl.get-1': {
		everyField: true,
		check(json) {
			expect(chatLinkIn(json)).toBe(
				'https://air.1688.com/app/ocms-fusion-components-1688/def_cbu_web_im/index.html?touid=BBBr8HlVTfxqUXR8RwaPqPtMg#/',
			);
		},
		// The seller's OpenUID as loginid.openuid.encrypt gives it.
		request: async ({ sandbox, fixtures, call }) => {
			const loginId = sandbox.store.getOrder(fixtures.orderIdByStatus.waitsellersend).seller
				.loginId;
			return {
				toOpenUid: (await call('com.alibaba.account:loginid.openuid.encrypt-1', { loginId })).json
					.openUid,
			};
		},
	},
	'com.alibaba.fenxiao.crossborder:order.relation.write-1': {
		everyField: true,
		check(json) {
			// Link Shop Order reports its own fields; it needs only the call to succeed.
			expect(json).toEqual({ success: true, code: '0', message: '' });
		},
		request: ({ fixtures }) => ({
			orderRelationParam: {
				orderId: 'SHOP-1',
				parentOrderId: 'SHOP-1',
				purchaseOrderId: fixtures.orderIdByStatus.waitbuyerpay,
				purchaseParentOrderId: fixtures.orderIdByStatus.waitbuyerpay,
			},
		}),
	},
};
