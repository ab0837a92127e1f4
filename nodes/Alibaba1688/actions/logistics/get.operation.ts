import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { simplifyField } from '../common.descriptions';
import { simplifyShipments } from '../../../shared/helpers/simplifyLogistics';
import { callApi } from '../../../shared/transport';
import { orderIdField, readOrderId } from '../order/orderId';
import { API } from '../../../shared/apis';


const showFor = { resource: ['logistics'], operation: ['get'] };

/** Only reads: input items may run side by side. */
export const readOnly = true;

export const description: INodeProperties[] = [
	orderIdField(showFor),
	simplifyField(showFor, 'waybill per shipment with company, tracking number and status'),
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject | IDataObject[]> {
	const orderId = readOrderId.call(this, itemIndex);
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	const response = await callApi.call(this, API.logisticsInfos, { orderId, webSite: '1688' });
	return simplify ? simplifyShipments(response, orderId) : response;
}
