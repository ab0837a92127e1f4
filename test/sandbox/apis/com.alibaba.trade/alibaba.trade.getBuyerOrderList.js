'use strict';
/**
 * com.alibaba.trade:alibaba.trade.getBuyerOrderList-1 — the buyer's orders, newest first.
 * Paging: page (from 1), pageSize (1–50, default 20) → {"result":[TradeInfo...], "totalRecord": n}.
 * Filters: createStartTime/createEndTime, modifyStartTime/modifyEndTime (yyyyMMddHHmmssSSS+0800),
 * orderStatus, sellerMemberId, sellerLoginId, productName, outOrderId, orderIds (JSON array).
 */
const { parse1688 } = require('../../protocol/dates');
const { toTradeInfo } = require('../../views/order');
const { longList } = require('../../views/ids');

const STATUSES = ['waitbuyerpay', 'waitsellersend', 'waitbuyerreceive', 'success', 'cancel'];
const MAX_PAGE_SIZE = 50;
const fail = (errorCode, errorMessage) => ({ errorCode, errorMessage });

module.exports = {
	namespace: 'com.alibaba.trade',
	name: 'alibaba.trade.getBuyerOrderList',
	version: '1',
	needsToken: true,
	handle({ params: p, store }) {
		const page = p.page === undefined || p.page === '' ? 1 : Number(p.page);
		const pageSize = p.pageSize === undefined || p.pageSize === '' ? 20 : Number(p.pageSize);
		if (!Number.isInteger(page) || page < 1) return fail('400_1', 'page must be an integer starting from 1');
		if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) return fail('400_1', `pageSize must be between 1 and ${MAX_PAGE_SIZE}`);
		const range = {};
		for (const key of ['createStartTime', 'createEndTime', 'modifyStartTime', 'modifyEndTime']) {
			if (p[key] === undefined || p[key] === '') continue;
			const ms = parse1688(p[key]);
			if (ms === null) return fail('400_1', `${key} must be in the form yyyyMMddHHmmssSSS+0800`);
			range[key] = ms;
		}
		if (p.orderStatus && !STATUSES.includes(p.orderStatus)) return fail('400_1', `orderStatus must be one of ${STATUSES.join(', ')}`);
		const ids = longList(p.orderIds);
		const orders = [...store.orders.values()]
			.filter((o) => o.buyer.memberId === store.member.memberId)
			.filter((o) => !p.orderStatus || o.status === p.orderStatus)
			.filter((o) => range.createStartTime === undefined || o.createTime >= range.createStartTime)
			.filter((o) => range.createEndTime === undefined || o.createTime <= range.createEndTime)
			.filter((o) => range.modifyStartTime === undefined || o.modifyTime >= range.modifyStartTime)
			.filter((o) => range.modifyEndTime === undefined || o.modifyTime <= range.modifyEndTime)
			.filter((o) => !p.sellerMemberId || o.seller.memberId === p.sellerMemberId)
			.filter((o) => !p.sellerLoginId || o.seller.loginId === p.sellerLoginId)
			.filter((o) => !p.outOrderId || o.outOrderId === p.outOrderId)
			.filter((o) => !p.productName || o.items.some((it) => it.name.includes(p.productName)))
			.filter((o) => !ids || ids.includes(o.id))
			.sort((a, b) => b.createTime - a.createTime || (a.id < b.id ? 1 : -1));
		const withContact = p.needBuyerAddressAndPhone === 'true';
		const slice = orders.slice((page - 1) * pageSize, page * pageSize);
		return { result: slice.map((o) => toTradeInfo(o, { withContact })), totalRecord: orders.length };
	},
};
