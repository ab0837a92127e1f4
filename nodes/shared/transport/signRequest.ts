import type { IDataObject, IHttpRequestOptions } from 'n8n-workflow';

import { computeSignature, SIGNATURE_PARAM, signaturePathOf } from './signature';

export const ACCESS_TOKEN_PARAM = 'access_token';
export const TIMESTAMP_PARAM = '_aop_timestamp';

export interface SigningSecrets {
	appSecret: string;
	accessToken?: string;
}

/** n8n's legacy request options (HTTP Request node) carry a form body in `form`. */
type SignableRequest = IHttpRequestOptions & { form?: IDataObject; uri?: string };

const FORM_CONTENT_TYPE = 'application/x-www-form-urlencoded';

function asStringRecord(source: unknown): Record<string, string> | undefined {
	if (source === undefined || source === null || source === '') return {};
	if (typeof source === 'string') return Object.fromEntries(new URLSearchParams(source));
	if (source instanceof URLSearchParams) return Object.fromEntries(source);
	if (typeof source !== 'object' || Buffer.isBuffer(source) || Array.isArray(source))
		return undefined;
	// FormData (multipart, e.g. image upload): its parts are not signed and are left in place.
	if (typeof (source as { getHeaders?: unknown }).getHeaders === 'function') return undefined;
	const record: Record<string, string> = {};
	for (const [key, value] of Object.entries(source as IDataObject)) {
		if (value === undefined || value === null) continue;
		record[key] = typeof value === 'object' ? JSON.stringify(value) : String(value);
	}
	return record;
}

function contentTypeOf(headers: IDataObject | undefined): string {
	const key = Object.keys(headers ?? {}).find((name) => name.toLowerCase() === 'content-type');
	return key ? String(headers?.[key]).toLowerCase() : '';
}

/**
 * Signs a gateway request in place of the caller: sets `access_token` to the credential's (when it
 * has one) and adds `_aop_timestamp`, drops any earlier `_aop_signature`, and signs every
 * parameter from the query string and the form body over the URL path. Applying it twice gives the
 * same request, which n8n relies on when it re-authenticates a retried request.
 *
 * Parameters stay where the caller put them: in the form body when there is one, else in the query.
 * The form body is written out as the exact URL-encoded text whose decoded values were signed.
 */
export function signRequestOptions(
	requestOptions: IHttpRequestOptions,
	secrets: SigningSecrets,
	nowMs: number,
): IHttpRequestOptions {
	const request = { ...requestOptions } as SignableRequest;
	const query = asStringRecord(request.qs) ?? {};
	const legacyForm = request.form !== undefined ? asStringRecord(request.form) : undefined;
	const method = (request.method ?? 'GET').toUpperCase();
	const bodyRecord = legacyForm ? undefined : asStringRecord(request.body);
	const bodyIsForm =
		legacyForm === undefined &&
		bodyRecord !== undefined &&
		method !== 'GET' &&
		(contentTypeOf(request.headers) === FORM_CONTENT_TYPE ||
			(request.body !== undefined && contentTypeOf(request.headers) === ''));
	const form = legacyForm ?? (bodyIsForm ? bodyRecord : undefined);

	delete query[SIGNATURE_PARAM];
	if (form) delete form[SIGNATURE_PARAM];

	const target = form ?? query;
	const all = { ...query, ...(form ?? {}) };
	// The credential's token always wins: when n8n resends a request after renewing the token, the
	// request it hands back still carries the old one.
	if (secrets.accessToken) {
		delete query[ACCESS_TOKEN_PARAM];
		target[ACCESS_TOKEN_PARAM] = secrets.accessToken;
	}
	if (all[TIMESTAMP_PARAM] === undefined) target[TIMESTAMP_PARAM] = String(nowMs);

	const urlPath = signaturePathOf(request.url ?? request.uri ?? '');
	target[SIGNATURE_PARAM] = computeSignature(secrets.appSecret, urlPath, {
		...query,
		...(form ?? {}),
	});

	request.qs = query;
	if (legacyForm) {
		request.form = form;
	} else if (form) {
		request.body = new URLSearchParams(form).toString();
		request.headers = { ...(request.headers ?? {}), 'Content-Type': FORM_CONTENT_TYPE };
	}
	return request;
}
