import type { IDataObject, IPollFunctions } from 'n8n-workflow';

/**
 * How the trigger remembers what it has seen: in the node's workflow static data (n8n stores it with
 * the workflow, so it survives restarts and works in queue mode; nothing is kept in module memory),
 * under one key per event, holding small values only:
 *
 *   stock / price: { offers: { "<offerId>": { "<skuId>": 12 } | 0 }, next: "<offerId>" }
 *   orders:        { statuses: { "<orderId>": "waitsellersend" }, since: <ms>, listing?: {...} }
 *   refunds:       { statuses: { "<refundId>": "waitselleragree" }, since: <ms>, listing?: {...} }
 *   messages:      { seen: ["<msgId>", …], unconfirmed: ["<msgId>", …] }
 *
 * A poll works on copies and writes its key back in one assignment at its very end, after every call
 * of the poll has succeeded. A poll that fails, or is cut off, leaves the saved state exactly as it
 * was; its changes are found again, and reported once, by the next poll (all-or-nothing: reporting
 * part of a failed poll would need state for the part, which a rerun cannot tell from the rest).
 */
const STATE_KEYS = ['stock', 'price', 'orders', 'refunds', 'messages'] as const;

export type StateKey = (typeof STATE_KEYS)[number];

/** The saved state of the watched event, undefined before its first successful poll. */
export function savedState<T>(context: IPollFunctions, key: StateKey): T | undefined {
	return context.getWorkflowStaticData('node')[key] as T | undefined;
}

/** Saves the state of a successful poll, and drops what another event left (the event was changed). */
export function commitState(context: IPollFunctions, key: StateKey, state: IDataObject): void {
	const staticData = context.getWorkflowStaticData('node');
	for (const other of STATE_KEYS)
		if (other !== key && other in staticData) delete staticData[other];
	staticData[key] = state;
}
