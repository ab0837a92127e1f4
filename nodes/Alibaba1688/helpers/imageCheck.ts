/**
 * Checks an image before it is uploaded to 1688's image search (product.image.upload-1): its format, read
 * from its first bytes whatever its name or Content-Type says, and its size.
 */

/**
 * The most the package uploads. product.image.upload-1.md names no limit; 3 MB of image is 4 MB of base64
 * in the signed form, and a photo for a visual search needs far less. A larger image is refused here, with
 * its size, rather than by the gateway with a bare error.
 */
export const MAX_IMAGE_BYTES = 3 * 1024 * 1024;

/** The first bytes of the image formats the package sends to the image search. */
const IMAGE_SIGNATURES: Array<[format: string, test: (bytes: Buffer) => boolean]> = [
	['PNG', (bytes) => bytes.subarray(0, 4).toString('hex') === '89504e47'],
	['JPEG', (bytes) => bytes.subarray(0, 3).toString('hex') === 'ffd8ff'],
	['GIF', (bytes) => bytes.subarray(0, 4).toString('latin1') === 'GIF8'],
	[
		'WebP',
		(bytes) =>
			bytes.subarray(0, 4).toString('latin1') === 'RIFF' &&
			bytes.subarray(8, 12).toString('latin1') === 'WEBP',
	],
	['BMP', (bytes) => bytes.subarray(0, 2).toString('latin1') === 'BM'],
];

export const IMAGE_FORMATS = IMAGE_SIGNATURES.map(([format]) => format);

/** PNG, JPEG, GIF, WebP or BMP; undefined for anything else. */
export function imageFormat(bytes: Buffer): string | undefined {
	return IMAGE_SIGNATURES.find(([, test]) => test(bytes))?.[0];
}

/** `2.4 MB`, `310 KB`, `120 bytes`. */
export function formatBytes(count: number): string {
	if (count >= 1024 * 1024) return `${(count / (1024 * 1024)).toFixed(1)} MB`;
	if (count >= 1024) return `${Math.round(count / 1024)} KB`;
	return `${count} bytes`;
}

/** Well-known non-image contents, told by their first bytes. */
const OTHER_SIGNATURES: Array<[what: string, test: (start: string, bytes: Buffer) => boolean]> = [
	['an HTML page', (start) => /^<(!doctype html|html|head|body)/i.test(start)],
	['an SVG drawing (1688 reads pixels only)', (start) => /^(<\?xml[^>]*>\s*)?<svg/i.test(start)],
	['XML', (start) => start.startsWith('<?xml')],
	['JSON', (start) => start.startsWith('{') || start.startsWith('[')],
	['a PDF document', (start) => start.startsWith('%PDF')],
	['a ZIP archive', (_, bytes) => bytes.subarray(0, 4).toString('hex') === '504b0304'],
	['an MP4 or MOV video', (_, bytes) => bytes.subarray(4, 8).toString('latin1') === 'ftyp'],
];

/** A Content-Type worth repeating in a message: a plain `type/subtype`, nothing a server could hide text in. */
function shownType(contentType?: string): string {
	return contentType && /^[\w.+-]{1,40}\/[\w.+-]{1,60}$/.test(contentType)
		? ` (${contentType})`
		: '';
}

export interface DescribeOptions {
	/**
	 * Whether the first bytes of unknown content may be quoted (text starting "…", 0x…). Off for what a server
	 * answered: quoting it would let a URL read other servers' answers through the error.
	 */
	quote?: boolean;
}

/** What non-image bytes are, for an error message: "an HTML page (text/html)". */
export function describeContent(
	bytes: Buffer,
	contentType?: string,
	{ quote = true }: DescribeOptions = {},
): string {
	const start = bytes
		.subarray(0, 64)
		.toString('utf8')
		.replace(/^\uFEFF/, '')
		.trimStart();
	const known = OTHER_SIGNATURES.find(([, test]) => test(start, bytes))?.[0];
	const type = shownType(contentType);
	if (known) return `${known}${type}`;
	const isText = /^[\t\n\r\x20-\x7e]{8,}/.test(start);
	if (!quote) return `${isText ? 'text' : 'unknown data'}${type}`;
	if (isText) return `text starting "${start.slice(0, 30).replace(/\s+/g, ' ').trim()}"${type}`;
	return `unknown data starting 0x${bytes.subarray(0, 4).toString('hex')}${type}`;
}

/**
 * What an upload takes: image formats (read from the first bytes), the most bytes, and how messages name who
 * takes it. The image search's are the default; Refund → Upload Evidence has its own (actions/refund/uploadEvidence.operation.ts).
 */
export interface ImageRules {
	formats: string[];
	maxBytes: number;
	/** Ends "above the 3.0 MB …": e.g. "the image search accepts". */
	acceptedBy: string;
	/** The hint of the input error. */
	hint: string;
}

export const IMAGE_SEARCH_RULES: ImageRules = {
	formats: IMAGE_FORMATS,
	maxBytes: MAX_IMAGE_BYTES,
	acceptedBy: 'the image search accepts',
	hint: 'The image search reads PNG, JPEG, GIF, WebP and BMP images of up to 3 MB.',
};

/** `is too large: 3.2 MB (3355443 bytes), above the 3.0 MB the image search accepts` (`acceptedBy`). */
export function tooLargeProblem(byteCount: number, maxBytes: number, acceptedBy: string): string {
	return `is too large: ${formatBytes(byteCount)} (${byteCount} bytes), above the ${formatBytes(maxBytes)} ${acceptedBy}`;
}

export interface ImageCheckOptions extends DescribeOptions {
	/** The upload's formats and size (the image search's by default). */
	rules?: ImageRules;
}

/**
 * What is wrong with the bytes as an image for 1688's image search (or the upload `rules` describe), or undefined
 * when they are an image of an accepted format and size. `contentType` is what the bytes were labelled, for the
 * message.
 */
export function imageProblem(
	bytes: Buffer,
	contentType?: string,
	{ rules = IMAGE_SEARCH_RULES, ...describe }: ImageCheckOptions = {},
): string | undefined {
	if (bytes.length === 0) return 'is empty (0 bytes)';
	const format = imageFormat(bytes);
	if (!format || !rules.formats.includes(format)) {
		return `is not an image (${rules.formats.join(', ')}): it is ${format ? `a ${format} image` : describeContent(bytes, contentType, describe)}`;
	}
	if (bytes.length > rules.maxBytes)
		return tooLargeProblem(bytes.length, rules.maxBytes, rules.acceptedBy);
	return undefined;
}
