import { InputError } from '../../shared/helpers/inputError';
import { preview } from '../../shared/helpers/validation';

/** Yuan with at most two decimals (fen), as a number, digits or text: `12`, `12.5`, `"0.35"`. */
const YUAN = /^(\d{1,12})(?:\.(\d{1,2}))?$/;

/**
 * An amount given in yuan as the fen (1/100 yuan) 1688's refund APIs take, converted from its decimal digits,
 * never by multiplying a float (`0.29 * 100` is 28.999999999999996). A number is read as the shortest text that
 * gives it back, so an amount computed with float drift (`0.1 + 0.2`) shows its extra decimals and is refused, as is
 * anything below 0, with more than two decimals, or not a number.
 */
export function yuanToFen(field: string, value: unknown): number {
	const text =
		typeof value === 'number' && Number.isFinite(value)
			? String(value)
			: typeof value === 'string'
				? value.trim()
				: '';
	if (text === '' && (value === undefined || value === null || value === '')) {
		throw new InputError(field, 'is required: an amount in yuan (CNY)');
	}
	const match = YUAN.exec(text);
	if (!match) {
		const decimals = /^\d+\.(\d{3,})$/.test(text);
		throw new InputError(
			field,
			decimals
				? `has more than 2 decimals (fen are the smallest unit), got ${text}`
				: `must be an amount in yuan (CNY) of 0 or more, got ${preview(value)}`,
			'Give yuan with at most two decimals, e.g. 12.5 for ¥12.50; round a computed amount first, e.g. {{ $json.amount.toFixed(2) }}.',
		);
	}
	return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}
