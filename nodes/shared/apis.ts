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

/** An API whose doc page says "No user authorization": App Key and App Secret suffice, no access token. */
function appOnlyApi(namespace: string, name: string, version = 1): ApiRef {
	return { namespace, name, version, userAuthorization: false };
}

const ACCOUNT = 'com.alibaba.account';
const CROSS_BORDER = 'com.alibaba.fenxiao.crossborder';
const LOGISTICS = 'com.alibaba.logistics';
const OPEN = 'cn.alibaba.open';
const PRODUCT = 'com.alibaba.product';
const TRADE = 'com.alibaba.trade';

export const API = {
	/** The authorised account (the credential test). */
	accountBasic: api(ACCOUNT, 'alibaba.account.basic'),

	/** Detail of an offer the app is authorised for (own offers, authorised suppliers). */
	productGet: api(PRODUCT, 'alibaba.product.get'),
	/** The authorised seller's own offers, paged by `pageNo`/`pageSize` (at most 20 a page). */
	productList: api(PRODUCT, 'alibaba.product.list.get'),
	/** Stock changes (deltas) of the seller's own offers. */
	productModifyStock: api(PRODUCT, 'alibaba.product.modifyStock'),
	/** One category with its children; `categoryID` 0 is the root. */
	categoryGet: api(PRODUCT, 'alibaba.category.get'),
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

	orderList: api(TRADE, 'alibaba.trade.getBuyerOrderList'),
	orderGet: api(TRADE, 'alibaba.trade.get.buyerView'),
	orderPreview: api(TRADE, 'alibaba.createOrder.preview'),
	orderFastCreate: api(TRADE, 'alibaba.trade.fastCreateOrder'),
	orderCancel: api(TRADE, 'alibaba.trade.cancel'),
	alipayUrl: api(TRADE, 'alibaba.alipay.url.get'),

	logisticsInfos: api(LOGISTICS, 'alibaba.trade.getLogisticsInfos.buyerView'),
	logisticsTrace: api(LOGISTICS, 'alibaba.trade.getLogisticsTraceInfo.buyerView'),

	/**
	 * The app's messages 1688 could not push (failed or undelivered), paged by `page`/`pageSize` (20–200),
	 * optionally of one `type`; listing does not consume them. Answer `{pushMessagePage:{datas, totalCount}}`.
	 */
	pushMessageList: appOnlyApi(OPEN, 'push.query.messageList'),
	/** Marks listed messages consumed: `msgIdList` (a JSON list of msgIds) → `{isSuccess}`. */
	pushMessageConfirm: appOnlyApi(OPEN, 'push.message.confirm'),
} as const satisfies Record<string, ApiRef>;

export type ApiName = keyof typeof API;
