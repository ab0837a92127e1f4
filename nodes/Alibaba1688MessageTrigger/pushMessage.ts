import type { IDataObject } from 'n8n-workflow';

import { asId, asNumber, asObject, asText } from '../shared/helpers/values';
import { parseJsonKeepingLongIds } from '../shared/transport/json';
import { SIGNATURE_PARAM } from '../shared/transport/signature';

/** The two form fields 1688 posts: the message as JSON text, and its signature. */
export interface PushForm {
	message?: string;
	signature?: string;
}

function field(value: unknown): string | undefined {
	const first = Array.isArray(value) ? value[0] : value;
	return typeof first === 'string' ? first : undefined;
}

/**
 * The form 1688 posted. n8n parses `application/x-www-form-urlencoded` bodies into `body`; when it did
 * not (another or no content type), the raw body is read as a form instead.
 */
export function readPushForm(body: unknown, rawBody: unknown): PushForm {
	const parsed = asObject(body);
	if (typeof parsed.message === 'string') {
		return { message: parsed.message, signature: field(parsed[SIGNATURE_PARAM]) };
	}
	const text = typeof body === 'string' ? body : rawBody instanceof Uint8Array || typeof rawBody === 'string' ? rawBody.toString() : '';
	const form = new URLSearchParams(text);
	return { message: form.get('message') ?? undefined, signature: form.get(SIGNATURE_PARAM) ?? undefined };
}

/** A JSON object from text, keeping 19-digit order IDs exact; undefined when the text is not one. */
function jsonObject(text: string): IDataObject | undefined {
	let parsed: unknown;
	try {
		parsed = parseJsonKeepingLongIds(text);
	} catch {
		return undefined;
	}
	return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as IDataObject) : undefined;
}

/**
 * The item a push message becomes: its envelope fields, `gmtBorn` also as an ISO time, and `data`
 * as an object (1688 sends it as an object or as JSON text). Undefined when the message is not JSON.
 */
export function parsePushMessage(text: string): IDataObject | undefined {
	const message = jsonObject(text);
	if (!message) return undefined;
	const gmtBorn = asNumber(message.gmtBorn);
	const data = typeof message.data === 'string' ? (jsonObject(message.data) ?? message.data) : (message.data ?? null);
	return {
		msgId: asId(message.msgId) ?? null,
		type: asText(message.type) ?? null,
		bizKey: asId(message.bizKey) ?? null,
		userInfo: asText(message.userInfo) ?? null,
		gmtBorn: gmtBorn ?? null,
		gmtBornAt: gmtBorn === undefined ? null : new Date(gmtBorn).toISOString(),
		data,
	};
}

/** How many recent message IDs are kept to recognise repeated deliveries. */
export const RECENT_MESSAGES = 500;

/** The recent message IDs with this one added last, the oldest dropped beyond `max`. */
export function rememberMessage(recent: unknown, msgId: string, max = RECENT_MESSAGES): string[] {
	const list = Array.isArray(recent) ? recent.filter((id): id is string => typeof id === 'string' && id !== msgId) : [];
	list.push(msgId);
	return list.slice(Math.max(0, list.length - max));
}
