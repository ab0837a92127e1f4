import type { ApiRef } from './transport/api';

/**
 * Every 1688 API the package calls, in one place: operations and triggers refer to these names, never
 * to literal namespaces. The test suite lists this catalogue and checks that each API has a sandbox
 * handler and a documented sample answer (test/contract), so adding an API here is how it is declared.
 *
 * Doc pages: Natawat-d/1688_Platform, 1688-api-docs/en/<namespace>.<name>-<version>.md.
 */
function api(namespace: string, name: string, version = 1): ApiRef {
	return { namespace, name, version };
}

/**
 * An order-creation API: an answer naming an order ID is a created order even beside `success: false`
 * (createCrossOrder's doc samples show exactly that; an order ID means the order exists, whichever API placed it).
 */
function orderCreationApi(namespace: string, name: string, version = 1): ApiRef {
	return { namespace, name, version, createsOrders: true };
}

/** An API whose doc page says "No user authorization": called with App Key and Secret alone, no token. */
function appOnlyApi(namespace: string, name: string, version = 1): ApiRef {
	return { namespace, name, version, userAuthorization: false };
}

const ACCOUNT = 'com.alibaba.account';
const CROSS_BORDER = 'com.alibaba.fenxiao.crossborder';
const FENXIAO = 'com.alibaba.fenxiao';
const LOGISTICS = 'com.alibaba.logistics';
const OPEN = 'cn.alibaba.open';
const PRODUCT = 'com.alibaba.product';
const TRADE = 'com.alibaba.trade';

