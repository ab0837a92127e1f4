'use strict';
/** com.alibaba.account:alibaba.account.basic-1 — basic info of the authorised member. */
const { format1688 } = require('../../protocol/dates');

module.exports = {
	namespace: 'com.alibaba.account',
	name: 'alibaba.account.basic',
	version: '1',
	needsToken: true,
	handle({ store }) {
		const m = store.member;
		return {
			result: {
				loginId: m.loginId,
				memberId: m.memberId,
				userId: m.userId,
				companyName: m.companyName,
				supplierName: m.supplierName,
				sellerName: m.loginId,
				enterpriseAccount: true,
				personAccount: false,
				memberBizType: 'ENTERPRISE',
				categoryId: 10166,
				categoryName: '女装',
				industry: '服装',
				maturity: 3,
				trustScore: 87,
				buyRate: 3,
				saleRate: 2,
				rateNum: 0,
				rateSum: 0,
				tpYear: 2,
				createDate: format1688(Date.UTC(2021, 2, 12, 8, 8, 28)),
				gmtPaidJoin: format1688(Date.UTC(2023, 4, 2, 0, 9, 42)),
				modifyDate: format1688(store.referenceTime - 86400000 * 10),
				joinFrom: 'CJ_COMMON_JOIN_M',
				saleKeywords: '女装,T恤,连衣裙',
				buyKeywords: '男装,女装,鞋靴,数码配件',
				homepageUrl: `https://${m.loginId}.1688.com`,
				shopUrl: `https://${m.loginId}.1688.com`,
				domainInPlatforms: [`${m.loginId}.1688.com`],
				icon: '/cms/upload/2021/116/401/104611_1301427272.png',
				email: 'buyer@sandbox.example',
				mobileNo: '13800000000',
				phoneNo: '0571-88888888',
				addressLocation: '浙江省杭州市余杭区文一西路969号',
				crossBorder: true,
				kuaJingBao: true,
				isPm: false,
				pm: false,
				fm: false,
				isOfficalLogistics: true,
				status: 'enabled',
				openUid: m.openUid,
			},
			success: true,
		};
	},
};
