import { asArray, type Json } from '../values';
import { idOf, textOf, timeOf } from './read';

/**
 * The order topics (messages-en/ORDER_BUYER_VIEW_*.md, ORDER_ORDER_PRICE_MODIFY.md): which order, its
 * status now, when 1688 sent the message (China time), buyer and seller. The order ID is a long: exact text.
 */
export function orderFields(data: Json): Json {
	return {
		orderId: idOf(data.orderId),
		status: textOf(data.currentStatus),
		sentAt: timeOf(data.msgSendTime),
		buyerMemberId: textOf(data.buyerMemberId),
		sellerMemberId: textOf(data.sellerMemberId),
	};
}

/**
 * The refund topics (ORDER_BUYER_VIEW_ORDER_BUYER_REFUND_IN_SALES, ORDER_BUYER_VIEW_ORDER_REFUND_AFTER_SALES):
 * the order fields plus the refund, what was done to it (refundAction, e.g. SELLER_AGREE_REFUND) and by whom
 * (operator: buyer, seller or system).
 */
export function refundFields(data: Json): Json {
	return {
		...orderFields(data),
		refundId: idOf(data.refundId),
		refundAction: textOf(data.refundAction),
		operator: textOf(data.operator),
	};
}

/** What ORDER_BATCH_PAY calls a paid order; its other statuses say why it was not paid (ACCOUNT_BALANCE_NOT_ENOUGH, …). */
const PAID = 'successed';

/** ORDER_BATCH_PAY: each order of a batch payment with its payment status, and whether it was paid. */
export function batchPayFields(data: Json): Json {
	const payments = asArray(data.batchPay).map((entry) => {
		const status = textOf(entry.status);
		return { orderId: idOf(entry.orderId), status, paid: status === PAID };
	});
	return { payments, allPaid: payments.length > 0 && payments.every((payment) => payment.paid) };
}
