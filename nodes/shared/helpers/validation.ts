import { InputError } from './inputError';

/** A value as a short text for an error message. */
export function preview(value: unknown): string {
	const text = typeof value === 'string' ? value : JSON.stringify(value);
	return text === undefined ? String(value) : text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** A 1688 numeric ID (offer, order, SKU, category): digits only, returned as text so long IDs stay exact. */
export function requireNumericId(field: string, value: unknown): string {
	const text = typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : value;
	if (typeof text !== 'string' || !/^\d{1,20}$/.test(text.trim())) {
		throw new InputError(
			field,
			`must be a numeric 1688 ID (digits only), got ${preview(value)}`,
			'The ID is the number in the 1688 page URL, e.g. 624392716873 in detail.1688.com/offer/624392716873.html.',
		);
	}
	return text.trim();
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

/** A required text parameter, trimmed. */
export function requireText(field: string, value: unknown): string {
	if (typeof value !== 'string' || value.trim() === '') {
		throw new InputError(field, 'is required and must not be empty');
	}
	return value.trim();
}

/** A quantity of pieces: a whole number of at least 1, also given as digits in text (from a spreadsheet or JSON). */
export function requireQuantity(field: string, value: unknown): number {
	const quantity = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
	if (typeof quantity !== 'number' || !Number.isInteger(quantity) || quantity < 1) {
		throw new InputError(field, `must be a whole number of at least 1, got ${JSON.stringify(value)}`);
	}
	return quantity;
}
