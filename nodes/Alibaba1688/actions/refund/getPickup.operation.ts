import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { simplifyField } from '../common.descriptions';
import { simplifyPickupOrder } from '../../../shared/helpers/simplifyRefund';
import { asObject } from '../../../shared/helpers/values';
import { callApi } from '../../../shared/transport';
import { pickupOrderIdField, readPickupOrderId } from './pickupFields';
import { API } from '../../../shared/apis';

const showFor = { resource: ['refund'], operation: ['getPickup'] };

/** Only reads: input items may run side by side. */
export const readOnly = true;

export const description: INodeProperties[] = [
	pickupOrderIdField(showFor),
	simplifyField(showFor, 'pickup order (status, day and window, waybill, tracking, fee in yuan)'),
];

/** An official return pickup order (refundofficialdelivery.order.get). */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const officialDeliveryOrderId = readPickupOrderId.call(this, itemIndex);
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	const response = await callApi.call(this, API.pickupGet, { officialDeliveryOrderId });
	return simplify ? simplifyPickupOrder(asObject(response.result).result) : response;
}
