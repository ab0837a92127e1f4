import type { INodeProperties } from 'n8n-workflow';

import type { ResourceOperations } from '../operation';
import * as get from './get.operation';
import * as getTrace from './getTrace.operation';

export const operations: ResourceOperations = { get, getTrace };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['logistics'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				description:
					'Get the waybills of an order: company, tracking number, status, sender, receiver, goods. An order not shipped yet gives one item with shipped false.',
				action: 'Get the logistics of an order',
			},
			{
				name: 'Get Trace',
				value: 'getTrace',
				description: 'Get the tracking steps of a shipped order\'s waybills',
				action: 'Get the tracking steps of an order',
			},
		],
		default: 'get',
	},
	...get.description,
	...getTrace.description,
];
