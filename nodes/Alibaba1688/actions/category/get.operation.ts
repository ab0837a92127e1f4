import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { simplifyField } from '../common.descriptions';
import { readCategory } from './categoryApi';
import {
	categoryLanguageField,
	categoryLocator,
	readCategoryId,
	readCategoryLanguage,
} from './categoryLocator';

const showFor = { resource: ['category'], operation: ['get'] };

/** Only reads: input items may run side by side. */
export const readOnly = true;

export const description: INodeProperties[] = [
	categoryLocator(showFor, {
		required: true,
		description: 'The 1688 category; 0 is the root, whose children are the top-level categories',
	}),
	categoryLanguageField(showFor),
	simplifyField(showFor, 'category with its children'),
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const categoryId = readCategoryId.call(this, itemIndex) ?? '0';
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	const { raw, simple } = await readCategory.call(
		this,
		categoryId,
		readCategoryLanguage.call(this, itemIndex),
	);
	return simplify ? simple : raw;
}
