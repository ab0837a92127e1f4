import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { simplifyField } from '../common.descriptions';
import {
	LOGISTICS_INFO_FIELDS,
	NOT_SHIPPED_CODE,
	notShipped,
	simplifyShipments,
} from '../../helpers/simplifyLogistics';
import { callApiUnless } from '../../../shared/transport';
import { orderIdField, readOrderId } from '../order/orderId';
import { API } from '../../../shared/apis';

const showFor = { resource: ['logistics'], operation: ['get'] };

/** Only reads: input items may run side by side. */
export const readOnly = true;

export const description: INodeProperties[] = [
	orderIdField(showFor),
	simplifyField(
		showFor,
		'waybill per shipment with company, tracking number, status, sender, receiver and goods',
	),
];

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<IDataObject | IDataObject[]> {
	const orderId = readOrderId.call(this, itemIndex);
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	const params = { orderId, webSite: '1688', fields: LOGISTICS_INFO_FIELDS };
	const response = await callApiUnless.call(this, API.logisticsInfos, params, NOT_SHIPPED_CODE);
	if (response === undefined) return notShipped(orderId);
	return simplify ? simplifyShipments(response, orderId) : response;
}
