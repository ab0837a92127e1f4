import { parseJsonKeepingLongIds } from '../../shared/transport/json';
import { InputError } from '../../shared/helpers/inputError';
import { preview } from '../../shared/helpers/validation';

/**
 * Every JSON parameter of the node is read here: a `json` field holds text, an expression may give the
 * object or array itself. Integers beyond 2^53 (19-digit order IDs) stay exact, as digit strings. Bad
 * JSON is an InputError naming the field (the router adds the item).
 */

const JSON_OBJECT_HINT = 'Write a JSON object, e.g. {"productID": 624392716873}.';

/** The value of a JSON parameter: text parsed, anything else as given; empty text is undefined. */
export function parseJsonInput(field: string, value: unknown, hint?: string): unknown {
	if (typeof value !== 'string') return value;
	if (value.trim() === '') return undefined;
	let syntaxError: string;
	try {
		return parseJsonKeepingLongIds(value);
	} catch (error) {
		syntaxError = (error as Error).message;
	}
	throw new InputError(field, `is not valid JSON (${syntaxError})`, hint);
}

/** A JSON object parameter; empty text is an empty object. */
export function requireJsonObject(field: string, value: unknown): Record<string, unknown> {
	const given = parseJsonInput(field, value, JSON_OBJECT_HINT);
	const parsed = given === undefined ? {} : given;
	if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
		throw new InputError(field, `must be a JSON object, got ${preview(parsed)}`, JSON_OBJECT_HINT);
	}
	return parsed as Record<string, unknown>;
}

/**
 * A list parameter given as JSON: an array, or one object taken as a list of one; empty text is an empty
 * list. `what` names the entries in the message, e.g. "cart lines".
 */
export function requireJsonList(
	field: string,
	value: unknown,
	what: string,
	hint?: string,
): unknown[] {
	const given = parseJsonInput(field, value, hint);
	const parsed = given === undefined ? [] : given;
	if (Array.isArray(parsed)) return parsed;
	if (typeof parsed === 'object' && parsed !== null) return [parsed];
	throw new InputError(field, `must be a JSON array of ${what}, got ${preview(parsed)}`, hint);
}
