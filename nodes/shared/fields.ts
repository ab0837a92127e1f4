import type {
	INodeCredentialDescription,
	INodeProperties,
	INodePropertyOptions,
	INodeTypeDescription,
} from 'n8n-workflow';

import { CREDENTIAL_TYPE } from './transport';

/** What the three nodes share: the package icon (paths relative to each node's folder) and the credential. */
export const PACKAGE_ICON: INodeTypeDescription['icon'] = {
	light: 'file:../Alibaba1688/alibaba1688.svg',
	dark: 'file:../Alibaba1688/alibaba1688.dark.svg',
};

export const CREDENTIALS: INodeCredentialDescription[] = [
	{ name: CREDENTIAL_TYPE, required: true },
];

/** The Options collection of a trigger: optional settings, added one by one. */
export function optionsCollection(options: INodeProperties[]): INodeProperties {
	return {
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options,
	};
}

/** The APIs an offer can be read from (Product → Get's Source, the 1688 Trigger's Product Source; productSource.ts). */
export const PRODUCT_SOURCE_OPTIONS: INodePropertyOptions[] = [
	{
		name: 'Authorised Product API',
		value: 'authorised',
		description:
			'Alibaba.product.get: your own offers and offers your app is authorised for (domestic buyer and seller solutions)',
	},
	{
		name: 'Automatic',
		value: 'automatic',
		description:
			"Alibaba.product.get where this app is granted it, else the cross-border detail (apps on the cross-border solution); 1688's refusal is remembered per credential until n8n restarts",
	},
	{
		name: 'Cross-Border Detail (Any Offer)',
		value: 'crossBorder',
		description:
			'Product.search.queryProductDetail: any offer, with translated title and attributes',
	},
];
