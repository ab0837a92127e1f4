import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IExecuteFunctions,
	IHookFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IN8nHttpFullResponse,
	IPollFunctions,
	IWebhookFunctions,
} from 'n8n-workflow';

import { createHash, randomBytes } from 'node:crypto';

import {
	apiUrl,
	CREDENTIAL_TYPE,
	DEFAULT_REQUESTS_PER_SECOND,
	DEFAULT_TIMEOUT_SECONDS,
	formatApiId,
	gatewayBaseUrl,
	type ApiRef,
} from './api';
import { transportClock } from './clock';
import { GatewayError } from './gatewayError';
import { multipartBody, type FilePart } from './multipart';
import { redactGatewayError, secretsOf } from './redact';
import { TokenRenewals, type RenewalTurn } from './tokenRenewals';
import { hasUserAuthorisation, isConnectError, noUserTokenMessage } from './oauth';
import { paceOutcome, retryDelayMs } from './retryPolicy';
import { isTokenRefusal, TOKEN_ERROR_CODE, unwrapResponse } from './response';
import { sharedPacer } from './sharedPacers';
import { credentialOptionsFor, type TokenUse } from './tokenUse';
import { toWireParams, type ApiParams } from './wireParams';

export type { ApiRef } from './api';
export { CREDENTIAL_TYPE, DEFAULT_GATEWAY_URL, formatApiId } from './api';
export type { ApiParams } from './wireParams';
export type { FilePart } from './multipart';
export { GatewayError } from './gatewayError';

export type GatewayContext =
	| IExecuteFunctions
	| ILoadOptionsFunctions
	| IPollFunctions
	| IHookFunctions
	| IWebhookFunctions;

/** Network failures after which the request may have reached 1688 and been acted on. */
const OUTCOME_UNKNOWN_CODES = new Set(['ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ESOCKETTIMEDOUT']);

interface ErrorChain {
	code?: unknown;
	message?: unknown;
	cause?: unknown;
	response?: { status?: number; data?: unknown };
	/** n8n 1.x: NodeApiError drops its Error cause, keeping only these. */
	messages?: unknown;
	httpCode?: unknown;
}

function errorChain(error: unknown): ErrorChain[] {
	const chain: ErrorChain[] = [];
	let current = error as ErrorChain | undefined;
	while (current && typeof current === 'object' && chain.length < 5) {
		chain.push(current);
		current = current.cause as ErrorChain | undefined;
	}
	return chain;
}

/** The network code in an original error message that n8n 1.x keeps in `messages`, e.g. "connect ECONNREFUSED …". */
function codeInMessages(messages: unknown): string | undefined {
	for (const text of Array.isArray(messages) ? messages : []) {
		if (typeof text !== 'string') continue;
		if (/timeout of \d+ms exceeded/i.test(text)) return 'ETIMEDOUT';
		if (/socket hang up/i.test(text)) return 'ECONNRESET';
		const code = /\b(E[A-Z]{3,}(?:_[A-Z]+)*)\b/.exec(text)?.[1];
		if (code) return code;
	}
	return undefined;
}

function networkErrorCode(chain: ErrorChain[]): string {
	for (const link of chain) {
		if (typeof link.code === 'string' && /^E[A-Z_]+$/.test(link.code)) {
			return link.code === 'ECONNABORTED' ? 'ETIMEDOUT' : link.code;
		}
		if (typeof link.message === 'string' && /timeout of \d+ms exceeded/i.test(link.message))
			return 'ETIMEDOUT';
		const code = codeInMessages(link.messages);
		if (code) return code === 'ECONNABORTED' ? 'ETIMEDOUT' : code;
	}
	return 'NETWORK_ERROR';
}

/**
 * What a thrown HTTP failure means, reduced to a GatewayError: a token that could not be had
 * (the credential's preAuthentication failed), an HTTP answer thrown anyway (unwrapped like any
 * answer), or a network fault. The original error is dropped on purpose: it holds the request, with
 * the token and signature.
 */
export function toGatewayError(api: string, error: unknown): GatewayError {
	const chain = errorChain(error);
	const tokenFailure = chain.find((link) => isConnectError(link));
	if (tokenFailure) {
		return new GatewayError({
			api,
			code: 'TOKEN_UNAVAILABLE',
			gatewayMessage: String(tokenFailure.message),
		});
	}
	const answered = chain.find((link) => link.response?.status !== undefined);
	if (answered?.response?.status !== undefined) {
		try {
			unwrapResponse(api, answered.response.status, answered.response.data ?? '');
		} catch (gatewayError) {
			if (gatewayError instanceof GatewayError) return gatewayError;
		}
	}
	// n8n 1.x keeps only the status of an HTTP answer it threw, not its body.
	const httpStatus = Number(
		chain.find((link) => /^[1-5]\d\d$/.test(String(link.httpCode ?? '')))?.httpCode,
	);
	if (httpStatus >= 400) {
		return new GatewayError({
			api,
			// A bare 401 is a token refusal: renewed like one (isTokenRefusal).
			code: httpStatus === 401 ? TOKEN_ERROR_CODE : `HTTP_${httpStatus}`,
			gatewayMessage: `The gateway answered HTTP ${httpStatus}`,
			httpStatus,
			outcomeUnknown: httpStatus >= 500,
		});
	}
	const code = networkErrorCode(chain);
	return new GatewayError({
		api,
		code,
		gatewayMessage:
			code === 'NETWORK_ERROR' ? 'The request to the gateway failed' : `Network error ${code}`,
		outcomeUnknown: code === 'NETWORK_ERROR' || OUTCOME_UNKNOWN_CODES.has(code),
	});
}

