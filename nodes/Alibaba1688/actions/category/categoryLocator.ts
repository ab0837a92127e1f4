import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { requireNumericId } from '../../../shared/helpers/validation';

type ShowFor = Record<string, string[]>;

interface LocatorOptions {
	displayName?: string;
	required?: boolean;
	description: string;
}

/** The category picker: browse 1688's category tree (or search it by name), or type a category ID. */
export function categoryLocator(show: ShowFor, options: LocatorOptions): INodeProperties {
	return {
		displayName: options.displayName ?? 'Category',
		name: 'categoryId',
		type: 'resourceLocator',
		required: options.required ?? false,
		default: { mode: 'list', value: '' },
		description: options.description,
		displayOptions: { show },
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: 'Select a category...',
				typeOptions: { searchListMethod: 'searchCategories', searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: '1031910',
				validation: [
					{
						type: 'regex',
						properties: { regex: '^\\s*\\d+\\s*$', errorMessage: 'A 1688 category ID is a number, e.g. 1031910' },
					},
				],
			},
		],
	};
}

/** The category ID chosen in the picker; undefined when it was left empty. */
export function readCategoryId(this: IExecuteFunctions, itemIndex: number, field = 'Category'): string | undefined {
	const value = this.getNodeParameter('categoryId', itemIndex, '', { extractValue: true });
	if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return undefined;
	return requireNumericId(field, value);
}
