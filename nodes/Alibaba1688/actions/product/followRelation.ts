import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { API } from '../../../shared/apis';
import { toNodeError } from '../../../shared/helpers/nodeErrors';
import { requireOfferId } from '../../../shared/helpers/validation';
import { callApi, formatApiId, GatewayError, type ApiRef } from '../../../shared/transport';
import { readFollowAnswer, type FollowAction } from './followAnswer';
import { offerIdField } from './productFields';

const APIS: Record<FollowAction, ApiRef> = {
	follow: API.productFollow,
	unfollow: API.productUnfollow,
};

/** The one field of Follow and Unfollow: the offer, one per input item. */
export function followDescription(action: FollowAction, description: string): INodeProperties[] {
	return [offerIdField({ resource: ['product'], operation: [action] }, description)];
}

/**
 * Follows or unfollows one offer for the authorised account. Both are idempotent for the user: an
 * offer already in the wanted state is reported with `changed: false`, not as an error. Being
 * idempotent on 1688's side too, the call is sent as a read, so a passing fault is retried.
 */
export async function setFollowing(
	this: IExecuteFunctions,
	itemIndex: number,
	action: FollowAction,
): Promise<IDataObject> {
	const offerId = requireOfferId('Offer ID', this.getNodeParameter('offerId', itemIndex));
	let answer: { code: unknown; message: unknown };
	try {
		const response = await callApi.call(this, APIS[action], { productId: offerId });
		answer = { code: response.code, message: response.message };
	} catch (error) {
		// An answer the transport reads as an error may still say "already followed".
		if (
			!(error instanceof GatewayError) ||
			!readFollowAnswer(action, error.code, error.gatewayMessage).done
		) {
			throw toNodeError(this.getNode(), error, itemIndex);
		}
		answer = { code: error.code, message: error.gatewayMessage };
	}
	const outcome = readFollowAnswer(action, answer.code, answer.message);
	if (!outcome.done) {
		throw new GatewayError({
			api: formatApiId(APIS[action]),
			code: outcome.code,
			gatewayMessage: outcome.message,
		});
	}
	return { offerId, following: action === 'follow', changed: outcome.changed };
}
