import type { IBuilderHint, UsableAsToolDescription } from 'n8n-workflow';

/**
 * What an AI agent, and n8n's AI workflow builder, should know about the 1688 node. The agent reads the tool
 * description (the default of a 1688 tool node's Description when set manually); the builder reads the hints.
 * n8n 1.x knows `usableAsTool` in this form and ignores `builderHint`.
 */

/** One resource's operations, by the names the editor shows. */
type OperationGroup = [resource: string, operations: string[]];

/**
 * Which operations an agent may run on its own (README, "Which operations an agent may run on its own"); every
 * operation of the node is in exactly one list (test/unit/agentGuidance.test.js checks it against the built node).
 */
export const AGENT_OPERATIONS: Record<'reads' | 'payment' | 'writes', OperationGroup[]> = {
	/** Change nothing on 1688. */
	reads: [
		[
			'Product',
			[
				'Search',
				'Search by Image',
				'Search in Shop',
				'Find Similar',
				'Get',
				'Get Many',
				'Estimate Shipping',
			],
		],
		['Category', ['Get', 'Get Children', 'Search']],
		[
			'Market Insight',
			['Get Offer Trends', 'Get Ranking', 'Get Recommended Offers', 'Get Trending Keywords'],
		],
		['Address', ['Get Many', 'Parse']],
		[
			'Order',
			[
				'Preview',
				'Get',
				'Get Many',
				'Get Payment Channels',
				'Get Shipping Insurance',
				'Get Seller Chat Link',
			],
		],
		['Logistics Info', ['Get', 'Get Trace', 'Get International Waybills', 'Find Order by Waybill']],
		// Upload Evidence stores a photo on 1688 and changes no order or refund.
		[
			'Refund',
			[
				'Get',
				'Get Many',
				'Get for Order',
				'Get History',
				'Get Reasons',
				'Get Max Refundable',
				'Get Return Address',
				'Get Pickup Plans',
				'Get Pickup',
				'Upload Evidence',
			],
		],
	],
	/** Changes nothing, but its link pays real money. */
	payment: [['Order', ['Get Payment Link']]],
	/** Change real orders, refunds, payments, stock or subscriptions: only with a person's approval. */
	writes: [
		[
			'Order',
			[
				'Create',
				'Cancel',
				'Pay Automatically',
				'Link Shop Order',
				'Confirm Receipt',
				'Urge Shipment',
				'Add Memo',
				'Message the Seller',
				'Request Address Change',
				'Delete Closed Order',
			],
		],
		['Product', ['Update Stock', 'Follow', 'Unfollow']],
		[
			'Refund',
			[
				'Create',
				'Cancel',
				'Apply for Arbitration',
				'Submit Return Shipment',
				'Create Pickup',
				'Modify Pickup',
				'Cancel Pickup',
			],
		],
		['Any 1688 API', ['Call']],
	],
};

const listed = (groups: OperationGroup[]) =>
	groups.map(([resource, operations]) => `${resource} ${operations.join(', ')}`).join('; ');

export const AGENT_TOOL_DESCRIPTION =
	"Works on 1688.com, Alibaba's Chinese wholesale marketplace; prices are in CNY (yuan) per unit. " +
	'An offer is one product listing: offerId has 12-13 digits and comes from Search results or an offer URL ' +
	'(https://detail.1688.com/offer/<offerId>.html). A SKU is one variant of an offer (e.g. colour and size) with its own ' +
	'price and stock, named by specId (32 letters and digits) and skuId; Product Get lists them. ' +
	"A refund is named by refundId (TQ followed by digits); its sub-orders are the subOrderId of Order Get's items, its amounts yuan. " +
	`Reads change nothing: ${listed(AGENT_OPERATIONS.reads)}. ` +
	`${listed(AGENT_OPERATIONS.payment)} changes nothing, but its link pays real money: give it to a person. ` +
	`${listed(AGENT_OPERATIONS.writes)} change real orders, refunds, payments, stock or followed offers: only with human approval.`;

export const USABLE_AS_TOOL: UsableAsToolDescription = {
	replacements: { description: AGENT_TOOL_DESCRIPTION },
};

export const BUILDER_HINT: IBuilderHint = {
	searchHint:
		'Use for 1688.com (Alibaba China wholesale) sourcing and buying: keyword or image search, offer details with SKUs, ' +
		'shipping estimates, order previews, orders, payment links and parcel tracking. As AI Agent tools, add one 1688 tool ' +
		'node per operation with the IDs left to the model, prefer read operations, and put the writes ' +
		`(${listed(AGENT_OPERATIONS.writes)}) behind a human review tool (a send-and-wait approval such as Send Email or Slack).`,
	relatedNodes: [
		{
			nodeType: '@n8n/n8n-nodes-langchain.agent',
			relationHint:
				'Attach 1688 tool nodes (one operation each) so an agent can search, compare and preview orders',
		},
		{
			nodeType: '@n8n/n8n-nodes-langchain.mcpTrigger',
			relationHint: 'Expose 1688 tool nodes to agents outside n8n over MCP',
		},
		{
			nodeType: 'n8n-nodes-1688.alibaba1688Trigger',
			relationHint: 'Start a workflow when stock, a price or an order status changes',
		},
		{
			nodeType: 'n8n-nodes-1688.alibaba1688MessageTrigger',
			relationHint:
				'Start a workflow when 1688 pushes a message: an order paid or shipped, a cross-border parcel with its international waybill and carrier (LOGISTICS_GLOBAL_1688_PACKAGE_CHANGE), a stock change',
		},
	],
};
