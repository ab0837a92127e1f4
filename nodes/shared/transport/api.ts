/** 1688's production gateway; the credential's Gateway URL may point elsewhere (the sandbox, a proxy). */
export const DEFAULT_GATEWAY_URL = 'https://gw.open.1688.com';

/** The credential's defaults: calls per second from one n8n process, and seconds to wait for one answer. */
export const DEFAULT_REQUESTS_PER_SECOND = 10;
export const DEFAULT_TIMEOUT_SECONDS = 60;

/** The credential type every call signs with. */
export const CREDENTIAL_TYPE = 'alibaba1688Api';

/** The gateway a credential points at, without a trailing slash. */
export function gatewayBaseUrl(credentials: { baseUrl?: unknown }): string {
	const configured = typeof credentials.baseUrl === 'string' ? credentials.baseUrl.trim() : '';
	return (configured || DEFAULT_GATEWAY_URL).replace(/\/+$/, '');
}

/** One 1688 API, identified as `namespace:apiName-version` in 1688's documentation. */
export interface ApiRef {
	namespace: string;
	name: string;
	version: number;
	/**
	 * False for an API whose doc page says "No user authorization" (App Key and Secret suffice): no
	 * access token is needed for it.
	 */
	userAuthorization?: false;
	/**
	 * True for an order-creation API: an answer that names an order ID reports a created order, even when
	 * its `success` flag says false (see `unwrapResponse`).
	 */
	createsOrders?: true;
}

export function formatApiId(api: ApiRef): string {
	return `${api.namespace}:${api.name}-${api.version}`;
}

const API_ID = /^\s*([A-Za-z0-9_.]+):([A-Za-z0-9_.]+)-(\d+)\s*$/;

/** Parses `com.alibaba.product:alibaba.product.get-1`; undefined when the text is not of that form. */
export function parseApiId(id: string): ApiRef | undefined {
	const match = API_ID.exec(id);
	if (!match) return undefined;
	return { namespace: match[1], name: match[2], version: Number(match[3]) };
}

/** `param2/{version}/{namespace}/{apiName}`: an API's path after `/openapi/`, without the app key. */
export function apiRoute(api: ApiRef): string {
	return `param2/${api.version}/${api.namespace}/${api.name}`;
}

/** `param2/{version}/{namespace}/{apiName}/{appKey}`: the path after `/openapi/`, also what is signed. */
export function apiPath(api: ApiRef, appKey: string): string {
	return `${apiRoute(api)}/${encodeURIComponent(appKey)}`;
}

/** The URL an API is called at; `gateway` as `gatewayBaseUrl` gives it. */
export function apiUrl(gateway: string, api: ApiRef, appKey: string): string {
	return `${gateway}/openapi/${apiPath(api, appKey)}`;
}
