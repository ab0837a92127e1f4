import type {
	IDataObject,
	IExecuteFunctions,
	IHookFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IN8nHttpFullResponse,
	IPollFunctions,
	IWebhookFunctions,
} from 'n8n-workflow';

import { apiUrl, formatApiId, type ApiRef } from './api';
import { GatewayError } from './gatewayError';
import { unwrapResponse } from './response';
import { toWireParams, type ApiParams } from './wireParams';

export type { ApiRef } from './api';
export type { ApiParams } from './wireParams';
export { GatewayError } from './gatewayError';

export const CREDENTIAL_TYPE = 'alibaba1688Api';
export const DEFAULT_BASE_URL = 'https://gw.open.1688.com';
const REQUEST_TIMEOUT_MS = 60_000;

export type GatewayContext =
	| IExecuteFunctions
	| ILoadOptionsFunctions
	| IPollFunctions
	| IHookFunctions
	| IWebhookFunctions;

/** Network failures after which the request may have reached 1688 and been acted on. */
const OUTCOME_UNKNOWN_CODES = new Set(['ECONNRESET', 'ETIMEDOUT', 'ECONNABORTED', 'EPIPE', 'ESOCKETTIMEDOUT']);

function networkErrorCode(error: unknown): string {
	let current = error as { code?: unknown; cause?: unknown; message?: unknown } | undefined;
	for (let depth = 0; current && depth < 4; depth++) {
		if (typeof current.code === 'string' && /^E[A-Z_]+$/.test(current.code)) {
			return current.code === 'ECONNABORTED' ? 'ETIMEDOUT' : current.code;
		}
		if (typeof current.message === 'string' && /timeout of \d+ms exceeded/i.test(current.message)) {
			return 'ETIMEDOUT';
		}
		current = current.cause as typeof current;
	}
	return 'NETWORK_ERROR';
}

/**
 * A failure of the HTTP layer itself, reduced to a code and a short text. The original error is
 * dropped on purpose: it holds the request, whose body carries the access token and signature.
 */
function toNetworkError(api: string, error: unknown): GatewayError {
	const code = networkErrorCode(error);
	return new GatewayError({
		api,
		code,
		gatewayMessage: code === 'NETWORK_ERROR' ? 'The request to the gateway failed' : `Network error ${code}`,
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
}

/**
 * Calls one 1688 API: the only place that talks to the gateway. Builds the `param2` URL, sends the
 * parameters as a form (objects as JSON text) through the credential, which signs the request, and
 * returns the API's JSON or throws a `GatewayError`.
 */
export async function callApi(
	this: GatewayContext,
	api: ApiRef,
	params: ApiParams = {},
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	options: CallOptions = {},
): Promise<IDataObject> {
	const apiId = formatApiId(api);
	const credentials = await this.getCredentials(CREDENTIAL_TYPE);
	const baseUrl = String(credentials.baseUrl || DEFAULT_BASE_URL);
	const request: IHttpRequestOptions = {
		method: 'POST',
		url: apiUrl(baseUrl, api, String(credentials.appKey ?? '')),
		headers: {
			'Content-Type': 'application/x-www-form-urlencoded',
			Accept: 'application/json',
		},
		body: toWireParams(params),
		encoding: 'text',
		json: false,
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		timeout: REQUEST_TIMEOUT_MS,
	};
	let response: IN8nHttpFullResponse;
	try {
		response = (await this.helpers.httpRequestWithAuthentication.call(
			this,
			CREDENTIAL_TYPE,
			request,
		)) as IN8nHttpFullResponse;
	} catch (error) {
		throw toNetworkError(apiId, error);
	}
	return unwrapResponse(apiId, response.statusCode, response.body) as IDataObject;
}
