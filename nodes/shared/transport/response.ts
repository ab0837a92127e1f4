import { GatewayError } from './gatewayError';
import { parseJsonKeepingLongIds } from './json';

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	return String(value);
}

function isFalse(value: unknown): boolean {
	return value === false || value === 'false';
}

/** The code every token refusal is reported under, whatever shape it came in. */
export const TOKEN_ERROR_CODE = '401';

/**
 * The texts 1688 refuses a missing, expired or foreign access token with. The gateway answers
 * `{"error_code":"401","error_message":"Request need user authorized","exception":"Request need user authorized"}`
 * (a body captured from the gateway; the official Python SDK reads error_code, error_message and exception,
 * aop/api/base.py), usually with HTTP 401 but not always; some APIs put "User authorization is required" in
 * their own `errorMessage`; alibaba.trade.receiveAddress.get-1 documents `code` 400 with the message
 * "api need authorized" (its Response table).
 */
const TOKEN_ERROR_TEXT =
	/request need user authori[sz]ed|user authori[sz]ation is required|^api need authori[sz]ed$/i;

const MESSAGE_FIELDS = [
	'exception',
	'error_message',
	'errorMessage',
	'errorMsg',
	'message',
	'error',
] as const;

/** The token refusal a body (or its `result` envelope) describes, whatever the HTTP status. */
function tokenErrorIn(body: JsonObject): { code: string; message: string } | undefined {
	for (const envelope of [body, isObject(body.result) ? body.result : {}]) {
		const code = text(envelope.error_code) ?? text(envelope.errorCode) ?? text(envelope.code);
		const message =
			MESSAGE_FIELDS.map((field) => text(envelope[field])).find((value) => value !== undefined) ??
			'';
		const byText = MESSAGE_FIELDS.some((field) =>
			TOKEN_ERROR_TEXT.test(text(envelope[field]) ?? ''),
		);
		if (text(envelope.error_code) === TOKEN_ERROR_CODE || byText) {
			// 1688's own code is kept in the message when it is not the gateway's 401.
			const ownCode = code && code !== TOKEN_ERROR_CODE ? ` (${code})` : '';
			return { code: TOKEN_ERROR_CODE, message: `${message}${ownCode}` };
		}
	}
	return undefined;
}

/** Whether 1688 refused the call for its access token (missing, expired, revoked or of another app). */
export function isTokenRefusal(error: unknown): boolean {
	return error instanceof GatewayError && error.code === TOKEN_ERROR_CODE;
}

/** The error a body describes, in any of the shapes 1688 APIs use; undefined for a success body. */
function errorInBody(
	body: JsonObject,
): { code: string; message: string; requestId?: string } | undefined {
	const requestId = text(body.request_id) ?? text(body.requestId);
	const tokenError = tokenErrorIn(body);
	if (tokenError) return { ...tokenError, requestId };
	const gatewayCode = text(body.error_code);
	if (gatewayCode) {
		return { code: gatewayCode, message: text(body.error_message) ?? '', requestId };
	}
	const apiCode = text(body.errorCode);
	// `erroMsg` is how alibaba.alipay.url.get spells it.
	const apiMessage =
		text(body.errorMessage) ?? text(body.errorMsg) ?? text(body.erroMsg) ?? text(body.message);
	if (isFalse(body.success) || (apiCode && body.success !== true && body.result === undefined)) {
		return {
			code: apiCode ?? text(body.code) ?? 'API_ERROR',
			message: apiMessage ?? '',
			requestId,
		};
	}
	// Cross-border APIs wrap their own envelope in `result`: {"result":{"success":false,"code":...}}; the
	// product.analyze trend APIs name its fields retCode / retMsg (their doc pages' CommonResult).
	const inner = body.result;
	if (isObject(inner) && isFalse(inner.success)) {
		return {
			code: text(inner.code) ?? text(inner.errorCode) ?? text(inner.retCode) ?? 'API_ERROR',
			// errorInfo: trade.receivegoods.confirm's and addFeedback's result, the refund APIs' RefundCancelResult and
			// RefundReturnGoodsResult; msg: the cross-border logistics ResultModels.
			message:
				text(inner.message) ??
				text(inner.errorMessage) ??
				text(inner.errorMsg) ??
				text(inner.retMsg) ??
				text(inner.errorInfo) ??
				text(inner.msg) ??
				'',
			requestId,
		};
	}
	return undefined;
}

