import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { InputError } from '../../../shared/helpers/inputError';
import { waybillOwner } from '../../helpers/simplifyParcels';
import { requireText } from '../../../shared/helpers/validation';
import { callApi } from '../../../shared/transport';
import { API } from '../../../shared/apis';

/**
 * logistics.order.getOutOrderId (doc page com.alibaba.fenxiao.crossborder.logistics.order.getOutOrderId-1): when a
 * 1688 parcel reaches the warehouse, its waybill number (or the unclaimed-parcel code the warehouse gave a parcel
 * without a readable owner) names your order, so the box label can be printed. The page's label-printing guide asks
 * for outOrderId (and dropshipping) at order creation for this to work.
 */

const showFor = { resource: ['logistics'], operation: ['findOrderByWaybill'] };
/** A waybill number or parcel code: letters, digits and dashes. */
const CODE = /^[A-Za-z0-9-]{4,64}$/;

/** Only reads: input items may run side by side. */
export const readOnly = true;

const LOOKUPS = {
	waybill: { field: 'Waybill Number', param: 'shipmentId', output: 'waybillNumber' },
	unclaimedCode: {
		field: 'Unclaimed Parcel Code',
		param: 'noMainPartCode',
		output: 'unclaimedCode',
	},
} as const;

export const description: INodeProperties[] = [
	{
		displayName: 'Look Up By',
		name: 'lookUpBy',
		type: 'options',
		options: [
			{
				name: 'Unclaimed Parcel Code',
				value: 'unclaimedCode',
				description: 'The code the warehouse gave a parcel whose owner it could not read',
			},
			{
				name: 'Waybill Number',
				value: 'waybill',
				description:
					"A waybill number on the parcel: the seller's courier waybill or the international one",
			},
		],
		default: 'waybill',
		description: 'What was scanned on the parcel',
		displayOptions: { show: showFor },
	},
	{
		displayName: 'Waybill Number',
		name: 'waybillNumber',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. YT2212345678901',
		description:
			"A waybill (tracking) number on the parcel: the seller's domestic one (Logistics Info → Get, trackingNumber) or the international one (Get International Waybills)",
		displayOptions: { show: { ...showFor, lookUpBy: ['waybill'] } },
	},
	{
		displayName: 'Unclaimed Parcel Code',
		name: 'unclaimedCode',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. WZJ20250630',
		description: 'The unclaimed-parcel code (无主件码) the warehouse gave the parcel',
		displayOptions: { show: { ...showFor, lookUpBy: ['unclaimedCode'] } },
	},
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const lookUpBy = this.getNodeParameter('lookUpBy', itemIndex, 'waybill') as string;
	const lookup = LOOKUPS[lookUpBy as keyof typeof LOOKUPS];
	if (!lookup)
		throw new InputError(
			'Look Up By',
			`"${lookUpBy}" is not one of ${Object.keys(LOOKUPS).join(', ')}`,
		);
	const code = requireText(lookup.field, this.getNodeParameter(lookup.output, itemIndex));
	if (!CODE.test(code)) {
		throw new InputError(
			lookup.field,
			`must be 4 to 64 letters, digits or dashes, got ${JSON.stringify(code)}`,
		);
	}
	const response = await callApi.call(this, API.orderByWaybill, { [lookup.param]: code });
	return { [lookup.output]: code, ...waybillOwner(response) };
}
