import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { requireNumericId } from '../../../shared/helpers/validation';

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
