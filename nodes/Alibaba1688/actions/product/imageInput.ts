import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { IMAGE_SEARCH_RULES, imageProblem, type ImageRules } from '../../helpers/imageCheck';
import { InputError } from '../../../shared/helpers/inputError';
import { safeUrlInput, safeUrlText } from '../../helpers/urlText';
import { requireText } from '../../../shared/helpers/validation';
import {
	DEFAULT_TIME_LIMIT_SECONDS,
	downloadOptionsField,
	type DownloadOptions,
} from '../download/downloadOptions';
import { downloadPublicFile } from '../download/publicDownload';

const BINARY_FIELD = 'Input Binary Field';
const URL_FIELD = 'Image URL';

/** What the image fields of an operation say about its image (the search's, a refund's evidence photo). */
export interface ImageSourceTexts {
	binaryOption: string;
	urlOption: string;
	/** Names the image in the binary field's hint: "image", "photo". */
	what: string;
	urlPlaceholder: string;
	urlDescription: string;
}

/** The image of an operation: a binary property of the item or an image URL, with the download's options. */
export function imageSourceFields(
	show: Record<string, string[]>,
	texts: ImageSourceTexts,
): INodeProperties[] {
	const fromUrl = { ...show, imageSource: ['url'] };
	return [
		{
			displayName: 'Image Source',
			name: 'imageSource',
			type: 'options',
			default: 'binary',
			displayOptions: { show },
			options: [
				{ name: 'Binary File', value: 'binary', description: texts.binaryOption },
				{ name: 'Image URL', value: 'url', description: texts.urlOption },
			],
		},
		{
			displayName: BINARY_FIELD,
			name: 'binaryPropertyName',
			type: 'string',
			required: true,
			default: 'data',
			hint: `The name of the input binary field containing the ${texts.what}`,
			displayOptions: { show: { ...show, imageSource: ['binary'] } },
		},
		{
			displayName: URL_FIELD,
			name: 'imageUrl',
			type: 'string',
			required: true,
			default: '',
			placeholder: texts.urlPlaceholder,
			description: texts.urlDescription,
			displayOptions: { show: fromUrl },
		},
		downloadOptionsField(fromUrl),
	];
}

/**
 * The image bytes in the item's binary property. A missing property, or a file that is not an image or is
 * too large (for the image search, or the upload `rules` describe), is an input error found before anything is uploaded.
 */
export async function readImageBinary(
	this: IExecuteFunctions,
	itemIndex: number,
	rules: ImageRules = IMAGE_SEARCH_RULES,
): Promise<Buffer> {
	const property = requireText(
		BINARY_FIELD,
		this.getNodeParameter('binaryPropertyName', itemIndex),
	);
	const binary = this.getInputData()[itemIndex]?.binary?.[property];
	if (!binary) {
		throw new InputError(
			BINARY_FIELD,
			`the input item has no binary property "${property}"`,
			'Pass the image as a binary file (e.g. from an HTTP Request or Read/Write Files node) and name its property here, or use Image Source "Image URL".',
		);
	}
	this.helpers.assertBinaryData(itemIndex, property);
	const bytes = await this.helpers.getBinaryDataBuffer(itemIndex, property);
	const problem = imageProblem(bytes, binary.mimeType || undefined, { rules });
	if (problem)
		throw new InputError(BINARY_FIELD, `the binary property "${property}" ${problem}`, rules.hint);
	return bytes;
}

/** A public http(s) image URL, trimmed; anything else is an input error naming the field. */
export function requireImageUrl(value: unknown): URL {
	const text = requireText(URL_FIELD, value);
	let url: URL | undefined;
	try {
		url = new URL(text);
	} catch {
		url = undefined;
	}
	if (!url || !/^https?:$/.test(url.protocol)) {
		throw new InputError(
			URL_FIELD,
			`must be an http or https address of an image, got ${safeUrlInput(text)}`,
		);
	}
	return url;
}

/**
 * An image already on 1688's CDN (alicdn.com, 1688.com): the image search reads it by address
 * (`imageAddress`, "only used in the scenario of querying with a 1688 image link", imageQuery-1.md), so it
 * needs neither a download nor an upload.
 */
export function isAlibabaImageUrl(url: URL): boolean {
	return /(^|\.)(alicdn\.com|1688\.com)$/.test(url.hostname.toLowerCase());
}

/** By default only public addresses, within 30 seconds. */
const PUBLIC_ONLY: DownloadOptions = {
	allowPrivateNetwork: false,
	timeLimitSeconds: DEFAULT_TIME_LIMIT_SECONDS,
};

/**
 * Downloads an image from a URL (no credential: the address is the user's, not 1688's) with the guards of
 * downloadPublicFile (public addresses only unless `options.allowPrivateNetwork`, redirects checked hop by hop,
 * at most the upload's size read, one time limit) and checks it is an image for the image search (or the upload
 * `rules` describe): every failure is an input error naming the field, with the HTTP status, the kind of content
 * (never its text) or the size.
 */
export async function downloadImage(
	this: IExecuteFunctions,
	url: URL,
	options: DownloadOptions = PUBLIC_ONLY,
	rules: ImageRules = IMAGE_SEARCH_RULES,
): Promise<Buffer> {
	const { bytes, contentType } = await downloadPublicFile.call(this, url, {
		...options,
		field: URL_FIELD,
		maxBytes: rules.maxBytes,
		limitOwner: rules.acceptedBy,
	});
	const problem = imageProblem(bytes, contentType, { quote: false, rules });
	if (problem) throw new InputError(URL_FIELD, `${safeUrlText(url)} ${problem}`, rules.hint);
	return bytes;
}
