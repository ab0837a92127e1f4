'use strict';
/**
 * com.alibaba.trade:trade.receivegoods.confirm-1 — the buyer confirms receipt of a shipped order's lines.
 * orderId (Long), orderEntryIds (Long[]: sub-order IDs, the productItems' subItemID) →
 * {"result":{"success":true}} (TradeConfirmReceiptResult: success, errorInfo, errorCode; the page has no sample).
 * Receipt can be confirmed line by line (ORDER_BUYER_VIEW_ORDER_COMFIRM_RECEIVEGOODS comes "including partial
 * receipt confirmations"); once every line is confirmed the order goes waitbuyerreceive → success (the trade is
 * then after-sale: refunds of it are after-sales refunds), as the seeded state machine's receive step does.
 * Errors {"result":{"success":false,"errorCode","errorInfo"}}: 400_1 (bad parameters, a line not of the order),
 * ORDER_NOT_EXIST, 400_3 (not the buyer's order), ORDER_STATUS_ERROR (not waiting for the buyer to receive).
 */
const { longId, longList } = require('../../views/ids');

const fail = (errorCode, errorInfo) => ({ result: { success: false, errorCode, errorInfo } });

module.exports = {
	namespace: 'com.alibaba.trade',
	name: 'trade.receivegoods.confirm',
	version: '1',
	needsToken: true,
	handle({ params, store }) {
		const id = longId(params.orderId);
		if (!id) return fail('400_1', 'orderId is required and must be a number');
		const entries = longList(params.orderEntryIds);
		if (!entries || entries.length === 0)
			return fail('400_1', 'orderEntryIds is required: the sub-order IDs to confirm');
		const order = store.getOrder(id);
		if (!order) return fail('ORDER_NOT_EXIST', '订单不存在');
		if (order.buyer.memberId !== store.member.memberId) return fail('400_3', '没有权限操作该订单');
		if (order.status !== 'waitbuyerreceive')
			return fail('ORDER_STATUS_ERROR', '订单状态错误，只能确认收货等待买家收货的订单');
		const lines = order.items.map((item) => item.subItemID);
		const foreign = entries.filter((entry) => !lines.includes(entry));
		if (foreign.length) return fail('400_1', `子订单[${foreign.join(',')}]不属于订单[${order.id}]`);
		order.receiptConfirmedEntries = [
			...new Set([...(order.receiptConfirmedEntries || []), ...entries]),
		];
		if (lines.every((line) => order.receiptConfirmedEntries.includes(line)))
			store.setOrderStatus(order.id, 'success');
		return { result: { success: true } };
	},
};
