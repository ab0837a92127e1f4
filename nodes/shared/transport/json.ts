import type { IDataObject } from 'n8n-workflow';

/** Integer literals longer than this may exceed 2^53 and would lose digits as JS numbers. */
const SAFE_DIGITS = 15;

/**
 * Quotes integer literals that do not fit a JS number exactly, outside of strings, so that
 * 19-digit order IDs survive `JSON.parse` as strings instead of being rounded.
 */
function quoteUnsafeIntegers(text: string): string {
	let out = '';
	let copiedUpTo = 0;
	let i = 0;
	while (i < text.length) {
		const ch = text[i];
		if (ch === '"') {
			i++;
			while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
			i++;
			continue;
		}
		if (ch === '-' || (ch >= '0' && ch <= '9')) {
			const start = i;
			i++;
			while (i < text.length && /[0-9.eE+-]/.test(text[i])) i++;
			const literal = text.slice(start, i);
			const digits = literal.replace('-', '');
			if (
				/^-?\d+$/.test(literal) &&
				digits.length > SAFE_DIGITS &&
				!Number.isSafeInteger(Number(literal))
			) {
				out += text.slice(copiedUpTo, start) + '"' + literal + '"';
				copiedUpTo = i;
			}
			continue;
		}
		i++;
	}
	return copiedUpTo === 0 ? text : out + text.slice(copiedUpTo);
}

/** `JSON.parse` that keeps integers beyond 2^53 (1688 order IDs) exact by returning them as strings. */
export function parseJsonKeepingLongIds(text: string): unknown {
	return JSON.parse(quoteUnsafeIntegers(text));
}

/** A JSON object from text (long IDs kept exact); undefined when the text is not valid JSON or not an object. */
export function parseJsonObject(text: string): IDataObject | undefined {
	let parsed: unknown;
	try {
		parsed = parseJsonKeepingLongIds(text);
	} catch {
		return undefined;
	}
	return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
		? (parsed as IDataObject)
		: undefined;
}
