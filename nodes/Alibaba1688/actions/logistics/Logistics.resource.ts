import type { INodeProperties } from 'n8n-workflow';

import type { ResourceOperations } from '../operation';
import * as findOrderByWaybill from './findOrderByWaybill.operation';
import * as get from './get.operation';
import * as getInternationalWaybills from './getInternationalWaybills.operation';
import * as getTrace from './getTrace.operation';

export const operations: ResourceOperations = {
	findOrderByWaybill,
	get,
	getInternationalWaybills,
	getTrace,
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['logistics'] } },
		options: [
			{
				name: 'Find Order by Waybill',
				value: 'findOrderByWaybill',
				description:
					'Find the order a parcel at the warehouse belongs to (your external order reference and the 1688 order) from a waybill number or unclaimed-parcel code',
				action: 'Find the order of a waybill',
			},
			{
				name: 'Get',
				value: 'get',
				description:
					'Get the waybills of an order: company, tracking number, status, sender, receiver, goods. An order not shipped yet gives one item with shipped false.',
				action: 'Get the logistics of an order',
			},
			{
				name: 'Get International Waybills',
				value: 'getInternationalWaybills',
				description:
					'Get the international waybills (carrier, 1688 orders in each parcel) of the orders placed with one external order reference',
				action: 'Get the international waybills of an external order',
			},
			{
				name: 'Get Trace',
				value: 'getTrace',
				description: "Get the tracking steps of a shipped order's waybills",
				action: 'Get the tracking steps of an order',
			},
		],
		default: 'get',
	},
	...get.description,
	...getTrace.description,
	...getInternationalWaybills.description,
	...findOrderByWaybill.description,
];
