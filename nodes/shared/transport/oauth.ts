import type { IDataObject, IHttpRequestOptions } from 'n8n-workflow';

import { apiUrl, gatewayBaseUrl, type ApiRef } from './api';
import { parseJsonKeepingLongIds } from './json';

/**
 * OAuth with 1688: exchanging an authorisation code, refreshing the 10-hour access token with the
 * ~180-day refresh token, and extending the refresh token in its last 30 days. Used by the
 * credential's `preAuthentication`, which n8n calls when the stored access token is empty or was
 * refused, and which stores what this returns in the credential.
 */

export const CONNECT_ERROR_NAME = 'Alibaba1688ConnectError';

/**
 * Whether an error (or a link of its cause chain) is a ConnectError. n8n 1.x wraps it in a NodeApiError
 * that keeps only its message, which always ends with how to authorise again.
 */
export function isConnectError(error: { name?: unknown; message?: unknown }): boolean {
	return (
		error.name === CONNECT_ERROR_NAME ||
		(typeof error.message === 'string' && error.message.endsWith(REAUTHORISE))
	);
}

/** Getting an access token failed in a way only the user can fix; the message says how. */
export class ConnectError extends Error {
	constructor(message: string) {
		super(message);
		this.name = CONNECT_ERROR_NAME;
	}
}

/** A token endpoint's answer: the JSON, or why 1688 (or the network) refused. */
type TokenAnswer = { ok: true; json: IDataObject } | { ok: false; reason: string };

export type HttpRequest = (options: IHttpRequestOptions) => Promise<unknown>;

export interface OAuthCredentials {
	appKey?: unknown;
	appSecret?: unknown;
	baseUrl?: unknown;
	accessToken?: unknown;
	refreshToken?: unknown;
	authorizationCode?: unknown;
	redirectUri?: unknown;
	/** The access token in use (n8n's expirable field). */
	oauthAccessToken?: unknown;
	/** The pasted access token that was last taken into use, so it is not retried once expired. */
	adoptedAccessToken?: unknown;
	/** The authorisation code that was last exchanged (codes are single use). */
	exchangedCode?: unknown;
	/** Epoch ms when the refresh token expires, when 1688 said. */
	refreshTokenExpiresAt?: unknown;
}

const POSTPONE_WINDOW_MS = 30 * 24 * 60 * 60 * 1000;
const REAUTHORISE =
	'Authorise the app again: open https://auth.1688.com/oauth/authorize?client_id=<App Key>&site=1688&redirect_uri=<Redirect URL>, approve, and paste the "code" from the address you are sent to into the credential\'s Authorization Code field within 2 minutes.';

function text(value: unknown): string {
	return value === undefined || value === null ? '' : String(value).trim();
}

/** `refresh_token_timeout` comes as `yyyyMMddHHmmss[SSS][+0800]`; China time when no zone is given. */
export function parseTokenTimeout(value: unknown): number | undefined {
	const match = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{3})?([+-]\d{4})?$/.exec(
		text(value),
	);
	if (!match) return undefined;
	const [, year, month, day, hour, minute, second, millis = '000', zone = '+0800'] = match;
	const iso = `${year}-${month}-${day}T${hour}:${minute}:${second}.${millis}${zone.slice(0, 3)}:${zone.slice(3)}`;
	const parsed = Date.parse(iso);
	return Number.isNaN(parsed) ? undefined : parsed;
}

async function postForm(
	http: HttpRequest,
	url: string,
	form: Record<string, string>,
): Promise<TokenAnswer> {
	let response: { statusCode?: number; body?: unknown } | undefined;
	let networkCode = '';
	try {
		response = (await http({
			method: 'POST',
			url,
			headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
			body: new URLSearchParams(form).toString(),
			encoding: 'text',
			json: false,
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
		})) as { statusCode?: number; body?: unknown };
	} catch (error) {
		const failure = error as { code?: unknown; cause?: { code?: unknown } };
		networkCode = text(failure.cause?.code ?? failure.code) || 'network error';
	}
	if (!response)
		return { ok: false, reason: `the token endpoint could not be reached: ${networkCode}` };
	let body: unknown;
	try {
		body = parseJsonKeepingLongIds(String(response.body ?? ''));
	} catch {
		body = undefined;
	}
	const json = (typeof body === 'object' && body !== null ? body : {}) as IDataObject;
	const refusal =
		text(json.error) ||
		text(json.error_code) ||
		(json.access_token || json.refresh_token ? '' : `HTTP_${response.statusCode ?? 0}`);
	if (refusal) {
		return {
			ok: false,
			reason: `${refusal}: ${text(json.error_description) || text(json.error_message) || 'no reason given'}`,
		};
	}
	return { ok: true, json };
}

/**
 * The token endpoints. Each grant has its own, as 1688's authorisation guide (open.1688.com/api/sysAuth.htm)
 * gives them and the official SDKs use them:
 * - the authorisation code is exchanged at `http/1/system.oauth2/getToken` (guide step "使用code获取令牌"; the
 *   official Java/C# client sends it with protocol `http`);
 * - the refresh token is exchanged at `param2/1/system.oauth2/getToken` (guide "换取accessToken": POST, HTTPS,
 *   "调用getToken接口时不需要签名"; Python SDK `aop/api/common/AuthGetTokenRequest.py` builds param2 with
 *   need_sign False; PHP SDK `ExampleFacade::refreshToken` and npm `1688-open-sdk` `refreshToken2AccessToken`
 *   use param2 too);
 * - the refresh token is extended at `param2/1/system.oauth2/postponeToken` with client_id, client_secret,
 *   refresh_token and access_token (guide "换取新的refreshToken"). It is sent unsigned: the guide lists no
 *   `_aop_signature` for it and the official Python SDK (`AuthPostponeTokenRequest.need_sign` False) sends
 *   none; the PHP and Java SDKs sign every param2 call by default policy, so the official clients differ and
 *   the documented parameter list decides.
 */
