'use strict';
/**
 * com.alibaba.trade:alibaba.order.memoAdd-1 — the buyer's memo on an order (only the buyer sees it), replacing
 * the previous one. orderId (Long), memo, remarkIcon (1 red, 2 blue, 3 green, 4 yellow) → {"success":true};
 * the order then shows baseInfo.buyerMemo and buyerRemarkIcon. An unknown order is the page's own sample:
 * {"errorCode":"400_4","errorMsg":"修改备注信息出错[ORDER_NOT_EXIST]，order[…]is not exsits","success":true}
 * (success true beside the error code). Bad parameters: {"success":false,"errorCode":"400_1","errorMsg"}.
 */
const { longId } = require('../../views/ids');

const ICONS = ['1', '2', '3', '4'];
const fail = (errorMsg) => ({ success: false, errorCode: '400_1', errorMsg });

module.exports = {
	namespace: 'com.alibaba.trade',
	name: 'alibaba.order.memoAdd',
	version: '1',
	needsToken: true,
	handle({ params, store }) {
		const id = longId(params.orderId);
		if (!id) return fail('orderId is required and must be a number');
		const memo = String(params.memo ?? '');
		if (memo.trim() === '') return fail('memo is required');
		if (!ICONS.includes(String(params.remarkIcon))) return fail('remarkIcon must be 1, 2, 3 or 4');
		const order = store.getOrder(id);
		if (!order || order.buyer.memberId !== store.member.memberId) {
			return {
				errorCode: '400_4',
				errorMsg: `修改备注信息出错[ORDER_NOT_EXIST]，order[${id}]is not exsits`,
				success: true,
			};
		}
		order.buyerMemo = memo;
		order.buyerRemarkIcon = String(params.remarkIcon);
		return { success: true };
	},
};
