'use strict';
/**
 * com.alibaba.logistics:alibaba.logistics.OpQueryLogisticCompanyList-1 — every logistics company, no parameters
 * → {"result":[{id,companyName,companyNo,companyPhone,supportPrint,spelling}],"success":true}: the carriers a
 * return shipment (alibaba.trade.refund.returnGoods) names by companyNo.
 */
const { LOGISTICS_COMPANY_LIST } = require('../../data/logisticsCompanies');

module.exports = {
	namespace: 'com.alibaba.logistics',
	name: 'alibaba.logistics.OpQueryLogisticCompanyList',
	version: '1',
	needsToken: true,
	handle() {
		return { result: LOGISTICS_COMPANY_LIST.map((company) => ({ ...company })), success: true };
	},
};
