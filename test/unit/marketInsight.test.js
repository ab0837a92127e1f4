'use strict';
const {
	mergeTrends,
	simplifyRanking,
	simplifyTrendingKeyword,
} = require('../../dist/nodes/Alibaba1688/helpers/simplifyInsight');
const {
	simplifyTranslatedCategory,
	simplifyTranslatedCategoryWithChildren,
	translatedChildren,
} = require('../../dist/nodes/Alibaba1688/helpers/simplifyCategory');
const {
	toChinaDay,
	chinaDayToIso,
	shiftChinaDay,
	chinaDaysBetween,
} = require('../../dist/nodes/shared/helpers/chinaTime');
const { asPercent, asBoolean, asIds } = require('../../dist/nodes/shared/helpers/values');
const { crossBorderPayload } = require('../../dist/nodes/shared/helpers/crossBorder');

describe('trends: one row per day, the chosen metrics side by side', () => {
	test('values become numbers (percent without the sign); a day without a figure is null', () => {
		const rows = mergeTrends('624392716873', [
			[
				'dailySales',
				[
					{ date: '20240702', value: '20' },
					{ date: '20240701', value: '18' },
					{ date: '20240703', value: '' },
				],
			],
			[
				'repurchaseRate',
				[
					{ date: '20240701', value: '10.5%' },
					{ date: '20240702', value: '11%' },
				],
			],
		]);
		expect(rows).toEqual([
			{ offerId: '624392716873', date: '2024-07-01', dailySales: 18, repurchaseRatePercent: 10.5 },
			{ offerId: '624392716873', date: '2024-07-02', dailySales: 20, repurchaseRatePercent: 11 },
			{
				offerId: '624392716873',
				date: '2024-07-03',
				dailySales: null,
				repurchaseRatePercent: null,
			},
		]);
		expect(mergeTrends('1', [['medianPrice', [{ date: '20240701', value: '1.12' }]]])).toEqual([
			{ offerId: '1', date: '2024-07-01', medianPrice30d: 1.12 },
		]);
		expect(mergeTrends('1', [['dailySales', undefined]])).toEqual([]);
	});
});

describe('rankings and trending keywords', () => {
	test("a ranking list (the doc's example) becomes ranked offers with the list's name", () => {
		const rows = simplifyRanking({
			rankId: '111',
			rankName: 'Comprehensive List',
			rankType: 'complex',
			rankProductModels: [
				{
					itemId: 699490252651,
					title: '凉鞋',
					translateTitle: 'Sandals',
					imgUrl: 'http://img.china.alibaba.com/img/ibank/O1CN01p4.jpg',
					sort: 1,
					serviceList: ['sendGoods48H'],
					buyerNum: 1334,
					soldOut: 433454,
					goodsScore: '5',
				},
			],
		});
		expect(rows).toEqual([
			{
				rank: 1,
				offerId: '699490252651',
				title: '凉鞋',
				titleTranslated: 'Sandals',
				url: 'https://detail.1688.com/offer/699490252651.html',
				mainImage: 'http://img.china.alibaba.com/img/ibank/O1CN01p4.jpg',
				monthSold: 433454,
				buyers30d: 1334,
				tradeScore: 5,
				services: ['sendGoods48H'],
				rankName: 'Comprehensive List',
			},
		]);
		expect(simplifyRanking(undefined)).toEqual([]);
	});

	test('a trending keyword: the Chinese keyword to search with and its translation', () => {
		expect(
			simplifyTrendingKeyword(
				{ seKeyword: '大型宠物犬', seKeywordTranslation: 'Large Pet Dog' },
				'1',
			),
		).toEqual({ keyword: '大型宠物犬', keywordTranslated: 'Large Pet Dog', categoryId: '1' });
	});
});

describe('translated categories', () => {
	test("getById's flat example: the payload is `result` itself; leaf as Boolean or text, level as a number", () => {
		const response = {
			result: {
				fromCache: true,
				children: null,
				level: '2',
				chineseName: '连衣裙',
				language: 'ja',
				leaf: false,
				translatedName: 'ワンピース',
				categoryId: 1031910,
				parentCateId: 10166,
			},
			success: true,
			code: 'S0000',
			message: '成功',
		};
		const model = crossBorderPayload(response);
		expect(simplifyTranslatedCategoryWithChildren(model)).toEqual({
			categoryId: '1031910',
			name: '连衣裙',
			nameTranslated: 'ワンピース',
			language: 'ja',
			level: 2,
			isLeaf: false,
			parentId: '10166',
			children: [],
		});
		expect(
			simplifyTranslatedCategory({
				categoryId: 10170,
				chineseName: '女式棉鞋',
				translatedName: '婦人綿靴',
				leaf: 'true',
				level: '3',
				parentCateId: 125372002,
			}),
		).toMatchObject({ isLeaf: true, level: 3 });
		expect(
			translatedChildren({
				categoryId: 10166,
				children: [
					{
						categoryId: 1031910,
						chineseName: '女式上装',
						translatedName: "Women's Tops",
						leaf: false,
					},
				],
			}),
		).toEqual([
			{
				categoryId: '1031910',
				name: '女式上装',
				nameTranslated: "Women's Tops",
				isLeaf: false,
				parentId: '10166',
			},
		]);
	});

	test('the usual envelopes still give their inner result', () => {
		expect(
			crossBorderPayload({ result: { success: true, code: '200', result: { a: 1 } } }),
		).toEqual({ a: 1 });
		expect(
			crossBorderPayload({
				result: { success: true, retCode: 'S000', retMsg: '成功', result: [1] },
			}),
		).toEqual([1]);
		expect(crossBorderPayload({ result: { result: [2], code: '200', success: true } })).toEqual([
			2,
		]);
		expect(crossBorderPayload({ result: 'x' })).toBeUndefined();
	});
});

describe('days in China time and loose values', () => {
	test('toChinaDay, chinaDayToIso, shiftChinaDay, chinaDaysBetween', () => {
		expect(toChinaDay('2024-07-01')).toBe('20240701');
		expect(toChinaDay('20240701')).toBe('20240701');
		expect(toChinaDay('2024-06-30T20:00:00Z')).toBe('20240701'); // 04:00 on 1 July in China
		expect(toChinaDay('soon')).toBeUndefined();
		expect(chinaDayToIso('20240701')).toBe('2024-07-01');
		expect(chinaDayToIso('2024-07-01')).toBeUndefined();
		expect(shiftChinaDay('20240301', -1)).toBe('20240229');
		expect(shiftChinaDay('20241231', 1)).toBe('20250101');
		expect(chinaDaysBetween('20240701', '20240731')).toBe(30);
		expect(chinaDaysBetween('20240702', '20240701')).toBe(-1);
	});

	test('asPercent and asBoolean', () => {
		expect([
			asPercent('10%'),
			asPercent(' 12.34% '),
			asPercent(7),
			asPercent('n/a'),
			asPercent(undefined),
		]).toEqual([10, 12.34, 7, undefined, undefined]);
		expect([asBoolean(true), asBoolean('false'), asBoolean('yes'), asBoolean(undefined)]).toEqual([
			true,
			false,
			undefined,
			undefined,
		]);
	});

	test('asIds: a list of IDs as text, absent ones dropped, [] for anything but a list', () => {
		expect(asIds(['2304567890123456789', 42, null, '', undefined])).toEqual([
			'2304567890123456789',
			'42',
		]);
		expect([asIds(undefined), asIds('123'), asIds({ 0: '1' })]).toEqual([[], [], []]);
	});
});
