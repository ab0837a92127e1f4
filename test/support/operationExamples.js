'use strict';
/**
 * One good input for every operation of the 1688 node, against the seeded sandbox: what test/engine/router.test.js
 * runs to prove the router's promises (bad input refused before any request, continue-on-fail, Simplify off) for each
 * operation the node offers. A new operation fails that test until it has its entry here.
 *
 * Each entry, by `resource.operation`, is a function of the running sandbox (at its seed when the good input is to run,
 * and writes run against it; a test of bad input only may find what other operations changed) returning:
 * - `parameters`: the operation's parameters (without resource and operation) for one item that succeeds;
 * - `app`: the sandbox app that runs it (`crossBorder`, an overseas reseller's app, unless the API is a seller's);
 * - `binary`: the item's binary data, for the operations that read a file;
 * - `raw`: with Simplify off, where an output item sits in 1688's answer: `''` the whole answer, `'result'` one key
 *   of it, `'result.result[]'` each element of a list (operations with a Simplify field only);
 * - `bad`: the bad value of the derived field, when empty is valid for it (the derived field is the first required
 *   field shown, left empty; or, without one, Limit at 0).
 * An entry that adds data to the sandbox first (a pickup booked, a refund refused) is wrapped in `prepares(…)`, and
 * must give the same example when called again on the data it prepared.
 */
const { offerImagePng } = require('../sandbox/data/images');
const { shippingInsuranceOf } = require('../sandbox/data/shippingInsurance');
const { call } = require('../sandbox/tests/helpers');

const DAY = 86400000;
const byId = (value) => ({ __rl: true, mode: 'id', value: String(value) });
const fixtures = (sandbox) => sandbox.fixtures;
const published = (sandbox) =>
	[...sandbox.store.offers.values()].filter((offer) => offer.status === 'published');
const TYPED_ADDRESS = {
	addressSource: 'typed',
	fullName: '赵六',
	mobile: '13511112222',
	provinceText: '浙江省',
	cityText: '杭州市',
	address: '网商路699号',
};
const PNG = (sandbox) => ({
	data: {
		data: offerImagePng(published(sandbox)[10]).toString('base64'),
		mimeType: 'image/png',
		fileName: 'offer.png',
	},
});
const JPEG = {
	data: {
		data: Buffer.concat([
			Buffer.from('ffd8ffe000104a464946', 'hex'),
			Buffer.alloc(3000, 5),
		]).toString('base64'),
		mimeType: 'image/jpeg',
		fileName: 'photo.jpg',
	},
};

/** A one-line cart of a published offer of another seller, with stock, of a supplier without an account period. */
function cartJson(sandbox) {
	const special = [
		'b2b-2216000000001',
		'b2b-2201356780006',
		'b2b-2201356780005',
		fixtures(sandbox).member.memberId,
	];
	const offer = published(sandbox).find(
		(o) => !special.includes(o.seller.memberId) && o.skus[0].amountOnSale >= 100,
	);
	return JSON.stringify([
		{
			offerId: String(offer.offerId),
			specId: offer.skus[0].specId,
			quantity: offer.minOrderQuantity,
		},
	]);
}

/** A successful order without a refund. */
function soldOrder(sandbox) {
	const taken = new Set(Object.values(fixtures(sandbox).refunds).map((refund) => refund.orderId));
	return sandbox.store.getOrder(
		fixtures(sandbox).ordersByStatus.success.find((id) => !taken.has(id)),
	);
}

/** A bookable pickup of the seeded agreed return: plan 434 collects from tomorrow (China time), 09:00 to 11:00. */
function pickupSlot(sandbox) {
	const date = new Date(Date.now() + 8 * 3600000 + DAY).toISOString().slice(0, 10);
	return {
		refundId: fixtures(sandbox).refunds.awaitingReturn.refundId,
		solutionCode: '434',
		pickupDate: date,
		pickupFrom: '09:00',
		pickupTo: '11:00',
	};
}

/** Marks an entry that changes the sandbox's data: the router test then starts it, and the next one, from the seed. */
const prepares = (entry) => Object.assign(entry, { prepares: true });

