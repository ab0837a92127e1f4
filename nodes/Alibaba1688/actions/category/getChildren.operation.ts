import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit } from '../common.descriptions';
import { readPaging } from '../paging';
import { readCategory } from './categoryApi';
import {
	categoryLanguageField,
	categoryLocator,
	readCategoryId,
	readCategoryLanguage,
} from './categoryLocator';

const showFor = { resource: ['category'], operation: ['getChildren'] };

/** Only reads: input items may run side by side. */
export const readOnly = true;

export const description: INodeProperties[] = [
	categoryLocator(showFor, {
		displayName: 'Parent Category',
		description:
			'The category whose children to list; leave empty (or 0) for the top-level categories',
	}),
	categoryLanguageField(showFor),
	...returnAllOrLimit(showFor),
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const parentId = readCategoryId.call(this, itemIndex, 'Parent Category') ?? '0';
	const { limit } = readPaging.call(this, itemIndex);
	const { children } = await readCategory.call(
		this,
		parentId,
		readCategoryLanguage.call(this, itemIndex),
	);
	return children.slice(0, limit);
}