export const API = {
	/** The authorised account (the credential test). */
	accountBasic: api(ACCOUNT, 'alibaba.account.basic'),
	/**
	 * A member's loginId (an order's sellerLoginId, its WangWang ID) into the OpenUID the app sees for it, which
	 * account.wangwangUrl.get takes. Risk-controlled, its page says: no batch use, only when a person triggers it.
	 */
	loginIdToOpenUid: api(ACCOUNT, 'loginid.openuid.encrypt'),
	/** A link that opens an AliWangWang chat with a member, by its OpenUID (`toOpenUid`). */
	chatLink: api(ACCOUNT, 'account.wangwangUrl.get'),

	/** Detail of an offer the app is authorised for (own offers, authorised suppliers). */
	productGet: api(PRODUCT, 'alibaba.product.get'),
	/** The authorised seller's own offers, paged by `pageNo`/`pageSize` (at most 20 a page). */
	productList: api(PRODUCT, 'alibaba.product.list.get'),
	/** Stock changes (deltas) of the seller's own offers. */
	productModifyStock: api(PRODUCT, 'alibaba.product.modifyStock'),
	/** One category with its children; `categoryID` 0 is the root. Public data: no user authorisation. */
	categoryGet: appOnlyApi(PRODUCT, 'alibaba.category.get'),
	/**
	 * Follow / unfollow an offer (`productId`) for the authorised account: 1688's stock and distribution
	 * price messages (PRODUCT_PRODUCT_INVENTORY_CHANGE, FENXIAO_PRICE_CHANGE) come only for followed
	 * offers, their topic pages say ("需先调用关注商品API" names this API, 关注商品). Answer `{code, message}`, 0 = done.
	 */
	productFollow: api(PRODUCT, 'alibaba.product.follow.crossborder'),
	productUnfollow: api(PRODUCT, 'alibaba.product.unfollow.crossborder'),

	/** The cross-border (multilingual) product APIs: any offer on 1688, titles translated. */
	crossBorderDetail: api(CROSS_BORDER, 'product.search.queryProductDetail'),
	keywordSearch: api(CROSS_BORDER, 'product.search.keywordQuery'),
	imageSearch: api(CROSS_BORDER, 'product.search.imageQuery'),
	imageUpload: api(CROSS_BORDER, 'product.image.upload'),
	/** One shop's offers, by the `sellerOpenId` the detail gives. */
	shopSearch: api(CROSS_BORDER, 'product.search.querySellerOfferList'),
	/** Offers related to one offer, `pageNo`/`pageSize` (at most 10), no total. */
	relatedOffers: api(CROSS_BORDER, 'product.related.recommend'),
	/** Personalised recommendations for one end user (`outMemberId`), no total. */
	recommendedOffers: api(CROSS_BORDER, 'product.search.offerRecommend'),

	/** Categories in a language: one with its children (`categoryId` 0 is the root), or those matching a name. */
	categoryTranslation: api(CROSS_BORDER, 'category.translation.getById'),
	categoryTranslationSearch: api(CROSS_BORDER, 'category.translation.getByKeyword'),

	/** Market insight: trending keywords of a category (the doc page: no user authorization), ranking lists. */
	topKeywords: appOnlyApi(CROSS_BORDER, 'product.search.topKeyword'),
	rankingList: api(CROSS_BORDER, 'product.topList.query'),
	/** An offer's day-by-day figures over at most a month: units sold, 30-day median price, repurchase rate. */
	dailySalesTrend: api(CROSS_BORDER, 'product.analyze.getPerdaySellQuantityTrendNew'),
	medianPriceTrend: api(CROSS_BORDER, 'product.analyze.getThirtyDayMedianPriceTrendNew'),
	repurchaseRateTrend: api(CROSS_BORDER, 'product.analyze.getRepurchaseRateTrendNew'),

	/** A product's shipping fee to a mainland district, with its weight and package size. */
	freightEstimate: api(CROSS_BORDER, 'product.freight.estimate'),
	/** Write-back: which shop order a 1688 order serves (the cross-border solution asks partners to). */
	orderRelationWrite: api(CROSS_BORDER, 'order.relation.write'),

	orderList: api(TRADE, 'alibaba.trade.getBuyerOrderList'),
	orderGet: api(TRADE, 'alibaba.trade.get.buyerView'),
	orderPreview: api(TRADE, 'alibaba.createOrder.preview'),
	/** Order creation of the domestic buyer solutions. */
	orderFastCreate: orderCreationApi(TRADE, 'alibaba.trade.fastCreateOrder'),
	/** Order creation of the cross-border solution: one supplier, at most 50 SKUs per order. */
	orderCrossCreate: orderCreationApi(TRADE, 'alibaba.trade.createCrossOrder'),
	orderCancel: api(TRADE, 'alibaba.trade.cancel'),
	/** The buyer confirms receipt of an order's lines (`orderEntryIds`, sub-order IDs): the trade becomes after-sale. */
	orderConfirmReceipt: api(TRADE, 'trade.receivegoods.confirm'),
	/** The buyer's own memo on an order (replaces the last one), with a flag colour. */
	orderMemo: api(TRADE, 'alibaba.order.memoAdd'),
	/** A message for the seller added to an order's buyer message (500 characters in all). */
	orderFeedback: api(TRADE, 'alibaba.trade.addFeedback'),
	/** Asks to change the delivery address of an order not shipped yet; the seller may have to confirm it. */
	orderAddressChange: api(TRADE, 'order.receiveAddress.buyerUpdate'),
	/** Deletes a closed (cancelled) order from the buyer's order list. */
	orderDelete: api(TRADE, 'trade.order.buyerdelete'),
	alipayUrl: api(TRADE, 'alibaba.alipay.url.get'),
	crossBorderPayUrl: api(TRADE, 'alibaba.crossBorderPay.url.get'),
	creditPayUrl: api(TRADE, 'alibaba.creditPay.url.get'),
	/** The payment channels an unpaid order can be paid with, with its amount (fen) and deadline. */
	payChannels: api(TRADE, 'alibaba.trade.payWay.query'),
	/** An order's shipping-insurance policy and claims, by the kind it carries (givenByPlatform, givenByMerchant). */
	shippingInsurance: api(TRADE, 'shipping.insurance.get'),
	/** Whether password-free (auto-debit) payment is signed, per channel. */
	protocolPayIsOpen: api(TRADE, 'alibaba.trade.pay.protocolPay.isopen'),
	protocolPayPrepare: api(TRADE, 'alibaba.trade.pay.protocolPay.preparePay'),

	/** The buyer's saved delivery addresses. */
	receiveAddressList: api(TRADE, 'alibaba.trade.receiveAddress.get'),
	/** A free-text mainland address into its area code. */
	addressCodeParse: api(TRADE, 'alibaba.trade.addresscode.parse'),
	/** An overseas address (country, province, city, district) into its address code. */
	addressTextParse: api(TRADE, 'trade.address.parseText'),

	/**
	 * Refunds and returns (the cross-border solution's "Returns & Refunds"; amounts in fen, sub-orders as Long[]):
	 * the reasons a goods status offers, the most that can be refunded, one evidence image (multipart: callApi's
	 * `file` option), the request itself, the return parcel's waybill, the seller's return address.
	 */
	refundReasons: api(TRADE, 'alibaba.trade.getRefundReasonList'),
	refundMaxFee: api(TRADE, 'alibaba.trade.getMaxRefundFee'),
	refundVoucherUpload: api(TRADE, 'alibaba.trade.uploadRefundVoucher'),
	refundCreate: api(TRADE, 'alibaba.trade.createRefund'),
	refundReturnGoods: api(TRADE, 'alibaba.trade.refund.returnGoods'),
	refundReturnAddress: api(FENXIAO, 'refund.address.get'),
	/** One refund by its TQ… ID, with its operation records when asked. */
	refundGet: api(TRADE, 'alibaba.trade.refund.OpQueryOrderRefund'),
	/** The buyer's refunds, filtered; paged by `currentPageNum` from 0 (its sample answers 0) and `pageSize`. */
	refundList: api(TRADE, 'alibaba.trade.refund.buyer.queryOrderRefundList'),
	/** One order's in-sale refunds, active or refunded (its page: after-sale refunds are not listed). */
	refundsOfOrder: api(TRADE, 'alibaba.trade.refund.OpQueryBatchRefundByOrderIdAndStatus'),
	refundOperations: api(TRADE, 'alibaba.trade.refund.OpQueryOrderRefundOperationList'),
	/**
	 * Withdraws a refund request. Its page marks the access token optional ("No user authorization"), but the
	 * refund is the buyer's: the token is sent so that 1688 knows whose it is (sending it is accepted either way).
	 */
	refundCancel: api(TRADE, 'alibaba.trade.cancelRefund'),
	arbitrationApply: api(TRADE, 'trade.arbitration.apply'),
	/** Every logistics company, with the `companyNo` a return shipment names its carrier by. */
	logisticsCompanies: api(LOGISTICS, 'alibaba.logistics.OpQueryLogisticCompanyList'),
	/** Official return pickup: a courier collects the return inside China (plans, then a pickup order). */
	pickupPlans: api(LOGISTICS, 'refundofficialdelivery.solution.get'),
	pickupCreate: api(LOGISTICS, 'refundofficialdelivery.order.create'),
	pickupModify: api(LOGISTICS, 'refundofficialdelivery.order.modify'),
	pickupGet: api(LOGISTICS, 'refundofficialdelivery.order.get'),
	pickupCancel: api(LOGISTICS, 'refundofficialdelivery.order.cancel'),

	logisticsInfos: api(LOGISTICS, 'alibaba.trade.getLogisticsInfos.buyerView'),
	logisticsTrace: api(LOGISTICS, 'alibaba.trade.getLogisticsTraceInfo.buyerView'),
	/** Reminds the seller to ship a paid order (at most once every 24 hours). */
	deliveryUrge: api(LOGISTICS, 'logistics.delivery.urge'),
	/** The international waybills of the orders placed with one external order ID (`outOrderId`, cross-border solution). */
	internationalWaybills: api(CROSS_BORDER, 'bigcustomer.mailNo.query'),
	/** The external and 1688 order of a waybill number or unclaimed-parcel code scanned at the warehouse. */
	orderByWaybill: api(CROSS_BORDER, 'logistics.order.getOutOrderId'),

	/**
	 * The app's messages 1688 could not push (failed or undelivered), paged by `page`/`pageSize` (20–200),
	 * optionally of one `type`; listing does not consume them. Answer `{pushMessagePage:{datas, totalCount}}`.
	 */
	pushMessageList: appOnlyApi(OPEN, 'push.query.messageList'),
	/** Marks listed messages consumed: `msgIdList` (a JSON list of msgIds) → `{isSuccess}`. */
	pushMessageConfirm: appOnlyApi(OPEN, 'push.message.confirm'),
} as const satisfies Record<string, ApiRef>;

/**
 * The catalogue's entry for an API given by its ID (Any API), so that what the catalogue knows about it
 * (no user token needed, order creation) holds there too; the ID itself when the catalogue lacks it.
 */
export function catalogueApi(ref: ApiRef): ApiRef {
	const known: ApiRef[] = Object.values(API);
	return (
		known.find(
			(api) =>
				api.namespace === ref.namespace && api.name === ref.name && api.version === ref.version,
		) ?? ref
	);
}
