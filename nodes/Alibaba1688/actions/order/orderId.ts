import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { requireNumericId } from '../../../shared/helpers/validation';

/** The Order ID field of every operation that works on one order (orders and logistics). */
export function orderIdField(show: Record<string, string[]>): INodeProperties {
	return {
		displayName: 'Order ID',
		name: 'orderId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 2304567890123456789',
		builderHint: {
			propertyHint:
				'Always a string of 19 digits (e.g. the orderId of Order Create or Get Many), never a number',
		},
		description:
			'The 1688 order ID as text, from Order → Create or Get Many: order IDs have 19 digits, more than a JavaScript number keeps exactly',
		displayOptions: { show },
	};
}

/** The checked Order ID of an item, digits as text so 19-digit IDs stay exact. */
export function readOrderId(this: IExecuteFunctions, itemIndex: number): string {
	return requireNumericId('Order ID', this.getNodeParameter('orderId', itemIndex));
}

/**
 * IDs given as text (separated by commas, semicolons, spaces or new lines) or as an array, each checked as a 1688 ID
 * and kept as text, blanks and duplicates dropped.
 */
export function readIdList(field: string, value: unknown): string[] {
	const list = Array.isArray(value)
		? value
		: typeof value === 'string'
			? value.split(/[,;\s]+/)
			: [value];
	const ids = list
		.filter(
			(id) => id !== undefined && id !== null && !(typeof id === 'string' && id.trim() === ''),
		)
		.map((id) => requireNumericId(field, id));
	return [...new Set(ids)];
}
