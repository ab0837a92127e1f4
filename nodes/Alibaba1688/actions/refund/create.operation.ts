import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { InputError } from '../../../shared/helpers/inputError';
import { longId } from '../../../shared/helpers/longJson';
import { yuanToFen } from '../../helpers/money';
import { simplifyCreatedRefund, simplifyRefund } from '../../../shared/helpers/simplifyRefund';
import { preview } from '../../../shared/helpers/validation';
import {
	asBoolean,
	asIds,
	asObject,
	asText,
	asTrimmedText,
	type Json,
} from '../../../shared/helpers/values';
import { OPEN_REFUND_STATUSES } from '../../../shared/refundStatus';
import { callWriteOnce } from '../writeOnce';
import { orderIdField, readOrderId } from '../order/orderId';
import { reasonLocator, readReasonId } from './reasonLocator';
import {
	goodsStatusField,
	quantitiesField,
	readEvidenceUrls,
	readGoodsStatus,
	readQuantities,
	readSubOrderIds,
	RECEIVED_GOODS_STATUSES,
	subOrderIdsField,
} from './refundFields';
import { listRefunds } from './refundList';
import { chosenSubOrderIds } from '../order/subOrders';
import { API } from '../../../shared/apis';

const showFor = { resource: ['refund'], operation: ['create'] };

/** disputeRequest of createRefund-1. */
const TYPES = [
	{ name: 'Refund Only', value: 'refund', description: 'Money back, the goods stay with you' },
	{
		name: 'Return and Refund',
		value: 'returnRefund',
		description: 'Send the goods back, then money back: only for goods received',
	},
];

/** createRefund-1: "Reason for refund application, 2-150 characters". */
const DESCRIPTION_LENGTH = [2, 150];
/** createRefund-1: vouchers, "1-5 images". */
const MAX_EVIDENCE = 5;

export const description: INodeProperties[] = [
	{
		displayName:
			"Sent once, never retried after a lost answer. Before asking, the node reads the order's refunds: when one that is open or refunded already covers these sub-orders, it outputs that refund (alreadyExisted: true) instead of asking again, so running it twice opens one refund.",
		name: 'createRefundNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: showFor },
	},
	orderIdField(showFor),
	{
		displayName: 'Refund Type',
		name: 'refundType',
		type: 'options',
		options: TYPES,
		default: 'refund',
		description: 'Refund only, or return the goods and be refunded (the goods must have arrived)',
		displayOptions: { show: showFor },
	},
	goodsStatusField(showFor),
	subOrderIdsField(showFor),
	reasonLocator(showFor),
	{
		displayName: 'Refund Amount (CNY)',
		name: 'refundAmount',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 2 },
		required: true,
		default: 0,
		description:
			'The goods amount to refund, in yuan with at most 2 decimals (sent to 1688 in fen). At most what was paid (Refund → Get Max Refundable); before the seller ships, exactly what was paid for the sub-orders.',
		displayOptions: { show: showFor },
	},
	{
		displayName: 'Shipping Refund (CNY)',
		name: 'shippingAmount',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 2 },
		default: 0,
		description: 'The shipping to refund, in yuan (0 when none); some reasons refund no shipping',
		displayOptions: { show: showFor },
	},
	{
		displayName: 'Description',
		name: 'refundDescription',
		type: 'string',
		typeOptions: { rows: 3 },
		required: true,
		default: '',
		placeholder: 'e.g. 外箱破损，商品有裂痕 (box crushed, the item is cracked)',
		description: 'What is wrong, for the seller: 2 to 150 characters (Chinese reads best)',
		displayOptions: { show: showFor },
	},
	{
		displayName: 'Evidence',
		name: 'evidence',
		type: 'string',
		default: '',
		placeholder: 'e.g. https://cbu01.alicdn.com/img/ibank/2025/101/202/30340506070.jpg',
		description:
			'Up to 5 photos, each the voucherUrl of Refund → Upload Evidence, separated by commas or new lines (or an expression giving a list); some reasons require at least one',
		displayOptions: { show: showFor },
	},
	quantitiesField(
		{ ...showFor, refundType: ['returnRefund'], goodsStatus: ['refundBuyerReceived'] },
		'Return only some pieces of a sub-order (possible only for a return of goods received before receipt is confirmed); without it every piece is returned',
	),
	{
		displayName: 'Options',
		name: 'refundOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show: showFor },
		options: [
			{
				displayName: 'Custom Shipping Refund',
				name: 'customRefund',
				type: 'boolean',
				default: false,
				description:
					'Whether 1688 refunds the shipping exactly as given (customRefund true) instead of working it out by its own rules',
			},
			{
				displayName: 'Remark',
				name: 'refundRemark',
				type: 'string',
				default: '',
				description: "Your own description of the case, e.g. your customer's words (refundRemark)",
			},
		],
	},
];

