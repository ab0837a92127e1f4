import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { InputError } from '../../../shared/helpers/inputError';
import { preview, requireNumericId, requireQuantity } from '../../../shared/helpers/validation';
import { asArray, asObject } from '../../../shared/helpers/values';
import { readIdList } from '../order/orderId';

type ShowFor = Record<string, string[]>;

/** The Refund ID field of the operations on one refund. */
export function refundIdField(show: ShowFor, description = ''): INodeProperties {
	return {
		displayName: 'Refund ID',
		name: 'refundId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. TQ28690208604294598',
		description: `The 1688 refund ID: TQ followed by digits, as Refund → Create, Get Many or Get for Order give it (refundId)${description ? `. ${description}` : ''}`,
		displayOptions: { show },
	};
}

/** A refund ID as 1688 writes it, `TQ` and its digits (digits alone get the prefix); undefined when it is none. */
export function asRefundId(text: string): string | undefined {
	const match = /^(?:TQ)?(\d{6,25})$/i.exec(text);
	return match ? `TQ${match[1]}` : undefined;
}

/** The item's Refund ID, as 1688 writes it. */
export function readRefundId(this: IExecuteFunctions, itemIndex: number): string {
	const raw = this.getNodeParameter('refundId', itemIndex, '');
	const text = typeof raw === 'string' || typeof raw === 'number' ? String(raw).trim() : '';
	const refundId = asRefundId(text);
	if (!refundId) {
		throw new InputError(
			'Refund ID',
			`must be a 1688 refund ID (TQ followed by digits), got ${preview(raw)}`,
			'Take the refundId from Refund → Create, Get Many or Get for Order.',
		);
	}
	return refundId;
}

/**
 * The five goods statuses a refund is made for (alibaba.trade.createRefund-1, goodsStatus). In-sale is before you
 * confirm receipt on 1688 (the trade is not complete), after-sale after it.
 */
export const GOODS_STATUS_OPTIONS = [
	{
		name: 'After-Sale: Not Received',
		value: 'aftersaleBuyerNotReceived',
		description: 'Receipt is confirmed (the trade is complete) but the goods never arrived',
	},
	{
		name: 'After-Sale: Received',
		value: 'aftersaleBuyerReceived',
		description: 'Receipt is confirmed and the goods arrived (wrong, broken, missing pieces…)',
	},
	{
		name: 'In-Sale: Not Shipped',
		value: 'refundWaitSellerSend',
		description:
			'Paid, the seller has not shipped: refund only, of the whole amount paid for the sub-orders',
	},
	{
		name: 'In-Sale: Received, Not Confirmed',
		value: 'refundBuyerReceived',
		description:
			'Shipped and arrived, receipt not confirmed on 1688 yet: the usual case for a return',
	},
	{
		name: 'In-Sale: Shipped, Not Received',
		value: 'refundWaitBuyerReceive',
		description: 'Shipped but not arrived, receipt not confirmed',
	},
];

const GOODS_STATUSES = GOODS_STATUS_OPTIONS.map((option) => option.value);

/** Goods statuses that allow a return (createRefund-1: "refund and return can only be selected once the goods have been received"). */
export const RECEIVED_GOODS_STATUSES = ['refundBuyerReceived', 'aftersaleBuyerReceived'];

export function goodsStatusField(show: ShowFor): INodeProperties {
	return {
		displayName: 'Goods Status',
		name: 'goodsStatus',
		type: 'options',
		options: GOODS_STATUS_OPTIONS,
		default: 'aftersaleBuyerReceived',
		description:
			"Where the goods and the trade are: in-sale before you confirm receipt on 1688, after-sale after it. It must match the order's status (paid, shipped, received, complete), and it decides the reasons 1688 offers.",
		displayOptions: { show },
	};
}

