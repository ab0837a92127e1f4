import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit, simplifyField } from '../common.descriptions';
import { API } from '../../../shared/apis';
import { crossBorderPayload } from '../../../shared/helpers/crossBorder';
import { simplifyRanking } from '../../helpers/simplifyInsight';
import { asObject } from '../../../shared/helpers/values';
import { callApi } from '../../../shared/transport';
import { categoryLocator } from '../category/categoryLocator';
import { readPaging } from '../paging';
import { languageField } from '../product/productFields';
import { readRequiredCategory } from './insightFields';

const showFor = { resource: ['marketInsight'], operation: ['getRanking'] };

/** product.topList.query-1.md: "Number of products on the ranking list, maximum 20". */
const MAX_RANKED = 20;

/** Only reads: input items may run side by side. */
export const readOnly = true;

export const description: INodeProperties[] = [
	categoryLocator(showFor, {
		required: true,
		description: 'The category whose ranking list to get (1688 ranks by category)',
	}),
	{
		displayName: 'Ranking',
		name: 'rankType',
		type: 'options',
		default: 'hot',
		displayOptions: { show: showFor },
		options: [
			{
				name: 'Best Sellers',
				value: 'hot',
				description: 'The most sold offers (1688 ranks at most 20)',
			},
			{ name: 'Best Value', value: 'goodPrice', description: "1688's good-price ranking" },
			{ name: 'Overall', value: 'complex', description: "1688's comprehensive ranking" },
		],
	},
	{ ...languageField(showFor), description: "Language of the ranked offers' translated titles" },
	...returnAllOrLimit(showFor),
	simplifyField(
		showFor,
		'ranked offer (rank, offerId, title, titleTranslated, url, mainImage, monthSold, buyers30d, tradeScore, services, rankName)',
	),
];

/**
 * product.topList.query-1: `rankQueryParams` {rankId (a category ID), rankType, limit (1–20), language}. The
 * list has at most 20 offers: Return All, or a larger Limit, asks for 20.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const rankId = readRequiredCategory.call(this, itemIndex);
	const { limit } = readPaging.call(this, itemIndex);
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	const rankQueryParams = {
		rankId,
		rankType: this.getNodeParameter('rankType', itemIndex, 'hot') as string,
		limit: Math.min(limit, MAX_RANKED),
		language: this.getNodeParameter('language', itemIndex, 'en') as string,
	};
	const response = await callApi.call(this, API.rankingList, { rankQueryParams });
	const model = asObject(crossBorderPayload(response));
	return simplify ? simplifyRanking(model) : [model];
}