function readDescription(value: unknown): string {
	const text = typeof value === 'string' ? value.trim() : '';
	const length = [...text].length;
	const [min, max] = DESCRIPTION_LENGTH;
	if (length < min || length > max)
		throw new InputError('Description', `must have ${min} to ${max} characters, has ${length}`);
	return text;
}

/** An open or refunded refund of the order on one of these sub-orders: asking again would duplicate it. */
function coveringRefund(refunds: Json[], subOrderIds: string[]): Json | undefined {
	return refunds.find((refund) => {
		const entries = asIds(refund.orderEntryIdList);
		// A refund 1688 lists without its sub-orders counts as covering them: better one refund too few than two.
		return entries.length === 0 || entries.some((id) => subOrderIds.includes(id));
	});
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const orderId = readOrderId.call(this, itemIndex);
	const type = String(this.getNodeParameter('refundType', itemIndex, 'refund'));
	if (!TYPES.some((option) => option.value === type))
		throw new InputError('Refund Type', `must be refund or returnRefund, got ${preview(type)}`);
	const goodsStatus = readGoodsStatus.call(this, itemIndex);
	if (type === 'returnRefund' && !RECEIVED_GOODS_STATUSES.includes(goodsStatus)) {
		throw new InputError(
			'Refund Type',
			'Return and Refund needs goods that arrived: Goods Status "In-Sale: Received, Not Confirmed" or "After-Sale: Received"',
			'Choose Refund Only for goods that did not arrive.',
		);
	}
	const given = readSubOrderIds.call(this, itemIndex);
	const applyReasonId = readReasonId.call(this, itemIndex);
	const applyPayment = yuanToFen(
		'Refund Amount (CNY)',
		this.getNodeParameter('refundAmount', itemIndex),
	);
	if (applyPayment === 0) throw new InputError('Refund Amount (CNY)', 'must be more than 0');
	const applyCarriage = yuanToFen(
		'Shipping Refund (CNY)',
		this.getNodeParameter('shippingAmount', itemIndex, 0),
	);
	const refundDescription = readDescription(
		this.getNodeParameter('refundDescription', itemIndex, ''),
	);
	const vouchers = readEvidenceUrls(
		'Evidence',
		this.getNodeParameter('evidence', itemIndex, ''),
		MAX_EVIDENCE,
		`1 to ${MAX_EVIDENCE}`,
	);
	const partial = type === 'returnRefund' && goodsStatus === 'refundBuyerReceived';
	const counts = partial ? readQuantities.call(this, itemIndex, given) : {};
	const options = asObject(this.getNodeParameter('refundOptions', itemIndex, {}));
	const subOrderIds = await chosenSubOrderIds.call(this, orderId, given);

	// Read back first: a refund made by an earlier run (or in the 1688 app) is reported, not asked for again.
	const existing = coveringRefund(
		await listRefunds.call(
			this,
			{ orderId, refundStatusSet: [...OPEN_REFUND_STATUSES, 'refundsuccess'] },
			{ returnAll: true, limit: Infinity },
		),
		subOrderIds,
	);
	if (existing) {
		return {
			...simplifyRefund(existing),
			created: false,
			alreadyExisted: true,
			notice: `Order ${orderId} already has this refund for these sub-orders: nothing was asked again. Cancel it (Refund → Cancel) to ask anew.`,
		};
	}

	const response = await callWriteOnce.call(
		this,
		itemIndex,
		API.refundCreate,
		{
			orderId,
			orderEntryIds: subOrderIds.map(longId),
			disputeRequest: type,
			applyPayment,
			applyCarriage,
			applyReasonId,
			description: refundDescription,
			goodsStatus,
			vouchers: vouchers.length ? vouchers : undefined,
			orderEntryCountList: Object.keys(counts).length
				? Object.entries(counts).map(([id, count]) => ({ id: longId(id), count }))
				: undefined,
			customRefund: asBoolean(options.customRefund) === true ? true : undefined,
			refundRemark: asTrimmedText(options.refundRemark),
		},
		{
			message:
				'The refund MAY have been created on 1688: the request was sent but its answer was lost',
			hint: `Check with Refund → Get for Order or Get Many (Order ID ${orderId}) before trying again; running this node again finds it instead of asking twice.`,
			done: (answer) =>
				`refund ${asText(asObject(asObject(answer.result).result).refundId) ?? '(no ID in the answer)'} of order ${orderId}`,
		},
	);
	return simplifyCreatedRefund(response, {
		orderId,
		type,
		goodsStatus,
		subOrderIds,
		applyPayment,
		applyCarriage,
		vouchers,
	});
}
