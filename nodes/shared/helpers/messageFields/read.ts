import { fromGatewayTime, toGatewayTime } from '../chinaTime';
import { asId, asNumber, asObject, asText, type Json } from '../values';
import { parseJsonObject } from '../../transport/json';

/**
 * Readers for the fields of a push message's `data`. Every field a topic promises is always there
 * (null when 1688 left it out), so a topic's items always have the same keys.
 */

/** An ID as exact text (a long ID arrives as text already: push bodies are read with the long-ID-safe parser). */
export function idOf(value: unknown): string | null {
	return asId(value) ?? null;
}

export function textOf(value: unknown): string | null {
	return asText(value)?.trim() || null;
}

export function numberOf(value: unknown): number | null {
	return asNumber(value) ?? null;
}

/**
 * A message time as ISO 8601 in China time (+08:00): epoch milliseconds (a number or its digits),
 * 1688's `yyyy-MM-dd HH:mm:ss` China time, the gateway's `yyyyMMddHHmmssSSS+0800`, or ISO text.
 * Null for anything else (the samples send a blank for some times).
 */
export function timeOf(value: unknown): string | null {
	const instant = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
	return fromGatewayTime(toGatewayTime(instant)) ?? null;
}

/** IDs given as a list (of numbers or texts) or as one comma-separated text, each as exact text. */
export function idsOf(value: unknown): string[] {
	const list = Array.isArray(value)
		? value
		: typeof value === 'string'
			? value.split(',')
			: value === undefined || value === null
				? []
				: [value];
	return list
		.map((entry) => asId(typeof entry === 'string' ? entry.trim() : entry))
		.filter((id): id is string => id !== undefined);
}

/** Offers named as a list or one comma-separated text (`productIds`): the first, and all of them. */
export function offersOf(productIds: unknown): Json {
	const offerIds = idsOf(productIds);
	return { offerId: offerIds[0] ?? null, offerIds };
}

/** Amounts the page gives in fen (1/100 yuan), as yuan. */
export function yuanOf(fen: unknown): number | null {
	const value = asNumber(fen);
	return value === undefined ? null : Math.round(value) / 100;
}

/** A field sent as JSON text: the object it holds, else the text as sent. */
export function jsonTextOf(value: unknown): Json | string | null {
	if (typeof value !== 'string')
		return typeof value === 'object' && value !== null ? asObject(value) : null;
	return parseJsonObject(value) ?? textOf(value);
}

/** The list's entries as objects, or the one object, as a list (a page may declare an object where 1688 sends a list). */
export function entriesOf(value: unknown): Json[] {
	const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
	return list.map(asObject).filter((entry) => Object.keys(entry).length > 0);
}
