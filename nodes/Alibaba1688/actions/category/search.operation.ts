import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit, simplifyField } from '../common.descriptions';
import { API } from '../../../shared/apis';
import { crossBorderPayload } from '../../../shared/helpers/crossBorder';
import { simplifyTranslatedCategory } from '../../helpers/simplifyCategory';
import { requireText } from '../../../shared/helpers/validation';
import { asArray } from '../../../shared/helpers/values';
import { callApi } from '../../../shared/transport';
import { readPaging } from '../paging';
import { languageField } from '../product/productFields';

const showFor = { resource: ['category'], operation: ['search'] };

/** Only reads: input items may run side by side. */
export const readOnly = true;

export const description: INodeProperties[] = [
	{
		displayName: 'Category Name',
		name: 'categoryName',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 连衣裙 or dress',
		description:
			'A part of the category name, in Chinese or in the chosen language (1688 matches loosely)',
		displayOptions: { show: showFor },
	},
	{
		...languageField(showFor),
		description: 'Language of the translated category names (nameTranslated)',
	},
	...returnAllOrLimit(showFor),
	simplifyField(showFor, 'category (categoryId, name, nameTranslated, level, isLeaf, parentId)'),
];

/** category.translation.getByKeyword-1: `cateName`, `language`; the matches come in one list, without children. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const cateName = requireText('Category Name', this.getNodeParameter('categoryName', itemIndex));
	const { limit } = readPaging.call(this, itemIndex);
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	const language = this.getNodeParameter('language', itemIndex, 'en') as string;
	const response = await callApi.call(this, API.categoryTranslationSearch, { cateName, language });
	const found = asArray(crossBorderPayload(response));
	const wanted = found.slice(0, limit);
	return simplify ? wanted.map(simplifyTranslatedCategory) : wanted;
}
