import type { INodeProperties } from 'n8n-workflow';

import type { ResourceOperations } from '../operation';
import * as cancel from './cancel.operation';
import * as create from './create.operation';
import * as get from './get.operation';
import * as getMany from './getMany.operation';
import * as getPaymentChannels from './getPaymentChannels.operation';
import * as getPaymentLink from './getPaymentLink.operation';
import * as getShippingInsurance from './getShippingInsurance.operation';
import * as linkShopOrder from './linkShopOrder.operation';
import * as payAutomatically from './payAutomatically.operation';
import * as preview from './preview.operation';

export const operations: ResourceOperations = {
	cancel,
	create,
	get,
	getMany,
	getPaymentChannels,
	getPaymentLink,
	getShippingInsurance,
	linkShopOrder,
	payAutomatically,
	preview,
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['order'] } },
		options: [
			{
				name: 'Cancel',
				value: 'cancel',
				description: 'Cancel an unpaid order',
				action: 'Cancel an order',
			},
			{
				name: 'Create',
				value: 'create',
				description: 'Place a real order: a cart becomes 1688 orders, one per supplier, each sent exactly once',
				action: 'Create an order',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get an order with its items, amounts and receiver',
				action: 'Get an order',
			},
			{
				name: 'Get Many',
				value: 'getMany',
				description: 'List your orders as a buyer, filtered by status and time',
				action: 'Get many orders',
			},
			{
				name: 'Get Payment Channels',
				value: 'getPaymentChannels',
				description: 'Get how an unpaid order can be paid: the channels 1688 offers for it, the amount and the payment deadline',
				action: 'Get the payment channels of an order',
			},
			{
				name: 'Get Payment Link',
				value: 'getPaymentLink',
				description: 'Get the 1688 cashier link (Alipay, cross-border or credit pay) that pays one or several unpaid orders',
				action: 'Get a payment link for orders',
			},
			{
				name: 'Get Shipping Insurance',
				value: 'getShippingInsurance',
				description: 'Get the shipping-insurance policy of an order and its claims',
				action: 'Get the shipping insurance of an order',
			},
			{
				name: 'Link Shop Order',
				value: 'linkShopOrder',
				description: 'Record on 1688 which of your shop\'s orders a 1688 order was bought for',
				action: 'Link a shop order to an order',
			},
			{
				name: 'Pay Automatically',
				value: 'payAutomatically',
				description: 'Pay an unpaid order with the account\'s password-free payment, sent exactly once',
				action: 'Pay an order automatically',
			},
			{
				name: 'Preview',
				value: 'preview',
				description: 'Price, freight and checks for an address and a cart before ordering; creates nothing',
				action: 'Preview an order',
			},
		],
		default: 'get',
	},
	...get.description,
	...getMany.description,
	...preview.description,
	...create.description,
	...cancel.description,
	...getPaymentLink.description,
	...payAutomatically.description,
	...linkShopOrder.description,
	...getPaymentChannels.description,
	...getShippingInsurance.description,
];
