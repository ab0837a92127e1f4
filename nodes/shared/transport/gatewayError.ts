/**
 * Why a gateway call failed, as plain data (no secrets, no request): the 1688 error code or a
 * transport-level code (`ECONNREFUSED`, `INVALID_RESPONSE`, ...), the gateway's own message, and the
 * request id 1688 support asks for.
 */
export class GatewayError extends Error {
	readonly code: string;

	readonly gatewayMessage: string;

	readonly httpStatus?: number;

	readonly requestId?: string;

	readonly api: string;

	/** True when the request may have reached 1688 and been acted on (timeouts, resets, 5xx). */
	readonly outcomeUnknown: boolean;

	constructor(details: {
		api: string;
		code: string;
		gatewayMessage: string;
		httpStatus?: number;
		requestId?: string;
		outcomeUnknown?: boolean;
	}) {
		super(`${details.code}: ${details.gatewayMessage}`);
		this.name = 'GatewayError';
		this.api = details.api;
		this.code = details.code;
		this.gatewayMessage = details.gatewayMessage;
		this.httpStatus = details.httpStatus;
		this.requestId = details.requestId;
		this.outcomeUnknown = details.outcomeUnknown ?? false;
	}
}
