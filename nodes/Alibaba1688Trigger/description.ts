import type { INodeProperties } from 'n8n-workflow';

import { ORDER_STATUS_OPTIONS } from '../shared/orderStatus';
import { optionsCollection, PRODUCT_SOURCE_OPTIONS } from '../shared/fields';

const OFFER_EVENTS = ['stockChanged', 'priceChanged'];
const forOffers = { event: OFFER_EVENTS };

export const triggerProperties: INodeProperties[] = [
	{
		displayName: 'Event',
		name: 'event',
		type: 'options',
		noDataExpression: true,
		required: true,
		default: 'stockChanged',
		options: [
			{
				name: 'Order Status Changed',
				value: 'orderStatusChanged',
				description: 'One of your buyer orders was placed or changed status (paid, shipped, received, cancelled)',
			},
			{
				name: 'Price Changed',
				value: 'priceChanged',
				description: 'The price of a SKU of a watched offer changed',
			},
			{
				name: 'Stock Changed',
				value: 'stockChanged',
				description: 'The stock of a SKU of a watched offer changed',
			},
		],
	},
	{
		displayName: 'Offer IDs',
		name: 'offerIds',
		type: 'string',
		required: true,
		default: '',
		typeOptions: { rows: 3 },
		placeholder: '624392716873, 655443322110',
		description:
			'The offers to watch: IDs or offer page URLs separated by commas or new lines, or an expression giving a list. Long lists are checked over several polls, each resuming where the last one stopped.',
		displayOptions: { show: forOffers },
	},
	optionsCollection([
		{
			displayName: 'Emit Existing on First Poll',
			name: 'emitExisting',
			type: 'boolean',
			default: false,
			description:
				'Whether the first check of each offer or order emits what it finds (previous values null) instead of only recording it as the starting point',
		},
		{
			displayName: 'Include Unavailable Offers',
			name: 'includeUnavailable',
			type: 'boolean',
			default: false,
			description:
				'Whether to also emit an item when a watched offer goes offline, is delisted or cannot be found (event offerUnavailable), and when it is back on sale (event offerAvailable)',
			displayOptions: { show: { '/event': OFFER_EVENTS } },
		},
		{
			displayName: 'Only Below Threshold',
			name: 'stockThreshold',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: 10,
			description:
				'Emit a SKU only when its stock falls from this number or more to below it: once per fall, not on every poll while it stays low',
			displayOptions: { show: { '/event': ['stockChanged'] } },
		},
		{
			displayName: 'Order Status',
			name: 'orderStatuses',
			type: 'multiOptions',
			options: ORDER_STATUS_OPTIONS,
			default: [],
			description: 'Only orders that changed into one of these states; none selected means every state',
			displayOptions: { show: { '/event': ['orderStatusChanged'] } },
		},
		{
			displayName: 'Product Source',
			name: 'source',
			type: 'options',
			default: 'authorised',
			description: 'Which 1688 API to read the watched offers from, as in Product → Get',
			displayOptions: { show: { '/event': OFFER_EVENTS } },
			options: PRODUCT_SOURCE_OPTIONS,
		},
	]),
];