/** The active pickup of the seeded agreed return, booked straight in the sandbox (as 1688 would have it) if none is. */
async function bookedPickup(sandbox) {
	const slot = pickupSlot(sandbox);
	const active = [...sandbox.store.afterSales.pickups.values()].find(
		(p) => p.refundId === slot.refundId && p.status === 'activated',
	);
	if (active) return active.id;
	const booking = {
		refundId: slot.refundId,
		solutionCode: slot.solutionCode,
		dateStr: slot.pickupDate,
		gmtAcceptStart: slot.pickupFrom,
		gmtAcceptEnd: slot.pickupTo,
		goodsType: 'OTHER',
		packageCount: '1',
	};
	const created = await call(
		sandbox,
		'com.alibaba.logistics:refundofficialdelivery.order.create-1',
		{ param: JSON.stringify(booking) },
	);
	return /"result":(\d+)/.exec(created.text)[1];
}

const OPERATION_EXAMPLES = {
	'address.getMany': () => ({
		parameters: { returnAll: true },
		raw: 'result.receiveAddressItems[]',
	}),
	'address.parse': () => ({
		parameters: { region: 'mainland', addressText: '浙江省 杭州市 滨江区网商路699号' },
		raw: '',
	}),

	// An empty Category is the root (0): the bad input is an ID that is no number.
	'category.get': () => ({
		parameters: { categoryId: byId(1031910) },
		bad: 'dresses',
		raw: 'categoryInfo[]',
	}),
	'category.getChildren': () => ({ parameters: { categoryId: byId(1031910), returnAll: true } }),
	'category.search': () => ({
		parameters: { categoryName: 'shoes', language: 'en', returnAll: true },
		raw: 'result.result[]',
	}),

	'customApi.call': () => ({
		parameters: {
			namespace: 'com.alibaba.account',
			apiName: 'alibaba.account.basic',
			version: 1,
			parameters: '{}',
			readOnly: true,
		},
	}),

	'logistics.findOrderByWaybill': () => ({ parameters: { waybillNumber: 'XX000000000CN' } }),
	'logistics.get': (sandbox) => ({
		parameters: { orderId: fixtures(sandbox).orderIdByStatus.waitbuyerreceive },
		raw: '',
	}),
	'logistics.getInternationalWaybills': prepares((sandbox) => {
		// A shipped order placed with this external reference: its parcel's 19-digit order IDs are in the answer.
		sandbox.store.getOrder(fixtures(sandbox).orderIdByStatus.waitbuyerreceive).outOrderId =
			'SHOP-4242';
		return { parameters: { outOrderId: 'SHOP-4242' }, raw: '' };
	}),
	'logistics.getTrace': (sandbox) => ({
		parameters: { orderId: fixtures(sandbox).orderIdByStatus.success },
		raw: '',
	}),

	'marketInsight.getOfferTrends': (sandbox) => ({
		parameters: { offerId: String(fixtures(sandbox).offerOneSku.offerId), metrics: ['dailySales'] },
		raw: '',
	}),
	'marketInsight.getRanking': () => ({
		parameters: { categoryId: byId(1038378), rankType: 'hot', limit: 5 },
		raw: 'result.result',
	}),
	'marketInsight.getRecommendedOffers': () => ({
		parameters: { outMemberId: 'customer-1042', limit: 3 },
		raw: 'result.result[]',
	}),
	'marketInsight.getTrendingKeywords': () => ({
		parameters: { categoryId: byId(1047000), limit: 3 },
		raw: 'result.result[]',
	}),

	'order.addMemo': (sandbox) => ({
		parameters: {
			orderId: fixtures(sandbox).orderIdByStatus.waitsellersend,
			memo: 'Repack into 2 cartons',
		},
	}),
	'order.cancel': (sandbox) => ({
		parameters: {
			orderId: fixtures(sandbox).orderIdByStatus.waitbuyerpay,
			cancelReason: 'buyerCancel',
		},
	}),
	'order.confirmReceipt': (sandbox) => ({
		parameters: { orderId: fixtures(sandbox).orderIdByStatus.waitbuyerreceive },
	}),
	'order.create': (sandbox) => ({
		parameters: {
			orderApi: 'crossBorder',
			...TYPED_ADDRESS,
			cartSource: 'json',
			cartJson: cartJson(sandbox),
			outOrderId: 'SHOP-1042',
		},
		raw: '',
	}),
	'order.deleteClosedOrder': (sandbox) => ({
		parameters: { orderId: fixtures(sandbox).orderIdByStatus.cancel },
	}),
	'order.get': (sandbox) => ({
		parameters: { orderId: fixtures(sandbox).orderIdByStatus.waitsellersend },
		raw: '',
	}),
	'order.getMany': () => ({ parameters: { limit: 3 }, raw: 'result[]' }),
	'order.getPaymentChannels': (sandbox) => ({
		parameters: { orderId: fixtures(sandbox).orderIdByStatus.waitbuyerpay },
		raw: '',
	}),
	'order.getPaymentLink': (sandbox) => ({
		parameters: { orderIds: fixtures(sandbox).orderIdByStatus.waitbuyerpay },
	}),
	'order.getSellerChatLink': (sandbox) => ({
		parameters: { orderId: fixtures(sandbox).orderIdByStatus.waitsellersend },
	}),
	'order.getShippingInsurance': (sandbox) => ({
		parameters: {
			orderId: fixtures(sandbox).ordersByStatus.success.find(
				(id) => shippingInsuranceOf(sandbox.store.getOrder(id))?.claims.length,
			),
		},
		raw: '',
	}),
	'order.linkShopOrder': (sandbox) => ({
		parameters: {
			orderId: fixtures(sandbox).orderIdByStatus.waitbuyerpay,
			shopOrderId: 'SHOP-1042',
		},
	}),
	'order.messageSeller': (sandbox) => ({
		parameters: {
			orderId: fixtures(sandbox).orderIdByStatus.waitbuyerpay,
			message: 'Please ship in two cartons',
		},
	}),
	'order.payAutomatically': prepares((sandbox) => {
		sandbox.setProtocolPay('crossBorder', 'ALIPAY', true);
		return {
			parameters: { orderId: fixtures(sandbox).orderIdByStatus.waitbuyerpay, payChannel: 'alipay' },
		};
	}),
	'order.preview': (sandbox) => ({
		parameters: { ...TYPED_ADDRESS, cartSource: 'json', cartJson: cartJson(sandbox) },
		raw: '',
	}),
	'order.requestAddressChange': (sandbox) => ({
		parameters: {
			orderId: fixtures(sandbox).orderIdByStatus.waitbuyerpay,
			...TYPED_ADDRESS,
			provinceText: '河北省',
			cityText: '保定市',
		},
	}),
	'order.urgeShipment': (sandbox) => ({
		parameters: { orderId: fixtures(sandbox).orderIdByStatus.waitsellersend },
	}),

	'product.estimateShipping': (sandbox) => {
		const offer = sandbox.store.getOffer(fixtures(sandbox).offerManySkus.offerId);
		return {
			parameters: {
				offerId: String(offer.offerId),
				districtCode: '330108',
				skuQuantities: { sku: [{ skuId: String(offer.skus[0].skuId), quantity: 2 }] },
			},
			raw: '',
		};
	},
	'product.findSimilar': (sandbox) => ({
		parameters: { offerId: String(fixtures(sandbox).offerOneSku.offerId), limit: 3 },
		raw: 'result.result[]',
	}),
	'product.follow': (sandbox) => ({
		parameters: { offerId: String(fixtures(sandbox).offerOneSku.offerId) },
	}),
	'product.get': (sandbox) => ({
		parameters: { offerId: String(fixtures(sandbox).offerOneSku.offerId) },
		raw: '',
	}),
	// The seller's own offers: an API of a seller's app, not of the cross-border solution.
	'product.getMany': () => ({
		app: 'full',
		parameters: { limit: 2 },
		raw: 'result.pageResult.resultList[]',
	}),
	'product.search': () => ({
		parameters: { keyword: 'factory', limit: 2 },
		raw: 'result.result.data[]',
	}),
	'product.searchByImage': (sandbox) => ({
		parameters: { imageSource: 'binary', binaryPropertyName: 'data', limit: 2 },
		binary: PNG(sandbox),
		raw: 'result.result.data[]',
	}),
	'product.searchInShop': (sandbox) => ({
		parameters: { shopOfferId: String(fixtures(sandbox).offerManySkus.offerId), limit: 2 },
		raw: 'result.result.data[]',
	}),
	'product.unfollow': (sandbox) => ({
		parameters: { offerId: String(fixtures(sandbox).offerOneSku.offerId) },
	}),
	'product.updateStock': (sandbox) => {
		const own = [...sandbox.store.offers.values()].find(
			(o) => o.seller.memberId === sandbox.store.member.memberId,
		);
		return {
			app: 'full',
			parameters: {
				offerId: String(own.offerId),
				stockMode: 'set',
				skuStocks: { rows: [{ sku: own.skus[0].specId, quantity: 100 }] },
			},
		};
	},

	'refund.applyForArbitration': prepares((sandbox) => {
		const { refundId, orderId } = fixtures(sandbox).refunds.open;
		if (sandbox.store.afterSales.get(refundId).status === 'waitselleragree')
			sandbox.store.afterSales.act(refundId, 'refuse', { reason: '商品完好' });
		return {
			parameters: {
				complaintType: 'RefundComplaint',
				orderId,
				arbitrationRefundId: refundId,
				reasonText: '卖家拒绝退款，商品缺货未发',
				reasonId: 12,
			},
		};
	}),
	'refund.cancel': (sandbox) => ({
		parameters: { refundId: fixtures(sandbox).refunds.open.refundId },
	}),
	'refund.cancelPickup': prepares(async (sandbox) => ({
		parameters: {
			pickupOrderId: await bookedPickup(sandbox),
			cancelType: 'WANT_TO_SEND_MYSELF',
			cancelText: '改为自己寄',
		},
	})),
	'refund.create': prepares((sandbox) => {
		const order = soldOrder(sandbox);
		const [item] = order.items;
		const { imageDomain, imageRelativeUrl } = sandbox.store.afterSales.addVoucher(
			Buffer.from(JPEG.data.data, 'base64'),
			'jpg',
		);
		return {
			parameters: {
				orderId: order.id,
				refundType: 'returnRefund',
				goodsStatus: 'aftersaleBuyerReceived',
				subOrderIds: item.subItemID,
				reason: byId(20025),
				refundAmount: item.itemAmount,
				shippingAmount: 0,
				refundDescription: '外箱破损，商品有裂痕',
				evidence: `${imageDomain}/${imageRelativeUrl}`,
			},
		};
	}),
	'refund.createPickup': (sandbox) => ({
		parameters: { ...pickupSlot(sandbox), goodsType: 'OTHER', packageCount: 1 },
	}),
	'refund.get': (sandbox) => ({
		parameters: { refundId: fixtures(sandbox).refunds.refunded.refundId },
		raw: '',
	}),
	'refund.getForOrder': (sandbox) => ({
		parameters: { orderId: fixtures(sandbox).refunds.open.orderId },
		raw: 'result.opOrderRefundModels[]',
	}),
	'refund.getHistory': (sandbox) => ({
		parameters: { refundId: fixtures(sandbox).refunds.refunded.refundId, limit: 2 },
		raw: 'result.opOrderRefundOperationModels[]',
	}),
	'refund.getMany': () => ({ parameters: { limit: 3 }, raw: 'result.opOrderRefundModels[]' }),
	'refund.getMaxRefundable': (sandbox) => {
		const order = soldOrder(sandbox);
		return {
			parameters: {
				orderId: order.id,
				goodsStatus: 'aftersaleBuyerReceived',
				subOrderIds: order.items[0].subItemID,
			},
			raw: '',
		};
	},
	'refund.getPickup': prepares(async (sandbox) => ({
		parameters: { pickupOrderId: await bookedPickup(sandbox) },
		raw: '',
	})),
	'refund.getPickupPlans': (sandbox) => ({
		parameters: { refundId: fixtures(sandbox).refunds.awaitingReturn.refundId },
		raw: '',
	}),
	'refund.getReasons': (sandbox) => ({
		parameters: { orderId: soldOrder(sandbox).id, goodsStatus: 'aftersaleBuyerReceived' },
		raw: '',
	}),
	'refund.getReturnAddress': (sandbox) => ({
		parameters: { orderId: fixtures(sandbox).refunds.awaitingReturn.orderId },
		raw: '',
	}),
	'refund.modifyPickup': prepares(async (sandbox) => ({
		parameters: {
			pickupOrderId: await bookedPickup(sandbox),
			...pickupSlot(sandbox),
			pickupFrom: '15:00',
			pickupTo: '17:00',
			goodsType: 'OTHER',
			packageCount: 1,
		},
	})),
	'refund.submitReturnShipment': (sandbox) => ({
		parameters: {
			refundId: fixtures(sandbox).refunds.awaitingReturn.refundId,
			carrier: { __rl: true, mode: 'list', value: 'ZTO' },
			waybillNumber: '78100000000001',
		},
	}),
	'refund.uploadEvidence': () => ({
		parameters: { imageSource: 'binary', binaryPropertyName: 'data' },
		binary: JPEG,
	}),
};

module.exports = { OPERATION_EXAMPLES };
