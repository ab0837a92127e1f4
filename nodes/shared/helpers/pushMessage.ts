import type { IDataObject } from 'n8n-workflow';

import { asId, asNumber, asText } from './values';
import { messageFields } from './messageFields';
import { parseJsonObject } from '../transport/json';

/**
 * The item a 1688 message becomes, whichever way it came (pushed to the Message Trigger, or pulled
 * from 1688's message list by the 1688 Trigger): its envelope fields, `gmtBorn` also as an ISO time,
 * and `data` as an object (1688 sends it as an object or as JSON text). Fields the envelope lacks are
 * null, so both triggers always give the same keys. After them, the fields of the topic's data
 * (messageFields: a parcel's waybill, an order's status, …) ready to use.
 */
export function pushMessageItem(message: IDataObject): IDataObject {
	const gmtBorn = asNumber(message.gmtBorn);
	const data = typeof message.data === 'string' ? (parseJsonObject(message.data) ?? message.data) : (message.data ?? null);
	return {
		msgId: asId(message.msgId) ?? null,
		type: asText(message.type) ?? null,
		bizKey: asId(message.bizKey) ?? null,
		userInfo: asText(message.userInfo) ?? null,
		gmtBorn: gmtBorn ?? null,
		gmtBornAt: gmtBorn === undefined ? null : new Date(gmtBorn).toISOString(),
		data,
		...messageFields(message.type, data),
	};
}

/** A message given as JSON text (the `message` form field); undefined when the text is not a JSON object. */
export function parsePushMessage(text: string): IDataObject | undefined {
	const message = parseJsonObject(text);
	return message ? pushMessageItem(message) : undefined;
}

/** How many recent message IDs are kept to recognise repeated deliveries. */
export const RECENT_MESSAGES = 500;

/** The recent message IDs with these added last (in order, without repeats), the oldest dropped beyond `max`. */
export function rememberMessages(recent: unknown, msgIds: string[], max = RECENT_MESSAGES): string[] {
	const added = new Set(msgIds);
	const list = Array.isArray(recent) ? recent.filter((id): id is string => typeof id === 'string' && !added.has(id)) : [];
	list.push(...added);
	return list.slice(Math.max(0, list.length - max));
}

/** The recent message IDs with this one added last. */
export function rememberMessage(recent: unknown, msgId: string, max = RECENT_MESSAGES): string[] {
	return rememberMessages(recent, [msgId], max);
}
