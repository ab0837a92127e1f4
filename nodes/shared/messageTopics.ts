import type { IDisplayOptions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

/**
 * The push message topics a buyer's app subscribes to on open.1688.com (trade, logistics and product
 * messages, named as in 1688's message documentation), sorted by name.
 */
export const MESSAGE_TOPICS: INodePropertyOptions[] = [
	{ name: 'Distribution Price Changed', value: 'FENXIAO_PRICE_CHANGE' },
	{ name: 'Logistics Status Changed', value: 'LOGISTICS_BUYER_VIEW_TRACE' },
	{ name: 'Order Closed by Buyer', value: 'ORDER_BUYER_VIEW_ORDER_BUYER_CLOSE' },
	{ name: 'Order Closed by Operations', value: 'ORDER_BUYER_VIEW_ORDER_BOPS_CLOSE' },
	{ name: 'Order Closed by Seller', value: 'ORDER_BUYER_VIEW_ORDER_SELLER_CLOSE' },
	{ name: 'Order Created', value: 'ORDER_BUYER_VIEW_BUYER_MAKE' },
	{ name: 'Order Paid', value: 'ORDER_BUYER_VIEW_ORDER_PAY' },
	{ name: 'Order Partially Shipped', value: 'ORDER_BUYER_VIEW_PART_PART_SENDGOODS' },
	{ name: 'Order Price Modified', value: 'ORDER_BUYER_VIEW_ORDER_PRICE_MODIFY' },
	{ name: 'Order Receipt Confirmed', value: 'ORDER_BUYER_VIEW_ORDER_COMFIRM_RECEIVEGOODS' },
	{ name: 'Order Refund After Sale', value: 'ORDER_BUYER_VIEW_ORDER_REFUND_AFTER_SALES' },
	{ name: 'Order Refund in Sale', value: 'ORDER_BUYER_VIEW_ORDER_BUYER_REFUND_IN_SALES' },
	{ name: 'Order Shipped', value: 'ORDER_BUYER_VIEW_ANNOUNCE_SENDGOODS' },
	{ name: 'Order Stage Paid', value: 'ORDER_BUYER_VIEW_ORDER_STEP_PAY' },
	{ name: 'Order Successful', value: 'ORDER_BUYER_VIEW_ORDER_SUCCESS' },
	{ name: 'Product Changed', value: 'PRODUCT_RELATION_VIEW_PRODUCT_CHANGE' },
	{ name: 'Product Deleted', value: 'PRODUCT_RELATION_VIEW_PRODUCT_DELETE' },
	{ name: 'Product Delisted', value: 'PRODUCT_RELATION_VIEW_PRODUCT_EXPIRE' },
	{ name: 'Product Inventory Changed', value: 'PRODUCT_PRODUCT_INVENTORY_CHANGE' },
	{ name: 'Product New or Modified', value: 'PRODUCT_RELATION_VIEW_PRODUCT_NEW_OR_MODIFY' },
	{ name: 'Product Relisted', value: 'PRODUCT_RELATION_VIEW_PRODUCT_REPOST' },
	{ name: 'Waybill Number Changed', value: 'LOGISTICS_MAIL_NO_CHANGE' },
];

/** The Message Types field of both message triggers; `show` limits it to some events of the node. */
export function messageTypesField(description: string, show?: IDisplayOptions['show']): INodeProperties {
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
	placeholder: 'e.g. CROSSBOARD_CROSSBOARD_ADD_SUPPLY',
	description: 'More topic names to accept, separated by commas, for topics not in the list',
};

/** The topic names chosen in the list plus any typed in (comma-separated); empty means every topic. */
export function wantedTopics(chosen: unknown, typed: unknown): Set<string> {
	const fromList = Array.isArray(chosen) ? chosen.map(String) : [];
	const fromText = typeof typed === 'string' ? typed.split(/[\s,;]+/) : [];
	return new Set([...fromList, ...fromText].map((topic) => topic.trim().toUpperCase()).filter((topic) => topic !== ''));
}

/** Whether a message of `type` is wanted: every topic when none was chosen. */
export function isWantedTopic(wanted: Set<string>, type: unknown): boolean {
	return wanted.size === 0 || wanted.has(String(type));
}
