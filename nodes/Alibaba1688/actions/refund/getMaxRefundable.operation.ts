import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { simplifyField } from '../common.descriptions';
import { InputError } from '../../../shared/helpers/inputError';
import { longId } from '../../../shared/helpers/longJson';
import { simplifyMaxRefund } from '../../../shared/helpers/simplifyRefund';
import { asObject, asTrimmedText } from '../../../shared/helpers/values';
import { callApi } from '../../../shared/transport';
import { orderIdField, readOrderId } from '../order/orderId';
import {
	goodsStatusField,
	quantitiesField,
	readGoodsStatus,
	readQuantities,
	readSubOrderIds,
	subOrderIdsField,
} from './refundFields';
import { subOrdersOf } from '../order/subOrders';
import { API } from '../../../shared/apis';

const showFor = { resource: ['refund'], operation: ['getMaxRefundable'] };

/** Only reads: input items may run side by side. */
export const readOnly = true;

export const description: INodeProperties[] = [
	orderIdField(showFor),
	goodsStatusField(showFor),
	subOrderIdsField(showFor),
	quantitiesField(
		showFor,
		'Pieces per sub-order when only some are returned; a sub-order not listed counts with every piece bought',
	),
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show: showFor },
		options: [
			{
				displayName: 'Refund ID Being Changed',
				name: 'refundId',
				type: 'string',
				default: '',
				placeholder: 'e.g. TQ28690208604294598',
				description:
					'An open refund of these sub-orders that you are changing: its own amounts do not count against the maximum',
			},
		],
	},
	simplifyField(showFor, 'maximum (goods, shipping, total in yuan)'),
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const orderId = readOrderId.call(this, itemIndex);
	const goodsStatus = readGoodsStatus.call(this, itemIndex);
	const given = readSubOrderIds.call(this, itemIndex);
	const counts = readQuantities.call(this, itemIndex, given);
	const refundId = asTrimmedText(
		asObject(this.getNodeParameter('options', itemIndex, {})).refundId,
	);
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;

	// The API wants a quantity for every sub-order: the whole quantity bought unless Quantities says less.
	const bought = await subOrdersOf.call(this, orderId);
	const subOrderIds = given.length ? given : bought.map((item) => item.subOrderId);
	const subOrders = subOrderIds.map((id) => {
		const quantity = counts[id] ?? bought.find((item) => item.subOrderId === id)?.quantity;
		if (!quantity)
			throw new InputError(
				'Sub-Order IDs',
				`${id} is not a sub-order of order ${orderId}`,
				'Take the subOrderId of an item of Order → Get.',
			);
		return { subOrderId: id, quantity };
	});
	const response = await callApi.call(this, API.refundMaxFee, {
		input: {
			goodsStatus,
			orderId: longId(orderId),
			refundId,
			refundGoodsCountList: subOrders.map((entry) => ({
				id: longId(entry.subOrderId),
				count: entry.quantity,
			})),
		},
	});
	if (!simplify) return response;
	return {
		orderId,
		goodsStatus,
		...simplifyMaxRefund(asObject(response.result).result),
		subOrders,
	};
}
