import type { INodeProperties } from 'n8n-workflow';

import type { ResourceOperations } from '../operation';
import * as get from './get.operation';
import * as getChildren from './getChildren.operation';
import * as search from './search.operation';

export const operations: ResourceOperations = { get, getChildren, search };

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
				description: 'Get a category with its children, names optionally translated',
				action: 'Get a category',
			},
			{
				name: 'Get Children',
				value: 'getChildren',
				description: 'List the subcategories of a category',
				action: 'Get the children of a category',
			},
			{
				name: 'Search',
				value: 'search',
				description: 'Find categories by a part of their name, in Chinese or another language',
				action: 'Search categories',
			},
		],
		default: 'get',
	},
	...get.description,
	...getChildren.description,
	...search.description,
];