export interface CallOptions {
	/**
	 * The call changes something on 1688 (create/cancel an order, update stock): it is never sent a
	 * second time once it may have reached 1688; only answers that prove 1688 refused it before acting
	 * (throttling) are retried.
	 */
	write?: boolean;
	/**
	 * A file for a byte[] parameter (e.g. alibaba.trade.uploadRefundVoucher's `imageData`): sent as a multipart
	 * part outside the signature, with every other parameter signed and sent in the query string, as the page's
	 * form sample sends them.
	 */
	file?: FilePart;
}

/** The body of a call: its parameters as a signed form, or, with a file, the file as multipart and the parameters in the query. */
function requestBody(
	form: Record<string, string>,
	file: FilePart | undefined,
): Pick<IHttpRequestOptions, 'headers' | 'body' | 'qs'> {
	if (!file)
		return {
			headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
			body: { ...form },
		};
	const boundary = `----n8n1688${randomBytes(12).toString('hex')}`;
	return {
		headers: {
			'Content-Type': `multipart/form-data; boundary=${boundary}`,
			Accept: 'application/json',
		},
		qs: { ...form },
		// Bytes, so that the same body can go again after a token renewal.
		body: multipartBody(boundary, [file]),
	};
}

function positiveNumber(value: unknown, fallback: number): number {
	const number = Number(value);
	return Number.isFinite(number) && number > 0 ? number : fallback;
}

async function sendOnce(
	this: GatewayContext,
	api: ApiRef,
	request: IHttpRequestOptions,
	tokenUse: TokenUse,
	credentials: ICredentialDataDecryptedObject,
): Promise<IDataObject> {
	const apiId = formatApiId(api);
	let response: IN8nHttpFullResponse;
	try {
		// A renewal starts from the credential as stored now (another execution may have renewed it meanwhile).
		const data = tokenUse === 'renew' ? await this.getCredentials(CREDENTIAL_TYPE) : credentials;
		response = (await this.helpers.httpRequestWithAuthentication.call(
			this,
			CREDENTIAL_TYPE,
			request,
			credentialOptionsFor(tokenUse, this.getNode(), data),
		)) as IN8nHttpFullResponse;
	} catch (error) {
		throw toGatewayError(apiId, error);
	}
	return unwrapResponse(apiId, response.statusCode, response.body, {
		createsOrders: api.createsOrders === true,
	}) as IDataObject;
}

/**
 * Calls one 1688 API: the only place that talks to the gateway. Builds the `param2` URL, sends the
 * parameters as a form (objects as JSON text) through the credential, which signs the request, and
 * returns the API's JSON or throws a `GatewayError`.
 *
 * Calls are paced per App Key and gateway, shared by every execution in this process: at most the
 * credential's requests per second, and the limit learned from throttle answers. Throttled calls are
 * retried (in their place in the pace, later also with backoff); passing faults only for reads. A
 * refused access token (1688's token error, at whatever HTTP status, see response.ts) is renewed
 * through the credential and the call resent once: 1688 refused it before acting, so this holds for
 * writes too. A second refusal is the error; nothing loops. An API marked `userAuthorization: false`
 * is sent with App Key and Secret only.
 */
