import type { IExecuteFunctions } from 'n8n-workflow';

import { chinaDaysBetween, shiftChinaDay, toChinaDay } from '../../../shared/helpers/chinaTime';
import { InputError } from '../../../shared/helpers/inputError';

/**
 * The most days one trend call covers, both included. The sales and median price pages: "start and end no
 * more than one month apart" (product.analyze.*TrendNew-1), read as 31 days; the repurchase rate's page:
 * "at most 30 days can be queried" (getRepurchaseRateTrendNew-1).
 */
export const MONTH_TREND_DAYS = 31;
export const REPURCHASE_RATE_TREND_DAYS = 30;
/** Without dates: the 30 days up to yesterday (today has no figure yet). */
const DEFAULT_TREND_DAYS = 30;

function readDay(
	this: IExecuteFunctions,
	itemIndex: number,
	name: string,
	field: string,
): string | undefined {
	const value = this.getNodeParameter(name, itemIndex, '');
	if (value === '' || value === undefined || value === null) return undefined;
	const day = toChinaDay(value);
	if (!day) throw new InputError(field, `must be a date such as 2025-06-01, got ${String(value)}`);
	return day;
}

/**
 * `startDate` and `endDate` (yyyyMMdd, China time) for one item, checked against the window of the APIs called:
 * `maxDays`, the smallest of theirs, and `limitedBy`, what sets it (named in the error).
 */
export function readTrendDates(
	this: IExecuteFunctions,
	itemIndex: number,
	maxDays = MONTH_TREND_DAYS,
	limitedBy = '',
): { startDate: string; endDate: string } {
	const start = readDay.call(this, itemIndex, 'startDate', 'Start Date');
	const end = readDay.call(this, itemIndex, 'endDate', 'End Date');
	const endDate =
		end ??
		(start
			? shiftChinaDay(start, DEFAULT_TREND_DAYS - 1)
			: shiftChinaDay(toChinaDay(Date.now()) as string, -1));
	const startDate = start ?? shiftChinaDay(endDate, -(DEFAULT_TREND_DAYS - 1));
	const days = chinaDaysBetween(startDate, endDate) + 1;
	if (days < 1)
		throw new InputError('End Date', `${endDate} is before the Start Date ${startDate}`);
	if (days > maxDays) {
		const what = limitedBy ? ` of ${limitedBy}` : '';
		throw new InputError(
			'End Date',
			`the dates span ${days} days; 1688 gives at most ${maxDays} days${what} at a time`,
			`Split a longer period into spans of ${maxDays} days (one item each).`,
		);
	}
	return { startDate, endDate };
}
