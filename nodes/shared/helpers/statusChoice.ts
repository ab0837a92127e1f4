import { InputError } from './inputError';

/**
 * The states chosen in a status filter field (a list, or comma-separated text from an expression), each checked
 * against the states 1688 knows and without repeats; an empty list means every state.
 */
export function readStatusChoice(
	value: unknown,
	field: string,
	kind: string,
	known: readonly string[],
): string[] {
	const list = typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value : [];
	const statuses = list.map((status) => String(status).trim()).filter((status) => status !== '');
	for (const status of statuses) {
		if (!known.includes(status)) {
			throw new InputError(field, `"${status}" is not a 1688 ${kind}; use ${known.join(', ')}`);
		}
	}
	return [...new Set(statuses)];
}
