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
	const gmtBorn = asNumber(scalar(message.gmtBorn));
	const data =
		typeof message.data === 'string'
			? (parseJsonObject(message.data) ?? message.data)
			: (message.data ?? null);
	return {
		msgId: asId(scalar(message.msgId)) ?? null,
		type: asText(scalar(message.type)) ?? null,
		bizKey: asId(scalar(message.bizKey)) ?? null,
		userInfo: asText(scalar(message.userInfo)) ?? null,
		gmtBorn: gmtBorn ?? null,
		gmtBornAt: isoTime(gmtBorn),
		data,
		...messageFields(message.type, data),
	};
}

/**
 * An envelope field that should be text or a number; undefined for an object or a list, which would be
 * no ID, and whose text form may even throw (`{"toString":1}` has no usable toString).
 */
function scalar(value: unknown): unknown {
	return typeof value === 'object' && value !== null ? undefined : value;
}

/** Milliseconds as an ISO time; null when absent or outside the range a date can hold (±8.64e15 ms). */
function isoTime(ms: number | undefined): string | null {
	if (ms === undefined) return null;
	const date = new Date(ms);
	return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** The recent message IDs with these added last (in order, without repeats), the oldest dropped beyond `max`. */
export function rememberMessages(recent: unknown, msgIds: string[], max: number): string[] {
	const added = new Set(msgIds);
	const list = Array.isArray(recent)
		? recent.filter((id): id is string => typeof id === 'string' && !added.has(id))
		: [];
	list.push(...added);
	return list.slice(Math.max(0, list.length - max));
}
