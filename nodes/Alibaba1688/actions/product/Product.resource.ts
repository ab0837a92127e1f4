import type { INodeProperties } from 'n8n-workflow';

import type { ResourceOperations } from '../operation';
import * as estimateShipping from './estimateShipping.operation';
import * as findSimilar from './findSimilar.operation';
import * as follow from './follow.operation';
import * as get from './get.operation';
import * as getMany from './getMany.operation';
import * as search from './search.operation';
import * as searchByImage from './searchByImage.operation';
import * as searchInShop from './searchInShop.operation';
import * as unfollow from './unfollow.operation';
import * as updateStock from './updateStock.operation';

export const operations: ResourceOperations = {
	estimateShipping,
	findSimilar,
	follow,
	get,
	getMany,
	search,
	searchByImage,
	searchInShop,
	unfollow,
	updateStock,
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['product'] } },
		options: [
			{
				name: 'Estimate Shipping',
				value: 'estimateShipping',
				description:
					'Shipping fee, weight and package size of buying an offer, to a district of mainland China',
				action: 'Estimate the shipping of a product',
			},
			{
				name: 'Find Similar',
				value: 'findSimilar',
				description:
					'Find offers related to an offer, or that look the same (other suppliers of the same product)',
				action: 'Find similar products',
			},
			{
				name: 'Follow',
				value: 'follow',
				description:
					'Follow an offer, so that 1688 sends its stock and price messages (idempotent)',
				action: 'Follow a product',
			},
			{
				name: 'Get',
				value: 'get',
				description:
					'Get one offer (a product listing) with its SKUs (variants), prices in CNY and stock',
				action: 'Get a product',
			},
			{
				name: 'Get Many',
				value: 'getMany',
				description: 'List your own offers as a seller',
				action: 'Get many products',
			},
			{
				name: 'Search',
				value: 'search',
				description:
					'Search 1688 offers by keyword in any language (translated titles, prices in CNY), with dropshipping, dispatch-time, supplier and sales filters',
				action: 'Search products',
			},
			{
				name: 'Search by Image',
				value: 'searchByImage',
				description: 'Find offers that look like an image: any public image URL or a binary file',
				action: 'Search products by image',
			},
			{
				name: 'Search in Shop',
				value: 'searchInShop',
				description: "Search one supplier's offers, by one of its offers or its seller open ID",
				action: 'Search products in a shop',
			},
			{
				name: 'Unfollow',
				value: 'unfollow',
				description: 'Stop following an offer and its stock and price messages (idempotent)',
				action: 'Unfollow a product',
			},
			{
				name: 'Update Stock',
				value: 'updateStock',
				description: "Set or adjust the stock of your own offer's SKUs",
				action: 'Update the stock of a product',
			},
		],
		default: 'get',
	},
	...findSimilar.description,
	...follow.description,
	...get.description,
	...getMany.description,
	...search.description,
	...searchByImage.description,
	...searchInShop.description,
	...unfollow.description,
	...updateStock.description,
	...estimateShipping.description,
];
