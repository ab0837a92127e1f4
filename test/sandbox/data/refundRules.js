'use strict';
/**
 * The rules of 1688's refunds as their doc pages give them (Natawat-d/1688_Platform, 1688-api-docs/en/):
 * the five goods statuses of alibaba.trade.createRefund-1 (with the order state each fits), the refund
 * statuses of alibaba.trade.refund.buyer.queryOrderRefundList-1, and the sandbox's reason list per goods
 * status (alibaba.trade.getRefundReasonList-1 documents the fields, not the reasons: these are 1688's
 * usual reasons, IDs as createRefund's sample uses them, e.g. 20028 and 20021).
 */

/**
 * goodsStatus → where the trade is. In-sale is before the buyer confirms receipt, after-sale after it
 * (createRefund-1's note: 交易完成前为售中，交易完成后为售后). `kind` picks the reason list; `goodsStatus` is the
 * refund model's number (1 not received, 2 received; 3, returned, comes when the return is shipped).
 */
const GOODS_STATUSES = {
	refundWaitSellerSend: {
		stage: 'insale',
		orderStatus: 'waitsellersend',
		kind: 'notShipped',
		goodsStatus: 1,
	},
	refundWaitBuyerReceive: {
		stage: 'insale',
		orderStatus: 'waitbuyerreceive',
		kind: 'notReceived',
		goodsStatus: 1,
	},
	refundBuyerReceived: {
		stage: 'insale',
		orderStatus: 'waitbuyerreceive',
		kind: 'received',
		goodsStatus: 2,
	},
	aftersaleBuyerNotReceived: {
		stage: 'aftersale',
		orderStatus: 'success',
		kind: 'notReceived',
		goodsStatus: 1,
	},
	aftersaleBuyerReceived: {
		stage: 'aftersale',
		orderStatus: 'success',
		kind: 'received',
		goodsStatus: 2,
	},
};

/** "Refund and return can only be selected once the goods have been received" (createRefund-1, disputeRequest). */
const DISPUTE_REQUESTS = ['refund', 'returnRefund'];

const reason = (id, name, needVoucher, noRefundCarriage, tip) => ({
	id,
	name,
	needVoucher,
	noRefundCarriage,
	tip,
});
const AGREED = reason(
	20028,
	'不想买了，已与卖家协商一致',
	false,
	false,
	'请先与卖家协商一致再申请',
);

/** Reasons per kind of goods status: [id, name, voucher required, shipping not refundable, tip]. */
const REASONS = {
	notShipped: [
		AGREED,
		reason(20030, '拍错/多拍/不想要', false, false, '未发货的订单可全额退款'),
		reason(20033, '卖家缺货', false, false, '卖家无货可发'),
		reason(20036, '未按约定时间发货', false, false, '超过承诺的发货时间'),
	],
	notReceived: [
		reason(20041, '快递一直未送达', false, false, '请确认物流信息'),
		reason(20042, '快递无跟踪记录', false, false, '物流信息长时间未更新'),
		reason(20043, '货物破损已拒签', true, false, '请上传拒签或破损照片'),
		{ ...AGREED, noRefundCarriage: true },
	],
	received: [
		reason(20021, '颜色/图案/款式不符', true, false, '请上传商品实拍照片'),
		reason(20022, '尺寸/规格不符', false, false, '请说明实际尺寸'),
		reason(20023, '质量问题', true, false, '请上传能看清问题的照片'),
		reason(20024, '少件/漏发', true, false, '请上传收到的全部商品照片'),
		reason(20025, '收到商品破损', true, false, '请上传破损照片'),
		{ ...AGREED, noRefundCarriage: true },
	],
};

/** The reasons a goods status offers; [] for an unknown one. */
function reasonsFor(goodsStatus) {
	const status = GOODS_STATUSES[goodsStatus];
	return status ? REASONS[status.kind] : [];
}

/** Refund statuses (queryOrderRefundList-1's refundStatusSet); the first four are open. */
const OPEN_STATUSES = ['waitselleragree', 'waitbuyermodify', 'waitbuyersend', 'waitsellerreceive'];
const REFUND_STATUSES = [...OPEN_STATUSES, 'refundsuccess', 'refundclose'];

/**
 * What happens to a refund, as its operation records (OpOrderRefundOperationModel: operateTypeInt, operateRemark,
 * operatorRoleId 1 buyer / 2 seller / 3 system) and the push message's refundAction (the refund topics' pages).
 */
const OPERATIONS = {
	apply: {
		type: 1,
		role: 1,
		remark: '买家申请退款协议，等待卖家确认',
		action: 'BUYER_APPLY_REFUND',
	},
	refuse: {
		type: 15,
		role: 2,
		remark: '卖家拒绝协议，等待买家修改',
		action: 'SELLER_REJECT_REFUND_PROCOTOL',
	},
	agreeReturn: {
		type: 19,
		role: 2,
		remark: '确认收货地址',
		action: 'SELLER_AGREE_REFUND_PROCOTOL',
	},
	agreeRefund: { type: 8, role: 2, remark: '退款成功', action: 'SELLER_AGREE_REFUND' },
	returnShipped: { type: 10, role: 1, remark: '买家退货', action: 'BUYER_SEND_GOODS' },
	receive: { type: 8, role: 2, remark: '退款成功', action: 'SELLER_RECEIVE_GOODS' },
	cancel: {
		type: 3,
		role: 1,
		remark: '买家撤销退款申请，退款关闭',
		action: 'BUYER_CANCEL_REFUND_CLOSE',
	},
	close: { type: 4, role: 3, remark: '退款超时关闭', action: 'CRM_APPLY_TIMEOUT_CLOSE' },
	arbitration: { type: 12, role: 1, remark: '买家申请客服介入', action: 'BUYER_APPLY_SUPPORT' },
};

/** Push topics of refunds: in-sale and after-sale (messages-en/ORDER_BUYER_VIEW_ORDER_BUYER_REFUND_IN_SALES, …_REFUND_AFTER_SALES). */
const REFUND_TOPICS = {
	insale: 'ORDER_BUYER_VIEW_ORDER_BUYER_REFUND_IN_SALES',
	aftersale: 'ORDER_BUYER_VIEW_ORDER_REFUND_AFTER_SALES',
};

module.exports = {
	GOODS_STATUSES,
	DISPUTE_REQUESTS,
	reasonsFor,
	OPEN_STATUSES,
	REFUND_STATUSES,
	OPERATIONS,
	REFUND_TOPICS,
};
