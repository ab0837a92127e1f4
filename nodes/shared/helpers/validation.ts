import { InputError } from './inputError';

/** A value as short JSON for an error message: `"2.5"`, `undefined`, `1000000000000`. */
function asJson(value: unknown): string {
	return preview(typeof value === 'string' ? JSON.stringify(value) : value);
}

/** A value as a short text for an error message. */
export function preview(value: unknown): string {
	const text = typeof value === 'string' ? value : JSON.stringify(value);
	return text === undefined ? String(value) : text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** The largest 1688 ID: IDs are Java Longs in every doc page (at most 19 digits). */
const LONG_MAX = '9223372036854775807';

/** Whether digits (no leading zero) name a whole number of at most Long.MAX_VALUE. */
function fitsInLong(digits: string): boolean {
	return (
		digits.length < LONG_MAX.length || (digits.length === LONG_MAX.length && digits <= LONG_MAX)
	);
}

/**
 * A 1688 numeric ID (offer, order, SKU, category): digits only, from 1 up to a Java Long (every doc page types
 * IDs as Long), returned as text so long IDs stay exact. `allowZero` for the one ID where 0 means something
 * (category 0, the root).
 */
export function requireNumericId(
	field: string,
	value: unknown,
	{ allowZero = false }: { allowZero?: boolean } = {},
): string {
	const raw = typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : value;
	const text = typeof raw === 'string' ? raw.trim() : '';
	if (value === undefined || value === null || (typeof value === 'string' && text === '')) {
		throw new InputError(
			field,
			'is required and must not be empty',
			'The ID is the number in the 1688 page URL, e.g. 624392716873 in detail.1688.com/offer/624392716873.html.',
		);
	}
	if (!/^\d+$/.test(text)) {
		throw new InputError(
			field,
			`must be a numeric 1688 ID (digits only), got ${preview(value)}`,
			'The ID is the number in the 1688 page URL, e.g. 624392716873 in detail.1688.com/offer/624392716873.html.',
		);
	}
	const inRange = /^[1-9]\d*$/.test(text) ? fitsInLong(text) : allowZero && text === '0';
	if (!inRange) {
		throw new InputError(
			field,
			`must be a 1688 ID from ${allowZero ? 0 : 1} to ${LONG_MAX} (at most 19 digits, no leading zeros), got ${preview(value)}`,
			'1688 IDs are whole numbers that fit a Java Long; check that the ID was not padded, cut or joined with another.',
		);
	}
	return text;
}

/**
 * A 1688 offer ID, also accepted as an offer page URL (`https://detail.1688.com/offer/624392716873.html`),
 * which is what users usually have at hand.
 */
export function requireOfferId(field: string, value: unknown): string {
	if (typeof value === 'string') {
		const fromUrl = /1688\.com\/offer\/(\d+)\.html/.exec(value);
		if (fromUrl) return fromUrl[1];
	}
	return requireNumericId(field, value);
}

/** A text of at most `max` characters (trimmed), when one is given. */
export function checkLength(field: string, text: string, max: number): string {
	if (text.length > max)
		throw new InputError(field, `must be at most ${max} characters, got ${text.length}`);
	return text;
}

/** A required text parameter, trimmed; at most `max` characters when given. */
export function requireText(field: string, value: unknown, max?: number): string {
	if (typeof value !== 'string' || value.trim() === '') {
		throw new InputError(field, 'is required and must not be empty');
	}
	return max === undefined ? value.trim() : checkLength(field, value.trim(), max);
}

/**
 * A quantity of pieces: a whole number from 1 to `max`, also given as digits in text (from a spreadsheet or
 * JSON). The cap keeps a typo or a runaway expression (1e12) from reaching 1688.
 */
export function requireQuantity(field: string, value: unknown, max = MAX_QUANTITY): number {
	const quantity = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
	if (typeof quantity !== 'number' || !Number.isInteger(quantity) || quantity < 1) {
		throw new InputError(field, `must be a whole number of at least 1, got ${asJson(value)}`);
	}
	if (quantity > max)
		throw new InputError(
			field,
			`must be at most ${max.toLocaleString('en-US')}, got ${asJson(value)}`,
		);
	return quantity;
}

/** The most pieces one line may ask for: far above any wholesale order line (1688's pages set no limit). */
export const MAX_QUANTITY = 1_000_000;
