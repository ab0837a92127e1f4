import { InputError } from '../shared/helpers/inputError';
import { requireOfferId } from '../shared/helpers/validation';

export const OFFER_IDS_FIELD = 'Offer IDs';

/** Splits typed text on commas, semicolons, spaces and new lines; offer page URLs contain none of them. */
function entriesOf(value: unknown): unknown[] {
	if (Array.isArray(value)) return value.flatMap(entriesOf);
	if (typeof value === 'string') return value.split(/[\s,;]+/).filter((part) => part !== '');
	if (value === undefined || value === null) return [];
	return [value];
}

/**
 * The offers to watch, in the order given and without repeats: IDs or offer page URLs, typed as a
 * list or given by an expression as text, a number or an array. Any entry that is not an offer makes
 * the whole list an input error, so nothing is watched half-way.
 */
export function parseOfferIds(value: unknown): string[] {
	const ids = entriesOf(value).map((entry) => requireOfferId(OFFER_IDS_FIELD, entry));
	if (ids.length === 0) {
		throw new InputError(
			OFFER_IDS_FIELD,
			'is required: give at least one offer ID',
			'Separate offer IDs or offer page URLs with commas or new lines, e.g. 624392716873, 655443322110.',
		);
	}
	return [...new Set(ids)];
}