/**
 * The order IDs an order-creation answer names: `result.orderId`, `result.orderList[].orderId` (several
 * orders at once), or `orderId` beside the flags when 1688 sends the result alone.
 */
function namedOrderIds(body: JsonObject): string[] {
	const result = isObject(body.result) ? body.result : {};
	const listed = Array.isArray(result.orderList)
		? result.orderList.map((order) => (isObject(order) ? order.orderId : undefined))
		: [];
	return [body.orderId, result.orderId, ...listed]
		.map(text)
		.filter((id): id is string => id !== undefined);
}

function describeNonJson(body: string, httpStatus: number): { code: string; message: string } {
	const trimmed = body.trim();
	if (trimmed === '')
		return {
			code: 'EMPTY_RESPONSE',
			message: `The gateway answered HTTP ${httpStatus} with an empty body`,
		};
	if (trimmed.startsWith('<')) {
		const title = /<title>([^<]*)<\/title>/i.exec(trimmed)?.[1]?.trim();
		return {
			code: 'HTML_RESPONSE',
			message: `The gateway answered HTTP ${httpStatus} with an HTML page${title ? ` ("${title}")` : ''} instead of JSON`,
		};
	}
	return {
		code: 'INVALID_RESPONSE',
		message: `The gateway answered HTTP ${httpStatus} with a body that is not valid JSON (${trimmed.length} characters, starting "${trimmed.slice(0, 40)}")`,
	};
}

export interface UnwrapOptions {
	/**
	 * The API creates orders (`ApiRef.createsOrders`): an answer that names an order ID is returned, not
	 * thrown, whatever its success flags say. createCrossOrder's doc page gives its single-order returns
	 * (Alipay and account-period payment) as {"totalSuccessAmount":156800,"orderId":"87407346014789305","success":false}:
	 * the order exists, and reporting an error would invite placing it again.
	 */
	createsOrders?: boolean;
}

/**
 * Turns a gateway answer into the API's JSON, or throws one `GatewayError` for every failure shape:
 * gateway errors (`error_code`), API errors (`errorCode`, `success:false`, `result.success:false`),
 * HTTP errors, and bodies that are empty, HTML, truncated or not JSON.
 */
export function unwrapResponse(
	api: string,
	httpStatus: number,
	body: unknown,
	options: UnwrapOptions = {},
): JsonObject {
	let parsed: unknown = body;
	if (typeof body === 'string' || Buffer.isBuffer(body)) {
		const raw = body.toString();
		try {
			parsed = raw.trim() === '' ? undefined : parseJsonKeepingLongIds(raw);
		} catch {
			parsed = undefined;
		}
		if (parsed === undefined) {
			const { code, message } = describeNonJson(raw, httpStatus);
			// An answer that cannot be read says nothing of what 1688 did: a cut-off 200 may hold a created order.
			throw new GatewayError({
				api,
				code,
				gatewayMessage: message,
				httpStatus,
				outcomeUnknown: true,
			});
		}
	}
	if (isObject(parsed)) {
		const error = errorInBody(parsed);
		const createdAnyway =
			options.createsOrders === true && httpStatus < 400 && namedOrderIds(parsed).length > 0;
		if (error && !createdAnyway) {
			throw new GatewayError({
				api,
				code: error.code,
				gatewayMessage: error.message,
				requestId: error.requestId,
				httpStatus,
				outcomeUnknown: httpStatus >= 500,
			});
		}
	}
	if (httpStatus >= 400 || !isObject(parsed)) {
		throw new GatewayError({
			api,
			code: httpStatus >= 400 ? `HTTP_${httpStatus}` : 'INVALID_RESPONSE',
			gatewayMessage:
				httpStatus >= 400
					? `The gateway answered HTTP ${httpStatus}`
					: 'The gateway answered with JSON that is not an object',
			httpStatus,
			outcomeUnknown: httpStatus >= 500,
		});
	}
	return parsed;
}
