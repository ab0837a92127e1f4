import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { InputError } from '../../../shared/helpers/inputError';
import { requireNumericId } from '../../../shared/helpers/validation';
import { asId } from '../../../shared/helpers/values';
import { callApi } from '../../../shared/transport';
import { API } from '../../../shared/apis';

/** The most orders one payment link may cover. */
const MAX_ORDERS = 100;

const showFor = { resource: ['order'], operation: ['getPaymentLink'] };

/** Only reads: input items may run side by side. */
export const readOnly = true;

export const description: INodeProperties[] = [
	{
		displayName: 'Order IDs',
		name: 'orderIds',
		type: 'string',
		required: true,
		default: '',
		placeholder: '2304567890123456789, 2304567890123456790',
		description:
			'One or more unpaid order IDs, comma-separated, or an array from an expression (at most 100); several orders are paid together with one link',
		displayOptions: { show: showFor },
	},
];

/** The order IDs of a comma-separated text or an array, checked, duplicates dropped. */
export function parseOrderIds(value: unknown): string[] {
	const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[,;\s]+/) : [value];
	const ids = list
		.filter((id) => !(typeof id === 'string' && id.trim() === ''))
		.map((id) => requireNumericId('Order IDs', id));
	if (ids.length === 0) throw new InputError('Order IDs', 'needs at least one order ID');
	const unique = [...new Set(ids)];
	if (unique.length > MAX_ORDERS) {
		throw new InputError('Order IDs', `at most ${MAX_ORDERS} orders per payment link, got ${unique.length}`);
	}
	return unique;
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const orderIds = parseOrderIds(this.getNodeParameter('orderIds', itemIndex));
	// Long[] as JSON with the IDs as bare number literals: written as text, 19 digits stay exact.
	const response = await callApi.call(this, API.alipayUrl, { orderIdList: `[${orderIds.join(',')}]` });
	const failed = Array.isArray(response.payFailureOrderList) ? response.payFailureOrderList : [];
	return {
		payUrl: response.payUrl,
		orderIds: orderIds.filter((id) => !failed.some((failedId) => asId(failedId) === id)),
		failedOrderIds: failed.map((id) => asId(id)).filter((id): id is string => id !== undefined),
	};
}
