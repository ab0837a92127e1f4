import type { IDataObject } from 'n8n-workflow';

import { claim, claimsOf, isClaimed } from './processClaims';
import { SeenMessages } from './seenMessages';

const HOUR = 3_600_000;

/**
 * Refuse Messages Older Than, by default. 1688 pushes a message again when a push fails, a few times
 * ("一般3次", usually 3), then keeps it for the pull APIs for about 3 months (open.1688.com/doc/messageDoc.htm,
 * 消息推送中心ISV使用手册: 接收失败时，消息中心会自动重发N次（一般3次）…失败消息一般保存3个月). The doc gives no
 * interval; a day covers those retries with a wide margin, and what is older comes by the pull, which has no
 * age limit (1688 Trigger → Messages (Pulled)).
 */
export const DEFAULT_MAX_AGE_HOURS = 24;
/** How long a message is remembered when the age limit is off. */
const MEMORY_WITHOUT_AGE_LIMIT_MS = 24 * HOUR;

/** new: start the workflow; repeat: started before; tooOld: older than the age limit, or than what is remembered. */
export type Verdict = 'new' | 'repeat' | 'tooOld';

export interface Delivery {
	/** The workflow and node the message came to. */
	scope: string;
	/** messageKey() of the message. */
	key: string;
	/** gmtBorn in ms when it is a valid time, else undefined (no age check for it). */
	bornAt: number | undefined;
	now: number;
	/** The age limit in hours; 0 for none. */
	maxAgeHours: number;
	/** Started by the other trigger of the workflow (Avoid Duplicates). */
	startedElsewhere: boolean;
}

/**
 * Decides what a delivery starts, and claims a new message in this process and in the node's static data
 * before returning: synchronous, so no other delivery of it can run in between. A message is remembered
 * for at least the age limit, counted from its gmtBorn: everything newer than the limit is recognised as a
 * repeat, everything older is refused. Only a new message changes the static data.
 */
export function judgeDelivery(staticData: IDataObject, delivery: Delivery): Verdict {
	const { scope, key, bornAt, now, startedElsewhere } = delivery;
	const maxAgeMs = delivery.maxAgeHours > 0 ? delivery.maxAgeHours * HOUR : 0;
	const ageChecked = maxAgeMs > 0 && bornAt !== undefined;
	if (ageChecked && bornAt < now - maxAgeMs) return 'tooOld';
	const seen = SeenMessages.read(staticData, now);
	if (seen.has(key) || isClaimed(scope, key, now) || startedElsewhere) return 'repeat';
	// Forgotten early (more messages than the memory holds within the limit): it cannot be told from a repeat.
	if (ageChecked && seen.mayHaveForgotten(bornAt)) return 'tooOld';

	const keepMs = maxAgeMs || MEMORY_WITHOUT_AGE_LIMIT_MS;
	const at = ageChecked ? bornAt : now;
	claim(scope, key, now + keepMs, at, now);
	// What other deliveries of this process claimed since this static data was loaded is written back too.
	for (const [claimed, claimedAt] of claimsOf(scope, now))
		if (!seen.has(claimed)) seen.add(claimed, claimedAt);
	seen.add(key, at);
	seen.prune(now, keepMs);
	seen.write(staticData);
	return 'new';
}
