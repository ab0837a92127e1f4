import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { simplifyField } from '../common.descriptions';
import { simplifyProductInfo } from '../../helpers/simplifyProduct';
import { requireOfferId } from '../../helpers/validation';
import { asObject } from '../../helpers/values';
import { callApi } from '../../transport';

const PRODUCT_GET = { namespace: 'com.alibaba.product', name: 'alibaba.product.get', version: 1 };

const showFor = { resource: ['product'], operation: ['get'] };

export const description: INodeProperties[] = [
	{
		displayName: 'Offer ID',
		name: 'offerId',
		type: 'string',
		required: true,
		default: '',
		placeholder: '624392716873',
		description:
			'The 1688 offer (product) ID, or the offer page URL such as https://detail.1688.com/offer/624392716873.html',
		displayOptions: { show: showFor },
	},
	simplifyField(showFor, 'product with one entry per SKU'),
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const offerId = requireOfferId('Offer ID', this.getNodeParameter('offerId', itemIndex));
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	const response = await callApi.call(this, PRODUCT_GET, { productID: offerId, webSite: '1688' });
	return simplify ? simplifyProductInfo(response.productInfo) : asObject(response) as IDataObject;
}
