import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit, simplifyField } from '../common.descriptions';
import { API } from '../../../shared/apis';
import { crossBorderPayload } from '../../../shared/helpers/crossBorder';
import { simplifyTrendingKeyword } from '../../helpers/simplifyInsight';
import { asArray } from '../../../shared/helpers/values';
import { callApi } from '../../../shared/transport';
import { categoryLocator } from '../category/categoryLocator';
import { readPaging } from '../paging';
import { languageField } from '../product/productFields';
import { readRequiredCategory } from './insightFields';

const showFor = { resource: ['marketInsight'], operation: ['getTrendingKeywords'] };

/** Only reads: input items may run side by side. */
export const readOnly = true;

export const description: INodeProperties[] = [
	categoryLocator(showFor, {
		required: true,
		description: 'The category whose trending search keywords to get',
	}),
	{
		...languageField(showFor),
		description: "Language of the keywords' translations (keywordTranslated)",
	},
	...returnAllOrLimit(showFor),
	simplifyField(
		showFor,
		'keyword (keyword in Chinese, to search with; keywordTranslated; categoryId)',
	),
];

/**
 * product.search.topKeyword-1: `topSeKeywordParam` {country, sourceId (the category), hotKeywordType "cate",
 * the only type offered}; the whole list comes at once. Needs no user authorization.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const categoryId = readRequiredCategory.call(this, itemIndex);
	const { limit } = readPaging.call(this, itemIndex);
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	const country = this.getNodeParameter('language', itemIndex, 'en') as string;
	const response = await callApi.call(this, API.topKeywords, {
		topSeKeywordParam: { country, sourceId: categoryId, hotKeywordType: 'cate' },
	});
	const keywords = asArray(crossBorderPayload(response));
	const wanted = keywords.slice(0, limit);
	return simplify ? wanted.map((keyword) => simplifyTrendingKeyword(keyword, categoryId)) : wanted;
}