const GET_TOKEN: ApiRef = { namespace: 'system.oauth2', name: 'getToken', version: 1 };
const POSTPONE_TOKEN: ApiRef = { namespace: 'system.oauth2', name: 'postponeToken', version: 1 };

function param2Url(credentials: OAuthCredentials, api: ApiRef): string {
	return apiUrl(gatewayBaseUrl(credentials), api, text(credentials.appKey));
}

async function exchangeCode(
	http: HttpRequest,
	credentials: OAuthCredentials,
	code: string,
): Promise<TokenAnswer> {
	const appKey = text(credentials.appKey);
	const form: Record<string, string> = {
		grant_type: 'authorization_code',
		need_refresh_token: 'true',
		client_id: appKey,
		client_secret: text(credentials.appSecret),
		code,
	};
	if (text(credentials.redirectUri)) form.redirect_uri = text(credentials.redirectUri);
	return await postForm(
		http,
		`${gatewayBaseUrl(credentials)}/openapi/http/1/system.oauth2/getToken/${encodeURIComponent(appKey)}`,
		form,
	);
}

async function refresh(http: HttpRequest, credentials: OAuthCredentials): Promise<TokenAnswer> {
	return await postForm(http, param2Url(credentials, GET_TOKEN), {
		grant_type: 'refresh_token',
		client_id: text(credentials.appKey),
		client_secret: text(credentials.appSecret),
		refresh_token: text(credentials.refreshToken),
	});
}

/** Extends the refresh token by another ~180 days (1688 allows it only in its last 30 days). */
async function postpone(
	http: HttpRequest,
	credentials: OAuthCredentials,
	accessToken: string,
): Promise<TokenAnswer> {
	return await postForm(http, param2Url(credentials, POSTPONE_TOKEN), {
		client_id: text(credentials.appKey),
		client_secret: text(credentials.appSecret),
		refresh_token: text(credentials.refreshToken),
		access_token: accessToken,
	});
}

/** Why a call that needs a 1688 account's authorisation cannot be made with App Key and Secret alone. */
export function noUserTokenMessage(apiId: string): string {
	return `${apiId} acts for a 1688 account and needs that account's authorisation (an access token), but the credential holds only the App Key and App Secret. ${REAUTHORISE}`;
}

/** Whether a credential holds anything that can give an access token. */
export function hasUserAuthorisation(credentials: OAuthCredentials): boolean {
	return [
		credentials.oauthAccessToken,
		credentials.accessToken,
		credentials.refreshToken,
		credentials.authorizationCode,
	].some((value) => text(value) !== '');
}

function tokensFrom(answer: IDataObject): IDataObject {
	const stored: IDataObject = { oauthAccessToken: text(answer.access_token) };
	if (text(answer.refresh_token)) stored.refreshToken = text(answer.refresh_token);
	const expiresAt = parseTokenTimeout(answer.refresh_token_timeout);
	if (expiresAt !== undefined) stored.refreshTokenExpiresAt = expiresAt;
	return stored;
}

/**
 * What to store in the credential so that requests carry a working access token, in this order:
 * a newly pasted authorisation code is exchanged; a newly pasted access token is taken as it is;
 * otherwise the refresh token gets a new access token (and is itself extended when it is in its
 * last 30 days). Throws a ConnectError saying what to do when none of these works.
 */
export async function obtainAccessToken(
	http: HttpRequest,
	credentials: OAuthCredentials,
	now: number,
): Promise<IDataObject> {
	const code = text(credentials.authorizationCode);
	const pasted = text(credentials.accessToken);
	const problems: string[] = [];

	if (code && code !== text(credentials.exchangedCode)) {
		const exchanged = await exchangeCode(http, credentials, code);
		if (exchanged.ok)
			return { ...tokensFrom(exchanged.json), exchangedCode: code, adoptedAccessToken: pasted };
		problems.push(
			`1688 refused the authorization code (${exchanged.reason}); codes are valid for 2 minutes and only once.`,
		);
	}

	if (pasted && pasted !== text(credentials.adoptedAccessToken)) {
		return { oauthAccessToken: pasted, adoptedAccessToken: pasted };
	}

	if (!text(credentials.refreshToken)) {
		const missing = pasted
			? 'The access token has expired (access tokens last 10 hours) and the credential has no refresh token to renew it.'
			: 'The credential has neither an access token nor a refresh token.';
		throw new ConnectError(`${problems.join(' ')} ${missing} ${REAUTHORISE}`.trim());
	}

	const refreshed = await refresh(http, credentials);
	if (!refreshed.ok) {
		throw new ConnectError(
			`${problems.join(' ')} 1688 refused the refresh token (${refreshed.reason}): it has expired (refresh tokens last about 180 days) or was revoked. ${REAUTHORISE}`.trim(),
		);
	}
	const stored = tokensFrom(refreshed.json);
	const expiresAt = Number(stored.refreshTokenExpiresAt ?? credentials.refreshTokenExpiresAt);
	if (Number.isFinite(expiresAt) && expiresAt > now && expiresAt - now <= POSTPONE_WINDOW_MS) {
		const extended = await postpone(
			http,
			{ ...credentials, ...stored },
			String(stored.oauthAccessToken),
		);
		// When extending fails the refresh still worked; it is tried again at the next refresh.
		if (extended.ok)
			return { ...stored, ...tokensFrom(extended.json), oauthAccessToken: stored.oauthAccessToken };
	}
	return stored;
}
