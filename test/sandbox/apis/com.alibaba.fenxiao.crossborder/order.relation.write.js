'use strict';
/**
 * com.alibaba.fenxiao.crossborder:order.relation.write-1 — record which shop (sub-)order a 1688 (sub-)order serves.
 * orderRelationParam = {"orderId","parentOrderId" (the shop's sub and main order), "purchaseOrderId",
 * "purchaseParentOrderId" (1688's sub-order and order; Long, given as strings in the doc's sample)}
 * → {"success":true,"code":"0","message":""} (the doc's sample, without the `result` wrapper its field table shows);
 * errors {"success":false,"code":"400","message"}. The same pair written again replaces the record.
 */
const { objectJsonParam } = require('../../protocol/params');
const { longField } = require('../../views/ids');

const fail = (message) => ({ success: false, code: '400', message });

module.exports = {
	namespace: 'com.alibaba.fenxiao.crossborder',
	name: 'order.relation.write',
	version: '1',
	needsToken: true,
	handle({ params, store, appKey }) {
		const { value: param, raw, problem } = objectJsonParam(params, 'orderRelationParam');
		if (problem) return fail('orderRelationParam must be a JSON object');
		const shopOrder = String(param.orderId ?? '').trim();
		const shopParent = String(param.parentOrderId ?? '').trim();
		if (!shopOrder || !shopParent) return fail('orderId and parentOrderId are required');
		const purchaseParent = longField(raw, 'purchaseParentOrderId');
		const purchaseOrder = longField(raw, 'purchaseOrderId');
		if (!purchaseParent || !purchaseOrder)
			return fail('purchaseOrderId and purchaseParentOrderId are required numbers');
		const order = store.getOrder(purchaseParent);
		if (!order || order.buyer.memberId !== store.member.memberId)
			return fail(`1688 order ${purchaseParent} does not exist or is not yours`);
		if (
			purchaseOrder !== order.id &&
			!order.items.some((item) => item.subItemID === purchaseOrder)
		) {
			return fail(`${purchaseOrder} is not 1688 order ${order.id} nor one of its sub-orders`);
		}
		const record = {
			orderId: shopOrder,
			parentOrderId: shopParent,
			purchaseOrderId: purchaseOrder,
			purchaseParentOrderId: order.id,
			appKey,
		};
		const existing = store.orderRelations.findIndex(
			(r) => r.orderId === shopOrder && r.purchaseOrderId === purchaseOrder,
		);
		if (existing === -1) store.orderRelations.push(record);
		else store.orderRelations[existing] = record;
		return { success: true, code: '0', message: '' };
	},
};
