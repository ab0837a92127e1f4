import type { INodeProperties } from 'n8n-workflow';

import type { ResourceOperations } from '../operation';
import * as estimateShipping from './estimateShipping.operation';
import * as get from './get.operation';
import * as getMany from './getMany.operation';
import * as search from './search.operation';
import * as searchByImage from './searchByImage.operation';
import * as updateStock from './updateStock.operation';

export const operations: ResourceOperations = { estimateShipping, get, getMany, search, searchByImage, updateStock };

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
				description: 'Shipping fee, weight and package size of buying an offer, to a district of mainland China',
				action: 'Estimate the shipping of a product',
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
	...estimateShipping.description,
];
