import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { refusalIn } from '../../helpers/writeAnswer';
import { longId } from '../../../shared/helpers/longJson';
import { callWriteOnce } from '../writeOnce';
import { orderIdField, readIdList, readOrderId } from './orderId';
import { subOrdersOf } from './subOrders';
import { API } from '../../../shared/apis';

/**
 * trade.receivegoods.confirm (doc page com.alibaba.trade.trade.receivegoods.confirm-1): orderId and orderEntryIds, the
 * sub-order IDs (productItems[].subItemID) whose receipt is confirmed; both required. Without Sub-Order IDs every line
 * of the order is confirmed, read from the order first. Once confirmed, the seller is paid and the trade is after-sale.
 */

const showFor = { resource: ['order'], operation: ['confirmReceipt'] };

export const description: INodeProperties[] = [
	{
		displayName:
			'Tells 1688 the goods arrived: the seller is paid and the order becomes after-sale (refunds are then after-sales refunds). It cannot be undone; it is sent exactly once.',
		name: 'confirmReceiptNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: showFor },
	},
	orderIdField(showFor),
	{
		displayName: 'Options',
		name: 'confirmOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show: showFor },
		options: [
			{
				displayName: 'Sub-Order IDs',
				name: 'subOrderIds',
				type: 'string',
				default: '',
				placeholder: 'e.g. 2304567890123456790, 2304567890123456791',
				description:
					'Only these lines of the order, comma-separated or an array: their subItemID in Order → Get with Simplify off (productItems). Empty confirms every line.',
			},
		],
	},
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const orderId = readOrderId.call(this, itemIndex);
	const options = this.getNodeParameter('confirmOptions', itemIndex, {}) as IDataObject;
	let subOrderIds = readIdList('Sub-Order IDs', options.subOrderIds);
	if (subOrderIds.length === 0) {
		subOrderIds = (await subOrdersOf.call(this, orderId)).map((line) => line.subOrderId);
	}
	await callWriteOnce.call(
		this,
		itemIndex,
		API.orderConfirmReceipt,
		{ orderId, orderEntryIds: subOrderIds.map(longId) },
		{
			message:
				'Receipt MAY have been confirmed on 1688: the request was sent but its answer was lost',
			hint: `Check the order's status with Order → Get (order ${orderId}) before trying again: success means receipt was confirmed, waitbuyerreceive that it was not (or not for every line).`,
			refusedIn: refusalIn,
		},
	);
	return { orderId, receiptConfirmed: true, subOrderIds };
}
