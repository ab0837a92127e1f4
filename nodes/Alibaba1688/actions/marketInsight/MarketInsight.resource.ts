import type { INodeProperties } from 'n8n-workflow';

import type { ResourceOperations } from '../operation';
import * as getOfferTrends from './getOfferTrends.operation';
import * as getRanking from './getRanking.operation';
import * as getRecommendedOffers from './getRecommendedOffers.operation';
import * as getTrendingKeywords from './getTrendingKeywords.operation';

export const operations: ResourceOperations = {
	getOfferTrends,
	getRanking,
	getRecommendedOffers,
	getTrendingKeywords,
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['marketInsight'] } },
		options: [
			{
				name: 'Get Offer Trends',
				value: 'getOfferTrends',
				description:
					"Get an offer's daily sales, 30-day median price and repurchase rate, day by day",
				action: 'Get the trends of a product',
			},
			{
				name: 'Get Ranking',
				value: 'getRanking',
				description: "Get a category's best sellers, best-value or overall ranking list",
				action: 'Get a ranking list',
			},
			{
				name: 'Get Recommended Offers',
				value: 'getRecommendedOffers',
				description: 'Get offers 1688 recommends for one of your end users',
				action: 'Get recommended products',
			},
			{
				name: 'Get Trending Keywords',
				value: 'getTrendingKeywords',
				description: 'Get the search keywords trending in a category, with translations',
				action: 'Get trending keywords',
			},
		],
		default: 'getRanking',
	},
	...getOfferTrends.description,
	...getRanking.description,
	...getRecommendedOffers.description,
	...getTrendingKeywords.description,
];
