'use strict';
/**
 * com.alibaba.trade:alibaba.trade.refund.returnGoods-1 — the buyer's return parcel, once the seller agreed to a return.
 * refundId (TQ…), logisticsCompanyNo (a companyNo of alibaba.logistics.OpQueryLogisticCompanyList), freightBill,
 * description? (2-200 characters), vouchers? (String[], at most 10 uploadRefundVoucher URLs)
 * → {"result":{"success":true,"errorCode":null,"errorInfo":null}}; errors {"result":{"errorCode","errorInfo","success":false}} with the page's codes:
 * 4002 company or waybill missing, 4003 vouchers (too many, not uploaded), 4004 waybill check failed, 4005 no such
 * refund, 4006 not the buyer's refund, 4007 the refund's status does not take a return, 4008 malformed refund ID,
 * 5002 refund operation failed (the sandbox: a description outside 2-200 characters).
 */
const { LOGISTICS_COMPANY_LIST } = require('../../data/logisticsCompanies');

const fail = (errorCode, errorInfo) => ({ result: { errorCode, errorInfo, success: false } });
/** Waybill numbers: 8 to 20 letters and digits (what the couriers in the list issue). */
const WAYBILL = /^[A-Za-z0-9]{8,20}$/;

module.exports = {
	namespace: 'com.alibaba.trade',
	name: 'alibaba.trade.refund.returnGoods',
	version: '1',
	needsToken: true,
	handle({ params, store }) {
		const refundId = String(params.refundId ?? '').trim();
		if (!/^TQ\d{6,20}$/.test(refundId))
			return fail('4008', `退款单号信息有误，请核实后重新提交: ${refundId || '(empty)'}`);
		const refund = store.afterSales.get(refundId);
		if (!refund) return fail('4005', '退款单信息不存在');
		if (store.getOrder(refund.orderId).buyer.memberId !== store.member.memberId)
			return fail('4006', '无权限操作当前退款单');
		if (refund.status !== 'waitbuyersend')
			return fail('4007', `当前退款单状态不支持退货: ${refund.status}`);
		const companyNo = String(params.logisticsCompanyNo ?? '').trim();
		const freightBill = String(params.freightBill ?? '').trim();
		if (!companyNo || !freightBill) return fail('4002', '物流公司编号和运单号必填');
		const company = LOGISTICS_COMPANY_LIST.find((c) => c.companyNo === companyNo);
		if (!company || !WAYBILL.test(freightBill))
			return fail('4004', '物流公司编号和运单号校验不通过');
		let vouchers = [];
		if (params.vouchers !== undefined && params.vouchers !== '') {
			try {
				vouchers = JSON.parse(params.vouchers);
			} catch {
				return fail('4003', '凭证URL校验失败');
			}
			if (!Array.isArray(vouchers)) return fail('4003', '凭证URL校验失败');
			if (vouchers.length > 10) return fail('4003', '上传凭证附件过多');
			if (vouchers.some((url) => !store.afterSales.isVoucher(url)))
				return fail('4003', '凭证URL校验失败');
		}
		const description = params.description === undefined ? '' : String(params.description);
		if (description && ([...description].length < 2 || [...description].length > 200))
			return fail('5002', '退款退货操作失败: 发货说明需2-200字');
		store.afterSales.shipReturn(refund, { company, freightBill, description, vouchers });
		return { result: { success: true, errorCode: null, errorInfo: null } };
	},
};
