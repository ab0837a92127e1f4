import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { simplifyField } from '../common.descriptions';
import { InputError } from '../../../shared/helpers/inputError';
import {
	orderShippingInsurance,
	simplifyShippingInsurance,
	SHIPPING_INSURANCE_TYPES,
} from '../../helpers/simplifyShippingInsurance';
import { callApi } from '../../../shared/transport';
import { orderIdField, readOrderId } from './orderId';
import { API } from '../../../shared/apis';

/**
 * shipping.insurance.get (doc page com.alibaba.trade.shipping.insurance.get-1) needs the kind of insurance the order
 * carries; the order's detail names it (alibaba.trade.get.buyerView, orderBizInfo.shippingInsurance: givenByPlatform,
 * givenByMerchant, or empty for none), so Automatic reads the order first.
 */

const showFor = { resource: ['order'], operation: ['getShippingInsurance'] };

/** Only reads: input items may run side by side. */
export const readOnly = true;

export const description: INodeProperties[] = [
	orderIdField(showFor),
	{
		displayName: 'Insurance Type',
		name: 'insuranceType',
		type: 'options',
		options: [
			{
				name: 'Automatic',
				value: 'auto',
				description:
					'Read the order first for the kind it carries (one more call); an order without insurance gives insured false',
			},
			{
				name: 'Given by Merchant',
				value: 'givenByMerchant',
				description: 'Shipping insurance the seller gives with the order',
			},
			{
				name: 'Given by Platform',
				value: 'givenByPlatform',
				description: 'Shipping insurance 1688 gives with the order',
			},
		],
		default: 'auto',
		description:
			'Which shipping-insurance policy of the order to read; Order → Get with Simplify off shows the kind as orderBizInfo.shippingInsurance',
		displayOptions: { show: showFor },
	},
	simplifyField(showFor, 'policy with its claims (amounts in yuan)'),
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const orderId = readOrderId.call(this, itemIndex);
	const chosen = this.getNodeParameter('insuranceType', itemIndex, 'auto') as string;
	if (chosen !== 'auto' && !(SHIPPING_INSURANCE_TYPES as readonly string[]).includes(chosen)) {
		throw new InputError(
			'Insurance Type',
			`"${chosen}" is not one of auto, ${SHIPPING_INSURANCE_TYPES.join(', ')}`,
		);
	}
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	const type =
		chosen === 'auto'
			? orderShippingInsurance(
					(await callApi.call(this, API.orderGet, { webSite: '1688', orderId })).result,
				)
			: chosen;
	if (type === undefined) return { orderId, insured: false, claims: [] };
	const response = await callApi.call(this, API.shippingInsurance, { orderId, type });
	return simplify ? simplifyShippingInsurance(response, orderId, type) : response;
}
