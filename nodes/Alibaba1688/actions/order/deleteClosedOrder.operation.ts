import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { refusalIn } from '../../helpers/writeAnswer';
import { callWriteOnce } from '../writeOnce';
import { orderIdField, readOrderId } from './orderId';
import { API } from '../../../shared/apis';

/** trade.order.buyerdelete (doc page com.alibaba.trade.trade.order.buyerdelete-1): "Buyer deletes an order that has been closed." */

const showFor = { resource: ['order'], operation: ['deleteClosedOrder'] };

export const description: INodeProperties[] = [
	{
		displayName:
			'Deletes a closed (cancelled) order from your 1688 order list; Order → Get Many no longer lists it. Other orders are refused.',
		name: 'deleteClosedOrderNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: showFor },
	},
	orderIdField(showFor),
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const orderId = readOrderId.call(this, itemIndex);
	await callWriteOnce.call(
		this,
		itemIndex,
		API.orderDelete,
		{ orderId },
		{
			message:
				'The order MAY have been deleted on 1688: the request was sent but its answer was lost',
			hint: `Check whether Order → Get Many (Order Status Cancelled) still lists order ${orderId} before trying again.`,
			refusedIn: refusalIn,
		},
	);
	return { orderId, deleted: true };
}
