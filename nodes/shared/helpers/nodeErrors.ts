import { NodeApiError, NodeOperationError, type INode, type JsonObject } from 'n8n-workflow';

import { explainGatewayError } from '../transport/errorMessages';
import { GatewayError } from '../transport/gatewayError';
import { InputError } from './inputError';

/**
 * The one error path of the node: bad input becomes a NodeOperationError naming the field and the
 * item, a failed gateway call a NodeApiError with 1688's code, request id and a hint. Only codes and
 * texts are carried over, never the request (it holds the access token and signature).
 */
export function toNodeError(
	node: INode,
	error: unknown,
	itemIndex: number,
): NodeApiError | NodeOperationError {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) return error;
	if (error instanceof InputError) {
		return new NodeOperationError(node, `${error.message} [item ${itemIndex}]`, {
			itemIndex,
			description: error.hint,
		});
	}
	if (error instanceof GatewayError) {
		const { message, description } = explainGatewayError(error);
		// Key names n8n does not read as a status code, so it keeps our message for network codes.
		const details: JsonObject = {
			gatewayCode: error.code,
			gatewayMessage: error.gatewayMessage,
			api: error.api,
		};
		if (error.requestId) details.requestId = error.requestId;
		return new NodeApiError(node, details, {
			message,
			description,
			httpCode: error.httpStatus ? String(error.httpStatus) : undefined,
			itemIndex,
		});
	}
	return new NodeOperationError(node, error as Error, { itemIndex });
}

/** What a failed item carries with continue-on-fail: only error, message and details (n8n's error output). */
export function errorItemJson(error: NodeApiError | NodeOperationError): JsonObject {
	const details: JsonObject = {};
	if (error.description) details.hint = error.description;
	if (error instanceof NodeApiError && error.httpCode) details.httpCode = error.httpCode;
	const response = error.errorResponse;
	if (error instanceof NodeApiError && response) {
		const { gatewayCode, requestId, api } = response;
		if (gatewayCode !== undefined) details.code = gatewayCode;
		if (requestId !== undefined) details.requestId = requestId;
		if (api !== undefined) details.api = api;
	}
	return { error: error.message, details };
}
