import type { INodeCredentialDescription, INodeProperties, INodePropertyOptions, INodeTypeDescription } from 'n8n-workflow';

import { CREDENTIAL_TYPE } from './transport';

/** What the three nodes share: the package icon (paths relative to each node's folder) and the credential. */
export const PACKAGE_ICON: INodeTypeDescription['icon'] = {
	light: 'file:../Alibaba1688/alibaba1688.svg',
	dark: 'file:../Alibaba1688/alibaba1688.dark.svg',
};

export const CREDENTIALS: INodeCredentialDescription[] = [{ name: CREDENTIAL_TYPE, required: true }];

/** The Options collection of a trigger: optional settings, added one by one. */
export function optionsCollection(options: INodeProperties[]): INodeProperties {
	return { displayName: 'Options', name: 'options', type: 'collection', placeholder: 'Add Option', default: {}, options };
}

/** The two APIs an offer can be read from (Product → Get's Source, the 1688 Trigger's Product Source). */
export const PRODUCT_SOURCE_OPTIONS: INodePropertyOptions[] = [
	{
		name: 'Authorised Product API',
		value: 'authorised',
		description: 'Alibaba.product.get: your own offers and offers your app is authorised for',
	},
	{
		name: 'Cross-Border Detail (Any Offer)',
		value: 'crossBorder',
		description: 'Product.search.queryProductDetail: any offer, with translated title and attributes',
	},
];
