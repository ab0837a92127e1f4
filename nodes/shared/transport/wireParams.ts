import { stringifyWithLongs } from '../helpers/longJson';

/** A value an operation may hand to the transport; objects and arrays go out as JSON text. */
export type ApiParams = Record<string, unknown>;

/**
 * Turns business parameters into the exact strings that are sent and signed: objects and arrays
 * as compact JSON (raw UTF-8, no `\uXXXX` escapes; a `LongId` inside them as its bare digits, helpers/longJson.ts),
 * numbers and booleans as text. `undefined` and `null` mean "not sent".
 */
export function toWireParams(params: ApiParams): Record<string, string> {
	const wire: Record<string, string> = {};
	for (const [key, value] of Object.entries(params)) {
		if (value === undefined || value === null) continue;
		wire[key] = typeof value === 'object' ? (stringifyWithLongs(value) ?? 'null') : String(value);
	}
	return wire;
}
