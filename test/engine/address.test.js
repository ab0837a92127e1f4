'use strict';
const { useSandbox, operationRunner } = require('../support/sandboxSuite');

const sandbox = useSandbox();
const getMany = operationRunner(sandbox, 'address', 'getMany', 'crossBorder');
const parse = operationRunner(sandbox, 'address', 'parse', 'crossBorder');

describe('Address → Get Many through the n8n engine (cross-border app)', () => {
	test('the saved addresses, default first, with the IDs Preview and Create take', async () => {
		const { items, error } = await getMany({ returnAll: true });
		expect(error).toBeUndefined();
		expect(items.map((item) => item.addressId)).toEqual(
			sandbox().fixtures.savedAddressIds.map(String),
		);
		expect(items[0]).toEqual({
			addressId: '322683081',
			name: '王磊',
			mobile: '13800138000',
			region: '浙江省 金华市 义乌市',
			town: '稠城街道',
			street: '国际商贸城B区 3号仓（集运仓）',
			postCode: '322000',
			districtCode: '330782',
			townCode: '330782001',
			isDefault: true,
		});
		expect(sandbox().requests.map((r) => r.api)).toEqual([
			'com.alibaba.trade:alibaba.trade.receiveAddress.get-1',
		]);
	});

	test('Limit', async () => {
		expect((await getMany({ returnAll: false, limit: 2 })).items).toHaveLength(2);
	});
});

describe('Address → Parse through the n8n engine (cross-border app)', () => {
	test('mainland text: the district code, the codes it nests in, the street and postcode', async () => {
		const { items } = await parse({
			region: 'mainland',
			addressText: '浙江省 杭州市 滨江区网商路699号',
		});
		expect(items).toEqual([
			{
				districtCode: '330108',
				provinceCode: '330000',
				cityCode: '330100',
				region: '浙江省 杭州市 滨江区',
				street: '网商路699号',
				postCode: '310051',
			},
		]);
		expect(sandbox().requests[0]).toMatchObject({
			api: 'com.alibaba.trade:alibaba.trade.addresscode.parse-1',
			params: { addressInfo: '浙江省 杭州市 滨江区网商路699号' },
		});
	});

	test('overseas: country, province, city and district into the address code', async () => {
		const { items } = await parse({
			region: 'overseas',
			country: 'Germany',
			province: 'Berlin',
			city: 'Berlin',
			district: ' Kreuzberg ',
		});
		expect(items).toEqual([
			{
				addressCode: '912760011000000000',
				country: 'Germany',
				province: 'Berlin',
				city: 'Berlin',
				district: 'Kreuzberg',
			},
		]);
		expect(JSON.parse(sandbox().requests[0].params.param)).toEqual({
			country: 'Germany',
			province: 'Berlin',
			city: 'Berlin',
			area: 'Kreuzberg',
		});
	});

	test("text 1688 cannot read is 1688's error; empty input is refused before sending", async () => {
		const unknown = await parse({ region: 'mainland', addressText: 'somewhere over the rainbow' });
		expect(unknown.error.message).toMatch(
			/addresscode\.parse-1 failed: .* \[ADDRESS_PARSE_FAIL\]$/,
		);
		sandbox().clearRequests();
		const empty = await parse({
			region: 'overseas',
			country: 'Germany',
			province: ' ',
			city: 'Berlin',
			district: 'Mitte',
		});
		expect(empty.error.message).toBe('Province: is required and must not be empty [item 0]');
		expect(sandbox().requests).toEqual([]);
	});

	test('overseas: the District is required (trade.address.parseText marks area required); a blank one is refused before sending', async () => {
		const { error, items } = await parse(
			{
				region: 'overseas',
				country: 'Germany',
				province: 'Berlin',
				city: 'Berlin',
				district: '={{ $json.district }}',
			},
			{
				items: [{ district: 'Kreuzberg' }, { district: '  ' }],
			},
		);
		expect(error.message).toBe('District: is required and must not be empty [item 1]');
		expect(error.description).toMatch(/give the city again/);
		expect(items).toEqual([]);
		expect(sandbox().requests.map((r) => JSON.parse(r.params.param).area)).toEqual(['Kreuzberg']);
	});
});
