import type { INodeProperties } from 'n8n-workflow';

import type { ResourceOperations } from '../operation';
import * as follow from './follow.operation';
import * as get from './get.operation';
import * as getMany from './getMany.operation';
import * as search from './search.operation';
import * as searchByImage from './searchByImage.operation';
import * as unfollow from './unfollow.operation';
import * as updateStock from './updateStock.operation';

export const operations: ResourceOperations = { follow, get, getMany, search, searchByImage, unfollow, updateStock };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['product'] } },
		options: [
			{
				name: 'Follow',
				value: 'follow',
				description: 'Follow an offer, so that 1688 sends its stock and price messages (idempotent)',
				action: 'Follow a product',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get an offer with its SKUs, prices and stock',
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
				description: 'Search 1688 offers by keyword, with translated titles',
				action: 'Search products',
			},
			{
				name: 'Search by Image',
				value: 'searchByImage',
				description: 'Find offers that look like an image',
				action: 'Search products by image',
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
				description: 'Set or adjust the stock of your own offer\'s SKUs',
				action: 'Update the stock of a product',
			},
		],
		default: 'get',
	},
	...follow.description,
	...get.description,
	...getMany.description,
	...search.description,
	...searchByImage.description,
	...unfollow.description,
	...updateStock.description,
];
