import type { INodeProperties } from 'n8n-workflow';

import type { ResourceOperations } from '../operation';
import * as call from './call.operation';

export const operations: ResourceOperations = { call };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['customApi'] } },
		options: [
			{
				name: 'Call',
				value: 'call',
				description: 'Call any 1688 API with a signed request',
				action: 'Call a 1688 API',
			},
		],
		default: 'call',
	},
	...call.description,
];
