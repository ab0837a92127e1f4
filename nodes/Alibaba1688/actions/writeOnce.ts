import type { IDataObject, IExecuteFunctions, NodeApiError, NodeOperationError } from 'n8n-workflow';

import { callApi, GatewayError, type ApiParams, type ApiRef } from '../../shared/transport';
import { toNodeError } from '../../shared/helpers/nodeErrors';

/** What to tell the user when a change may or may not have happened on 1688. */
export interface UncertainOutcome {
	/** e.g. "The order MAY have been created on 1688: the request was sent but its answer was lost" */
	message: string;
	/** How to find out what happened before trying again. */
	hint: string;
}

/**
 * Sends a call that changes something on 1688 exactly once. The transport never re-sends a write;
 * when its answer is lost after the request may have reached 1688 (timeout, reset, 5xx, an HTML error
 * page), the error says the change MAY have happened and how to check, instead of a bare network error.
 * Every other failure becomes the node error the router would have made of it.
 */
export async function callWriteOnce(
	this: IExecuteFunctions,
	itemIndex: number,
	api: ApiRef,
	params: ApiParams,
	uncertain: UncertainOutcome,
): Promise<IDataObject> {
	try {
		return await callApi.call(this, api, params, { write: true });
	} catch (error) {
		throw writeFailure.call(this, itemIndex, error, uncertain);
	}
}

/**
 * The node error for a failed write: when its answer was lost after the request may have reached 1688,
 * the "MAY have happened" message and how to check; otherwise the error the router would have made of it.
 */
export function writeFailure(
	this: IExecuteFunctions,
	itemIndex: number,
	error: unknown,
	uncertain: UncertainOutcome,
): NodeApiError | NodeOperationError {
	const nodeError = toNodeError(this.getNode(), error, itemIndex);
	if (error instanceof GatewayError && error.outcomeUnknown) {
		nodeError.message = `${uncertain.message} [${error.code}]`;
		nodeError.description = `${uncertain.hint} ${nodeError.description ?? ''}`.trim();
	}
	return nodeError;
}
