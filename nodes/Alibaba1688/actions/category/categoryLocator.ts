import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { requireNumericId } from '../../../shared/helpers/validation';
import { LANGUAGE_OPTIONS } from '../product/productFields';

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
				placeholder: 'e.g. 1031910',
				validation: [
					{
						type: 'regex',
						properties: {
							regex: '^\\s*\\d+\\s*$',
							errorMessage: 'A 1688 category ID is a number, e.g. 1031910',
						},
					},
				],
			},
		],
	};
}

/** The category ID chosen in the picker; undefined when it was left empty. */
export function readCategoryId(
	this: IExecuteFunctions,
	itemIndex: number,
	field = 'Category',
): string | undefined {
	const value = this.getNodeParameter('categoryId', itemIndex, '', { extractValue: true });
	if (value === undefined || value === null || (typeof value === 'string' && value.trim() === ''))
		return undefined;
	return requireNumericId(field, value, { allowZero: true });
}

/**
 * The language of category names: Chinese only (alibaba.category.get), or Chinese plus a translation
 * (category.translation.getById). The category picker shows its names in the language chosen here.
 */
export function categoryLanguageField(show: ShowFor): INodeProperties {
	const [arabic, ...others] = LANGUAGE_OPTIONS;
	return {
		displayName: 'Language',
		name: 'categoryLanguage',
		type: 'options',
		default: '',
		description:
			"Also give the category names in this language (nameTranslated); Chinese Only keeps 1688's Chinese names",
		displayOptions: { show },
		options: [arabic, { name: 'Chinese Only', value: '' }, ...others],
	};
}

/** The Language field of the category operations for one item ('' = Chinese only). */
export function readCategoryLanguage(this: IExecuteFunctions, itemIndex: number): string {
	return String(this.getNodeParameter('categoryLanguage', itemIndex, '') ?? '').trim();
}
