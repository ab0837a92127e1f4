'use strict';
/**
 * The multilingual category model of category.translation.getById / getByKeyword. The sandbox has one
 * translation per category, English, and answers it for every supported language (the `language` field
 * says which was asked for).
 */
const ROOT = {
	categoryID: 0,
	name: '根类目',
	nameTrans: 'All categories',
	level: 0,
	isLeaf: false,
	parentIDs: [],
	childIDs: null,
};

/** The category by ID (0 = the root, whose children are the top-level categories); null when unknown. */
function categoryById(store, id) {
	if (id === 0) {
		return {
			...ROOT,
			childIDs: [...store.categories.values()]
				.filter((c) => c.level === 1)
				.map((c) => c.categoryID),
		};
	}
	return store.categories.get(id) || null;
}

/** One category as the API writes it: level as text, leaf a Boolean (as the doc's samples show). */
function toTranslatedCategory(category, language) {
	return {
		categoryId: category.categoryID,
		chineseName: category.name,
		translatedName: category.nameTrans,
		language,
		leaf: category.isLeaf,
		level: String(category.level),
		parentCateId: category.parentIDs[0] ?? 0,
	};
}

module.exports = { categoryById, toTranslatedCategory };