export async function callApi(
	this: GatewayContext,
	api: ApiRef,
	params: ApiParams = {},
	options: CallOptions = {},
): Promise<IDataObject> {
	const apiId = formatApiId(api);
	const credentials = await this.getCredentials(CREDENTIAL_TYPE);
	const needsUser = api.userAuthorization !== false;
	if (needsUser && !hasUserAuthorisation(credentials)) {
		throw new GatewayError({
			api: apiId,
			code: 'TOKEN_UNAVAILABLE',
			gatewayMessage: noUserTokenMessage(apiId),
		});
	}
	const gateway = gatewayBaseUrl(credentials);
	const appKey = String(credentials.appKey ?? '');
	const url = apiUrl(gateway, api, appKey);
	const form = toWireParams(params);
	const ceiling = positiveNumber(credentials.requestsPerSecond, DEFAULT_REQUESTS_PER_SECOND);
	const timeout = positiveNumber(credentials.timeoutSeconds, DEFAULT_TIMEOUT_SECONDS) * 1000;

	const usualTokenUse: TokenUse = needsUser ? 'stored' : 'none';
	let tokenUse: TokenUse = usualTokenUse;
	let renewed = false;
	let renewal: RenewalTurn | undefined;
	// No token fetched yet: n8n would fetch one for every call in flight (it does when the stored token is
	// empty); one fetches, the others wait for it and then find it stored.
	if (needsUser && String(credentials.oauthAccessToken ?? '') === '') {
		renewal = await renewalTurn.call(this, gateway, 0, apiId, credentials);
	}
	for (let attempt = 0; ; ) {
		const clock = transportClock;
		const pacer = sharedPacer(gateway, appKey, clock.now());
		const ticket = pacer.take(clock.now(), ceiling);
		for (
			let wait = pacer.waitMs(ticket, clock.now());
			wait > 0;
			wait = pacer.waitMs(ticket, clock.now())
		) {
			await clock.wait(wait);
		}
		pacer.sent(ticket, clock.now());
		const sentAt = Date.now();
		let failure: GatewayError;
		try {
			const answer = await sendOnce.call(
				this,
				api,
				{
					method: 'POST',
					url,
					...requestBody(form, options.file),
					encoding: 'text',
					json: false,
					returnFullResponse: true,
					// Every answer comes back, 401 too: token refusals are recognised by their body and renewed below
					// (n8n's own renewal would follow a 401 status only).
					ignoreHttpStatusErrors: true,
					timeout,
				},
				tokenUse,
				credentials,
			);
			pacer.answered(ticket, clock.now(), 'accepted');
			if (renewal?.use === 'renew') renewal.finished({ renewedAt: sentAt });
			return answer;
		} catch (error) {
			// sendOnce turns every failure into a GatewayError.
			failure = error as GatewayError;
		}
		pacer.answered(ticket, clock.now(), paceOutcome(failure));
		if (renewal?.use === 'renew') {
			// The renewal itself failed only when no token could be had; any other answer came with a new token.
			renewal.finished(
				failure.code === 'TOKEN_UNAVAILABLE'
					? { failure: await redacted.call(this, failure, credentials) }
					: { renewedAt: sentAt },
			);
		}
		renewal = undefined;
		if (needsUser && !renewed && isTokenRefusal(failure)) {
			renewed = true;
			renewal = await renewalTurn.call(this, gateway, sentAt, apiId, credentials);
			tokenUse = renewal.use;
			continue;
		}
		tokenUse = usualTokenUse;
		const delay = retryDelayMs(failure, attempt++, options.write === true);
		if (delay === undefined) throw await redacted.call(this, failure, credentials, renewed);
		if (delay > 0) await clock.wait(delay);
	}
}

/** The shared renewals of this process (tokenRenewals.ts). */
const renewals = new TokenRenewals();

/**
 * Which credential a renewal is for: the stored credential (its n8n ID), its app and gateway, and the tokens it
 * was given, so that a credential the user edits (a new refresh token) is not answered by an old failure.
 */
function renewalKeyOf(
	context: GatewayContext,
	gateway: string,
	credentials: ICredentialDataDecryptedObject,
): string {
	const stored = context.getNode().credentials?.[CREDENTIAL_TYPE];
	const tokens = [
		credentials.refreshToken,
		credentials.authorizationCode,
		credentials.accessToken,
	].map((value) => String(value ?? ''));
	const fingerprint = createHash('sha256').update(tokens.join('\u0000')).digest('hex');
	return [stored?.id ?? '', gateway, String(credentials.appKey ?? ''), fingerprint].join(' ');
}

/** This call's turn to renew the token or to use what another call renewed; a recent failed renewal, redacted. */
async function renewalTurn(
	this: GatewayContext,
	gateway: string,
	sentAt: number,
	apiId: string,
	credentials: ICredentialDataDecryptedObject,
): Promise<RenewalTurn> {
	try {
		return await renewals.turn(renewalKeyOf(this, gateway, credentials), sentAt, Date.now);
	} catch (error) {
		const failure = error as GatewayError;
		throw redactGatewayError(
			new GatewayError({ ...failure, api: apiId, gatewayMessage: failure.gatewayMessage }),
			secretsOf(credentials),
		);
	}
}

/** The failure with the credential's secrets taken out of its texts (after a renewal, the new token's too). */
async function redacted(
	this: GatewayContext,
	failure: GatewayError,
	credentials: ICredentialDataDecryptedObject,
	renewed = false,
): Promise<GatewayError> {
	const current = renewed
		? await this.getCredentials(CREDENTIAL_TYPE).catch(() => undefined)
		: undefined;
	return redactGatewayError(failure, secretsOf(credentials, current));
}

/**
 * Like callApi, but an answer with the error code `expectedCode` is an expected outcome, not a failure:
 * it gives undefined (e.g. 500_2 "not shipped yet" for an order's waybills). Every other failure stays one.
 */
export async function callApiUnless(
	this: GatewayContext,
	api: ApiRef,
	params: ApiParams,
	expectedCode: string,
): Promise<IDataObject | undefined> {
	return await callApi.call(this, api, params).then(
		(json) => json,
		async (error: unknown) =>
			error instanceof GatewayError && error.code === expectedCode
				? undefined
				: await Promise.reject(error),
	);
}
