import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { InputError } from '../../shared/helpers/inputError';
import { requireJsonList } from '../helpers/jsonInput';
import { asObject } from '../../shared/helpers/values';

/**
 * A list the user gives either as editor rows or as JSON (an order's cart, the SKU quantities of a
 * shipping estimate): a source switch (UI List / JSON), a fixedCollection of rows and a JSON field, and
 * the reading of whichever the item chose, refused when empty before anything is sent.
 */

type ShowFor = Record<string, string[]>;

export interface ListInput {
	/** The source switch's parameter name, e.g. `cartSource`. */
	sourceName: string;
	/** The fixedCollection's parameter name and the name of its one option (the row), e.g. `cart` and `line`. */
	rowsName: string;
	rowName: string;
	/** The JSON field's parameter name, e.g. `cartJson`. */
	jsonName: string;
	/** Display names, which errors name too, e.g. "Cart" and "Cart (JSON)". */
	rowsLabel: string;
	jsonLabel: string;
	/** The entries in an error message, e.g. "cart lines". */
	what: string;
	/** What an empty list is told, e.g. "needs at least one line". */
	emptyMessage: string;
	/** How to write the JSON, with an example. */
	hint: string;
}

/** The editor texts of the three fields: descriptions, the row's name and values. */
export interface ListInputTexts {
	sourceDisplayName: string;
	sourceDescription: string;
	/** Descriptions of the JSON and UI List options. */
	jsonOption: string;
	uiOption: string;
	rowDisplayName: string;
	placeholder: string;
	rowsDescription: string;
	rowValues: INodeProperties[];
	jsonDescription: string;
}

/** The source switch, the rows and the JSON field of `input`, shown for `show`. */
export function listInputFields(
	show: ShowFor,
	input: ListInput,
	texts: ListInputTexts,
): INodeProperties[] {
	return [
		{
			displayName: texts.sourceDisplayName,
			name: input.sourceName,
			type: 'options',
			options: [
				{ name: 'JSON', value: 'json', description: texts.jsonOption },
				{ name: 'UI List', value: 'ui', description: texts.uiOption },
			],
			default: 'ui',
			description: texts.sourceDescription,
			displayOptions: { show },
		},
		{
			displayName: input.rowsLabel,
			name: input.rowsName,
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: texts.placeholder,
			default: {},
			description: texts.rowsDescription,
			displayOptions: { show: { ...show, [input.sourceName]: ['ui'] } },
			options: [
				{ displayName: texts.rowDisplayName, name: input.rowName, values: texts.rowValues },
			],
		},
		{
			displayName: input.jsonLabel,
			name: input.jsonName,
			type: 'json',
			default: '[]',
			description: texts.jsonDescription,
			displayOptions: { show: { ...show, [input.sourceName]: ['json'] } },
		},
	];
}

/** The raw entries of the list: the rows (`{ [rowName]: [...] }`) or the JSON list; at least one. */
export function listEntries(input: ListInput, source: string, value: unknown): unknown[] {
	const json = source === 'json';
	const entries = json
		? requireJsonList(input.jsonLabel, value, input.what, input.hint)
		: asObject(value)[input.rowName];
	if (!Array.isArray(entries) || entries.length === 0) {
		throw new InputError(json ? input.jsonLabel : input.rowsLabel, input.emptyMessage, input.hint);
	}
	return entries;
}

/** The source an item chose and the value of its field (rows or JSON). */
export function readListInput(
	this: IExecuteFunctions,
	itemIndex: number,
	input: ListInput,
): { source: string; value: unknown } {
	const source = this.getNodeParameter(input.sourceName, itemIndex, 'ui') as string;
	const json = source === 'json';
	return {
		source,
		value: this.getNodeParameter(
			json ? input.jsonName : input.rowsName,
			itemIndex,
			json ? '[]' : {},
		),
	};
}
