import { createHmac, timingSafeEqual } from 'crypto';

/** Name of the system parameter that carries the request signature. */
export const SIGNATURE_PARAM = '_aop_signature';

/**
 * The path the gateway signs: from the protocol segment on, without `/openapi` or a leading slash,
 * e.g. `param2/1/system/currentTime/1000000`. Accepts a full URL, a path, or an already bare path.
 */
export function signaturePathOf(url: string): string {
	let path = url;
	const scheme = path.indexOf('://');
	if (scheme !== -1) {
		const slash = path.indexOf('/', scheme + 3);
		path = slash === -1 ? '' : path.slice(slash);
	}
	path = path.split(/[?#]/, 1)[0];
	const openapi = path.indexOf('/openapi/');
	if (openapi !== -1) path = path.slice(openapi + '/openapi/'.length);
	return path.replace(/^\/+/, '');
}

/**
 * The message that is signed: the URL path followed by every `key + value` string, the strings
 * sorted in ascending UTF-16 order (what Java's `Collections.sort` does). The strings are sorted,
 * not the keys: with keys that prefix each other (`sort`, `sortType`) the two orders differ.
 */
export function signatureBaseString(urlPath: string, params: Record<string, string>): string {
	const pairs = Object.keys(params)
		.filter((key) => key !== SIGNATURE_PARAM)
		.map((key) => key + params[key]);
	pairs.sort();
	return urlPath + pairs.join('');
}

function hmacSha1Hex(secret: string, message: string): string {
	return createHmac('sha1', Buffer.from(secret, 'utf8'))
		.update(Buffer.from(message, 'utf8'))
		.digest('hex')
		.toUpperCase();
}

/** `_aop_signature` for a request: UPPER(HEX(HMAC-SHA1(appSecret, urlPath + sorted key+value))). */
export function computeSignature(
	appSecret: string,
	urlPath: string,
	params: Record<string, string>,
): string {
	return hmacSha1Hex(appSecret, signatureBaseString(urlPath, params));
}

function constantTimeEqual(expected: string, actual: string): boolean {
	const a = Buffer.from(expected, 'utf8');
	const b = Buffer.from(actual, 'utf8');
	// timingSafeEqual needs equal lengths; compare against itself to keep the timing flat.
	if (a.length !== b.length) {
		timingSafeEqual(a, a);
		return false;
	}
	return timingSafeEqual(a, b);
}

/** One form or query field of a push request: its name and its value exactly as received. */
export type PushField = [name: string, value: string];

/**
 * Signature 1688 puts on a push request: the gateway's rule without a URL path. Every field of the
 * form and of the query string except `_aop_signature` becomes `name + value`; those strings are sorted
 * and joined, and UPPER(HEX(HMAC-SHA1(appSecret, joined))) is the signature. For the usual request,
 * whose only other field is `message`, this is HMAC-SHA1(appSecret, "message" + message).
 */
export function computePushRequestSignature(appSecret: string, fields: PushField[]): string {
	const parts = fields
		.filter(([name]) => name !== SIGNATURE_PARAM)
		.map(([name, value]) => name + value);
	parts.sort();
	return hmacSha1Hex(appSecret, parts.join(''));
}

/** Whether a push request's `_aop_signature` was made with this App Secret over these fields (constant-time). */
export function verifyPushRequestSignature(
	appSecret: string,
	fields: PushField[],
	signature: string | undefined,
): boolean {
	if (!appSecret || typeof signature !== 'string' || signature.trim() === '') return false;
	return constantTimeEqual(
		computePushRequestSignature(appSecret, fields),
		signature.trim().toUpperCase(),
	);
}

/** Signature 1688 puts on a push message sent as one `message` field: UPPER(HEX(HMAC-SHA1(appSecret, "message" + message))). */
export function computePushSignature(appSecret: string, message: string): string {
	return computePushRequestSignature(appSecret, [['message', message]]);
}

/** Whether a push message's `_aop_signature` was made with this App Secret (constant-time). */
export function verifyPushSignature(
	appSecret: string,
	message: string,
	signature: string,
): boolean {
	if (typeof message !== 'string') return false;
	return verifyPushRequestSignature(appSecret, [['message', message]], signature);
}
