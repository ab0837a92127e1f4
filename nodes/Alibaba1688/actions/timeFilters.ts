import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { toGatewayTime } from '../../shared/helpers/chinaTime';
import { InputError } from '../../shared/helpers/inputError';

/** How a time filter may be given (Order → Get Many, Refund → Get Many). */
export const TIME_HINT =
	'Pick a date in the calendar or give an ISO 8601 date-time such as 2024-03-10T23:30:00-05:00; a date-time without a time zone is read as China time (UTC+8)';

/** A date-time field of a Filters collection. */
export function timeFilter(
	displayName: string,
	name: string,
	description: string,
): INodeProperties {
	return {
		displayName,
		name,
		type: 'dateTime',
		default: '',
		description: `${description}. ${TIME_HINT}.`,
	};
}

/** A date-time filter as gateway text, or undefined when empty. */
function gatewayTime(label: string, value: unknown): string | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	const text = toGatewayTime(value);
	if (!text)
		throw new InputError(
			label,
			`is not a date-time, got ${JSON.stringify(value)}`,
			`${TIME_HINT}.`,
		);
	return text;
}

/** The gateway times of one from/to pair of filters ([name, display name] each); a start after its end is refused. */
export function timeRange(
	filters: IDataObject,
	from: [string, string],
	to: [string, string],
): [string?, string?] {
	const start = gatewayTime(from[1], filters[from[0]]);
	const end = gatewayTime(to[1], filters[to[0]]);
	// Both are China time in the same fixed-width form, so text order is time order.
	if (start && end && start > end) {
		throw new InputError(
			from[1],
			`must not be later than ${to[1]} (${start} > ${end} in China time)`,
		);
	}
	return [start, end];
}
