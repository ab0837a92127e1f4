import type { INodeProperties } from 'n8n-workflow';

import type { ResourceOperations } from '../operation';
import * as get from './get.operation';
import * as getChildren from './getChildren.operation';

export const operations: ResourceOperations = { get, getChildren };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['category'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				description: 'Get a category with its children',
				action: 'Get a category',
			},
			{
				name: 'Get Children',
				value: 'getChildren',
				description: 'List the subcategories of a category',
				action: 'Get the children of a category',
			},
		],
		default: 'get',
	},
	...get.description,
	...getChildren.description,
];
