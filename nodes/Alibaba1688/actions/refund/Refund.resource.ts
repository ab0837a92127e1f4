import type { INodeProperties } from 'n8n-workflow';

import type { ResourceOperations } from '../operation';
import * as get from './get.operation';
import * as getForOrder from './getForOrder.operation';
import * as getHistory from './getHistory.operation';
import * as getMany from './getMany.operation';
import * as getMaxRefundable from './getMaxRefundable.operation';
import * as getPickup from './getPickup.operation';
import * as getPickupPlans from './getPickupPlans.operation';
import * as getReasons from './getReasons.operation';
import * as getReturnAddress from './getReturnAddress.operation';

export const operations: ResourceOperations = {
	get,
	getForOrder,
	getHistory,
	getMany,
	getMaxRefundable,
	getPickup,
	getPickupPlans,
	getReasons,
	getReturnAddress,
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['refund'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				description: 'Get a refund with its status, amounts, sub-orders and history',
				action: 'Get a refund',
			},
			{
				name: 'Get for Order',
				value: 'getForOrder',
				description: "Get an order's in-sale refunds, in progress or refunded",
				action: 'Get the refunds of an order',
			},
			{
				name: 'Get History',
				value: 'getHistory',
				description: "Get a refund's steps: who did what and when",
				action: 'Get the history of a refund',
			},
			{
				name: 'Get Many',
				value: 'getMany',
				description: 'List your refunds, filtered by order, status, stage and time',
				action: 'Get many refunds',
			},
			{
				name: 'Get Max Refundable',
				value: 'getMaxRefundable',
				description: 'Get the most a refund of these sub-orders may ask for, goods and shipping, in yuan',
				action: 'Get the maximum refundable amount',
			},
			{
				name: 'Get Pickup',
				value: 'getPickup',
				description: 'Get an official return pickup order: status, window, waybill',
				action: 'Get a pickup order',
			},
			{
				name: 'Get Pickup Plans',
				value: 'getPickupPlans',
				description: 'Get the couriers that can collect a return at your address in China, with fees and time slots',
				action: 'Get return pickup plans',
			},
			{
				name: 'Get Reasons',
				value: 'getReasons',
				description: 'Get the refund reasons 1688 accepts for an order, its sub-orders and the goods status',
				action: 'Get refund reasons',
			},
			{
				name: 'Get Return Address',
				value: 'getReturnAddress',
				description: "Get the seller's address for returns of an order",
				action: 'Get the return address of an order',
			},
		],
		default: 'get',
	},
	...getReasons.description,
	...getMaxRefundable.description,
	...getReturnAddress.description,
	...get.description,
	...getMany.description,
	...getForOrder.description,
	...getHistory.description,
	...getPickupPlans.description,
	...getPickup.description,
];
