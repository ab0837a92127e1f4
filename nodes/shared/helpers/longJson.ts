/**
 * A Long an API parameter carries, given as its digits: written as a bare JSON number literal with every digit,
 * which a JavaScript number cannot hold beyond 2^53 (1688's sub-order IDs have 18-19 digits). Use it anywhere in a
 * parameter object or array handed to the transport: `{ orderEntryIds: ids.map(longId) }` goes out as
 * `[2304567890123456789,2304567890123456790]`.
 */
export class LongId {
	constructor(readonly digits: string) {
		if (!/^\d{1,20}$/.test(digits)) throw new TypeError(`not the digits of a Long: ${digits}`);
	}
}

export function longId(digits: string): LongId {
	return new LongId(digits);
}

/**
 * `JSON.stringify` (compact, raw UTF-8) that writes every LongId as its bare digits; for any value without one it
 * gives exactly what `JSON.stringify` gives.
 */
export function stringifyWithLongs(value: unknown): string | undefined {
	if (value instanceof LongId) return value.digits;
	if (Array.isArray(value))
		return `[${value.map((entry) => stringifyWithLongs(entry) ?? 'null').join(',')}]`;
	if (
		value !== null &&
		typeof value === 'object' &&
		typeof (value as { toJSON?: unknown }).toJSON !== 'function'
	) {
		const members: string[] = [];
		for (const [key, entry] of Object.entries(value)) {
			const written = stringifyWithLongs(entry);
			if (written !== undefined) members.push(`${JSON.stringify(key)}:${written}`);
		}
		return `{${members.join(',')}}`;
	}
	return JSON.stringify(value);
}
