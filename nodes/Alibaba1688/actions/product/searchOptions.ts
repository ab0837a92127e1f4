import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { filtersCollection, returnAllOrLimit } from '../common.descriptions';
import { InputError } from '../../../shared/helpers/inputError';
import { compact } from '../../../shared/helpers/values';
import { categoryLocator, readCategoryId } from '../category/categoryLocator';
import { jsonId } from '../../../shared/helpers/crossBorder';
import { languageField } from './productFields';
import { OFFER_FILTER_OPTIONS, SALES_PERIOD_OPTIONS } from './searchFilters';

type ShowFor = Record<string, string[]>;

/** The fields 1688's `sort` can name (JSON text of one field: {"price": "asc"}), per the search APIs' doc pages. */
const SORT_FIELDS = ['monthSold', 'price', 'rePurchaseRate'];
const SORT_DIRECTIONS = ['asc', 'desc'];

/**
 * The Sort collection, below the Filters as n8n's UX guidelines place sorting ("a dedicated collection
 * below the Options collection", as Airtable's Record → Search): one rule, since 1688 sorts by one field.
 */
function sortCollection(show: ShowFor): INodeProperties {
	return {
		displayName: 'Sort',
		name: 'sort',
		type: 'fixedCollection',
		placeholder: 'Add Sort Rule',
		default: {},
		description: 'How 1688 orders the offers; without a rule, best match first',
		displayOptions: { show },
		options: [
			{
				displayName: 'Rule',
				name: 'rule',
				values: [
					{
						displayName: 'Field',
						name: 'field',
						type: 'options',
						default: 'monthSold',
						options: [
							{ name: 'Price', value: 'price', description: 'The wholesale price in yuan' },
							{
								name: 'Repurchase Rate',
								value: 'rePurchaseRate',
								description: 'The share of buyers who ordered again',
							},
							{
								name: 'Sales (30 Days)',
								value: 'monthSold',
								description: 'Units sold over the last 30 days',
							},
						],
					},
					{
						displayName: 'Direction',
						name: 'direction',
						type: 'options',
						default: 'desc',
						options: [
							{ name: 'Ascending', value: 'asc', description: 'Lowest first' },
							{ name: 'Descending', value: 'desc', description: 'Highest first' },
						],
					},
				],
			},
		],
	};
}

/** 1688's `sort` text for the Sort collection's rule, or undefined (best match) without one. */
function sortParam(value: unknown): string | undefined {
	const rule = (value as { rule?: { field?: unknown; direction?: unknown } } | undefined)?.rule;
	if (!rule) return undefined;
	const field = String(rule.field ?? 'monthSold');
	const direction = String(rule.direction ?? 'desc');
	if (!SORT_FIELDS.includes(field))
		throw new InputError('Sort', `the field "${field}" is not one of ${SORT_FIELDS.join(', ')}`);
	if (!SORT_DIRECTIONS.includes(direction))
		throw new InputError('Sort', `the direction "${direction}" is not asc or desc`);
	return JSON.stringify({ [field]: direction });
}

/** Which optional fields a search offers, by what its API takes (per its doc page). */
export interface SearchFieldOptions {
	/** imageQuery's `keyword`: search within the similar offers. */
	withinResults?: boolean;
	/** keywordQuery's `saleFilterList`, `categoryIdList` and `keywordTranslate`. */
	keywordOnly?: boolean;
}

function filterFields({
	withinResults = false,
	keywordOnly = false,
}: SearchFieldOptions): INodeProperties[] {
	const fields: INodeProperties[] = [
		{
			displayName: 'Max Price (CNY)',
			name: 'maxPrice',
			type: 'number',
			typeOptions: { minValue: 0, numberPrecision: 2 },
			default: 0,
			description:
				'Only offers whose wholesale price is at most this, in yuan (0 = no upper bound)',
		},
		{
			displayName: 'Min Price (CNY)',
			name: 'minPrice',
			type: 'number',
			typeOptions: { minValue: 0, numberPrecision: 2 },
			default: 0,
			description: 'Only offers whose wholesale price is at least this, in yuan',
		},
		{
			displayName: 'Offer Filters',
			name: 'offerFilters',
			type: 'multiOptions',
			default: [],
			description:
				"Only offers with all of these: dispatch time, dropshipping, certified factory, service score, refund and pickup rates (1688's filter values)",
			options: OFFER_FILTER_OPTIONS,
		},
		{
			displayName: 'Other Filter Values',
			name: 'otherFilters',
			type: 'string',
			default: '',
			placeholder: 'e.g. jxhy',
			description: "More of 1688's filter values, separated by commas, sent as they are",
		},
	];
	if (withinResults) {
		fields.push({
			displayName: 'Search Within Results',
			name: 'keyword',
			type: 'string',
			default: '',
			description: 'Only the similar offers whose title contains this keyword',
		});
	}
	if (keywordOnly) {
		fields.push(
			{
				displayName: 'Categories (Any Of)',
				name: 'categoryIds',
				type: 'string',
				default: '',
				placeholder: 'e.g. 1031910, 1047010',
				description:
					'Only offers in any of these categories: 1688 category IDs (from Category → Search or the picker) separated by commas',
			},
			{
				displayName: 'Keyword Is Chinese',
				name: 'keywordIsChinese',
				type: 'boolean',
				default: false,
				description:
					'Whether the keyword is already in Chinese, so 1688 searches it as typed instead of translating it first',
			},
			{
				displayName: 'Sales Volume',
				name: 'sales',
				type: 'fixedCollection',
				typeOptions: { multipleValues: true },
				placeholder: 'Add Sales Range',
				default: {},
				description:
					'Only offers that sold this many units in the period; several ranges must all hold',
				options: [
					{
						displayName: 'Range',
						name: 'ranges',
						values: [
							{
								displayName: 'Period',
								name: 'period',
								type: 'options',
								default: 'sales30',
								options: SALES_PERIOD_OPTIONS,
							},
							{
								displayName: 'Min Units',
								name: 'min',
								type: 'number',
								typeOptions: { minValue: 0, numberPrecision: 0 },
								default: 0,
							},
							{
								displayName: 'Max Units',
								name: 'max',
								type: 'number',
								typeOptions: { minValue: 0, numberPrecision: 0 },
								default: 0,
								description: '0 = no upper bound',
							},
						],
					},
				],
			},
		);
	}
	return fields;
}

