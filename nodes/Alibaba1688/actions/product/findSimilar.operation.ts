import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit, simplifyField } from '../common.descriptions';
import { API } from '../../../shared/apis';
import { jsonId } from '../../../shared/helpers/crossBorder';
import { InputError } from '../../../shared/helpers/inputError';
import {
	simplifyCrossBorderDetail,
	simplifyRelatedOffer,
	simplifySearchOffer,
} from '../../../shared/helpers/simplifyProduct';
import { requireOfferId } from '../../../shared/helpers/validation';
import { asId } from '../../../shared/helpers/values';
import { readPaging } from '../paging';
import { listOffers, SEARCH_HIT_SUMMARY, searchOffers } from './crossBorderSearch';
import { fetchCrossBorderDetail } from './offerDetail';
import { languageField, offerIdField } from './productFields';

const showFor = { resource: ['product'], operation: ['findSimilar'] };

/** product.related.recommend-1.md: "Number per page, maximum 10". */
const RELATED_PAGE_SIZE = 10;

/** Only reads: input items may run side by side. */
export const readOnly = true;

export const description: INodeProperties[] = [
	offerIdField(
		showFor,
		'The offer to find similar offers to: its 1688 offer ID, or its offer page URL such as https://detail.1688.com/offer/624392716873.html',
	),
	{
		displayName: 'Match By',
		name: 'matchBy',
		type: 'options',
		default: 'related',
		displayOptions: { show: showFor },
		options: [
			{
				name: 'Related Offers',
				value: 'related',
				description:
					"1688's related-offer recommendations for the offer (product.related.recommend)",
			},
			{
				name: 'Same Look (Image Search)',
				value: 'image',
				description:
					"Offers whose picture looks like the offer's main image, e.g. the same product from other suppliers (reads the offer, then searches by its image)",
			},
		],
	},
	languageField(showFor),
	...returnAllOrLimit(showFor),
	simplifyField(
		showFor,
		`${SEARCH_HIT_SUMMARY}; with Related Offers, sales over 90 days as sold90d instead of monthSold (30 days), as product.related.recommend counts them`,
	),
];

/** Related offers, page by page (`pageNo`, at most 10 a page, no total: a short page is the last). */
async function relatedOffers(
	this: IExecuteFunctions,
	offerId: string,
	language: string,
	paging: { returnAll: boolean; limit: number },
) {
	return await listOffers.call(
		this,
		API.relatedOffers,
		(pageNo, pageSize) => ({
			relatedQueryParams: { offerId: jsonId(offerId), pageNo, pageSize, language },
		}),
		{ ...paging, pageSize: RELATED_PAGE_SIZE },
	);
}

/** Offers that look like the offer's main image, without the offer itself. */
async function sameLookOffers(
	this: IExecuteFunctions,
	offerId: string,
	language: string,
	paging: { returnAll: boolean; limit: number },
) {
	const { model } = await fetchCrossBorderDetail.call(this, offerId, language);
	const mainImage = simplifyCrossBorderDetail(model).mainImage;
	if (!mainImage) {
		throw new InputError(
			'Offer ID',
			`offer ${offerId} has no image to search by`,
			'Use Match By "Related Offers" for this offer.',
		);
	}
	// One more than asked for: the offer itself is usually among the hits, and is left out.
	const hits = await searchOffers.call(this, API.imageSearch, {
		query: { country: language, imageAddress: mainImage },
		returnAll: paging.returnAll,
		limit: paging.limit + 1,
		simplify: false,
	});
	const others = hits.filter((hit) => asId(hit.offerId) !== offerId);
	return others.slice(0, paging.limit);
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const offerId = requireOfferId('Offer ID', this.getNodeParameter('offerId', itemIndex));
	const paging = readPaging.call(this, itemIndex);
	const language = this.getNodeParameter('language', itemIndex, 'en') as string;
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	const matchBy = this.getNodeParameter('matchBy', itemIndex, 'related') as string;
	if (matchBy === 'image') {
		const offers = await sameLookOffers.call(this, offerId, language, paging);
		return simplify ? offers.map(simplifySearchOffer) : offers;
	}
	const offers = await relatedOffers.call(this, offerId, language, paging);
	return simplify ? offers.map(simplifyRelatedOffer) : offers;
}
