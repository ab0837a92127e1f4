import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { simplifyField } from '../common.descriptions';
import { asText } from '../../../shared/helpers/values';
import { callApi, formatApiId, GatewayError } from '../../../shared/transport';
import { crossBorderPayload } from '../../../shared/helpers/crossBorder';
import { readSearchRequest, SEARCH_HIT_SUMMARY, searchOffers } from './crossBorderSearch';
import {
	downloadImage,
	imageSourceFields,
	isAlibabaImageUrl,
	readImageBinary,
	requireImageUrl,
} from './imageInput';
import { readDownloadOptions } from '../download/downloadOptions';
import { searchFields } from './searchOptions';
import { API } from '../../../shared/apis';

const showFor = { resource: ['product'], operation: ['searchByImage'] };

/** Only reads: input items may run side by side. */
export const readOnly = true;

export const description: INodeProperties[] = [
	...imageSourceFields(showFor, {
		binaryOption: 'An image in the input item, uploaded to 1688 first',
		urlOption:
			'Any public image address: downloaded and uploaded to 1688, or searched directly when it is on 1688',
		what: 'image',
		urlPlaceholder: 'e.g. https://m.media-amazon.com/images/I/71example.jpg',
		urlDescription:
			"Any public http(s) address of a PNG, JPEG, GIF, WebP or BMP image of up to 3 MB (a shop's product photo, a CDN file). Images on 1688 (alicdn.com, e.g. an offer's mainImage) are searched directly; others are downloaded and uploaded to 1688 first. Addresses on n8n's own machine or a private network are refused unless Download Options allow them.",
	}),
	...searchFields(showFor, { withinResults: true }),
	simplifyField(showFor, SEARCH_HIT_SUMMARY),
];

/** Uploads the image (`product.image.upload`, base64 in `uploadImageParam`) and returns its imageId. */
async function uploadImage(this: IExecuteFunctions, bytes: Buffer): Promise<string> {
	const response = await callApi.call(this, API.imageUpload, {
		uploadImageParam: { imageBase64: bytes.toString('base64') },
	});
	const imageId = asText(crossBorderPayload(response));
	if (!imageId) {
		throw new GatewayError({
			api: formatApiId(API.imageUpload),
			code: 'NO_IMAGE_ID',
			gatewayMessage: 'The upload answered without an imageId',
		});
	}
	return imageId;
}

/** The `offerQueryParam` field naming the image: an address on 1688's CDN, or the imageId of an upload. */
async function imageQuery(
	this: IExecuteFunctions,
	itemIndex: number,
	source: string,
): Promise<IDataObject> {
	if (source === 'url') {
		const url = requireImageUrl(this.getNodeParameter('imageUrl', itemIndex));
		if (isAlibabaImageUrl(url)) return { imageAddress: url.toString() };
		const bytes = await downloadImage.call(this, url, readDownloadOptions.call(this, itemIndex));
		return { imageId: await uploadImage.call(this, bytes) };
	}
	return { imageId: await uploadImage.call(this, await readImageBinary.call(this, itemIndex)) };
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const source = this.getNodeParameter('imageSource', itemIndex) as string;
	const search = readSearchRequest.call(this, itemIndex);
	const image = await imageQuery.call(this, itemIndex, source);
	return await searchOffers.call(this, API.imageSearch, {
		...search,
		query: { ...search.query, ...image },
	});
}
