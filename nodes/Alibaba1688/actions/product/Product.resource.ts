import type { INodeProperties } from 'n8n-workflow';

import type { ResourceOperations } from '../operation';
import * as get from './get.operation';

export const operations: ResourceOperations = { get };

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
				description: 'Get an offer with its SKUs, prices and stock',
				action: 'Get a product',
			},
		],
		default: 'get',
	},
	...get.description,
];
