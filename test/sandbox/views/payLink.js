'use strict';
/**
 * What alibaba.crossBorderPay.url.get and alibaba.creditPay.url.get share: orderIdList (Long[], at most 30)
 * → {"payUrl","cantPayOrderList":[…],"success":true} (their doc sample, repaired: it lacks a comma);
 * orders that cannot be paid this way go to cantPayOrderList; none payable → {"success":false,"errorCode","errorMsg"}.
 */
const { longList } = require('./ids');
const { long } = require('../protocol/json');

const MAX_ORDERS = 30;

/**
 * @param {{params: object, store: object}} ctx
 * @param {{channel: string, noneCode: string, noneMessage: string, canPay: (order: object, payable: object[]) => boolean}} o
 */
function payLink({ params, store }, { channel, noneCode, noneMessage, canPay }) {
	const ids = longList(params.orderIdList);
	if (!ids || ids.length === 0)
		return { success: false, errorCode: '400_1', errorMsg: 'orderIdList is required' };
	if (ids.length > MAX_ORDERS)
		return {
			success: false,
			errorCode: '400_1',
			errorMsg: `at most ${MAX_ORDERS} orders per batch`,
		};
	const payable = [];
	const cantPay = [];
	for (const id of ids) {
		const order = store.getOrder(id);
		const open =
			order && order.status === 'waitbuyerpay' && order.buyer.memberId === store.member.memberId;
		if (open && canPay(order, payable)) payable.push(order);
		else cantPay.push(id);
	}
	if (payable.length === 0)
		return {
			success: false,
			errorCode: noneCode,
			errorMsg: noneMessage,
			cantPayOrderList: cantPay.map(long),
		};
	return {
		payUrl: `https://trade.1688.com/order/cashier.htm?orderId=${payable.map((o) => o.id).join(',')}&payChannel=${channel}`,
		cantPayOrderList: cantPay.map(long),
		success: true,
	};
}

module.exports = { payLink };
