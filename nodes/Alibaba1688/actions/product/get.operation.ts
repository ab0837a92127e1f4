import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { simplifyField } from '../common.descriptions';
import {
	listingFromCrossBorder,
	listingRowsPerSku,
	listingFromProductInfo,
	withListingKeys,
} from '../../helpers/listingProduct';
import { productRowsPerSku, withProductKeys } from '../../helpers/productRows';
import { crossBorderPayload } from '../../../shared/helpers/crossBorder';
import {
	simplifyCrossBorderDetail,
	simplifyProductInfo,
} from '../../../shared/helpers/simplifyProduct';
import { requireOfferId } from '../../../shared/helpers/validation';
import { asObject, type Json } from '../../../shared/helpers/values';
import { productSourceOf, readOfferDetail } from '../../../shared/productSource';
import { currencyField, languageField, offerIdField } from './productFields';
import { PRODUCT_SOURCE_OPTIONS } from '../../../shared/fields';

const showFor = { resource: ['product'], operation: ['get'] };
// Automatic reads the cross-border detail for an app on the cross-border solution: its language and currency apply then.
const showForCrossBorder = { ...showFor, source: ['automatic', 'crossBorder'] };

/** Only reads: input items may run side by side. */
export const readOnly = true;

export const description: INodeProperties[] = [
	offerIdField(
		showFor,
		'The offer (product listing) ID, 12-13 digits as Search gives it in offerId, or the offer page URL such as https://detail.1688.com/offer/624392716873.html',
	),
	{
		displayName: 'Source',
		name: 'source',
		type: 'options',
		default: 'automatic',
		description:
			'Which 1688 API to read the offer from; both give the same simplified shape. Automatic fits every app: the authorised product API where the app is granted it, else (apps on the cross-border solution) the cross-border detail.',
		displayOptions: { show: showFor },
		options: PRODUCT_SOURCE_OPTIONS,
	},
	languageField(showForCrossBorder),
	currencyField(showForCrossBorder),
	simplifyField(showFor, 'product with one entry per SKU'),
	{
		displayName: 'Output',
		name: 'output',
		type: 'options',
		default: 'compact',
		description: 'The shape of the simplified offer',
		displayOptions: { show: { ...showFor, simplify: [true] } },
		options: [
			{
				name: 'Compact',
				value: 'compact',
				description:
					'About 15 fields: title, lowest price, price ranges, stock and the SKUs with price and stock',
			},
			{
				name: 'Listing-Ready',
				value: 'listing',
				description:
					'For a shop listing or a spreadsheet: every image, translated title and description, product attributes, variant options, dropship price, MOQ price ladder, foreign-currency prices, each SKU\'s weight (kg) and size (cm). Richest with Source "Cross-Border Detail".',
			},
		],
	},
	{
		displayName: 'One Item per SKU',
		name: 'oneItemPerSku',
		type: 'boolean',
		default: false,
		description:
			"Whether to output one item per SKU (the offer's fields repeated, plus skuId, specId, attributes, skuPrice, skuStock and the other SKU fields), as a spreadsheet row or a shop variant needs",
		displayOptions: { show: { ...showFor, simplify: [true] } },
	},
];

/** The offer as the chosen API sends it (raw), and its compact and listing shapes. */
interface OfferRead {
	raw: IDataObject;
	compact: () => ReturnType<typeof simplifyCrossBorderDetail>;
	listing: () => Json;
}

async function readOffer(
	this: IExecuteFunctions,
	itemIndex: number,
	offerId: string,
): Promise<OfferRead> {
	const source = productSourceOf(this.getNodeParameter('source', itemIndex, 'automatic'));
	const currency = (this.getNodeParameter('currency', itemIndex, '') as string) || undefined;
	const language = this.getNodeParameter('language', itemIndex, 'en') as string;
	const { api, raw } = await readOfferDetail.call(this, offerId, source, { language, currency });
	if (api === 'crossBorder') {
		const model = asObject(crossBorderPayload(raw));
		return {
			raw,
			compact: () => simplifyCrossBorderDetail(model, currency),
			listing: () => listingFromCrossBorder(model, currency),
		};
	}
	return {
		raw,
		compact: () => simplifyProductInfo(raw.productInfo),
		listing: () => listingFromProductInfo(raw.productInfo),
	};
}

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<IDataObject | IDataObject[]> {
	const offerId = requireOfferId('Offer ID', this.getNodeParameter('offerId', itemIndex));
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	const offer = await readOffer.call(this, itemIndex, offerId);
	if (!simplify) return offer.raw;
	const perSku = this.getNodeParameter('oneItemPerSku', itemIndex, false) as boolean;
	if (this.getNodeParameter('output', itemIndex, 'compact') === 'listing') {
		const listing = offer.listing();
		return perSku ? listingRowsPerSku(listing) : withListingKeys(listing);
	}
	const product = offer.compact();
	return perSku ? productRowsPerSku(product) : withProductKeys(product);
}
