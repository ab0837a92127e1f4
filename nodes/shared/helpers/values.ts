/** Small readers for loosely typed API JSON: 1688 sends numbers as numbers or strings, IDs as either. */

import type { IDataObject } from 'n8n-workflow';

export type Json = IDataObject;

export function asObject(value: unknown): Json {
	return typeof value === 'object' && value !== null && !Array.isArray(value)
		? (value as Json)
		: {};
}

export function asArray(value: unknown): Json[] {
	return Array.isArray(value) ? value.map(asObject) : [];
}

/** A number from a number or numeric text; undefined for anything else (never NaN). */
export function asNumber(value: unknown): number | undefined {
	if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
	if (typeof value === 'string' && value.trim() !== '') {
		const parsed = Number(value);
		return Number.isFinite(parsed) ? parsed : undefined;
	}
	return undefined;
}

/** An ID as text (so 19-digit IDs stay exact); undefined when absent. */
export function asId(value: unknown): string | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	return String(value);
}

/** The IDs of a list as text, absent ones dropped; [] for anything but a list. */
export function asIds(value: unknown): string[] {
	return Array.isArray(value) ? value.map(asId).filter((id): id is string => id !== undefined) : [];
}

/** A percentage from `"10%"`, `"12.34%"` or a bare number (`10`); undefined for anything else. */
export function asPercent(value: unknown): number | undefined {
	return asNumber(typeof value === 'string' ? value.trim().replace(/%$/, '') : value);
}

/** true / false from a Boolean or its text; undefined for anything else. */
export function asBoolean(value: unknown): boolean | undefined {
	if (value === true || value === 'true') return true;
	if (value === false || value === 'false') return false;
	return undefined;
}

export function asText(value: unknown): string | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	return String(value);
}

/** A value as trimmed text; undefined when absent or blank (optional text parameters). */
export function asTrimmedText(value: unknown): string | undefined {
	return asText(value)?.trim() || undefined;
}

/** Drops keys whose value is undefined, so simplified items have no empty columns. */
export function compact<T extends Json>(record: T): T {
	return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}
