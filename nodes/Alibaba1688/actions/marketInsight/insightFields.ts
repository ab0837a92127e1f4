import type { IExecuteFunctions } from 'n8n-workflow';

import { InputError } from '../../../shared/helpers/inputError';
import { readCategoryId } from '../category/categoryLocator';

/** The category the market insight operations need (not the root: 1688 ranks and trends per category). */
export function readRequiredCategory(this: IExecuteFunctions, itemIndex: number): string {
	const categoryId = readCategoryId.call(this, itemIndex);
	if (categoryId === undefined || categoryId === '0') {
		throw new InputError(
			'Category',
			'is required: pick a category or give its ID',
			"Category → Search finds a category's ID by its name.",
		);
	}
	return categoryId;
}
