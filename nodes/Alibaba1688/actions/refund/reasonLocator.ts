import type {
	IDataObject,
	IExecuteFunctions,
	ILoadOptionsFunctions,
	INodeProperties,
} from 'n8n-workflow';

import { longId } from '../../../shared/helpers/longJson';
import { requireNumericId } from '../../../shared/helpers/validation';
import { callApi } from '../../../shared/transport';
import { API } from '../../../shared/apis';

type ShowFor = Record<string, string[]>;

/** The refund reason picker: the reasons 1688 gives for the order, its sub-orders and the goods status, or a reason ID. */
export function reasonLocator(show: ShowFor): INodeProperties {
	return {
		displayName: 'Reason',
		name: 'reason',
		type: 'resourceLocator',
		required: true,
		default: { mode: 'list', value: '' },
		description:
			'Why you ask for the refund: pick one of the reasons 1688 offers for this order, its sub-orders and the Goods Status (set those first), or give its reasonId from Refund → Get Reasons. Some reasons need evidence; some refund no shipping.',
		displayOptions: { show },
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: 'Select a reason...',
				typeOptions: { searchListMethod: 'searchRefundReasons', searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. 20025',
				validation: [
					{
						type: 'regex',
						properties: {
							regex: '^\\s*\\d+\\s*$',
							errorMessage: 'A refund reason ID is a number, e.g. 20025',
						},
					},
				],
			},
		],
	};
}

export function readReasonId(this: IExecuteFunctions, itemIndex: number): string {
	return requireNumericId(
		'Reason',
		this.getNodeParameter('reason', itemIndex, '', { extractValue: true }),
	);
}

/**
 * The reasons 1688 accepts for a refund of these sub-orders in this goods status (getRefundReasonList): the
 * applyReasonId of Refund → Create is one of them. Refund → Get Reasons and the Reason picker read them.
 */
export async function fetchRefundReasons(
	this: IExecuteFunctions | ILoadOptionsFunctions,
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
