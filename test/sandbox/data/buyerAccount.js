'use strict';
/**
 * The authorised buyer account's own settings, seeded: saved delivery addresses
 * (alibaba.trade.receiveAddress.get), password-free payment agreements per app
 * (alibaba.trade.pay.protocolPay.isopen / preparePay), the Cheng-e-She credit line
 * (alibaba.creditPay.url.get) and shop-order links already written back (order.relation.write).
 */
const { SANDBOX_APPS } = require('../apps');
const { districtByCode, regionText } = require('./regions');

/** [id, fullName, mobile, districtCode, townCode, townName, street, isDefault] */
const SAVED_ADDRESSES = [
	[
		322683081,
		'王磊',
		'13800138000',
		'330782',
		'330782001',
		'稠城街道',
		'国际商贸城B区 3号仓（集运仓）',
		true,
	],
	[560954849, '张伟', '13800138000', '330110', '330110005', '五常街道', '文一西路969号', false],
	[586953001, '李娜', '13912345678', '440305', '440305006', '粤海街道', '科技园南区8栋', false],
	[547009002, '王芳', '13700001111', '310115', '310115125', '张江镇', '碧波路690号', false],
];

function savedAddresses() {
	return SAVED_ADDRESSES.map(
		([id, fullName, mobile, code, townCode, townName, street, isDefault]) => {
			const district = districtByCode(code);
			return {
				id,
				fullName,
				address: street,
				post: district.postCode,
				phone: '',
				mobilePhone: mobile,
				addressCode: code,
				addressCodeText: regionText(district),
				isDefault,
				townCode,
				townName,
			};
		},
	);
}

const SIGN_URL =
	'https://mapi.alipay.com/gateway.do?service=alipay.dut.customer.agreement.page.sign&scene=INDUSTRY%7CCBU_AOTUPAY';

/** Per app key: which channels have a signed and bound auto-debit agreement. */
function protocolPayAgreements() {
	const agreement = (payChannel, on) => ({
		payChannel,
		on,
		agreementNo: on ? `2025${payChannel === 'ALIPAY' ? '0611' : '0612'}88990011` : undefined,
	});
	// The full app's account has Alipay password-free payment signed; the others have nothing signed.
	return Object.fromEntries(
		Object.entries(SANDBOX_APPS).map(([name, app]) => [
			app.appKey,
			[agreement('SHEGOU', false), agreement('ALIPAY', name === 'full')],
		]),
	);
}

/** Cheng-e-She credit still available to the account, in yuan. */
const CREDIT_AVAILABLE = 3000;

/** One link written back earlier, for the first order waiting to ship. */
function orderRelations(orders) {
	const paid = [...orders.values()].find((o) => o.status === 'waitsellersend');
	return [
		{
			orderId: 'SHOP-0999-1',
			parentOrderId: 'SHOP-0999',
			purchaseOrderId: paid.items[0].subItemID,
			purchaseParentOrderId: paid.id,
			appKey: SANDBOX_APPS.crossBorder.appKey,
		},
	];
}

function buildBuyerAccount(orders) {
	return {
		savedAddresses: savedAddresses(),
		protocolPay: protocolPayAgreements(),
		creditAvailable: CREDIT_AVAILABLE,
		orderRelations: orderRelations(orders),
		/** Debits still to report paySuccess false although they went through (preparePay's timeout caveat). */
		lostDebitAnswers: 0,
	};
}

module.exports = { buildBuyerAccount, SIGN_URL };
