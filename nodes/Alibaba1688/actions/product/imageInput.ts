import type { IExecuteFunctions } from 'n8n-workflow';

import { InputError } from '../../../shared/helpers/inputError';
import { requireText } from '../../../shared/helpers/validation';

const BINARY_FIELD = 'Input Binary Field';

/** The first bytes of the image formats 1688's image search reads. */
const IMAGE_SIGNATURES: Array<[format: string, test: (bytes: Buffer) => boolean]> = [
	['PNG', (bytes) => bytes.subarray(0, 4).toString('hex') === '89504e47'],
	['JPEG', (bytes) => bytes.subarray(0, 3).toString('hex') === 'ffd8ff'],
	['GIF', (bytes) => bytes.subarray(0, 4).toString('latin1') === 'GIF8'],
	['WebP', (bytes) => bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP'],
	['BMP', (bytes) => bytes.subarray(0, 2).toString('latin1') === 'BM'],
];

export function imageFormat(bytes: Buffer): string | undefined {
	return IMAGE_SIGNATURES.find(([, test]) => test(bytes))?.[0];
}

/**
 * The image bytes in the item's binary property. A missing property or a file that is not an image
 * is an input error, found before anything is uploaded.
 */
export async function readImageBinary(this: IExecuteFunctions, itemIndex: number): Promise<Buffer> {
	const property = requireText(BINARY_FIELD, this.getNodeParameter('binaryPropertyName', itemIndex));
	const binary = this.getInputData()[itemIndex]?.binary?.[property];
	if (!binary) {
		throw new InputError(
			BINARY_FIELD,
			`the input item has no binary property "${property}"`,
			'Pass the image as a binary file (e.g. from an HTTP Request or Read/Write Files node) and name its property here.',
		);
	}
	this.helpers.assertBinaryData(itemIndex, property);
	const bytes = await this.helpers.getBinaryDataBuffer(itemIndex, property);
	if (bytes.length === 0) throw new InputError(BINARY_FIELD, `the binary property "${property}" is empty`);
	if (!imageFormat(bytes)) {
		throw new InputError(
			BINARY_FIELD,
			`the binary property "${property}" is not a PNG, JPEG, GIF, WebP or BMP image (${binary.mimeType || 'unknown type'})`,
		);
	}
	return bytes;
}

/** An image URL on 1688's own CDN, the only kind the image search promises to read. */
export function requireImageUrl(field: string, value: unknown): string {
	const text = requireText(field, value);
	let host: string | undefined;
	try {
		const url = new URL(text);
		host = /^https?:$/.test(url.protocol) ? url.hostname.toLowerCase() : undefined;
	} catch {
		host = undefined;
	}
	if (!host || !/(^|\.)(alicdn\.com|1688\.com)$/.test(host)) {
		throw new InputError(
			field,
			`must be an image URL on 1688's CDN (https://cbu01.alicdn.com/...), got ${text.length > 60 ? `${text.slice(0, 57)}...` : text}`,
			'For any other image, download it with an HTTP Request node and use Image Source "Binary File".',
		);
	}
	return text;
}
