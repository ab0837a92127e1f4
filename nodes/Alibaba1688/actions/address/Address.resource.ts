import type { INodeProperties } from 'n8n-workflow';

import type { ResourceOperations } from '../operation';
import * as getMany from './getMany.operation';
import * as parse from './parse.operation';

export const operations: ResourceOperations = { getMany, parse };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['address'] } },
		options: [
			{
				name: 'Get Many',
				value: 'getMany',
				description:
					'List the delivery addresses saved in the 1688 account, with the IDs Preview and Create take',
				action: 'Get many saved addresses',
			},
			{
				name: 'Parse',
				value: 'parse',
				description: "Turn an address written as text into 1688's fields and area codes",
				action: 'Parse an address',
			},
		],
		default: 'parse',
	},
	...getMany.description,
	...parse.description,
];
