import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { simplifyField } from '../common.descriptions';
import { simplifyOrder } from '../../helpers/simplifyOrder';
import { callApi } from '../../transport';
import { orderIdField, readOrderId } from './orderId';

const ORDER_GET = { namespace: 'com.alibaba.trade', name: 'alibaba.trade.get.buyerView', version: 1 };

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
	const response = await callApi.call(this, ORDER_GET, { webSite: '1688', orderId });
	return simplify ? simplifyOrder(response.result) : response;
}
