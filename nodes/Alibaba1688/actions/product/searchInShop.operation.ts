import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { simplifyField } from '../common.descriptions';
import { API } from '../../../shared/apis';
import { InputError } from '../../../shared/helpers/inputError';
import { requireOfferId, requireText } from '../../../shared/helpers/validation';
import { asText } from '../../../shared/helpers/values';
import { readSearchRequest, SEARCH_HIT_SUMMARY, searchOffers } from './crossBorderSearch';
import { fetchCrossBorderDetail } from './offerDetail';
import { searchFields } from './searchOptions';

const showFor = { resource: ['product'], operation: ['searchInShop'] };

/** Only reads: input items may run side by side. */
export const readOnly = true;

export const description: INodeProperties[] = [
	{
		displayName: 'Shop Identified By',
		name: 'shopBy',
		type: 'options',
		default: 'offer',
		displayOptions: { show: showFor },
		options: [
			{
				name: 'One of Its Offers',
				value: 'offer',
				description: 'An offer ID or offer page URL of the shop: its seller is looked up first',
			},
			{
				name: 'Seller Open ID',
				value: 'sellerOpenId',
				description: 'The sellerOpenId that Product → Get (Cross-Border Detail) gives',
			},
		],
	},
	{
		displayName: 'Offer ID',
		name: 'shopOfferId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 624392716873',
		description: 'Any offer of the shop: its 1688 offer ID or offer page URL',
		displayOptions: { show: { ...showFor, shopBy: ['offer'] } },
	},
	{
		displayName: 'Seller Open ID',
		name: 'sellerOpenId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 23tsdvcdsjngp3oj4j3i5',
		description:
			'The shop\'s masked ID (sellerOpenId in the raw or listing-ready output of Product → Get with Source "Cross-Border Detail")',
		displayOptions: { show: { ...showFor, shopBy: ['sellerOpenId'] } },
	},
	{
		displayName: 'Keyword',
		name: 'keyword',
		type: 'string',
		default: '',
		placeholder: 'e.g. phone case',
		description:
			"Only the shop's offers matching this, in Chinese or another language; empty for all of them",
		displayOptions: { show: showFor },
	},
	...searchFields(showFor),
	simplifyField(showFor, SEARCH_HIT_SUMMARY),
];

/** The shop's sellerOpenId: as given, or from the cross-border detail of one of its offers. */
async function sellerOpenId(
	this: IExecuteFunctions,
	itemIndex: number,
	language: string,
): Promise<string> {
	if (this.getNodeParameter('shopBy', itemIndex, 'offer') === 'sellerOpenId') {
		return requireText('Seller Open ID', this.getNodeParameter('sellerOpenId', itemIndex));
	}
	const offerId = requireOfferId('Offer ID', this.getNodeParameter('shopOfferId', itemIndex));
	const { model } = await fetchCrossBorderDetail.call(this, offerId, language);
	const openId = asText(model.sellerOpenId);
	if (!openId)
		throw new InputError(
			'Offer ID',
			`1688 gave no sellerOpenId for offer ${offerId}`,
			"Give the shop's Seller Open ID instead.",
		);
	return openId;
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const search = readSearchRequest.call(this, itemIndex);
	const keyword = String(this.getNodeParameter('keyword', itemIndex, '') ?? '').trim();
	const openId = await sellerOpenId.call(this, itemIndex, String(search.query.country));
	const query = { ...search.query, sellerOpenId: openId, keyword: keyword || undefined };
	return await searchOffers.call(this, API.shopSearch, { ...search, query });
}
