import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { filtersCollection } from '../common.descriptions';
import { InputError } from '../../../shared/helpers/inputError';
import { compact } from '../../../shared/helpers/values';
import { categoryLocator, readCategoryId } from '../category/categoryLocator';
import { jsonId } from '../../../shared/helpers/crossBorder';
import { languageField } from './productFields';

type ShowFor = Record<string, string[]>;

/** 1688's `sort` is JSON text naming one field: price or monthSold (30-day sales), asc or desc. */
const SORTS: Record<string, string | undefined> = {
	bestMatch: undefined,
	priceAsc: JSON.stringify({ price: 'asc' }),
	priceDesc: JSON.stringify({ price: 'desc' }),
	salesDesc: JSON.stringify({ monthSold: 'desc' }),
};

/** The fields both cross-border searches share: language, category, sort order and price range. */
export function searchFields(show: ShowFor, { withinResults = false } = {}): INodeProperties[] {
	const filters: INodeProperties[] = [
		{
			displayName: 'Max Price (CNY)',
			name: 'maxPrice',
			type: 'number',
			typeOptions: { minValue: 0, numberPrecision: 2 },
			default: 0,
			description: 'Only offers whose wholesale price is at most this (0 = no upper bound)',
		},
		{
			displayName: 'Min Price (CNY)',
			name: 'minPrice',
			type: 'number',
			typeOptions: { minValue: 0, numberPrecision: 2 },
			default: 0,
			description: 'Only offers whose wholesale price is at least this',
		},
	];
	if (withinResults) {
		filters.push({
			displayName: 'Search Within Results',
			name: 'keyword',
			type: 'string',
			default: '',
			description: 'Only the similar offers whose title contains this keyword',
		});
	}
	return [
		languageField(show),
		categoryLocator(show, { description: 'Only offers in this category (any level of the category tree)' }),
		{
			displayName: 'Sort By',
			name: 'sortBy',
			type: 'options',
			default: 'bestMatch',
			displayOptions: { show },
			options: [
				{ name: 'Best Match', value: 'bestMatch' },
				{ name: 'Price: High to Low', value: 'priceDesc' },
				{ name: 'Price: Low to High', value: 'priceAsc' },
				{ name: 'Sales (30 Days): High to Low', value: 'salesDesc' },
			],
		},
		filtersCollection(show, filters),
	];
}

function priceBound(field: string, value: unknown): number | undefined {
	if (value === undefined || value === null || value === '' || value === 0) return undefined;
	const price = Number(value);
	if (!Number.isFinite(price) || price < 0) throw new InputError(field, `must be a price of 0 or more in CNY, got ${String(value)}`);
	return price;
}

/**
 * The `offerQueryParam` fields the search fields give for one item (without keyword and paging):
 * `country`, `categoryId`, `sort`, `priceStart`, `priceEnd` (and `keyword` for search within results).
 */
export function readSearchQuery(this: IExecuteFunctions, itemIndex: number): IDataObject {
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const minPrice = priceBound('Min Price (CNY)', filters.minPrice);
	const maxPrice = priceBound('Max Price (CNY)', filters.maxPrice);
	if (minPrice !== undefined && maxPrice !== undefined && minPrice > maxPrice) {
		throw new InputError('Min Price (CNY)', `${minPrice} is above Max Price (CNY) ${maxPrice}`);
	}
	const sortBy = this.getNodeParameter('sortBy', itemIndex, 'bestMatch') as string;
	if (!(sortBy in SORTS)) throw new InputError('Sort By', `"${sortBy}" is not one of ${Object.keys(SORTS).join(', ')}`);
	const categoryId = readCategoryId.call(this, itemIndex);
	const within = typeof filters.keyword === 'string' ? filters.keyword.trim() : '';
	return compact({
		country: this.getNodeParameter('language', itemIndex, 'en') as string,
		sort: SORTS[sortBy],
		priceStart: minPrice === undefined ? undefined : String(minPrice),
		priceEnd: maxPrice === undefined ? undefined : String(maxPrice),
		categoryId: categoryId === undefined ? undefined : jsonId(categoryId),
		keyword: within || undefined,
	});
}
