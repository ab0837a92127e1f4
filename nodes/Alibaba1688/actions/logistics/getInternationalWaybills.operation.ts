import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { simplifyField } from '../common.descriptions';
import { simplifyInternationalWaybills } from '../../helpers/simplifyParcels';
import { requireText } from '../../../shared/helpers/validation';
import { callApi } from '../../../shared/transport';
import { API } from '../../../shared/apis';

/**
 * bigcustomer.mailNo.query (doc page com.alibaba.fenxiao.crossborder.bigcustomer.mailNo.query-1): the waybills of the
 * international parcels carrying the 1688 orders placed with one external order ID (outOrderId, cross-border solution).
 */

const showFor = { resource: ['logistics'], operation: ['getInternationalWaybills'] };

/** Only reads: input items may run side by side. */
export const readOnly = true;

export const description: INodeProperties[] = [
	{
		displayName: 'External Order Reference',
		name: 'outOrderId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. SHOP-10023',
		description:
			'Your own order reference, exactly as given in External Order Reference at Order → Create (1688 stores it as outOrderId on the orders); the list is empty until one of them ships',
		displayOptions: { show: showFor },
	},
	simplifyField(
		showFor,
		"list of the waybill numbers with each parcel's carrier and 1688 order IDs",
	),
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const outOrderId = requireText(
		'External Order Reference',
		this.getNodeParameter('outOrderId', itemIndex),
	);
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	const response = await callApi.call(this, API.internationalWaybills, { outOrderId });
	return simplify ? simplifyInternationalWaybills(response, outOrderId) : response;
}
