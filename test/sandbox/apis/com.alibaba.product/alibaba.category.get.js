'use strict';
/**
 * com.alibaba.product:alibaba.category.get-1 — one category with its children (categoryID 0 = root,
 * whose children are the level-1 categories). No user token needed. Answers
 * {"categoryInfo":[CategoryInfo], "succes":"true"} — `succes` (sic) is a String in the doc.
 */
module.exports = {
	namespace: 'com.alibaba.product',
	name: 'alibaba.category.get',
	version: '1',
	needsToken: false,
	handle({ params, store }) {
		const raw = params.categoryID;
		if (!/^\d+$/.test(raw || ''))
			return {
				succes: 'false',
				errorCode: '400_1',
				errorMsg: 'categoryID is required and must be >= 0',
			};
		const id = Number(raw);
		let cat;
		if (id === 0) {
			const tops = [...store.categories.values()]
				.filter((c) => c.level === 1)
				.map((c) => c.categoryID);
			cat = {
				categoryID: 0,
				name: '根类目',
				nameTrans: 'Root',
				level: 0,
				isLeaf: false,
				parentIDs: [],
				childIDs: tops,
			};
		} else {
			cat = store.categories.get(id);
		}
		if (!cat) return { succes: 'false', errorCode: '500_1', errorMsg: `类目[${id}]不存在` };
		const children = cat.childIDs.map((c) => store.categories.get(c));
		return {
			categoryInfo: [
				{
					categoryID: cat.categoryID,
					name: cat.name,
					level: cat.level,
					isLeaf: cat.isLeaf,
					parentIDs: cat.parentIDs,
					childIDs: cat.childIDs,
					childCategorys: children.map((c) => ({
						id: c.categoryID,
						name: c.name,
						isLeaf: c.isLeaf,
						categoryType: '1',
					})),
					minOrderQuantity: 1,
					categoryType: '1',
					isSupportProcessing: false,
					featureInfos: [],
				},
			],
			succes: 'true',
		};
	},
};
