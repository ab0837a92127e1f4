'use strict';
/** Read order ids from a parameter without losing precision (JSON arrays of 19-digit longs). */

/** @param {string|undefined} raw e.g. `[2204007555606815862,"3503514269397939267"]` or `1,2` @returns {string[]|null} */
function longList(raw) {
	if (raw === undefined || raw === '') return null;
	return String(raw).match(/\d+/g) || [];
}

/** @param {string|undefined} raw @returns {string|null} the digits of a single id */
function longId(raw) {
	const s = String(raw ?? '').trim();
	return /^\d{1,20}$/.test(s) ? s.replace(/^0+(?=\d)/, '') : null;
}

/**
 * The digits of a Long field inside a JSON parameter, read from the text so 19-digit ids stay exact
 * (`{"orderId":2304567890123456789}` or `{"orderId":"2304567890123456789"}`), or null.
 * @param {string|undefined} raw @param {string} field
 */
function longField(raw, field) {
	const match = new RegExp(`"${field}"\\s*:\\s*"?(\\d{1,20})"?`).exec(String(raw ?? ''));
	return match ? longId(match[1]) : null;
}

module.exports = { longList, longId, longField };
