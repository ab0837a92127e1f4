import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { InputError } from '../../../shared/helpers/inputError';

/**
 * The order flows each order API documents, so that Preview and Create offer (and accept) exactly those:
 * - alibaba.trade.fastCreateOrder: its open.1688.com doc page (apidocdetail.htm?id=com.alibaba.trade:alibaba.trade.fastCreateOrder-1)
 *   lists general, fenxiao, saleproxy, paired, boutiquefenxiao, boutiquepifa (the official PHP SDK's older comment
 *   lists only general/saleproxy/fenxiao; the current page and the C# SDK list all six, and we follow the page).
 * - alibaba.trade.createCrossOrder and alibaba.createOrder.preview: their pages in Natawat-d/1688_Platform add
 *   repurchase (a repurchase-contract order); preview also takes no flow, and then compares prices and previews the best.
 */

const GENERAL: INodePropertyOptions = {
	name: 'General Marketplace',
	value: 'general',
	description: 'An ordinary 1688 wholesale order',
};
const FENXIAO: INodePropertyOptions = {
	name: 'Distribution',
	value: 'fenxiao',
	description: 'A distribution (fenxiao) order',
};
const SALE_PROXY: INodePropertyOptions = {
	name: 'Sale Proxy',
	value: 'saleproxy',
	description: 'A consignment order; 1688 checks your distribution relationship with the seller',
};
const PAIRED: INodePropertyOptions = {
	name: 'Group Buy',
	value: 'paired',
	description: 'A group-buy (Daily Deals) order',
};
const BOUTIQUE_FENXIAO: INodePropertyOptions = {
	name: 'Boutique Distribution Price',
	value: 'boutiquefenxiao',
	description: 'Curated supply at the distribution price, for a quantity of 1 (free shipping)',
};
const BOUTIQUE_PIFA: INodePropertyOptions = {
	name: 'Boutique Wholesale Price',
	value: 'boutiquepifa',
	description: 'Curated supply at the wholesale price, for quantities above 2',
};
const REPURCHASE: INodePropertyOptions = {
	name: 'Repurchase Contract',
	value: 'repurchase',
	description: 'An order under a repurchase contract with the seller',
};
const BEST: INodePropertyOptions = {
	name: 'Best (Let 1688 Compare)',
	value: '',
	description:
		'1688 compares the flows and previews the cheapest one (repurchase contracts are not compared)',
};

/** Flows alibaba.trade.fastCreateOrder documents (also the ones Automatic offers: both create APIs document them). */
export const DOMESTIC_FLOWS = [
	BOUTIQUE_FENXIAO,
	BOUTIQUE_PIFA,
	FENXIAO,
	GENERAL,
	PAIRED,
	SALE_PROXY,
];
/** Flows alibaba.trade.createCrossOrder documents. */
export const CROSS_BORDER_FLOWS = [
	BOUTIQUE_FENXIAO,
	BOUTIQUE_PIFA,
	FENXIAO,
	GENERAL,
	PAIRED,
	REPURCHASE,
	SALE_PROXY,
];
/** Flows alibaba.createOrder.preview documents, and none (1688 picks the best). */
export const PREVIEW_FLOWS = [BEST, ...CROSS_BORDER_FLOWS];

const FLOW_DESCRIPTION =
	'The 1688 order flow; prices and buyer protection can differ between flows';

/** A Flow field offering `flows`, shown for `show`. */
export function flowField(
	show: Record<string, string[]>,
	flows: INodePropertyOptions[],
): INodeProperties {
	return {
		displayName: 'Flow',
		name: 'flow',
		type: 'options',
		options: flows,
		default: 'general',
		description: FLOW_DESCRIPTION,
		displayOptions: { show },
	};
}

/** The flow of an item, refused before anything is sent when the API's doc does not list it. */
export function checkFlow(value: unknown, flows: INodePropertyOptions[], apiName: string): string {
	const flow = typeof value === 'string' ? value.trim() : value;
	if (typeof flow === 'string' && flows.some((option) => option.value === flow)) return flow;
	const listed = flows
		.map((option) => (option.value === '' ? '"" (best)' : String(option.value)))
		.join(', ');
	throw new InputError(
		'Flow',
		`${JSON.stringify(value)} is not a flow ${apiName} accepts; use one of ${listed}`,
	);
}
