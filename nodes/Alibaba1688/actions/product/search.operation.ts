import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { simplifyField } from '../common.descriptions';
import { requireText } from '../../../shared/helpers/validation';
import { readSearchRequest, SEARCH_HIT_SUMMARY, searchOffers } from './crossBorderSearch';
import { searchFields } from './searchOptions';
import { API } from '../../../shared/apis';

const showFor = { resource: ['product'], operation: ['search'] };

/** Only reads: input items may run side by side. */
export const readOnly = true;

export const description: INodeProperties[] = [
	{
		displayName: 'Keyword',
		name: 'keyword',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. phone case',
		description:
			'What to search for, in Chinese or in another language that 1688 translates, e.g. stainless steel tumbler',
		displayOptions: { show: showFor },
	},
	...searchFields(showFor, { keywordOnly: true }),
	simplifyField(showFor, SEARCH_HIT_SUMMARY),
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const keyword = requireText('Keyword', this.getNodeParameter('keyword', itemIndex));
	const search = readSearchRequest.call(this, itemIndex);
	return await searchOffers.call(this, API.keywordSearch, {
		...search,
		query: { ...search.query, keyword },
	});
}
