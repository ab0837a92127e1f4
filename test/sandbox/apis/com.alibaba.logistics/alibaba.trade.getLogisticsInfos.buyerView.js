'use strict';
/**
 * com.alibaba.logistics:alibaba.trade.getLogisticsInfos.buyerView-1 — waybills of a shipped order.
 * orderId, webSite, fields? → {"result":[OpenPlatformLogisticsOrder],"success":true};
 * not shipped yet → {"success":false,"errorCode":"500_2",...}.
 * `fields` ("company.name, sender, receiver, sendgood", comma-separated) selects the optional sections;
 * without it every section is returned.
 */
const { findBuyerOrder } = require('../../views/order');
const { long } = require('../../protocol/json');
const { format1688 } = require('../../protocol/dates');

const fail = (errorCode, errorMessage) => ({ success: false, errorCode, errorMessage });
/** Optional sections of a waybill, by the `fields` name that asks for them. */
const SECTIONS = {
	'company.name': 'logisticsCompanyName',
	sender: 'sender',
	receiver: 'receiver',
	sendgood: 'sendGoods',
};

function selectSections(waybill, fields) {
	if (fields === undefined || fields.trim() === '') return waybill;
	const asked = new Set(fields.split(',').map((f) => f.trim()));
	const out = { ...waybill };
	for (const [name, key] of Object.entries(SECTIONS)) if (!asked.has(name)) delete out[key];
	return out;
}
const PROVINCE_CODE = { 浙江省: '330000', 广东省: '440000', 上海市: '310000', 河北省: '130000' };

module.exports = {
	namespace: 'com.alibaba.logistics',
	name: 'alibaba.trade.getLogisticsInfos.buyerView',
	version: '1',
	needsToken: true,
	handle({ params, store }) {
		const found = findBuyerOrder(params, store, {
			notFound: ['ORDER_NOT_EXIST', '订单不存在'],
			noPermission: '没有权限获取该订单物流信息(买家)',
		});
		if (found.error) return found.error;
		const { order } = found;
		if (order.logistics.length === 0)
			return fail('500_2', '该订单还没有发货，没有物流详情，请稍后再试');
		const a = order.address;
		return {
			result: order.logistics.map((lg) =>
				selectSections(
					{
						logisticsId: lg.logisticsId,
						logisticsBillNo: lg.logisticsBillNo,
						orderEntryIds: order.items.map((it) => it.subItemID).join(','),
						status: lg.signed ? 'SIGN' : 'TRANSPORT',
						logisticsCompanyId: String(lg.company.id),
						logisticsCompanyName: lg.company.name,
						logisticsCompanyNo: lg.company.code,
						remarks: '',
						gmtSystemSend: format1688(lg.shipTime),
						sendGoods: order.items.map((it) => ({
							goodName: it.name,
							quantity: String(it.quantity),
							unit: it.unit,
						})),
						receiver: {
							receiverName: a.fullName,
							receiverMobile: a.mobile,
							receiverPhone: a.phone || '',
							encrypt: 'CN',
							receiverProvince: a.provinceText,
							receiverCity: a.cityText,
							receiverCounty: a.areaText,
							receiverProvinceCode: PROVINCE_CODE[a.provinceText] || '',
							receiverCountyCode: a.areaCode || '',
							receiverAddress: `${a.townText || ''}${a.address}`,
						},
						sender: {
							senderName: lg.senderName,
							senderMobile: lg.senderMobile,
							senderPhone: '',
							encrypt: 'CN',
							senderProvince: order.seller.province || '',
							senderCity: order.seller.city || '',
							senderCounty: '',
							senderProvinceCode: PROVINCE_CODE[order.seller.province] || '',
							senderAddress: '工业园区1号',
						},
						logisticsOrderGoods: order.items.map((it) => ({
							logisticsId: lg.logisticsId,
							tradeOrderId: long(order.id),
							tradeOrderItemId: long(it.subItemID),
							description: it.skuInfos.map((s) => `${s.name}: ${s.value};`).join(' '),
							quantity: it.quantity,
							unit: it.unit,
							productName: it.name,
						})),
					},
					params.fields,
				),
			),
			success: true,
		};
	},
};
