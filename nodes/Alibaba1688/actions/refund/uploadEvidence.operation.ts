import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { formatBytes, imageFormat, type ImageRules } from '../../helpers/imageCheck';
import { asObject, asText } from '../../../shared/helpers/values';
import { callApi, formatApiId, GatewayError } from '../../../shared/transport';
import { readDownloadOptions } from '../download/downloadOptions';
import {
	downloadImage,
	imageSourceFields,
	readImageBinary,
	requireImageUrl,
} from '../product/imageInput';
import { API } from '../../../shared/apis';

const showFor = { resource: ['refund'], operation: ['uploadEvidence'] };

/**
 * What uploadRefundVoucher takes. Its page says "less than 1MB, jpg format"; refund.returnGoods-1, which takes the
 * same vouchers, lists jpg, gif, jpeg, png and bmp: the package sends those four formats (read from the first bytes),
 * under 1 MB, and refuses anything else before uploading.
 */
export const EVIDENCE_RULES: ImageRules = {
	formats: ['JPEG', 'PNG', 'GIF', 'BMP'],
	maxBytes: 1024 * 1024 - 1,
	acceptedBy: '1688 takes as refund evidence (less than 1 MB)',
	hint: 'Refund evidence is a JPEG, PNG, GIF or BMP photo of less than 1 MB: resize or compress it first (e.g. with the Edit Image node).',
};

const EXTENSIONS: Record<string, [string, string]> = {
	JPEG: ['jpg', 'image/jpeg'],
	PNG: ['png', 'image/png'],
	GIF: ['gif', 'image/gif'],
	BMP: ['bmp', 'image/bmp'],
};

/** Only stores a photo on 1688 (it changes no order or refund): input items may run side by side. */
export const readOnly = true;

export const description: INodeProperties[] = [
	...imageSourceFields(showFor, {
		binaryOption: 'A photo in the input item',
		urlOption: 'Any public image address: downloaded, checked and uploaded',
		what: 'photo',
		urlPlaceholder: 'e.g. https://shop.example.com/returns/R-1001/photo.jpg',
		urlDescription:
			"A public http(s) address of the photo (JPEG, PNG, GIF or BMP, less than 1 MB), e.g. from the customer's return form",
	}),
];

/**
 * Uploads one evidence photo (alibaba.trade.uploadRefundVoucher, the multipart part `imageData`) and gives the
 * address Refund → Create's Evidence and Submit Return Shipment's Evidence take: `voucherUrl`, the "image
 * domain/relative path" of the page.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const source = this.getNodeParameter('imageSource', itemIndex, 'binary') as string;
	const bytes =
		source === 'url'
			? await downloadImage.call(
					this,
					requireImageUrl(this.getNodeParameter('imageUrl', itemIndex)),
					readDownloadOptions.call(this, itemIndex),
					EVIDENCE_RULES,
				)
			: await readImageBinary.call(this, itemIndex, EVIDENCE_RULES);
	const format = imageFormat(bytes) ?? 'JPEG';
	const [extension, contentType] = EXTENSIONS[format] ?? EXTENSIONS.JPEG;
	const file = { name: 'imageData', fileName: `evidence.${extension}`, contentType, bytes };
	// Storing a photo changes no order or refund: retried like a read after a passing fault.
	const response = await callApi.call(this, API.refundVoucherUpload, {}, { file });
	const stored = asObject(asObject(response.result).result);
	const domain = asText(stored.imageDomain);
	// The page names it imageRelativeUrl; some SDKs read imageRelativeURL.
	const path = asText(stored.imageRelativeUrl) ?? asText(stored.imageRelativeURL);
	if (!domain || !path) {
		throw new GatewayError({
			api: formatApiId(API.refundVoucherUpload),
			code: 'NO_VOUCHER_PATH',
			gatewayMessage: 'The upload answered without an image domain and path',
		});
	}
	return {
		voucherUrl: `${domain.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`,
		imageDomain: domain,
		imageRelativeUrl: path,
		format,
		size: formatBytes(bytes.length),
	};
}
