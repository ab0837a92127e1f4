import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { simplifyField } from '../common.descriptions';
import { simplifyOrder } from '../../../shared/helpers/simplifyOrder';
import { callApi } from '../../../shared/transport';
import { orderIdField, readOrderId } from './orderId';
import { API } from '../../../shared/apis';


const showFor = { resource: ['order'], operation: ['get'] };

/** Only reads: input items may run side by side. */
export const readOnly = true;

export const description: INodeProperties[] = [
	orderIdField(showFor),
	simplifyField(showFor, 'order with its items, seller and receiver'),
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const orderId = readOrderId.call(this, itemIndex);
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	const response = await callApi.call(this, API.orderGet, { webSite: '1688', orderId });
	return simplify ? simplifyOrder(response.result) : response;
}
