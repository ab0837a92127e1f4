import type { IExecuteFunctions, IN8nHttpFullResponse } from 'n8n-workflow';

import { IMAGE_SEARCH_RULES, imageProblem, type ImageRules } from '../../../shared/helpers/imageCheck';
import { InputError } from '../../../shared/helpers/inputError';
import { requireText } from '../../../shared/helpers/validation';

const BINARY_FIELD = 'Input Binary Field';
const URL_FIELD = 'Image URL';

/** How long a download of a public image may take. */
const DOWNLOAD_TIMEOUT_MS = 30_000;

/**
 * The image bytes in the item's binary property. A missing property, or a file that is not an image or is
 * too large (for the image search, or the upload `rules` describe), is an input error found before anything is uploaded.
 */
export async function readImageBinary(this: IExecuteFunctions, itemIndex: number, rules: ImageRules = IMAGE_SEARCH_RULES): Promise<Buffer> {
	const property = requireText(BINARY_FIELD, this.getNodeParameter('binaryPropertyName', itemIndex));
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
	const problem = imageProblem(bytes, binary.mimeType || undefined, rules);
	if (problem) throw new InputError(BINARY_FIELD, `the binary property "${property}" ${problem}`, rules.hint);
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
		throw new InputError(URL_FIELD, `must be an http or https address of an image, got ${text.length > 60 ? `${text.slice(0, 57)}...` : text}`);
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

/**
 * Why a download failed, in words: n8n replaces a whole error message that holds a network code such as
 * ECONNREFUSED with its own generic text, which would lose the address and the field.
 */
const NETWORK_FAILURES: Array<[pattern: RegExp, reason: string]> = [
	[/ECONNREFUSED|refused/i, 'the server refused the connection'],
	[/ENOTFOUND|EAI_AGAIN|getaddrinfo/i, 'the host name could not be resolved'],
	[/ETIMEDOUT|ECONNABORTED|timeout/i, `no answer within ${DOWNLOAD_TIMEOUT_MS / 1000} seconds`],
	[/ECONNRESET|socket hang up/i, 'the connection was reset'],
	[/CERT|SSL|TLS/i, 'its TLS certificate was not accepted'],
];

function downloadFailure(error: unknown): string {
	const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
	const text = `${String(code ?? '')} ${String(message ?? '')}`;
	return NETWORK_FAILURES.find(([pattern]) => pattern.test(text))?.[1] ?? 'the request failed';
}

function header(response: IN8nHttpFullResponse, name: string): string | undefined {
	const value = response.headers?.[name];
	return typeof value === 'string' && value !== '' ? value.split(';')[0].trim() : undefined;
}

/**
 * Downloads a public image (no credential: the address is the user's, not 1688's) and checks it (for the image
 * search, or the upload `rules` describe): a failed download, an answer that is not an image, or an image that is too
 * large is an input error saying which, with the HTTP status, what the answer was, or the size.
 */
export async function downloadImage(this: IExecuteFunctions, url: URL, rules: ImageRules = IMAGE_SEARCH_RULES): Promise<Buffer> {
	let response: IN8nHttpFullResponse | undefined;
	let failure: unknown;
	try {
		response = (await this.helpers.httpRequest({
			method: 'GET',
			url: url.toString(),
			encoding: 'arraybuffer',
			json: false,
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
			timeout: DOWNLOAD_TIMEOUT_MS,
		})) as IN8nHttpFullResponse;
	} catch (error) {
		failure = error;
	}
	if (!response) {
		throw new InputError(URL_FIELD, `${url.toString()} could not be downloaded: ${downloadFailure(failure)}`, 'Check that the address is public and reachable from n8n.');
	}
	if (response.statusCode < 200 || response.statusCode > 299) {
		throw new InputError(
			URL_FIELD,
			`${url.toString()} is not reachable: the server answered HTTP ${response.statusCode}`,
			'Open the address in a browser: it must show the image itself to anyone, without signing in.',
		);
	}
	const body = response.body as unknown;
	const bytes = Buffer.isBuffer(body) ? body : Buffer.from(body as ArrayBuffer);
	const problem = imageProblem(bytes, header(response, 'content-type'), rules);
	if (problem) throw new InputError(URL_FIELD, `${url.toString()} ${problem}`, rules.hint);
	return bytes;
}
