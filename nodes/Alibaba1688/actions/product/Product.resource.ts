import type { INodeProperties } from 'n8n-workflow';

import type { ResourceOperations } from '../operation';
import * as get from './get.operation';
import * as getMany from './getMany.operation';
import * as search from './search.operation';
import * as searchByImage from './searchByImage.operation';
import * as updateStock from './updateStock.operation';

export const operations: ResourceOperations = { get, getMany, search, searchByImage, updateStock };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['product'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				description: 'Get one offer (a product listing) with its SKUs (variants), prices in CNY and stock',
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
				description: 'Search 1688 offers by keyword in any language, with translated titles and prices in CNY',
				action: 'Search products',
			},
			{
				name: 'Search by Image',
				value: 'searchByImage',
				description: 'Find offers that look like an image',
				action: 'Search products by image',
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
	...get.description,
	...getMany.description,
	...search.description,
	...searchByImage.description,
	...updateStock.description,
];
