'use strict';
/**
 * com.alibaba.trade:alibaba.trade.getBuyerOrderList-1 — the buyer's orders, newest first.
 * Paging: page (from 1), pageSize (1–50, default 20) → {"result":[TradeInfo...], "totalRecord": n}.
 * Filters: createStartTime/createEndTime, modifyStartTime/modifyEndTime (yyyyMMddHHmmssSSS+0800),
 * orderStatus, sellerMemberId, sellerLoginId, productName, outOrderId, orderIds (JSON array).
 * Orders the buyer deleted (trade.order.buyerdelete) are not listed.
 */
const { numberParam } = require('../../protocol/params');
const { parse1688 } = require('../../protocol/dates');
const { toTradeInfo } = require('../../views/order');
const { longList } = require('../../views/ids');

const STATUSES = ['waitbuyerpay', 'waitsellersend', 'waitbuyerreceive', 'success', 'cancel'];
const MAX_PAGE_SIZE = 50;
const fail = (errorCode, errorMessage) => ({ errorCode, errorMessage });

// Orders newest first, sorted once per order map and size: orders are only ever added (creation
// times never change), so benchmarks with tens of thousands of orders do not sort on every page.
const sortedCache = new WeakMap();
function newestFirst(orders) {
	const cached = sortedCache.get(orders);
	if (cached && cached.size === orders.size) return cached.list;
	const list = [...orders.values()].sort(
		(a, b) => b.createTime - a.createTime || (a.id < b.id ? 1 : -1),
	);
	sortedCache.set(orders, { size: orders.size, list });
	return list;
}

module.exports = {
	namespace: 'com.alibaba.trade',
	name: 'alibaba.trade.getBuyerOrderList',
	version: '1',
	needsToken: true,
	handle({ params: p, store }) {
		const page = numberParam(p, 'page', 1);
		const pageSize = numberParam(p, 'pageSize', 20);
		if (!Number.isInteger(page) || page < 1)
			return fail('400_1', 'page must be an integer starting from 1');
		if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE)
			return fail('400_1', `pageSize must be between 1 and ${MAX_PAGE_SIZE}`);
		const range = {};
		for (const key of ['createStartTime', 'createEndTime', 'modifyStartTime', 'modifyEndTime']) {
			if (p[key] === undefined || p[key] === '') continue;
			const ms = parse1688(p[key]);
			if (ms === null) return fail('400_1', `${key} must be in the form yyyyMMddHHmmssSSS+0800`);
			range[key] = ms;
		}
		if (p.orderStatus && !STATUSES.includes(p.orderStatus))
			return fail('400_1', `orderStatus must be one of ${STATUSES.join(', ')}`);
		const ids = longList(p.orderIds);
		const buyer = store.member.memberId;
		// One pass with every filter: benchmarks page through tens of thousands of orders.
		const orders = newestFirst(store.orders).filter(
			(o) =>
				o.buyer.memberId === buyer &&
				!o.deletedByBuyer &&
				(!p.orderStatus || o.status === p.orderStatus) &&
				(range.createStartTime === undefined || o.createTime >= range.createStartTime) &&
				(range.createEndTime === undefined || o.createTime <= range.createEndTime) &&
				(range.modifyStartTime === undefined || o.modifyTime >= range.modifyStartTime) &&
				(range.modifyEndTime === undefined || o.modifyTime <= range.modifyEndTime) &&
				(!p.sellerMemberId || o.seller.memberId === p.sellerMemberId) &&
				(!p.sellerLoginId || o.seller.loginId === p.sellerLoginId) &&
				(!p.outOrderId || o.outOrderId === p.outOrderId) &&
				(!p.productName || o.items.some((it) => it.name.includes(p.productName))) &&
				(!ids || ids.includes(o.id)),
		);
		const withContact = p.needBuyerAddressAndPhone === 'true';
		const slice = orders.slice((page - 1) * pageSize, page * pageSize);
		return {
			result: slice.map((o) => toTradeInfo(o, { withContact })),
			totalRecord: orders.length,
		};
	},
};
