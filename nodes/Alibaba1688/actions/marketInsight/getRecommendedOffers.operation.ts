import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit, simplifyField } from '../common.descriptions';
import { API } from '../../../shared/apis';
import { simplifySearchOffer } from '../../../shared/helpers/simplifyProduct';
import { requireText } from '../../../shared/helpers/validation';
import { readPaging } from '../paging';
import { listOffers, SEARCH_HIT_SUMMARY, SEARCH_PAGE_SIZE } from '../product/crossBorderSearch';
import { languageField } from '../product/productFields';

const showFor = { resource: ['marketInsight'], operation: ['getRecommendedOffers'] };

/** Only reads: input items may run side by side. */
export const readOnly = true;

export const description: INodeProperties[] = [
	{
		displayName: 'Recommend For',
		name: 'outMemberId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. customer-1042',
		description:
			'Your own ID of the end user the recommendations are for (any stable ID from your shop or platform); 1688 personalises by it',
		displayOptions: { show: showFor },
	},
	{
		...languageField(showFor),
		description: "Language of the recommended offers' translated titles",
	},
	...returnAllOrLimit(showFor),
	simplifyField(showFor, SEARCH_HIT_SUMMARY),
];

/** product.search.offerRecommend-1: `recommendOfferParam` {beginPage, pageSize, country, outMemberId}; no total. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const outMemberId = requireText('Recommend For', this.getNodeParameter('outMemberId', itemIndex));
	const paging = readPaging.call(this, itemIndex);
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	const country = this.getNodeParameter('language', itemIndex, 'en') as string;
	const offers = await listOffers.call(
		this,
		API.recommendedOffers,
		(beginPage, pageSize) => ({
			recommendOfferParam: { beginPage, pageSize, country, outMemberId },
		}),
		{ ...paging, pageSize: SEARCH_PAGE_SIZE },
	);
	return simplify ? offers.map(simplifySearchOffer) : offers;
}
