import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { simplifyField } from '../common.descriptions';
import { InputError } from '../../../shared/helpers/inputError';
import { simplifyRefund } from '../../../shared/helpers/simplifyRefund';
import { asArray, asObject } from '../../../shared/helpers/values';
import { callApi } from '../../../shared/transport';
import { orderIdField, readOrderId } from '../order/orderId';
import { API } from '../../../shared/apis';

const showFor = { resource: ['refund'], operation: ['getForOrder'] };

/** queryType of OpQueryBatchRefundByOrderIdAndStatus-1: "1: active; 3: refund successful". */
const WHICH = [
	{ name: 'In Progress', value: '1', description: 'Refunds still under way' },
	{ name: 'Refunded', value: '3', description: 'Refunds that were paid out' },
];

/** Only reads: input items may run side by side. */
export const readOnly = true;

export const description: INodeProperties[] = [
	{
		displayName:
			'1688 lists only in-sale refunds here (made before receipt was confirmed). For after-sale refunds use Get Many with the Order ID filter.',
		name: 'forOrderNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: showFor },
	},
	orderIdField(showFor),
	{
		displayName: 'Which Refunds',
		name: 'which',
		type: 'options',
		options: WHICH,
		default: '1',
		description: 'In-progress or refunded refunds of the order (1688 answers one or the other)',
		displayOptions: { show: showFor },
	},
	simplifyField(showFor, 'refund (status in words, amounts in yuan, sub-orders)'),
];

/** The order's in-sale refunds, in real time (OpQueryBatchRefundByOrderIdAndStatus): one item per refund. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<IDataObject | IDataObject[]> {
	const orderId = readOrderId.call(this, itemIndex);
	const which = String(this.getNodeParameter('which', itemIndex, '1'));
	if (!WHICH.some((option) => option.value === which))
		throw new InputError('Which Refunds', `must be 1 (in progress) or 3 (refunded), got ${which}`);
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	const response = await callApi.call(this, API.refundsOfOrder, { orderId, queryType: which });
	const refunds = asArray(asObject(response.result).opOrderRefundModels);
	return simplify ? refunds.map(simplifyRefund) : refunds;
}