export function readGoodsStatus(this: IExecuteFunctions, itemIndex: number): string {
	const value = String(this.getNodeParameter('goodsStatus', itemIndex, '') ?? '').trim();
	if (!GOODS_STATUSES.includes(value)) {
		throw new InputError(
			'Goods Status',
			`"${value}" is not a goods status 1688 accepts; use ${GOODS_STATUSES.join(', ')}`,
		);
	}
	return value;
}

/** The Sub-Order IDs field: some of an order's sub-orders, or empty for all of them. */
export function subOrderIdsField(show: ShowFor): INodeProperties {
	return {
		displayName: 'Sub-Order IDs',
		name: 'subOrderIds',
		type: 'string',
		default: '',
		placeholder: 'e.g. 2672172281284059620, 2672172281284059621',
		description:
			"The order's sub-orders (its lines) this is about, separated by commas: each an 18-19 digit ID, the subOrderId of an item of Order → Get. Empty: every sub-order of the order (read from the order first).",
		displayOptions: { show },
	};
}

/** The sub-order IDs an item gives (text with commas, spaces or new lines, or a list); [] when empty. */
export function readSubOrderIds(this: IExecuteFunctions, itemIndex: number): string[] {
	return readIdList('Sub-Order IDs', this.getNodeParameter('subOrderIds', itemIndex, ''));
}

/**
 * The evidence photos an item gives, each the voucherUrl of Refund → Upload Evidence: a list, or text split at
 * commas, spaces and new lines; at most `max` (`takes` says how many 1688 takes), each http(s).
 */
export function readEvidenceUrls(
	field: string,
	value: unknown,
	max: number,
	takes = `at most ${max}`,
): string[] {
	const list = Array.isArray(value)
		? value
		: typeof value === 'string'
			? value.split(/[\s,]+/)
			: value === undefined || value === null
				? []
				: [value];
	const urls = list.map((entry) => String(entry ?? '').trim()).filter((entry) => entry !== '');
	if (urls.length > max)
		throw new InputError(field, `has ${urls.length} photos; 1688 takes ${takes}`);
	const bad = urls.find((url) => !/^https?:\/\/\S+$/i.test(url));
	if (bad)
		throw new InputError(
			field,
			`must be photo addresses from Refund → Upload Evidence (voucherUrl), got ${preview(bad)}`,
		);
	return urls;
}

/** Return quantities per sub-order (OrderEntryCountModel: `{id, count}`), as editor rows. */
export function quantitiesField(show: ShowFor, description: string): INodeProperties {
	return {
		displayName: 'Quantities',
		name: 'quantities',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Quantity',
		default: {},
		description,
		options: [
			{
				displayName: 'Quantity',
				name: 'entry',
				values: [
					{
						displayName: 'Sub-Order ID',
						name: 'subOrderId',
						type: 'string',
						default: '',
						placeholder: 'e.g. 2672172281284059620',
						description: 'One of the Sub-Order IDs (subOrderId of an item of Order → Get)',
					},
					{
						displayName: 'Pieces',
						name: 'count',
						type: 'number',
						typeOptions: { minValue: 1 },
						default: 1,
						description: 'How many pieces of that sub-order, at most as many as were bought',
					},
				],
			},
		],
		displayOptions: { show },
	};
}

/** The pieces per sub-order an item gives in Quantities; {} when none. Each sub-order once, one of `given` if any. */
export function readQuantities(
	this: IExecuteFunctions,
	itemIndex: number,
	given: string[],
): Record<string, number> {
	const rows = asObject(this.getNodeParameter('quantities', itemIndex, {})).entry;
	const counts: Record<string, number> = {};
	for (const row of asArray(rows)) {
		const id = requireNumericId('Quantities', row.subOrderId);
		if (id in counts) throw new InputError('Quantities', `sub-order ${id} is listed twice`);
		counts[id] = requireQuantity('Quantities', row.count);
	}
	const stray = Object.keys(counts).find((id) => given.length > 0 && !given.includes(id));
	if (stray)
		throw new InputError('Quantities', `sub-order ${stray} is not one of the Sub-Order IDs`);
	return counts;
}
