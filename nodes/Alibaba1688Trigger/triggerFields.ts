import type { INodeCredentialDescription, INodeProperties, INodeTypeDescription } from 'n8n-workflow';

import { description as productGetFields } from '../Alibaba1688/actions/product/get.operation';
import { CREDENTIAL_TYPE } from '../Alibaba1688/transport';

/** What both trigger nodes share with the 1688 node: its icon and its credential. */
export const PACKAGE_ICON: INodeTypeDescription['icon'] = {
	light: 'file:../Alibaba1688/alibaba1688.svg',
	dark: 'file:../Alibaba1688/alibaba1688.dark.svg',
};

export const CREDENTIALS: INodeCredentialDescription[] = [{ name: CREDENTIAL_TYPE, required: true }];

/** The Options collection of a trigger: optional settings, added one by one. */
export function optionsCollection(options: INodeProperties[]): INodeProperties {
	return { displayName: 'Options', name: 'options', type: 'collection', placeholder: 'Add Option', default: {}, options };
}

/** The two offer APIs, named and described exactly as in Product → Get's Source. */
export const PRODUCT_SOURCES = productGetFields.find((field) => field.name === 'source')?.options ?? [];
