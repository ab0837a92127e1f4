import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { refusalIn } from '../../helpers/writeAnswer';
import { formatApiId, GatewayError, type ApiParams, type ApiRef } from '../../../shared/transport';
import { callWriteOnce, type UncertainOutcome } from '../writeOnce';

/**
 * Sends one of the follow-up writes on an order (confirm receipt, urge, memo, message, address change, delete) exactly
 * once through callWriteOnce; a refusal inside a success-shaped answer (writeAnswer.ts) is the same node error, with
 * 1688's code in words, as a refusal the transport recognised, and is not remembered as a write done.
 */
export async function sendOrderWrite(
	this: IExecuteFunctions,
	itemIndex: number,
	api: ApiRef,
	params: ApiParams,
	uncertain: UncertainOutcome,
): Promise<IDataObject> {
	const refusedIn = (answer: IDataObject) => {
		const refusal = refusalIn(answer);
		return (
			refusal &&
			new GatewayError({
				api: formatApiId(api),
				code: refusal.code,
				gatewayMessage: refusal.message,
			})
		);
	};
	return await callWriteOnce.call(this, itemIndex, api, params, { ...uncertain, refusedIn });
}
