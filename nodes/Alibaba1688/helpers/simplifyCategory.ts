import {
	asArray,
	asBoolean,
	asId,
	asNumber,
	asText,
	compact,
	type Json,
} from '../../shared/helpers/values';

/**
 * Flat categories from the two category APIs: alibaba.category.get (Chinese names) and the cross-border
 * category.translation.getById / getByKeyword (Chinese and translated names, `nameTranslated`).
 */

export interface SimpleChildCategory extends Json {
	categoryId?: string;
	name?: string;
	nameTranslated?: string;
	isLeaf?: boolean;
	parentId?: string;
}

/** The children alibaba.category.get lists under `childCategorys` (sic), each knowing its parent. */
export function childCategories(info: Json): SimpleChildCategory[] {
	const parentId = asId(info.categoryID);
	return asArray(info.childCategorys).map((child) =>
		compact({
			categoryId: asId(child.id) ?? asId(child.categoryID),
			name: asText(child.name),
			isLeaf: asBoolean(child.isLeaf),
			parentId,
		}),
	);
}

/** alibaba.category.get's category as a flat item: its ID, name, level, whether offers can be listed in it, parent, children. */
export function simplifyCategory(info: Json): Json {
	return compact({
		categoryId: asId(info.categoryID),
		name: asText(info.name),
		level: asNumber(info.level),
		isLeaf: asBoolean(info.isLeaf),
		parentId: Array.isArray(info.parentIDs) ? asId(info.parentIDs[0]) : undefined,
		minOrderQuantity: asNumber(info.minOrderQuantity),
		children: childCategories(info).map(({ categoryId, name, isLeaf }) =>
			compact({ categoryId, name, isLeaf }),
		),
	});
}

/**
 * One category of the translation APIs (getById's result and children, getByKeyword's list): `leaf` comes as
 * a Boolean or its text, `level` as text (category.translation.getById-1.md).
 */
export function simplifyTranslatedCategory(model: Json): Json {
	return compact({
		categoryId: asId(model.categoryId),
		name: asText(model.chineseName),
		nameTranslated: asText(model.translatedName),
		language: asText(model.language),
		level: asNumber(model.level),
		isLeaf: asBoolean(model.leaf),
		parentId: asId(model.parentCateId),
	});
}

/** The children of getById's category, each knowing its parent. */
export function translatedChildren(model: Json): SimpleChildCategory[] {
	const parentId = asId(model.categoryId);
	return asArray(model.children).map((child) =>
		compact({
			categoryId: asId(child.categoryId),
			name: asText(child.chineseName),
			nameTranslated: asText(child.translatedName),
			isLeaf: asBoolean(child.leaf),
			parentId: asId(child.parentCateId) ?? parentId,
		}),
	);
}

/** getById's category with its children, in the shape of simplifyCategory plus the translated names. */
export function simplifyTranslatedCategoryWithChildren(model: Json): Json {
	return {
		...simplifyTranslatedCategory(model),
		children: translatedChildren(model).map(({ categoryId, name, nameTranslated, isLeaf }) =>
			compact({ categoryId, name, nameTranslated, isLeaf }),
		),
	};
}
