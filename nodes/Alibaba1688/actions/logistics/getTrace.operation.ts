import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { simplifyField } from '../common.descriptions';
import { simplifyTraces } from '../../helpers/simplifyLogistics';
import { asTrimmedText } from '../../../shared/helpers/values';
import { callApi } from '../../../shared/transport';
import { orderIdField, readOrderId } from '../order/orderId';
import { API } from '../../../shared/apis';

const showFor = { resource: ['logistics'], operation: ['getTrace'] };

/** Only reads: input items may run side by side. */
export const readOnly = true;

export const description: INodeProperties[] = [
	orderIdField(showFor),
	{
		displayName: 'Logistics ID',
		name: 'logisticsId',
		type: 'string',
		default: '',
		placeholder: 'e.g. LP00106397027178',
		description:
			'Only this waybill of the order (Logistics → Get gives the IDs); empty means every waybill',
		displayOptions: { show: showFor },
	},
	simplifyField(showFor, 'trace per waybill with ISO step times'),
];

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<IDataObject | IDataObject[]> {
	const orderId = readOrderId.call(this, itemIndex);
	const logisticsId = asTrimmedText(this.getNodeParameter('logisticsId', itemIndex, ''));
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	const response = await callApi.call(this, API.logisticsTrace, {
		orderId,
		webSite: '1688',
		logisticsId,
	});
	return simplify ? simplifyTraces(response, orderId) : response;
}
