'use strict';
/**
 * Every logistics company 1688 knows, as alibaba.logistics.OpQueryLogisticCompanyList-1 lists them
 * ({id, companyName, companyNo, companyPhone, supportPrint, spelling}): the couriers the seeded orders ship
 * with (catalog.js) and a few more a return may go by. `companyNo` is the code refund.returnGoods takes.
 */
const { LOGISTICS_COMPANIES } = require('./catalog');

const MORE = [
	{ id: 1, code: 'EMS', name: '中国邮政EMS', phone: '11183', spelling: 'zhongguoyouzhengems' },
	{ id: 5, code: 'BEST', name: '百世快递', phone: '95320', spelling: 'baishikuaidi' },
	{ id: 101, code: 'JD', name: '京东物流', phone: '950616', spelling: 'jingdongwuliu' },
	{ id: 111, code: 'DBL', name: '德邦快递', phone: '95353', spelling: 'debangkuaidi' },
];
const PHONES = { ZTO: '95311', YTO: '95554', STO: '95543', YUNDA: '95546', SF: '95338' };
const SPELLING = {
	ZTO: 'zhongtongkuaidi',
	YTO: 'yuantongsudi',
	STO: 'shentongkuaidi',
	YUNDA: 'yundakuaidi',
	SF: 'shunfengsuyun',
};

const LOGISTICS_COMPANY_LIST = Object.freeze(
	[
		...LOGISTICS_COMPANIES.map((c) => ({
			id: c.id,
			companyName: c.name,
			companyNo: c.code,
			companyPhone: PHONES[c.code],
			supportPrint: true,
			spelling: SPELLING[c.code],
		})),
		...MORE.map((c) => ({
			id: c.id,
			companyName: c.name,
			companyNo: c.code,
			companyPhone: c.phone,
			supportPrint: false,
			spelling: c.spelling,
		})),
	].map(Object.freeze),
);

module.exports = { LOGISTICS_COMPANY_LIST };
