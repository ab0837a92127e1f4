import type { INodeProperties } from 'n8n-workflow';

type ShowFor = Record<string, string[]>;

/** Return All + Limit, the pair every list operation offers. */
export function returnAllOrLimit(show: ShowFor): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
			displayOptions: { show },
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 50,
			description: 'Max number of results to return',
			displayOptions: { show: { ...show, returnAll: [false] } },
		},
	];
}

/** The Simplify switch: on by default, off gives the API's own JSON. */
export function simplifyField(show: ShowFor, what: string): INodeProperties {
	return {
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: true,
		description: `Whether to return a flat ${what} with numeric prices and ISO dates instead of the raw API response`,
		displayOptions: { show },
	};
}

/** The Filters collection of a list operation: optional narrowing fields, added one by one. */
export function filtersCollection(show: ShowFor, options: INodeProperties[]): INodeProperties {
	return {
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: { show },
		options,
	};
}

/** A text field whose `example` becomes its "e.g." placeholder (the typed address fields). */
export function textField(
	displayName: string,
	name: string,
	example: string,
	description: string,
	required: boolean,
	show: ShowFor,
): INodeProperties {
	return {
		displayName,
		name,
		type: 'string',
		required,
		default: '',
		placeholder: `e.g. ${example}`,
		description,
		displayOptions: { show },
	};
}
