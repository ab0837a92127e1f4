'use strict';
/**
 * com.alibaba.product:alibaba.product.list.get-1 — the authorised seller's own products.
 * pageNo (from 1), pageSize (default 20; like 1688, more than 20 is served as 20), statusList (JSON array
 * or comma list, e.g. ["published"]),
 * categoryID?, subjectKey? → {"result":{"pageResult":{"pageIndex","sizePerPage","totalRecords","resultList":[productInfo]}},"success":true}
 * (the official SDK's AlibabaProductListGetResult: result, message, success, code).
 */
const { numberParam } = require('../../protocol/params');
const { toProductInfo } = require('../../views/product');

/** The SDK documents pageSize as "at most 20; more than 20 counts as 20". */
const MAX_PAGE_SIZE = 20;
const fail = (errorCode, errorMsg) => ({ result: { success: false, errorCode, errorMsg } });

function listParam(raw) {
	if (raw === undefined || raw === '') return null;
	try {
		const v = JSON.parse(raw);
		return (Array.isArray(v) ? v : [v]).map((s) => String(s).toLowerCase());
	} catch {
		return raw
			.split(',')
			.map((s) => s.trim().toLowerCase())
			.filter(Boolean);
	}
}

module.exports = {
	namespace: 'com.alibaba.product',
	name: 'alibaba.product.list.get',
	version: '1',
	needsToken: true,
	handle({ params: p, store }) {
		const pageNo = numberParam(p, 'pageNo', 1);
		const asked = numberParam(p, 'pageSize', MAX_PAGE_SIZE);
		if (!Number.isInteger(pageNo) || pageNo < 1)
			return fail('400_1', 'pageNo must be an integer >= 1');
		if (!Number.isInteger(asked) || asked < 1)
			return fail('400_1', 'pageSize must be an integer >= 1');
		const pageSize = Math.min(asked, MAX_PAGE_SIZE);
		const statuses = listParam(p.statusList);
		const list = [...store.offers.values()]
			.filter((o) => o.seller.memberId === store.member.memberId)
			.filter((o) => !statuses || statuses.includes(o.status))
			.filter((o) => !p.categoryID || String(o.categoryId) === String(p.categoryID))
			.filter((o) => !p.subjectKey || o.subject.includes(p.subjectKey))
			.sort((a, b) => b.modifyTime - a.modifyTime || a.offerId - b.offerId);
		return {
			result: {
				success: true,
				pageResult: {
					pageIndex: pageNo,
					sizePerPage: pageSize,
					totalRecords: list.length,
					resultList: list.slice((pageNo - 1) * pageSize, pageNo * pageSize).map(toProductInfo),
				},
			},
			success: true,
		};
	},
};
