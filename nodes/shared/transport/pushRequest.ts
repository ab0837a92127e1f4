import type { IDataObject } from 'n8n-workflow';

import { parseJsonObject } from './json';
import { SIGNATURE_PARAM, verifyPushRequestSignature, type PushField } from './signature';

/**
 * A push request as 1688 sends it: a POSTed form whose fields are either the message as one JSON
 * text (`message`), or the message's envelope fields one by one (`msgId`, `type`, `data`, …), plus
 * `_aop_signature`; fields may also come in the query string. All of them are signed together.
 */
export interface PushRequest {
	/** Every field of the query string and the form, in that order, values exactly as received. */
	fields: PushField[];
	signature?: string;
}

/** The envelope fields a message may arrive as, when it does not come as one `message` JSON text. */
const ENVELOPE_FIELDS = ['msgId', 'type', 'userInfo', 'gmtBorn', 'bizKey', 'data'];

function formFields(text: string): PushField[] {
	return [...new URLSearchParams(text)];
}

function queryOf(url: unknown): string {
	if (typeof url !== 'string') return '';
	const start = url.indexOf('?');
	return start === -1 ? '' : url.slice(start + 1).split('#', 1)[0];
}

/** Fields n8n parsed itself, used only when the raw body is not at hand (a value may be a list when repeated). */
function parsedFields(body: IDataObject): PushField[] {
	return Object.entries(body).flatMap(([name, value]) =>
		(Array.isArray(value) ? value : [value])
			.filter((entry) => typeof entry === 'string')
			.map((entry): PushField => [name, entry as string]),
	);
}

/**
 * Reads a push request from what n8n hands a webhook: the raw body (read as a url-encoded form, so
 * every value is exactly what was signed, whatever content type was declared), else the body n8n
 * parsed, plus the query string of the request URL.
 */
export function readPushRequest(body: unknown, rawBody: unknown, url: unknown): PushRequest {
	let bodyFields: PushField[];
	if (rawBody instanceof Uint8Array || (typeof rawBody === 'string' && rawBody !== '')) {
		bodyFields = formFields(Buffer.from(rawBody).toString('utf8'));
	} else if (typeof body === 'string') {
		bodyFields = formFields(body);
	} else if (typeof body === 'object' && body !== null && !Array.isArray(body)) {
		bodyFields = parsedFields(body as IDataObject);
	} else {
		bodyFields = [];
	}
	const fields = [...formFields(queryOf(url)), ...bodyFields];
	const signature = [...bodyFields, ...fields].find(([name]) => name === SIGNATURE_PARAM)?.[1];
	return { fields, signature };
}

/**
 * The most a push request may hold. 1688's documented messages are well under 1 KB (a stock message lists
 * one entry per changed SKU; the messages-en pages of the doc mirror), so 1 MB leaves a wide margin. A
 * message comes as `message` + `_aop_signature`, or as six envelope fields + the signature, plus the odd
 * system field: 100 fields leave a wide margin too.
 */
export const MAX_PUSH_BYTES = 1024 * 1024;
export const MAX_PUSH_FIELDS = 100;

/** How many `&` separators `text` (or a byte buffer) holds, counted up to `max` + 1 at most. */
function separators(text: string | Uint8Array, max: number): number {
	const bytes =
		typeof text === 'string'
			? undefined
			: Buffer.from(text.buffer, text.byteOffset, text.byteLength);
	let count = 0;
	let at = -1;
	while (count <= max) {
		at = bytes ? bytes.indexOf(0x26, at + 1) : (text as string).indexOf('&', at + 1);
		if (at === -1) break;
		count++;
	}
	return count;
}

/** How many fields a text or parsed body holds (a field per `&`-separated part), counted up to `max` + 1 at most. */
function fieldCount(body: string | Uint8Array | object, max: number): number {
	if (typeof body === 'string' || body instanceof Uint8Array)
		return body.length === 0 ? 0 : separators(body, max) + 1;
	let count = 0;
	for (const key in body) {
		if (Object.prototype.hasOwnProperty.call(body, key) && ++count > max) break;
	}
	return count;
}

/**
 * Why a request is too large to be a 1688 push message (the text of a 413 answer), or undefined. Checked
 * before anything is parsed or signed, at a cost that does not grow with the number of fields: the size is
 * read, and fields are counted only up to the limit.
 */
export function pushRequestTooLarge(
	body: unknown,
	rawBody: unknown,
	url: unknown,
): string | undefined {
	const raw =
		rawBody instanceof Uint8Array || (typeof rawBody === 'string' && rawBody !== '')
			? rawBody
			: typeof body === 'string'
				? body
				: undefined;
	const size =
		raw === undefined ? 0 : typeof raw === 'string' ? Buffer.byteLength(raw) : raw.byteLength;
	if (size > MAX_PUSH_BYTES)
		return `Request too large: a 1688 push message is at most ${MAX_PUSH_BYTES} bytes`;
	const parsed = typeof body === 'object' && body !== null ? body : '';
	const fields =
		fieldCount(queryOf(url), MAX_PUSH_FIELDS) + fieldCount(raw ?? parsed, MAX_PUSH_FIELDS);
	return fields > MAX_PUSH_FIELDS
		? `Too many fields: a 1688 push message has at most ${MAX_PUSH_FIELDS}`
		: undefined;
}

/** Whether the request carries a signature made with this App Secret over all of its fields. */
export function isSignedBy(appSecret: string, request: PushRequest): boolean {
	return verifyPushRequestSignature(appSecret, request.fields, request.signature);
}

/**
 * The message a verified push request carries, as an object: the `message` field's JSON, or the
 * envelope fields given one by one (a form field wins over a query field of the same name). Undefined
 * when there is neither a JSON object in `message` nor any envelope field.
 */
export function pushEnvelope(request: PushRequest): IDataObject | undefined {
	const form = new Map<string, string>();
	// Later entries are the form's: they win over the query string's.
	for (const [name, value] of request.fields) form.set(name, value);
	const message = form.get('message');
	if (message !== undefined) return parseJsonObject(message);
	const present = ENVELOPE_FIELDS.filter((name) => form.has(name));
	if (present.length === 0) return undefined;
	return Object.fromEntries(present.map((name) => [name, form.get(name)]));
}
