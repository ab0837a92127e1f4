import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit, simplifyField } from '../common.descriptions';
import { asText } from '../../../shared/helpers/values';
import { callApi, GatewayError } from '../../../shared/transport';
import { formatApiId } from '../../../shared/transport/api';
import { crossBorderPayload } from '../../../shared/helpers/crossBorder';
import { readSearchRequest, searchOffers } from './crossBorderSearch';
import { readImageBinary, requireImageUrl } from './imageInput';
import { searchFields } from './searchOptions';
import { API } from '../../../shared/apis';

const showFor = { resource: ['product'], operation: ['searchByImage'] };

/** Only reads: input items may run side by side. */
export const readOnly = true;

export const description: INodeProperties[] = [
	{
		displayName: 'Image Source',
		name: 'imageSource',
		type: 'options',
		default: 'binary',
		displayOptions: { show: showFor },
		options: [
			{ name: 'Binary File', value: 'binary', description: 'An image in the input item, uploaded to 1688 first' },
			{ name: 'Image URL', value: 'url', description: 'An image already on 1688 (alicdn.com)' },
		],
	},
	{
		displayName: 'Input Binary Field',
		name: 'binaryPropertyName',
		type: 'string',
		required: true,
		default: 'data',
		hint: 'The name of the input binary field containing the image',
		displayOptions: { show: { ...showFor, imageSource: ['binary'] } },
	},
	{
		displayName: 'Image URL',
		name: 'imageUrl',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'https://cbu01.alicdn.com/img/ibank/O1CN01example.jpg',
		description: 'An image URL on 1688\'s CDN, e.g. the mainImage of an offer',
		displayOptions: { show: { ...showFor, imageSource: ['url'] } },
	},
	...searchFields(showFor, { withinResults: true }),
	...returnAllOrLimit(showFor),
	simplifyField(showFor, 'offer (offerId, title, titleTranslated, price, mainImage, monthSold, url)'),
];

/** Uploads the image (`product.image.upload`, base64 in `uploadImageParam`) and returns its imageId. */
async function uploadImage(this: IExecuteFunctions, bytes: Buffer): Promise<string> {
	const response = await callApi.call(this, API.imageUpload, { uploadImageParam: { imageBase64: bytes.toString('base64') } });
	const imageId = asText(crossBorderPayload(response));
	if (!imageId) {
		throw new GatewayError({ api: formatApiId(API.imageUpload), code: 'NO_IMAGE_ID', gatewayMessage: 'The upload answered without an imageId' });
	}
	return imageId;
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const source = this.getNodeParameter('imageSource', itemIndex) as string;
	const search = readSearchRequest.call(this, itemIndex);
	if (source === 'url') {
		const imageAddress = requireImageUrl('Image URL', this.getNodeParameter('imageUrl', itemIndex));
		return await searchOffers.call(this, API.imageSearch, { ...search, query: { ...search.query, imageAddress } });
	}
	const imageId = await uploadImage.call(this, await readImageBinary.call(this, itemIndex));
	return await searchOffers.call(this, API.imageSearch, { ...search, query: { ...search.query, imageId } });
}
