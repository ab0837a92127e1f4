import type { IDataObject } from 'n8n-workflow';

import { API } from '../../../shared/apis';
import { crossBorderPayload } from '../../../shared/helpers/crossBorder';
import {
	childCategories,
	simplifyCategory,
	simplifyTranslatedCategoryWithChildren,
	translatedChildren,
	type SimpleChildCategory,
} from '../../helpers/simplifyCategory';
import { asArray, asObject } from '../../../shared/helpers/values';
import { callApi, type GatewayContext } from '../../../shared/transport';

/** A category read in one language: as 1688 sent it, simplified, and its children. */
export interface CategoryRead {
	raw: IDataObject;
	simple: IDataObject;
	children: SimpleChildCategory[];
}

/**
 * A category with its children: in Chinese from alibaba.category.get (`categoryInfo[0]`, 0 is the root) when
 * `language` is empty, otherwise with translated names from category.translation.getById (`language`,
 * `categoryId` as form parameters).
 */
export async function readCategory(
	this: GatewayContext,
	categoryId: string,
	language: string,
): Promise<CategoryRead> {
	if (!language) {
		const raw = asObject(
			asArray(
				(await callApi.call(this, API.categoryGet, { categoryID: categoryId })).categoryInfo,
			)[0],
		);
		return { raw, simple: simplifyCategory(raw), children: childCategories(raw) };
	}
	const response = await callApi.call(this, API.categoryTranslation, { categoryId, language });
	const model = asObject(crossBorderPayload(response));
	return {
		raw: model,
		simple: simplifyTranslatedCategoryWithChildren(model),
		children: translatedChildren(model),
	};
}
