import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { simplifyField } from '../common.descriptions';
import { refundReasonsOf, simplifyRefundReason } from '../../../shared/helpers/simplifyRefund';
import { orderIdField, readOrderId } from '../order/orderId';
import {
	goodsStatusField,
	readGoodsStatus,
	readSubOrderIds,
	subOrderIdsField,
} from './refundFields';
import { fetchRefundReasons } from './reasonLocator';
import { chosenSubOrderIds } from '../order/subOrders';

const showFor = { resource: ['refund'], operation: ['getReasons'] };

/** Only reads: input items may run side by side. */
export const readOnly = true;

export const description: INodeProperties[] = [
	orderIdField(showFor),
	goodsStatusField(showFor),
	subOrderIdsField(showFor),
	simplifyField(showFor, 'reason (ID, name, whether evidence is required and shipping refundable)'),
];

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<IDataObject | IDataObject[]> {
	const orderId = readOrderId.call(this, itemIndex);
	const goodsStatus = readGoodsStatus.call(this, itemIndex);
	const given = readSubOrderIds.call(this, itemIndex);
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	const subOrderIds = await chosenSubOrderIds.call(this, orderId, given);
	const response = await fetchRefundReasons.call(this, orderId, goodsStatus, subOrderIds);
	if (!simplify) return response;
	return refundReasonsOf(response).map((reason) => ({
		orderId,
		goodsStatus,
		...simplifyRefundReason(reason),
	}));
}
