import type { IDisplayOptions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

/**
 * The push message topics of 1688's message documentation (every page of the doc mirror's
 * messages-en/, one per topic), each with the gist of its page, sorted by name. Both message triggers
 * offer them; each topic's data becomes fields of the item (helpers/messageFields).
 */
export const MESSAGE_TOPICS: INodePropertyOptions[] = [
	{
		name: 'Contract Awaiting Signature',
		value: 'SYT_CONTRACT_WAIT_SIGN',
		description: '88 ShengYiTong: a contract or purchase order needs your signature',
	},
	{
		name: 'Contract Evidence Added',
		value: 'SYT_ADD_CONTRACT_CONTENT',
		description:
			'88 ShengYiTong: the other party added logistics, shipment or payment proof to a contract',
	},
	{
		name: 'Contract Paid',
		value: 'SYT_CONTRACT_PAY_SUCCESS',
		description: '88 ShengYiTong: a contract or purchase order was paid by both parties',
	},
	{
		name: 'Contract Refund Finished',
		value: 'SYT_REFUND_FINISH_NOTICE',
		description: '88 ShengYiTong: the refund of a contract or purchase order succeeded or failed',
	},
	{
		name: 'Contract Rejected',
		value: 'SYT_CONTRACT_REJECT',
		description: '88 ShengYiTong: a contract or purchase order was rejected, with the reason',
	},
	{
		name: 'Contract Signed',
		value: 'SYT_CONTRACT_SIGN_SUCCESS',
		description: '88 ShengYiTong: a contract or purchase order was signed by both parties',
	},
	{
		name: 'Cross-Border Parcel Created or Changed',
		value: 'LOGISTICS_GLOBAL_1688_PACKAGE_CHANGE',
		description:
			'A cross-border parcel: its waybill (international from the external stage), carrier and the 1688 orders in it',
	},
	{
		name: 'Cross-Border Supply Source Set',
		value: 'CROSSBOARD_CROSSBOARD_ADD_SUPPLY',
		description: 'A user set a 1688 offer as the supply source of a product in your app',
	},
	{
		name: 'Curated Supply Product Delisted',
		value: 'PRODUCT_PFT_OFFER_QUIT',
		description: 'A curated-supply offer was taken off sale',
	},
	{
		name: 'Curated Supply Product Price Changed',
		value: 'PRODUCT_PFT_OFFER_PRICE_MODIFY',
		description: "A curated-supply offer's price changed, with the SKU prices and when they apply",
	},
	{
		name: 'Distribution Price Changed',
		value: 'FENXIAO_PRICE_CHANGE',
		description: 'The distribution price of a followed offer changed',
	},
	{
		name: 'Logistics Status Changed',
		value: 'LOGISTICS_BUYER_VIEW_TRACE',
		description:
			'A domestic waybill was shipped, collected, in transit, out for delivery, signed for or failed',
	},
	{
		name: 'Newton Cloud Task Status Changed',
		value: 'AGENT_NEWTON_CLOUD_TASK_NOTIFY',
		description: 'A Newton Cloud (inquiry agent) task changed status or needs input',
	},
	{
		name: 'One-Click Listing',
		value: 'PRODUCT_PRODUCT_CROSSBOARD_INFORM',
		description: 'A distributor listed a 1688 offer with one click',
	},
	{
		name: 'One-Click Listing From Purchasing Assistant',
		value: 'CROSSBOARD_LP_DISTRIBUTION',
		description:
			'Offers listed to your app with one click from the cross-border purchasing assistant',
	},
	{
		name: 'Order Batch Payment Result',
		value: 'ORDER_BATCH_PAY',
		description: 'The payment status of each order of a batch payment',
	},
	{ name: 'Order Closed by Buyer', value: 'ORDER_BUYER_VIEW_ORDER_BUYER_CLOSE' },
	{
		name: 'Order Closed by Operations',
		value: 'ORDER_BUYER_VIEW_ORDER_BOPS_CLOSE',
		description: 'Closed by 1688, e.g. not paid in time',
	},
	{
		name: 'Order Closed by Seller',
		value: 'ORDER_BUYER_VIEW_ORDER_SELLER_CLOSE',
		description: 'Also when a refund closes the order',
	},
	{ name: 'Order Created', value: 'ORDER_BUYER_VIEW_BUYER_MAKE' },
	{
		name: 'Order Paid',
		value: 'ORDER_BUYER_VIEW_ORDER_PAY',
		description: 'Also the first payment of an order paid in stages',
	},
	{ name: 'Order Partially Shipped', value: 'ORDER_BUYER_VIEW_PART_PART_SENDGOODS' },
	{
		name: 'Order Price Modified',
		value: 'ORDER_BUYER_VIEW_ORDER_PRICE_MODIFY',
		description:
			'The seller changed the price (or closed sub-orders): read the order for the new total',
	},
	{
		name: 'Order Price Modified (Seller View)',
		value: 'ORDER_ORDER_PRICE_MODIFY',
		description: 'The same change, as 1688 tells the seller',
	},
	{
		name: 'Order Receipt Confirmed',
		value: 'ORDER_BUYER_VIEW_ORDER_COMFIRM_RECEIVEGOODS',
		description: 'Sent for every confirmation, partial ones too',
	},
	{
		name: 'Order Refund After Sale',
		value: 'ORDER_BUYER_VIEW_ORDER_REFUND_AFTER_SALES',
		description: 'A refund step after the order was completed',
	},
	{
		name: 'Order Refund in Sale',
		value: 'ORDER_BUYER_VIEW_ORDER_BUYER_REFUND_IN_SALES',
		description: 'A refund step before the order was completed',
	},
	{ name: 'Order Shipped', value: 'ORDER_BUYER_VIEW_ANNOUNCE_SENDGOODS' },
	{
		name: 'Order Stage Paid',
		value: 'ORDER_BUYER_VIEW_ORDER_STEP_PAY',
		description: 'A stage of an order paid in stages',
	},
	{ name: 'Order Successful', value: 'ORDER_BUYER_VIEW_ORDER_SUCCESS' },
	{
		name: 'Product Audited',
		value: 'PRODUCT_RELATION_VIEW_PRODUCT_AUDIT',
		description: '1688 reviewed an offer of a related seller',
	},
	{
		name: 'Product Changed',
		value: 'PRODUCT_RELATION_VIEW_PRODUCT_CHANGE',
		description: 'Any change of an offer of a related seller, with the action',
	},
	{ name: 'Product Deleted', value: 'PRODUCT_RELATION_VIEW_PRODUCT_DELETE' },
	{ name: 'Product Delisted', value: 'PRODUCT_RELATION_VIEW_PRODUCT_EXPIRE' },
	{
		name: 'Product Inventory Changed',
		value: 'PRODUCT_PRODUCT_INVENTORY_CHANGE',
		description: 'Stock of a followed offer changed',
	},
	{ name: 'Product New or Modified', value: 'PRODUCT_RELATION_VIEW_PRODUCT_NEW_OR_MODIFY' },
	{ name: 'Product Relisted', value: 'PRODUCT_RELATION_VIEW_PRODUCT_REPOST' },
	{
		name: 'Sourcing Workbench Product Added or Removed',
		value: 'CROSSBOARD_XYT_PLATFORM_OFFER_CHANGE',
		description: 'Offers added to or deleted from the XunYuanTong sourcing workbench',
	},
	{
		name: 'Waybill Number Changed',
		value: 'LOGISTICS_MAIL_NO_CHANGE',
		description: 'The seller replaced a waybill number or carrier',
	},
];

/** The Message Types field of both message triggers; `show` limits it to some events of the node. */
export function messageTypesField(
	description: string,
	show?: IDisplayOptions['show'],
): INodeProperties {
	return {
		displayName: 'Message Types',
		name: 'messageTypes',
		type: 'multiOptions',
		options: MESSAGE_TOPICS,
		default: [],
		description,
		...(show ? { displayOptions: { show } } : {}),
	};
}

/** Topics typed by name, for topics the list does not offer (an Options entry of both message triggers). */
export const OTHER_TYPES_OPTION: INodeProperties = {
	displayName: 'Other Message Types',
	name: 'otherTypes',
	type: 'string',
	default: '',
	placeholder: 'e.g. CAIGOU_MSG_BUYER_MARK_QUOTATION',
	description: 'More topic names to accept, separated by commas, for topics not in the list',
};

/** The topic names chosen in the list plus any typed in (comma-separated); empty means every topic. */
export function wantedTopics(chosen: unknown, typed: unknown): Set<string> {
	const fromList = Array.isArray(chosen) ? chosen.map(String) : [];
	const fromText = typeof typed === 'string' ? typed.split(/[\s,;]+/) : [];
	return new Set(
		[...fromList, ...fromText]
			.map((topic) => topic.trim().toUpperCase())
			.filter((topic) => topic !== ''),
	);
}

/** Whether a message of `type` is wanted: every topic when none was chosen. */
export function isWantedTopic(wanted: Set<string>, type: unknown): boolean {
	return wanted.size === 0 || wanted.has(String(type));
}
