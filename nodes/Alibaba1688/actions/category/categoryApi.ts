import type { IDataObject } from 'n8n-workflow';

import { asArray, asId, asNumber, asObject, asText, compact } from '../../../shared/helpers/values';
import { callApi, type GatewayContext } from '../../../shared/transport';
import { API } from '../../../shared/apis';

/** One category with its children; `categoryID` 0 is the root, whose children are the top-level categories. */

export interface SimpleChildCategory extends IDataObject {
	categoryId?: string;
	name?: string;
	isLeaf?: boolean;
	parentId?: string;
}

/** `categoryInfo[0]` of `alibaba.category.get`: the category asked for. */
export async function fetchCategory(this: GatewayContext, categoryId: string): Promise<IDataObject> {
	const response = await callApi.call(this, API.categoryGet, { categoryID: categoryId });
	return asObject(asArray(response.categoryInfo)[0]);
}

function isTrue(value: unknown): boolean | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	return value === true || value === 'true';
}

/** The children 1688 lists under `childCategorys` (sic), each knowing its parent. */
export function childCategories(info: IDataObject): SimpleChildCategory[] {
	const parentId = asId(info.categoryID);
	return asArray(info.childCategorys).map((child) =>
		compact({ categoryId: asId(child.id) ?? asId(child.categoryID), name: asText(child.name), isLeaf: isTrue(child.isLeaf), parentId }),
	);
}

/** A category as a flat item: its ID, name, level, whether products can be listed in it, its parent and children. */
export function simplifyCategory(info: IDataObject): IDataObject {
	return compact({
		categoryId: asId(info.categoryID),
		name: asText(info.name),
		level: asNumber(info.level),
		isLeaf: isTrue(info.isLeaf),
		parentId: Array.isArray(info.parentIDs) ? asId(info.parentIDs[0]) : undefined,
		minOrderQuantity: asNumber(info.minOrderQuantity),
		children: childCategories(info).map(({ categoryId, name, isLeaf }) => compact({ categoryId, name, isLeaf })),
	});
}
