'use strict';
/**
 * Views of a stored order in the shapes of the trade APIs (TradeInfo: baseInfo, productItems,
 * nativeLogistics, tradeTerms, orderRateInfo). Order and line ids are longs beyond 2^53.
 */
const { format1688 } = require('../protocol/dates');
const { long } = require('../protocol/json');
const { longId } = require('./ids');
const { shippingInsuranceOf } = require('../data/shippingInsurance');

const STATUS_TEXT = {
	waitbuyerpay: '等待买家付款',
	waitsellersend: '等待卖家发货',
	waitbuyerreceive: '等待买家收货',
	success: '交易成功',
	cancel: '交易取消',
};
const PAY_STATUS = {
	waitbuyerpay: '1',
	waitsellersend: '2',
	waitbuyerreceive: '2',
	success: '6',
	cancel: '8',
};
const LOGISTICS_STATUS = {
	waitbuyerpay: 1,
	waitsellersend: 1,
	waitbuyerreceive: 2,
	success: 3,
	cancel: 1,
};

const time = (ms) => (ms ? format1688(ms) : undefined);

/**
 * @param {object} order internal order
 * @param {{withContact?: boolean, detail?: boolean}} [o] withContact: include phone numbers (needBuyerAddressAndPhone)
 */
function toTradeInfo(order, o = {}) {
	const a = order.address;
	const withContact = o.withContact || o.detail;
	const baseInfo = {
		businessType: order.businessType,
		buyerID: order.buyer.memberId,
		buyerLoginId: order.buyer.loginId,
		buyerUserId: order.buyer.userId,
		sellerID: order.seller.memberId,
		sellerLoginId: order.seller.loginId,
		sellerUserId: order.seller.userId,
		createTime: time(order.createTime),
		modifyTime: time(order.modifyTime),
		payTime: time(order.payTime),
		allDeliveredTime: time(order.allDeliveredTime),
		receivingTime: time(order.receivingTime),
		completeTime: time(order.completeTime),
		id: long(order.id),
		idOfStr: order.id,
		status: order.status,
		totalAmount: order.totalAmount,
		sumProductPayment: order.sumProductPayment,
		shippingFee: order.shippingFee,
		discount: order.discount,
		refund: 0,
		refundPayment: 0,
		tradeType: order.tradeType,
		currency: 'CNY',
		remark: order.remark || undefined,
		buyerFeedback: order.buyerFeedback || undefined,
		closeReason: order.closeReason || undefined,
		alipayTradeId: order.alipayTradeId,
		stepPayAll: false,
		overSeaOrder: false,
		buyerContact: {
			name: order.buyer.loginId,
			imInPlatform: order.buyer.loginId,
			companyName: order.buyer.companyName,
			phone: withContact ? '86-0571-88888888' : undefined,
			mobile: withContact ? '13800000000' : undefined,
		},
		sellerContact: {
			name: order.seller.loginId,
			imInPlatform: order.seller.loginId,
			companyName: order.seller.companyName,
			shopName: order.seller.companyName,
		},
		receiverInfo: {
			toFullName: a.fullName,
			toDivisionCode: a.areaCode || '',
			toMobile: withContact ? a.mobile : undefined,
			toPhone: withContact ? a.phone || '' : undefined,
			toPost: a.postCode || '',
			toArea: [a.provinceText, a.cityText, a.areaText, a.townText].filter(Boolean).join(' '),
		},
	};
	if (order.outOrderId) baseInfo.outOrderId = order.outOrderId;
	// The buyer's memo (alibaba.order.memoAdd) and its flag colour.
	if (order.buyerMemo)
		Object.assign(baseInfo, { buyerMemo: order.buyerMemo, buyerRemarkIcon: order.buyerRemarkIcon });
	const info = {
		baseInfo,
		productItems: order.items.map((it) => ({
			itemAmount: it.itemAmount,
			name: it.name,
			price: it.price,
			productID: it.offerId,
			productImgUrl: it.productImgUrl,
			productSnapshotUrl: `https://trade.1688.com/order/offer_snapshot.htm?order_entry_id=${it.subItemID}`,
			quantity: it.quantity,
			refund: 0,
			skuID: it.skuId,
			specId: it.specId,
			status: order.status,
			statusStr: STATUS_TEXT[order.status],
			subItemID: long(it.subItemID),
			type: 'common',
			unit: it.unit,
			cargoNumber: it.cargoNumber,
			productCargoNumber: it.productCargoNumber,
			skuInfos: it.skuInfos,
			entryDiscount: 0,
			quantityFactor: 1,
			logisticsStatus: LOGISTICS_STATUS[order.status],
			closeReason: order.status === 'cancel' ? order.closeReason : undefined,
			guaranteesTerms: [],
		})),
		nativeLogistics: {
			address: a.address,
			area: a.areaText,
			areaCode: a.areaCode || '',
			city: a.cityText,
			contactPerson: a.fullName,
			mobile: withContact ? a.mobile : undefined,
			province: a.provinceText,
			town: a.townText,
			zip: a.postCode || '',
		},
		tradeTerms: [
			{
				payStatus: PAY_STATUS[order.status],
				payTime: time(order.payTime),
				payWay: '1',
				payWayDesc: '支付宝',
				phasAmount: order.totalAmount,
				phase: long(order.id.slice(0, 16)),
			},
		],
		orderRateInfo: { buyerRateStatus: 5, sellerRateStatus: 5 },
	};
	// Which shipping insurance the order carries (shipping.insurance.get reads the policy by this type).
	const insurance = shippingInsuranceOf(order);
	if (insurance) info.orderBizInfo = { shippingInsurance: insurance.type };
	// The detail (get.buyerView) carries extAttributes, empty in the doc's sample as here.
	if (o.detail) info.extAttributes = [];
	if (o.detail && order.logistics.length) {
		info.nativeLogistics.logisticsItems = order.logistics.map((lg) => ({
			deliveredTime: time(lg.shipTime),
			logisticsCode: lg.logisticsId,
			type: '0',
			status: lg.signed ? 'alreadysign' : 'alreadysend',
			logisticsCompanyId: lg.company.id,
			logisticsCompanyName: lg.company.name,
			logisticsBillNo: lg.logisticsBillNo,
			subItemIds: order.items.map((it) => it.subItemID).join(','),
			fromProvince: order.seller.province,
			fromCity: order.seller.city,
			toProvince: a.provinceText,
			toCity: a.cityText,
			toArea: a.areaText,
		}));
	}
	return info;
}

/**
 * The buyer's order a logistics call names, or the business error to answer: bad webSite or orderId,
 * unknown order (`notFound` = [code, message], which differ per API), or another buyer's order.
 * @returns {{order: object} | {error: {success: false, errorCode: string, errorMessage: string}}}
 */
function findBuyerOrder(params, store, { notFound, noPermission }) {
	const fail = (errorCode, errorMessage) => ({
		error: { success: false, errorCode, errorMessage },
	});
	if (!['1688', 'alibaba'].includes(params.webSite))
		return fail('400_1', 'webSite must be 1688 or alibaba');
	const id = longId(params.orderId);
	if (!id) return fail('400_1', 'orderId is required and must be a number');
	const order = store.getOrder(id);
	if (!order) return fail(...notFound);
	if (order.buyer.memberId !== store.member.memberId)
		return fail('order.nopermission.buyer', noPermission);
	return { order };
}

module.exports = { toTradeInfo, findBuyerOrder, STATUS_TEXT };