/**
 * The fields the cross-border searches share, in the order of n8n's list operations: language, category,
 * Return All / Limit, the filters their API takes, then the sort order.
 */
export function searchFields(show: ShowFor, options: SearchFieldOptions = {}): INodeProperties[] {
	return [
		languageField(show),
		categoryLocator(show, {
			description: 'Only offers in this category (any level of the category tree)',
		}),
		...returnAllOrLimit(show),
		filtersCollection(show, filterFields(options)),
		sortCollection(show),
	];
}

function priceBound(field: string, value: unknown): number | undefined {
	if (value === undefined || value === null || value === '' || value === 0) return undefined;
	const price = Number(value);
	if (!Number.isFinite(price) || price < 0)
		throw new InputError(field, `must be a price of 0 or more in CNY, got ${String(value)}`);
	return price;
}

/** 1688's `filter` text: the chosen values and the typed ones, each once. */
function filterText(filters: IDataObject): string | undefined {
	const chosen = Array.isArray(filters.offerFilters) ? filters.offerFilters.map(String) : [];
	const typed =
		typeof filters.otherFilters === 'string'
			? filters.otherFilters.split(/[\s,]+/).filter(Boolean)
			: [];
	const all = [...new Set([...chosen, ...typed])];
	return all.length ? all.join(',') : undefined;
}

/** `categoryIdList`: category IDs separated by commas. */
function categoryIdList(value: unknown): string | undefined {
	const ids = typeof value === 'string' ? value.split(/[\s,]+/).filter(Boolean) : [];
	const bad = ids.find((id) => !/^\d{1,20}$/.test(id));
	if (bad !== undefined)
		throw new InputError('Categories (Any Of)', `"${bad}" is not a 1688 category ID (digits only)`);
	return ids.length ? ids.join(',') : undefined;
}

/** `saleFilterList` (bounds as text, as the doc's example sends them) from the Sales Volume ranges. */
function saleFilterList(value: unknown): IDataObject[] | undefined {
	const ranges = ((value as { ranges?: IDataObject[] } | undefined)?.ranges ?? []) as IDataObject[];
	const list = ranges.map((range, index) => {
		const min = Number(range.min ?? 0);
		const max = Number(range.max ?? 0);
		if (![min, max].every((bound) => Number.isInteger(bound) && bound >= 0)) {
			throw new InputError(
				'Sales Volume',
				`range ${index + 1}: units must be whole numbers of 0 or more`,
			);
		}
		if (max > 0 && min > max)
			throw new InputError(
				'Sales Volume',
				`range ${index + 1}: Min Units ${min} is above Max Units ${max}`,
			);
		return compact({
			saleType: String(range.period ?? 'sales30'),
			saleStart: min > 0 ? String(min) : undefined,
			saleEnd: max > 0 ? String(max) : undefined,
		});
	});
	return list.length ? list : undefined;
}

/**
 * The `offerQueryParam` fields the search fields give for one item (without keyword and paging):
 * `country`, `categoryId`, `sort`, `priceStart`, `priceEnd`, `filter`, and, where the search has them,
 * `keyword` (within results), `categoryIdList`, `keywordTranslate` and `saleFilterList`.
 */
export function readSearchQuery(this: IExecuteFunctions, itemIndex: number): IDataObject {
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const minPrice = priceBound('Min Price (CNY)', filters.minPrice);
	const maxPrice = priceBound('Max Price (CNY)', filters.maxPrice);
	if (minPrice !== undefined && maxPrice !== undefined && minPrice > maxPrice) {
		throw new InputError('Min Price (CNY)', `${minPrice} is above Max Price (CNY) ${maxPrice}`);
	}
	const sort = sortParam(this.getNodeParameter('sort', itemIndex, {}));
	const categoryId = readCategoryId.call(this, itemIndex);
	const within = typeof filters.keyword === 'string' ? filters.keyword.trim() : '';
	return compact({
		country: this.getNodeParameter('language', itemIndex, 'en') as string,
		sort,
		priceStart: minPrice === undefined ? undefined : String(minPrice),
		priceEnd: maxPrice === undefined ? undefined : String(maxPrice),
		categoryId: categoryId === undefined ? undefined : jsonId(categoryId),
		categoryIdList: categoryIdList(filters.categoryIds),
		filter: filterText(filters),
		saleFilterList: saleFilterList(filters.sales),
		keywordTranslate: filters.keywordIsChinese === true ? true : undefined,
		keyword: within || undefined,
	});
}
