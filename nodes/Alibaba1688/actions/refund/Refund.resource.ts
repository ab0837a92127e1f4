import type { INodeProperties } from 'n8n-workflow';

import type { ResourceOperations } from '../operation';
import * as applyForArbitration from './applyForArbitration.operation';
import * as cancel from './cancel.operation';
import * as cancelPickup from './cancelPickup.operation';
import * as create from './create.operation';
import * as createPickup from './createPickup.operation';
import * as get from './get.operation';
import * as getForOrder from './getForOrder.operation';
import * as getHistory from './getHistory.operation';
import * as getMany from './getMany.operation';
import * as getMaxRefundable from './getMaxRefundable.operation';
import * as getPickup from './getPickup.operation';
import * as getPickupPlans from './getPickupPlans.operation';
import * as getReasons from './getReasons.operation';
import * as getReturnAddress from './getReturnAddress.operation';
import * as modifyPickup from './modifyPickup.operation';
import * as submitReturnShipment from './submitReturnShipment.operation';
import * as uploadEvidence from './uploadEvidence.operation';

export const operations: ResourceOperations = {
	applyForArbitration,
	cancel,
	cancelPickup,
	create,
	createPickup,
	get,
	getForOrder,
	getHistory,
	getMany,
	getMaxRefundable,
	getPickup,
	getPickupPlans,
	getReasons,
	getReturnAddress,
	modifyPickup,
	submitReturnShipment,
	uploadEvidence,
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
				name: 'Apply for Arbitration',
				value: 'applyForArbitration',
				description:
					"Ask 1688's customer service to step in, e.g. after the seller refused a refund",
				action: 'Apply for arbitration',
			},
			{
				name: 'Cancel',
				value: 'cancel',
				description: 'Withdraw a refund request before its return is shipped',
				action: 'Cancel a refund',
			},
			{
				name: 'Cancel Pickup',
				value: 'cancelPickup',
				description: 'Cancel an official return pickup',
				action: 'Cancel a pickup order',
			},
			{
				name: 'Create',
				value: 'create',
				description:
					"Ask the seller for a refund, or a return and refund, of an order's sub-orders: sent once, never twice for the same sub-orders",
				action: 'Create a refund',
			},
			{
				name: 'Create Pickup',
				value: 'createPickup',
				description: "Book 1688's official courier to collect a return in China",
				action: 'Create a pickup order',
			},
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
				description:
					'Get the most a refund of these sub-orders may ask for, goods and shipping, in yuan',
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
				description:
					'Get the couriers that can collect a return at your address in China, with fees and time slots',
				action: 'Get return pickup plans',
			},
			{
				name: 'Get Reasons',
				value: 'getReasons',
				description:
					'Get the refund reasons 1688 accepts for an order, its sub-orders and the goods status',
				action: 'Get refund reasons',
			},
			{
				name: 'Get Return Address',
				value: 'getReturnAddress',
				description: "Get the seller's address for returns of an order",
				action: 'Get the return address of an order',
			},
			{
				name: 'Modify Pickup',
				value: 'modifyPickup',
				description: 'Change the day, window or details of an official return pickup',
				action: 'Modify a pickup order',
			},
			{
				name: 'Submit Return Shipment',
				value: 'submitReturnShipment',
				description:
					'Give the carrier and waybill of the return parcel once the seller agreed to the return',
				action: 'Submit a return shipment',
			},
			{
				name: 'Upload Evidence',
				value: 'uploadEvidence',
				description:
					'Upload a photo (binary or URL) as refund evidence and get the address Create takes',
				action: 'Upload refund evidence',
			},
		],
		default: 'get',
	},
	...uploadEvidence.description,
	...getReasons.description,
	...getMaxRefundable.description,
	...getReturnAddress.description,
	...get.description,
	...getMany.description,
	...getForOrder.description,
	...getHistory.description,
	...getPickupPlans.description,
	...getPickup.description,
	...create.description,
	...submitReturnShipment.description,
	...cancel.description,
	...applyForArbitration.description,
	...createPickup.description,
	...modifyPickup.description,
	...cancelPickup.description,
];
