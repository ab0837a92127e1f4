import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { toNodeError } from '../../../shared/helpers/nodeErrors';
import { refusalIn } from '../../helpers/writeAnswer';
import { formatApiId, GatewayError, type ApiParams, type ApiRef } from '../../../shared/transport';
import { callWriteOnce, type UncertainOutcome } from '../writeOnce';

/**
 * Sends one of the follow-up writes on an order (confirm receipt, urge, memo, message, address change, delete) exactly
 * once through callWriteOnce, then turns a refusal inside a success-shaped answer (writeAnswer.ts) into the same node
 * error, with 1688's code in words, as a refusal the transport recognised.
 */
export async function sendOrderWrite(
	this: IExecuteFunctions,
	itemIndex: number,
	api: ApiRef,
	params: ApiParams,
	uncertain: UncertainOutcome,
): Promise<IDataObject> {
	const answer = await callWriteOnce.call(this, itemIndex, api, params, uncertain);
	const refusal = refusalIn(answer);
	if (refusal) {
		const error = new GatewayError({
			api: formatApiId(api),
			code: refusal.code,
			gatewayMessage: refusal.message,
		});
		throw toNodeError(this.getNode(), error, itemIndex);
	}
	return answer;
}
