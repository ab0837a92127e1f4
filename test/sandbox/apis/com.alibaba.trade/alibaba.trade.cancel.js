'use strict';
/**
 * com.alibaba.trade:alibaba.trade.cancel-1 — cancel an unpaid order (waitbuyerpay → cancel) and
 * give the stock back. webSite=1688, tradeID, cancelReason (buyerCancel|sellerGoodsLack|other), remark?
 * → {"success":true} or {"success":false,"errorCode","errorMessage"} with ORDER_NOT_EXIST,
 * ORDER_STATUS_ERROR, 400_3 (not the buyer's order) or CLOSE_ORDER_TOO_FAST (< 10 s after creation).
 */
const { longId } = require('../../views/ids');

const REASONS = ['buyerCancel', 'sellerGoodsLack', 'other'];
const fail = (errorCode, errorMessage) => ({ success: false, errorCode, errorMessage });

module.exports = {
	namespace: 'com.alibaba.trade',
	name: 'alibaba.trade.cancel',
	version: '1',
	needsToken: true,
	handle({ params, store, sandbox }) {
		if (params.webSite !== '1688') return fail('400_1', 'webSite must be 1688');
		const id = longId(params.tradeID);
		if (!id) return fail('400_1', 'tradeID is required and must be a number');
		if (!REASONS.includes(params.cancelReason))
			return fail('400_1', `cancelReason must be one of ${REASONS.join(', ')}`);
		const order = store.getOrder(id);
		if (!order) return fail('ORDER_NOT_EXIST', '订单不存在');
		if (order.buyer.memberId !== store.member.memberId) return fail('400_3', '没有权限取消该订单');
		if (order.status !== 'waitbuyerpay')
			return fail('ORDER_STATUS_ERROR', '订单状态错误，只能取消待付款的订单');
		const minAge = sandbox.config.closeTooFastMs ?? 10000;
		if (Date.now() - order.createTime < minAge)
			return fail('CLOSE_ORDER_TOO_FAST', '订单创建后10秒内不能关闭');
		store.setOrderStatus(order.id, 'cancel', { cancelReason: params.cancelReason });
		order.cancelRemark = params.remark || '';
		for (const it of order.items) {
			const offer = store.getOffer(it.offerId);
			const sku = offer && store.findSku(offer, { skuId: it.skuId });
			if (sku)
				store.setStock({
					offerId: offer.offerId,
					skuId: sku.skuId,
					amountOnSale: sku.amountOnSale + it.quantity,
				});
		}
		return { success: true };
	},
};
