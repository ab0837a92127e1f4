import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { simplifyField } from '../common.descriptions';
import { simplifyRefund } from '../../../shared/helpers/simplifyRefund';
import { asObject } from '../../../shared/helpers/values';
import { callApi } from '../../../shared/transport';
import { readRefundId, refundIdField } from './refundFields';
import { API } from '../../../shared/apis';

const showFor = { resource: ['refund'], operation: ['get'] };

/** Only reads: input items may run side by side. */
export const readOnly = true;

export const description: INodeProperties[] = [
	refundIdField(showFor),
	{
		displayName: 'Include History',
		name: 'includeHistory',
		type: 'boolean',
		default: true,
		description: 'Whether to add every step of the refund so far (who did what, when) as history',
		displayOptions: { show: showFor },
	},
	simplifyField(
		showFor,
		'refund (status in words, amounts in yuan, sub-orders, return waybill, seller return address)',
	),
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const refundId = readRefundId.call(this, itemIndex);
	const includeHistory = this.getNodeParameter('includeHistory', itemIndex, true) as boolean;
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	const response = await callApi.call(this, API.refundGet, {
		refundId,
		needTimeOutInfo: true,
		needOrderRefundOperation: includeHistory,
	});
	return simplify ? simplifyRefund(asObject(response.result).opOrderRefundModelDetail) : response;
}
