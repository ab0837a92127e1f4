/**
 * 1688 speaks China Standard Time (UTC+8, no daylight saving) in the form `yyyyMMddHHmmssSSS+0800`.
 * These convert between that form and ISO 8601.
 */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;
const GATEWAY_TIME = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{3})?([+-])(\d{2})(\d{2})$/;

function pad(value: number, width = 2): string {
	return String(value).padStart(width, '0');
}

/** The instant a date value names: a Date, epoch milliseconds, or ISO-like text (with or without zone). */
function toInstant(value: unknown): number | undefined {
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.getTime();
	if (typeof value === 'number' && Number.isFinite(value)) return value;
	// Luxon DateTime (what n8n's date-time fields and $now give) and anything else with toMillis().
	if (value && typeof (value as { toMillis?: unknown }).toMillis === 'function') {
		const millis = (value as { toMillis: () => number }).toMillis();
		return Number.isFinite(millis) ? millis : undefined;
	}
	if (typeof value !== 'string' || value.trim() === '') return undefined;
	const text = value.trim();
	const gateway = fromGatewayTime(text);
	if (gateway) return Date.parse(gateway);
	// A date-time without a zone is read as China time, the zone 1688 users think in.
	const hasZone = /(Z|[+-]\d{2}:?\d{2})$/i.test(text);
	const isoLike = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?)?/.test(text);
	if (isoLike && !hasZone) {
		const withTime = text.length === 10 ? `${text}T00:00:00` : text.replace(' ', 'T');
		const parsed = Date.parse(`${withTime}+08:00`);
		return Number.isNaN(parsed) ? undefined : parsed;
	}
	const parsed = Date.parse(text);
	return Number.isNaN(parsed) ? undefined : parsed;
}

/** `20240101000000000+0800` for a date value; undefined when it is not a date. */
export function toGatewayTime(value: unknown): string | undefined {
	const instant = toInstant(value);
	if (instant === undefined) return undefined;
	const china = new Date(instant + CHINA_OFFSET_MS);
	return (
		`${china.getUTCFullYear()}${pad(china.getUTCMonth() + 1)}${pad(china.getUTCDate())}` +
		`${pad(china.getUTCHours())}${pad(china.getUTCMinutes())}${pad(china.getUTCSeconds())}` +
		`${pad(china.getUTCMilliseconds(), 3)}+0800`
	);
}

/** ISO 8601 (`2024-01-01T00:00:00.000+08:00`) for a gateway time; undefined for anything else. */
export function fromGatewayTime(value: unknown): string | undefined {
	if (typeof value !== 'string') return undefined;
	const match = GATEWAY_TIME.exec(value.trim());
	if (!match) return undefined;
	const [
		,
		year,
		month,
		day,
		hour,
		minute,
		second,
		millis = '000',
		sign,
		offsetHours,
		offsetMinutes,
	] = match;
	return `${year}-${month}-${day}T${hour}:${minute}:${second}.${millis}${sign}${offsetHours}:${offsetMinutes}`;
}

const CHINA_DASH_TIME = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?$/;

/**
 * ISO 8601 for a 1688 time in either of its forms: the gateway's `yyyyMMddHHmmssSSS+0800`, or the
 * zone-less China time `yyyy-MM-dd HH:mm:ss` of the logistics and cross-border APIs.
 */
export function fromChinaTime(value: unknown): string | undefined {
	const gateway = fromGatewayTime(value);
	if (gateway || typeof value !== 'string') return gateway;
	const match = CHINA_DASH_TIME.exec(value.trim());
	if (!match) return undefined;
	const [, year, month, day, hour, minute, second, millis = '000'] = match;
	return `${year}-${month}-${day}T${hour}:${minute}:${second}.${millis.padEnd(3, '0')}+08:00`;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const CHINA_DAY = /^(\d{4})(\d{2})(\d{2})$/;

/** `yyyyMMdd` of the UTC calendar day an epoch time falls on. */
function utcDay(ms: number): string {
	return new Date(ms).toISOString().slice(0, 10).replace(/-/g, '');
}

/** The epoch time a `yyyyMMdd` day starts at, counted in UTC (days apart stay whole days). */
function utcDayStart(day: string): number {
	return Date.parse(`${chinaDayToIso(day)}T00:00:00Z`);
}

/** The China-time calendar day `yyyyMMdd` of a date value (a date alone counts as that day); undefined when it is not a date. */
export function toChinaDay(value: unknown): string | undefined {
	if (typeof value === 'string' && CHINA_DAY.test(value.trim())) return value.trim();
	const instant = toInstant(value);
	if (instant === undefined) return undefined;
	return utcDay(instant + CHINA_OFFSET_MS);
}

/** `yyyy-MM-dd` for a `yyyyMMdd` day; undefined for anything else. */
export function chinaDayToIso(day: unknown): string | undefined {
	const match = typeof day === 'string' ? CHINA_DAY.exec(day) : null;
	return match ? `${match[1]}-${match[2]}-${match[3]}` : undefined;
}

/** The day `days` after (negative: before) a `yyyyMMdd` day. */
export function shiftChinaDay(day: string, days: number): string {
	return utcDay(utcDayStart(day) + days * DAY_MS);
}

/** Days from one `yyyyMMdd` day to another (negative when `to` is earlier). */
export function chinaDaysBetween(from: string, to: string): number {
	return Math.round((utcDayStart(to) - utcDayStart(from)) / DAY_MS);
}
