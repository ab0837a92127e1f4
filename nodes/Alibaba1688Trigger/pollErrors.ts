import { NodeOperationError, type INode, type NodeApiError } from 'n8n-workflow';

import { InputError } from '../shared/helpers/inputError';
import { toNodeError } from '../shared/helpers/nodeErrors';

/**
 * The error a failed poll reports: bad settings name the field, a failed 1688 call keeps the node's
 * messages (code, request id, hint), prefixed with what was being done (`Checking offer 624392716873`).
 */
export function pollError(
	node: INode,
	error: unknown,
	doing?: string,
): NodeApiError | NodeOperationError {
	if (error instanceof InputError)
		return new NodeOperationError(node, error.message, { description: error.hint });
	const nodeError = toNodeError(node, error, 0);
	if (doing && !nodeError.message.startsWith(doing))
		nodeError.message = `${doing} failed: ${nodeError.message}`;
	return nodeError;
}
