'use strict';
/** Category → Get, Get Children (in Chinese, or translated when a language is chosen), Search. */
const { crossBorderPayload } = require('../../../dist/nodes/shared/helpers/crossBorder');
const {
	simplifyTranslatedCategory,
	simplifyTranslatedCategoryWithChildren,
	translatedChildren,
} = require('../../../dist/nodes/Alibaba1688/helpers/simplifyCategory');
const { unfilled } = require('../assertions');

const CROSS_BORDER = 'com.alibaba.fenxiao.crossborder';

module.exports = {
	'com.alibaba.product:alibaba.category.get-1': {
		check(json) {
			// The page's sample is empty: unwrapping it must not fail (Category → Get then reports no category).
			expect(json).toEqual({});
		},
		request: () => ({ categoryID: 0 }),
	},
	[`${CROSS_BORDER}:category.translation.getById-1`]: {
		check(json) {
			// The sample is flat (the category is `result` itself, no inner envelope): crossBorderPayload takes it as is.
			const model = crossBorderPayload(json);
			const category = simplifyTranslatedCategoryWithChildren(model);
			expect(
				unfilled(category, [
					'categoryId',
					'name',
					'nameTranslated',
					'language',
					'level',
					'isLeaf',
					'parentId',
				]),
			).toEqual([]);
			expect(category).toMatchObject({
				categoryId: '1031910',
				name: '连衣裙',
				nameTranslated: 'ワンピース',
				language: 'ja',
				level: 2,
				isLeaf: false,
				parentId: '10166',
			});
			// The sample's `children` is null although it is no leaf: Get gives an empty list, Get Children no rows.
			expect(category.children).toEqual([]);
			expect(translatedChildren(model)).toEqual([]);
		},
		request: ({ fixtures }) => ({ categoryId: fixtures.rootCategoryIds[0], language: 'ja' }),
	},
	[`${CROSS_BORDER}:category.translation.getByKeyword-1`]: {
		check(json) {
			const found = crossBorderPayload(json);
			expect(found).toHaveLength(81);
			const categories = found.map(simplifyTranslatedCategory);
			expect(
				categories
					.map((category) =>
						unfilled(category, [
							'categoryId',
							'name',
							'nameTranslated',
							'level',
							'isLeaf',
							'parentId',
						]),
					)
					.flat(),
			).toEqual([]);
			expect(categories[0]).toEqual({
				categoryId: '10170',
				name: '女式棉鞋',
				nameTranslated: '婦人綿靴',
				language: 'ja',
				level: 3,
				isLeaf: true,
				parentId: '125372002',
			});
			expect(categories[1]).toMatchObject({
				categoryId: '10179',
				level: 2,
				isLeaf: false,
				parentId: '65',
			});
		},
		request: () => ({ cateName: '鞋', language: 'ja' }),
	},
};
