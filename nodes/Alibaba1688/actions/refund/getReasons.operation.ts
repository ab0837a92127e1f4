import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { simplifyField } from '../common.descriptions';
import { longId } from '../../../shared/helpers/longJson';
import { refundReasonsOf, simplifyRefundReason } from '../../../shared/helpers/simplifyRefund';
import { callApi } from '../../../shared/transport';
import { orderIdField, readOrderId } from '../order/orderId';
import {
	goodsStatusField,
	readGoodsStatus,
	readSubOrderIds,
	subOrderIdsField,
} from './refundFields';
import { chosenSubOrderIds } from './subOrders';
import { API } from '../../../shared/apis';

const showFor = { resource: ['refund'], operation: ['getReasons'] };

/** Only reads: input items may run side by side. */
export const readOnly = true;

export const description: INodeProperties[] = [
	orderIdField(showFor),
	goodsStatusField(showFor),
	subOrderIdsField(showFor),
	simplifyField(showFor, 'reason (ID, name, whether evidence is required and shipping refundable)'),
];

/**
 * The reasons 1688 accepts for a refund of these sub-orders in this goods status (getRefundReasonList): the
 * applyReasonId of Refund → Create is one of them.
 */
export async function fetchRefundReasons(
	this: IExecuteFunctions,
	orderId: string,
	goodsStatus: string,
	subOrderIds: string[],
): Promise<IDataObject> {
	return await callApi.call(this, API.refundReasons, {
		orderId,
		orderEntryIds: subOrderIds.map(longId),
		goodsStatus,
	});
}

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
