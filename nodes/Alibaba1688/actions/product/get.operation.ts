import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { simplifyField } from '../common.descriptions';
import { productRowsPerSku, withProductKeys } from '../../../shared/helpers/productRows';
import { simplifyCrossBorderDetail, simplifyProductInfo, type SimpleProduct } from '../../../shared/helpers/simplifyProduct';
import { requireOfferId } from '../../../shared/helpers/validation';
import { asObject } from '../../../shared/helpers/values';
import { callApi } from '../../../shared/transport';
import { crossBorderPayload, jsonId } from '../../../shared/helpers/crossBorder';
import { currencyField, languageField, offerIdField } from './productFields';
import { API } from '../../../shared/apis';
import { PRODUCT_SOURCE_OPTIONS } from '../../../shared/fields';

const showFor = { resource: ['product'], operation: ['get'] };
const showForCrossBorder = { ...showFor, source: ['crossBorder'] };

/** Only reads: input items may run side by side. */
export const readOnly = true;

export const description: INodeProperties[] = [
	offerIdField(showFor, 'The offer (product listing) ID, 12-13 digits as Search gives it in offerId, or the offer page URL such as https://detail.1688.com/offer/624392716873.html'),
	{
		displayName: 'Source',
		name: 'source',
		type: 'options',
		default: 'authorised',
		description: 'Which 1688 API to read the offer from; both give the same simplified shape',
		displayOptions: { show: showFor },
		options: PRODUCT_SOURCE_OPTIONS,
	},
	languageField(showForCrossBorder),
	currencyField(showForCrossBorder),
	simplifyField(showFor, 'product with one entry per SKU'),
	{
		displayName: 'One Item per SKU',
		name: 'oneItemPerSku',
		type: 'boolean',
		default: false,
		description:
			'Whether to output one item per SKU (the offer\'s fields plus skuId, specId, attributes, skuPrice, skuStock), as a spreadsheet row or a shop variant needs',
		displayOptions: { show: { ...showFor, simplify: [true] } },
	},
];

/** The offer as the chosen API sends it (raw), and simplified to the shared flat shape. */
async function readOffer(this: IExecuteFunctions, itemIndex: number, offerId: string): Promise<{ raw: IDataObject; product: SimpleProduct }> {
	const source = this.getNodeParameter('source', itemIndex, 'authorised') as string;
	if (source === 'crossBorder') {
		const currency = (this.getNodeParameter('currency', itemIndex, '') as string) || undefined;
		const offerDetailParam = {
			offerId: jsonId(offerId),
			country: this.getNodeParameter('language', itemIndex, 'en') as string,
			currency,
		};
		const raw = await callApi.call(this, API.crossBorderDetail, { offerDetailParam });
		return { raw, product: simplifyCrossBorderDetail(crossBorderPayload(raw), currency) };
	}
	const raw = await callApi.call(this, API.productGet, { productID: offerId, webSite: '1688' });
	return { raw, product: simplifyProductInfo(raw.productInfo) };
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject | IDataObject[]> {
	const offerId = requireOfferId('Offer ID', this.getNodeParameter('offerId', itemIndex));
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	const { raw, product } = await readOffer.call(this, itemIndex, offerId);
	if (!simplify) return asObject(raw) as IDataObject;
	const perSku = this.getNodeParameter('oneItemPerSku', itemIndex, false) as boolean;
	return perSku ? productRowsPerSku(product) : withProductKeys(product);
}
