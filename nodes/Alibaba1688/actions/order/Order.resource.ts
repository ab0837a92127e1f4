import type { INodeProperties } from 'n8n-workflow';

import type { ResourceOperations } from '../operation';
import * as addMemo from './addMemo.operation';
import * as cancel from './cancel.operation';
import * as confirmReceipt from './confirmReceipt.operation';
import * as create from './create.operation';
import * as deleteClosedOrder from './deleteClosedOrder.operation';
import * as get from './get.operation';
import * as getMany from './getMany.operation';
import * as getPaymentChannels from './getPaymentChannels.operation';
import * as getPaymentLink from './getPaymentLink.operation';
import * as getSellerChatLink from './getSellerChatLink.operation';
import * as getShippingInsurance from './getShippingInsurance.operation';
import * as linkShopOrder from './linkShopOrder.operation';
import * as messageSeller from './messageSeller.operation';
import * as payAutomatically from './payAutomatically.operation';
import * as preview from './preview.operation';
import * as requestAddressChange from './requestAddressChange.operation';
import * as urgeShipment from './urgeShipment.operation';

export const operations: ResourceOperations = {
	addMemo,
	cancel,
	confirmReceipt,
	create,
	deleteClosedOrder,
	get,
	getMany,
	getPaymentChannels,
	getPaymentLink,
	getSellerChatLink,
	getShippingInsurance,
	linkShopOrder,
	messageSeller,
	payAutomatically,
	preview,
	requestAddressChange,
	urgeShipment,
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
				name: 'Add Memo',
				value: 'addMemo',
				description:
					'Set your own memo on an order (only you see it), with a flag colour; it replaces the last memo',
				action: 'Add a memo to an order',
			},
			{
				name: 'Cancel',
				value: 'cancel',
				description: 'Cancel an unpaid order',
				action: 'Cancel an order',
			},
			{
				name: 'Confirm Receipt',
				value: 'confirmReceipt',
				description:
					'Confirm the goods of a shipped order arrived (all lines or some): the seller is paid and the order becomes after-sale',
				action: 'Confirm receipt of an order',
			},
			{
				name: 'Create',
				value: 'create',
				description:
					'Place a real order: a cart becomes 1688 orders, one per supplier, each sent exactly once',
				action: 'Create an order',
			},
			{
				name: 'Delete Closed Order',
				value: 'deleteClosedOrder',
				description: 'Delete a cancelled order from your 1688 order list',
				action: 'Delete a closed order',
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
				description:
					'Get how an unpaid order can be paid: the channels 1688 offers for it, the amount and the payment deadline',
				action: 'Get the payment channels of an order',
			},
			{
				name: 'Get Payment Link',
				value: 'getPaymentLink',
				description:
					'Get the 1688 cashier link (Alipay, cross-border or credit pay) that pays one or several unpaid orders',
				action: 'Get a payment link for orders',
			},
			{
				name: 'Get Seller Chat Link',
				value: 'getSellerChatLink',
				description:
					'Get a link that opens a WangWang chat with the seller of an order (or a seller given by its OpenUID)',
				action: 'Get a chat link to the seller',
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
				description: "Record on 1688 which of your shop's orders a 1688 order was bought for",
				action: 'Link a shop order to an order',
			},
			{
				name: 'Message the Seller',
				value: 'messageSeller',
				description:
					'Add a message for the seller to an order (500 characters for all messages of the order)',
				action: 'Message the seller of an order',
			},
			{
				name: 'Pay Automatically',
				value: 'payAutomatically',
				description:
					"Pay an unpaid order with the account's password-free payment, sent exactly once",
				action: 'Pay an order automatically',
			},
			{
				name: 'Preview',
				value: 'preview',
				description:
					'Price, freight and checks for an address and a cart before ordering; creates nothing',
				action: 'Preview an order',
			},
			{
				name: 'Request Address Change',
				value: 'requestAddressChange',
				description:
					'Ask to deliver an order not shipped yet to another address; the seller may have to confirm it',
				action: 'Request an address change for an order',
			},
			{
				name: 'Urge Shipment',
				value: 'urgeShipment',
				description: 'Remind the seller to ship a paid order (once per 24 hours)',
				action: 'Urge the seller to ship an order',
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
	...getSellerChatLink.description,
	...confirmReceipt.description,
	...urgeShipment.description,
	...addMemo.description,
	...messageSeller.description,
	...requestAddressChange.description,
	...deleteClosedOrder.description,
];
