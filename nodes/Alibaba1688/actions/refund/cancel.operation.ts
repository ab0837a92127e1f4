import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { callWriteOnce } from '../writeOnce';
import { readRefundId, refundIdField } from './refundFields';
import { API } from '../../../shared/apis';

const showFor = { resource: ['refund'], operation: ['cancel'] };

export const description: INodeProperties[] = [
	{
		displayName:
			'Withdraws the refund request: it closes and nothing is refunded. Possible until the return is shipped.',
		name: 'cancelRefundNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: showFor },
	},
	refundIdField(showFor),
];

/** Withdraws a refund request (alibaba.trade.cancelRefund), sent once. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const refundId = readRefundId.call(this, itemIndex);
	await callWriteOnce.call(
		this,
		itemIndex,
		API.refundCancel,
		{ refundId },
		{
			message:
				'The refund MAY have been cancelled on 1688: the request was sent but its answer was lost',
			hint: `Check its status with Refund → Get (${refundId}) before trying again.`,
		},
	);
	return { refundId, cancelled: true, status: 'closed', statusCode: 'refundclose' };
}
