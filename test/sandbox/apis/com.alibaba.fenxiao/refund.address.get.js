'use strict';
/**
 * com.alibaba.fenxiao:refund.address.get-1 — where to send a return: the seller's return address per offer of an
 * order. mainOrderId → {"result":{"data":[{cityText,contactPhone,districtText,mobile,offerId,phone,provinceText,
 * receiverName,streetAddress,streetAddressCode,townCode,townText,zipCode}],"errorCode","errorInfo","success":true}}.
 * Errors in that envelope, success false: the page's 101 (system error); the sandbox's ORDER_NOT_EXIST.
 */
const { long } = require('../../protocol/json');
const { longId } = require('../../views/ids');
const { sellerReturnAddress } = require('../../data/afterSales');

const fail = (errorCode, errorInfo) => ({
	result: { data: [], errorCode, errorInfo, success: false },
});

module.exports = {
	namespace: 'com.alibaba.fenxiao',
	name: 'refund.address.get',
	version: '1',
	needsToken: true,
	handle({ params, store }) {
		const id = longId(params.mainOrderId);
		const order = id && store.getOrder(id);
		if (!order || order.buyer.memberId !== store.member.memberId)
			return fail('ORDER_NOT_EXIST', `订单不存在: ${params.mainOrderId ?? '(empty)'}`);
		const address = sellerReturnAddress(order.seller);
		const offers = [...new Set(order.items.map((it) => it.offerId))];
		return {
			result: {
				data: offers.map((offerId) => ({
					...address,
					contactPhone: address.mobile,
					offerId: long(offerId),
				})),
				errorCode: null,
				errorInfo: null,
				success: true,
			},
		};
	},
};
