import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { simplifyField } from '../common.descriptions';
import {
	LOGISTICS_INFO_FIELDS,
	NOT_SHIPPED_CODE,
	notShipped,
	simplifyShipments,
} from '../../../shared/helpers/simplifyLogistics';
import { callApi, GatewayError } from '../../../shared/transport';
import { orderIdField, readOrderId } from '../order/orderId';
import { API } from '../../../shared/apis';


const showFor = { resource: ['logistics'], operation: ['get'] };

/** Only reads: input items may run side by side. */
export const readOnly = true;

export const description: INodeProperties[] = [
	orderIdField(showFor),
	simplifyField(showFor, 'waybill per shipment with company, tracking number, status, sender, receiver and goods'),
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject | IDataObject[]> {
	const orderId = readOrderId.call(this, itemIndex);
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	let response: IDataObject;
	try {
		response = await callApi.call(this, API.logisticsInfos, { orderId, webSite: '1688', fields: LOGISTICS_INFO_FIELDS });
	} catch (error) {
		if (error instanceof GatewayError && error.code === NOT_SHIPPED_CODE) return notShipped(orderId);
		throw error;
	}
	return simplify ? simplifyShipments(response, orderId) : response;
}
