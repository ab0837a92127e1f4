import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { InputError } from '../../../shared/helpers/inputError';
import { asTrimmedText } from '../../../shared/helpers/values';
import { callWriteOnce } from '../writeOnce';
import { orderIdField, readOrderId } from './orderId';
import { API } from '../../../shared/apis';

const showFor = { resource: ['order'], operation: ['cancel'] };

/** The reasons alibaba.trade.cancel accepts. */
const REASONS = [
	{ name: 'Buyer Cancelled', value: 'buyerCancel', description: 'You no longer want the order' },
	{ name: 'Other', value: 'other', description: 'Any other reason; explain it in Remark' },
	{
		name: 'Seller Out of Stock',
		value: 'sellerGoodsLack',
		description: 'The seller cannot supply the goods',
	},
];

export const description: INodeProperties[] = [
	{
		displayName:
			'Only unpaid orders (waiting for buyer payment) can be cancelled, and not within 10 seconds of their creation',
		name: 'cancelOrderNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: showFor },
	},
	orderIdField(showFor),
	{
		displayName: 'Cancel Reason',
		name: 'cancelReason',
		type: 'options',
		options: REASONS,
		default: 'buyerCancel',
		description: 'Why the order is cancelled, as 1688 records it',
		displayOptions: { show: showFor },
	},
	{
		displayName: 'Remark',
		name: 'remark',
		type: 'string',
		default: '',
		description: 'A note kept with the cancellation',
		displayOptions: { show: showFor },
	},
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const orderId = readOrderId.call(this, itemIndex);
	const cancelReason = this.getNodeParameter('cancelReason', itemIndex) as string;
	if (!REASONS.some((reason) => reason.value === cancelReason)) {
		throw new InputError(
			'Cancel Reason',
			`"${cancelReason}" is not a reason 1688 accepts; use ${REASONS.map((reason) => reason.value).join(', ')}`,
		);
	}
	const remark = asTrimmedText(this.getNodeParameter('remark', itemIndex, ''));
	await callWriteOnce.call(
		this,
		itemIndex,
		API.orderCancel,
		{ webSite: '1688', tradeID: orderId, cancelReason, remark },
		{
			message:
				'The order MAY have been cancelled on 1688: the request was sent but its answer was lost',
			hint: `Check the order's status with Order → Get (order ${orderId}) before trying again.`,
		},
	);
	return { orderId, cancelled: true, cancelReason, ...(remark ? { remark } : {}) };
}
