'use strict';
/**
 * com.alibaba.trade:alibaba.trade.pay.protocolPay.isopen-1 — whether password-free (auto-debit) payment is signed
 * for the account the app acts for. No parameters → {"result":{"result":{"paymentAgreements":[{"payChannel",
 * "bindingStatus","signedStatus","signUrl"?,"agreementNo"?}]},"success":true}} with the statuses as strings "true"/"false"
 * (the doc's example). Debits work when one channel has both true. State per app: store.protocolPay.
 */
const { SIGN_URL } = require('../../data/buyerAccount');

module.exports = {
	namespace: 'com.alibaba.trade',
	name: 'alibaba.trade.pay.protocolPay.isopen',
	version: '1',
	needsToken: true,
	handle({ store, appKey }) {
		const agreements = store.protocolPay[appKey] || [];
		return {
			result: {
				result: {
					paymentAgreements: agreements.map((a) => ({
						bindingStatus: String(a.on),
						payChannel: a.payChannel,
						signedStatus: String(a.on),
						...(a.on
							? { agreementNo: a.agreementNo }
							: { signUrl: `${SIGN_URL}&channel=${a.payChannel}` }),
					})),
				},
				success: true,
			},
		};
	},
};
