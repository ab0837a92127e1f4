'use strict';
/**
 * com.alibaba.trade:order.receiveAddress.buyerUpdate-1 — the buyer asks to change an order's delivery address.
 * param = {"orderId" (Long), "receiveAddress" (AddressParam: a saved {"addressId"}, a districtCode with name, phone
 * and street, or province/city as text, read as order creation reads addressParam)} →
 * {"result":{"success":true,"code":"","message":"","result":true}} (the page's ResultModel examples).
 * The page: "If the new address is in a remote area or the shipping fee must be recalculated, the seller must
 * confirm the change and may reject it." Here a new address in the same province applies at once; another
 * province waits for the seller (order.addressChangeRequest.status 'waitSellerConfirm'). Only orders not shipped
 * yet (waitbuyerpay, waitsellersend). The sandbox's errors {"result":{"success":false,"code","message","result":false}}:
 * 400_1, ORDER_NOT_EXIST, ORDER_STATUS_ERROR.
 */
const { objectJsonParam } = require('../../protocol/params');
const { longField } = require('../../views/ids');
const { readAddress } = require('../../views/cargo');

const CHANGEABLE = ['waitbuyerpay', 'waitsellersend'];
const fail = (code, message) => ({ result: { success: false, code, message, result: false } });

module.exports = {
	namespace: 'com.alibaba.trade',
	name: 'order.receiveAddress.buyerUpdate',
	version: '1',
	needsToken: true,
	handle({ params, store }) {
		const { value: param, raw, problem } = objectJsonParam(params, 'param');
		if (problem) return fail('400_1', 'param must be a JSON object');
		const id = longField(raw, 'orderId');
		if (!id) return fail('400_1', 'orderId is required and must be a number');
		const given = param.receiveAddress;
		if (!given || typeof given !== 'object' || Array.isArray(given))
			return fail('400_1', 'receiveAddress is required');
		const order = store.getOrder(id);
		if (!order || order.buyer.memberId !== store.member.memberId)
			return fail('ORDER_NOT_EXIST', '订单不存在');
		if (!CHANGEABLE.includes(order.status))
			return fail('ORDER_STATUS_ERROR', '订单已发货或已关闭，不能修改收货地址');
		const delivery = readAddress(given, store);
		if (delivery.error) return fail('400_1', delivery.error.message);
		const atOnce = delivery.address.provinceText === order.address.provinceText;
		order.addressChangeRequest = {
			address: delivery.address,
			status: atOnce ? 'applied' : 'waitSellerConfirm',
			at: Date.now(),
		};
		if (atOnce) {
			order.address = delivery.address;
			order.modifyTime = Date.now();
		}
		return { result: { success: true, code: '', message: '', result: true } };
	},
};
