import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { simplifyField } from '../common.descriptions';
import { simplifyPaymentChannels } from '../../helpers/simplifyPayment';
import { callApi } from '../../../shared/transport';
import { orderIdField, readOrderId } from './orderId';
import { API } from '../../../shared/apis';

/** alibaba.trade.payWay.query (doc page com.alibaba.trade.alibaba.trade.payWay.query-1): unpaid orders only. */

const showFor = { resource: ['order'], operation: ['getPaymentChannels'] };

/** Only reads: input items may run side by side. */
export const readOnly = true;

export const description: INodeProperties[] = [
	orderIdField(showFor),
	simplifyField(
		showFor,
		'list of the channels (code and English name) with the amount to pay in yuan and the payment deadline',
	),
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const orderId = readOrderId.call(this, itemIndex);
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	const response = await callApi.call(this, API.payChannels, { orderId });
	return simplify ? simplifyPaymentChannels(response) : response;
}
