import type { INodeProperties } from 'n8n-workflow';

import { ORDER_STATUS_OPTIONS } from '../shared/orderStatus';
import { REFUND_STATUS_OPTIONS } from '../shared/refundStatus';
import { optionsCollection, PRODUCT_SOURCE_OPTIONS } from '../shared/fields';
import { messageTypesField, OTHER_TYPES_OPTION } from '../shared/messageTopics';

const OFFER_EVENTS = ['stockChanged', 'priceChanged'];
const forOffers = { event: OFFER_EVENTS };
const MESSAGES_EVENT = 'messagesPulled';
const forMessages = { event: [MESSAGES_EVENT] };

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
				name: 'Messages (Pulled)',
				value: MESSAGES_EVENT,
				description:
					'1688 push messages (orders, logistics, stock, prices) fetched from 1688 at each poll: no public URL needed, nothing missed while n8n was down',
			},
			{
				name: 'Order Status Changed',
				value: 'orderStatusChanged',
				description:
					'One of your buyer orders was placed or changed status (paid, shipped, received, cancelled)',
			},
			{
				name: 'Price Changed',
				value: 'priceChanged',
				description: 'The price of a SKU of a watched offer changed',
			},
			{
				name: 'Refund Status Changed',
				value: 'refundStatusChanged',
				description:
					'One of your refunds or returns was asked for or changed status (seller agreed or refused, return shipped, refunded, closed)',
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
		placeholder: 'e.g. 624392716873, 655443322110',
		description:
			'The offers to watch: IDs or offer page URLs separated by commas or new lines, or an expression giving a list. Long lists are checked over several polls, each resuming where the last one stopped.',
		displayOptions: { show: forOffers },
	},
	{
		displayName:
			'Gets the messages 1688 could not push to your app (no push URL registered, or it failed), e.g. because n8n has no public URL or was down. Each is emitted once, like the 1688 Message Trigger does, and confirmed to 1688 at the next poll. Stock and price messages come only for offers you follow (Product → Follow).',
		name: 'pulledNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: forMessages },
	},
	messageTypesField(
		'Only emit these 1688 message topics (each is fetched on its own); none selected means every message',
		forMessages,
	),
	optionsCollection([
		{
			displayName: 'Avoid Duplicates With Message Trigger',
			name: 'avoidDuplicates',
			type: 'boolean',
			default: false,
			description:
				'Whether this poll catches what a 1688 Message Trigger in the same workflow missed, without starting twice for one message: messages the webhook already started for are skipped (and confirmed), and messages emitted here are skipped by the webhook. Turn it on in both triggers.',
			displayOptions: { show: { '/event': [MESSAGES_EVENT] } },
		},
		{
			displayName: 'Emit Existing on First Poll',
			name: 'emitExisting',
			type: 'boolean',
			default: false,
			description:
				'Whether the first check of each offer, order or refund emits what it finds (previous values null) instead of only recording it as the starting point',
			displayOptions: {
				show: { '/event': [...OFFER_EVENTS, 'orderStatusChanged', 'refundStatusChanged'] },
			},
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
			description:
				'Only orders that changed into one of these states; none selected means every state',
			displayOptions: { show: { '/event': ['orderStatusChanged'] } },
		},
		{ ...OTHER_TYPES_OPTION, displayOptions: { show: { '/event': [MESSAGES_EVENT] } } },
		{
			displayName: 'Product Source',
			name: 'source',
			type: 'options',
			default: 'automatic',
			description:
				'Which 1688 API to read the watched offers from, as in Product → Get; Automatic fits apps on every solution, the cross-border one included',
			displayOptions: { show: { '/event': OFFER_EVENTS } },
			options: PRODUCT_SOURCE_OPTIONS,
		},
		{
			displayName: 'Refund Status',
			name: 'refundStatuses',
			type: 'multiOptions',
			options: REFUND_STATUS_OPTIONS,
			default: [],
			description:
				'Only refunds that changed into one of these states; none selected means every state',
			displayOptions: { show: { '/event': ['refundStatusChanged'] } },
		},
	]),
];
