import type { IDataObject } from 'n8n-workflow';

import { API } from './apis';
import { rememberMessages } from './helpers/pushMessage';
import { callApi, formatApiId, GatewayError, type GatewayContext } from './transport';

/**
 * "Webhook for speed, pull for what the webhook missed": the 1688 Message Trigger and the 1688
 * Trigger's Messages (Pulled) event in one workflow, each with Avoid Duplicates on, never start the
 * workflow twice for one msgId. Two ledgers make that work, because of when n8n saves static data:
 *
 * - The workflow's global static data holds the message IDs either trigger started for. A webhook
 *   request loads it from the database and saves it when answered, and a poll's static data is saved
 *   whenever the poll emits, so the Message Trigger sees every message the pull emitted.
 * - The other way round static data cannot work: an active poll keeps the static data it loaded at
 *   activation in memory and never re-reads it. So the Message Trigger also confirms each message it
 *   accepted to 1688 (push.message.confirm): 1688 then no longer lists it as undelivered, and the pull
 *   never receives it.
 * A poll that emits writes its whole copy back over the database, which drops what the Message Trigger
 * saved since (its recent IDs here too): nothing in a node can prevent that (README, Message Trigger).
 */
export const SHARED_MESSAGE_IDS = 'alibaba1688MessageIds';

/** How many message IDs the workflow-wide ledger keeps. */
const SHARED_MAX = 2000;

/** The message IDs a trigger of this workflow started for (the workflow's global static data). */
export function sharedMessageIds(global: IDataObject): Set<string> {
	const ids = global[SHARED_MESSAGE_IDS];
	return new Set(
		Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [],
	);
}

/** Adds message IDs to the workflow-wide ledger (a no-op for none, so static data stays unchanged). */
export function shareMessageIds(global: IDataObject, msgIds: string[]): void {
	if (msgIds.length === 0) return;
	global[SHARED_MESSAGE_IDS] = rememberMessages(global[SHARED_MESSAGE_IDS], msgIds, SHARED_MAX);
}

/** IDs sent per confirm call (the doc page gives no limit; 1688's list pages hold at most 200). */
const CONFIRM_BATCH = 200;

/**
 * Tells 1688 these messages were consumed (push.message.confirm), so its list of undelivered
 * messages no longer holds them. Confirming is idempotent, so it is sent as a read: a passing fault
 * is retried. Throws a GatewayError when 1688 does not answer `isSuccess: true`.
 */
export async function confirmMessages(this: GatewayContext, msgIds: string[]): Promise<void> {
	const ids = msgIds.filter((id) => /^\d+$/.test(id));
	for (let start = 0; start < ids.length; start += CONFIRM_BATCH) {
		// A JSON list of Longs, written from the digits so that IDs beyond 2^53 stay exact.
		const msgIdList = `[${ids.slice(start, start + CONFIRM_BATCH).join(',')}]`;
		const response = await callApi.call(this, API.pushMessageConfirm, { msgIdList });
		if (response.isSuccess !== true && response.isSuccess !== 'true') {
			throw new GatewayError({
				api: formatApiId(API.pushMessageConfirm),
				code: 'CONFIRM_FAILED',
				gatewayMessage: '1688 did not confirm the messages (isSuccess is not true)',
			});
		}
	}
}
