'use strict';
/**
 * 1688 date strings: `yyyyMMddHHmmssSSS+0800` (China Standard Time, no DST).
 */
const CHINA_OFFSET_MS = 8 * 3600 * 1000;

const pad = (n, w = 2) => String(n).padStart(w, '0');

/** @param {number} ms epoch milliseconds @returns {string} e.g. `20240101000000000+0800` */
function format1688(ms) {
	const d = new Date(ms + CHINA_OFFSET_MS);
	return (
		pad(d.getUTCFullYear(), 4) +
		pad(d.getUTCMonth() + 1) +
		pad(d.getUTCDate()) +
		pad(d.getUTCHours()) +
		pad(d.getUTCMinutes()) +
		pad(d.getUTCSeconds()) +
		pad(d.getUTCMilliseconds(), 3) +
		'+0800'
	);
}

/** `yyyy-MM-dd HH:mm:ss` in China time (used by the cross-border and logistics APIs). */
function formatDash(ms) {
	const d = new Date(ms + CHINA_OFFSET_MS);
	return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

const RE_1688 = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{3})?([+-])(\d{2})(\d{2})$/;

/**
 * Parse `yyyyMMddHHmmssSSS+0800` (milliseconds optional, any ±hhmm zone).
 * @param {string} text @returns {number|null} epoch ms, or null when the text is not in that form
 */
function parse1688(text) {
	const m = RE_1688.exec(String(text).trim());
	if (!m) return null;
	const [, y, mo, d, h, mi, s, ms = '000', sign, zh, zm] = m;
	const month = Number(mo);
	const day = Number(d);
	if (
		month < 1 ||
		month > 12 ||
		day < 1 ||
		day > 31 ||
		Number(h) > 23 ||
		Number(mi) > 59 ||
		Number(s) > 59
	)
		return null;
	const utc = Date.UTC(Number(y), month - 1, day, Number(h), Number(mi), Number(s), Number(ms));
	const offset = (Number(zh) * 60 + Number(zm)) * 60000 * (sign === '-' ? -1 : 1);
	return utc - offset;
}

module.exports = { format1688, formatDash, parse1688, CHINA_OFFSET_MS };
