'use strict';
/** Address → Get Many (saved delivery addresses; also the create operations' address picker), Parse (mainland, overseas). */
const {
	simplifySavedAddress,
	simplifyMainlandAddress,
	simplifyOverseasAddress,
	savedAddressLabel,
	overseasParseFailure,
} = require('../../../dist/nodes/Alibaba1688/helpers/simplifyAddress');
const { unfilled } = require('../assertions');

const TRADE = 'com.alibaba.trade';

module.exports = {
	[`${TRADE}:alibaba.trade.receiveAddress.get-1`]: {
		everyField: true,
		check(json) {
			const items = json.result.receiveAddressItems.map(simplifySavedAddress);
			expect(items).toHaveLength(6);
			for (const item of items)
				expect(
					unfilled(item, [
						'addressId',
						'name',
						'mobile',
						'region',
						'town',
						'street',
						'postCode',
						'districtCode',
						'isDefault',
					]),
				).toEqual([]);
			expect(items[0]).toEqual({
				addressId: '560954849',
				name: 'b2b-测试账号006',
				mobile: '13071801119',
				region: '青海省 海东市 民和回族土族自治县',
				town: '川口镇',
				street: 'AAAAb2b-测试账号00613071801119',
				postCode: '810600',
				districtCode: '632122',
				townCode: '630222100',
				isDefault: false,
			});
			// The sample has no isDefault: none is the default. Its fourth address has an empty phone, left out.
			expect(items.map((item) => item.isDefault)).toEqual([
				false,
				false,
				false,
				false,
				false,
				false,
			]);
			expect(items[3]).not.toHaveProperty('phone');
			expect(savedAddressLabel(items[5])).toBe('张三 · 广东省 东莞市 南城街道 办事处');
		},
		request: () => ({}),
	},
	[`${TRADE}:alibaba.trade.addresscode.parse-1`]: {
		everyField: true,
		check(json) {
			// The district code with the province and city codes it nests in.
			expect(simplifyMainlandAddress(json)).toEqual({
				districtCode: '330108',
				provinceCode: '330000',
				cityCode: '330100',
				street: '网商路699号',
				postCode: '310051',
			});
		},
		request: () => ({ addressInfo: '浙江省 杭州市 滨江区网商路699号' }),
	},
	[`${TRADE}:trade.address.parseText-1`]: {
		everyField: true,
		check(json) {
			// The sample's code "PARAM_CAN_NOT_BE_NULL" sits beside success true and a full address, for a request with
			// every parameter: the user gets the parsed address (the 18-digit code exact), not an error.
			expect(json.result).toMatchObject({ success: true, code: 'PARAM_CAN_NOT_BE_NULL' });
			expect(overseasParseFailure(json)).toBeUndefined();
			expect(simplifyOverseasAddress(json)).toEqual({
				addressCode: '910800030036000000',
				country: 'Казахстан',
				province: 'Акмолинская область',
				city: 'Г.Кокшетау',
				district: 'Кокшетау',
			});
			// The same answer without the address: nothing was parsed, the item fails with 1688's code.
			const { data, ...withoutData } = json.result;
			expect(data.addressCode).toBe('910800030036000000');
			expect(overseasParseFailure({ result: withoutData })).toEqual({
				code: 'PARAM_CAN_NOT_BE_NULL',
				message:
					'1688 answered without an address code; check the country, province, city and district',
			});
			expect(
				overseasParseFailure({
					result: { ...json.result, data: { ...data, addressCode: '' } },
					message: 'x',
				}),
			).toMatchObject({ code: 'PARAM_CAN_NOT_BE_NULL' });
		},
		request: () => ({
			param: {
				area: 'Кокшетау',
				city: 'Г.Кокшетау',
				country: 'Казахстан',
				province: 'Акмолинская область',
			},
		}),
	},
};
