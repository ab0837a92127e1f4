import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { simplifyField } from '../common.descriptions';
import { simplifyReturnAddress } from '../../../shared/helpers/simplifyRefund';
import { asArray, asObject } from '../../../shared/helpers/values';
import { callApi } from '../../../shared/transport';
import { orderIdField, readOrderId } from '../order/orderId';
import { API } from '../../../shared/apis';

const showFor = { resource: ['refund'], operation: ['getReturnAddress'] };

/** Only reads: input items may run side by side. */
export const readOnly = true;

export const description: INodeProperties[] = [
	orderIdField(showFor),
	simplifyField(showFor, 'return address (name, phone, the address in one line and its parts)'),
];

/** Where the seller takes returns of an order (refund.address.get): one item per address (per offer of the order). */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<IDataObject | IDataObject[]> {
	const orderId = readOrderId.call(this, itemIndex);
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	const response = await callApi.call(this, API.refundReturnAddress, { mainOrderId: orderId });
	if (!simplify) return response;
	return asArray(asObject(response.result).data).map((address) => ({
		orderId,
		...simplifyReturnAddress(address),
	}));
}
