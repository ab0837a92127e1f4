import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { InputError } from '../../../shared/helpers/inputError';
import { longId } from '../../../shared/helpers/longJson';
import { preview, requireNumericId, requireText } from '../../../shared/helpers/validation';
import { asId, asObject, asTrimmedText } from '../../../shared/helpers/values';
import { callWriteOnce } from '../writeOnce';
import { orderIdField, readOrderId } from '../order/orderId';
import { asRefundId } from './refundFields';
import { API } from '../../../shared/apis';

const showFor = { resource: ['refund'], operation: ['applyForArbitration'] };

/** TradeArbitrateApplyParam.type of trade.arbitration.apply-1. */
const TYPES = [
	{
		name: 'After-Sales Case Complaint',
		value: 'AfterSalesComplaint',
		description: 'About an after-sales case',
	},
	{
		name: 'Order Complaint',
		value: 'TradeComplaint',
		description: 'About the order itself, after sale',
	},
	{
		name: 'Refund Complaint',
		value: 'RefundComplaint',
		description: 'The seller refused a refund: needs the Refund ID',
	},
	{
		name: 'Safe Refund Complaint',
		value: 'SafeRefundComplaint',
		description: 'About a safe (delayed) refund: needs the Refund ID',
	},
];
const NEED_REFUND = ['RefundComplaint', 'SafeRefundComplaint'];

export const description: INodeProperties[] = [
	{
		displayName:
			"Asks 1688's customer service to step in, e.g. after the seller refused a refund. Sent once.",
		name: 'arbitrationNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: showFor },
	},
	{
		displayName: 'Complaint Type',
		name: 'complaintType',
		type: 'options',
		options: TYPES,
		default: 'RefundComplaint',
		description: 'What the complaint is about',
		displayOptions: { show: showFor },
	},
	orderIdField(showFor),
	{
		displayName: 'Refund ID',
		name: 'arbitrationRefundId',
		type: 'string',
		default: '',
		placeholder: 'e.g. TQ28690208604294598',
		description:
			'The refund complained about (TQ followed by digits); required for refund complaints',
		displayOptions: { show: showFor },
	},
	{
		displayName: 'Reason',
		name: 'reasonText',
		type: 'string',
		typeOptions: { rows: 2 },
		required: true,
		default: '',
		placeholder: 'e.g. 卖家拒绝退款，但商品确有质量问题',
		description: "Why you apply, for 1688's customer service",
		displayOptions: { show: showFor },
	},
	{
		displayName: 'Reason ID',
		name: 'reasonId',
		type: 'number',
		required: true,
		default: 1,
		description: "1688's ID of the reason (reasonId; the page's example is 12)",
		displayOptions: { show: showFor },
	},
	{
		displayName: 'Evidence URL',
		name: 'picUrlEvidence',
		type: 'string',
		default: '',
		placeholder: 'e.g. https://cbu01.alicdn.com/img/ibank/2025/101/202/30340506070.jpg',
		description: 'One evidence photo, e.g. a voucherUrl of Refund → Upload Evidence',
		displayOptions: { show: showFor },
	},
];

/** Applies for trade arbitration (trade.arbitration.apply), sent once; gives the appeal ID. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const type = String(this.getNodeParameter('complaintType', itemIndex, 'RefundComplaint'));
	if (!TYPES.some((option) => option.value === type))
		throw new InputError(
			'Complaint Type',
			`"${type}" is not one of ${TYPES.map((option) => option.value).join(', ')}`,
		);
	const orderId = readOrderId.call(this, itemIndex);
	const refundText = asTrimmedText(this.getNodeParameter('arbitrationRefundId', itemIndex, ''));
	const refundId = refundText === undefined ? undefined : asRefundId(refundText);
	if (refundText !== undefined && !refundId)
		throw new InputError(
			'Refund ID',
			`must be a 1688 refund ID (TQ followed by digits), got ${preview(refundText)}`,
		);
	if (NEED_REFUND.includes(type) && !refundId)
		throw new InputError('Refund ID', 'is required for a refund complaint');
	const reasonText = requireText('Reason', this.getNodeParameter('reasonText', itemIndex, ''));
	const reasonId = Number(
		requireNumericId('Reason ID', this.getNodeParameter('reasonId', itemIndex)),
	);
	const picUrlEvidence = asTrimmedText(this.getNodeParameter('picUrlEvidence', itemIndex, ''));
	if (picUrlEvidence && !/^https?:\/\/\S+$/i.test(picUrlEvidence))
		throw new InputError(
			'Evidence URL',
			`must be an http(s) address of a photo, got ${preview(picUrlEvidence)}`,
		);
	const response = await callWriteOnce.call(
		this,
		itemIndex,
		API.arbitrationApply,
		{ param: { type, refundId, orderId: longId(orderId), reasonText, reasonId, picUrlEvidence } },
		{
			message:
				'The arbitration MAY have been applied for on 1688: the request was sent but its answer was lost',
			hint: `Check the refund's history with Refund → Get History${refundId ? ` (${refundId})` : ''} or in the 1688 app before applying again.`,
		},
	);
	return {
		appealId: asId(asObject(response.result).result),
		orderId,
		...(refundId ? { refundId } : {}),
		complaintType: type,
		applied: true,
	};
}
