'use strict';
/**
 * JSON writer that can emit integers beyond 2^53 exactly (1688 order IDs are 19-digit longs).
 * Wrap such a value with `long('2508281234567890123')`: it is written as a bare number literal.
 */
class LongValue {
	/** @param {string|number|bigint} digits */
	constructor(digits) {
		const text = String(digits);
		if (!/^-?\d+$/.test(text)) throw new TypeError(`not an integer: ${text}`);
		this.digits = text;
	}
	toJSON() {
		return this.digits;
	}
	toString() {
		return this.digits;
	}
}

/** @param {string|number|bigint} digits */
const long = (digits) => new LongValue(digits);

/**
 * Serialize like JSON.stringify (undefined properties dropped, toJSON honoured except for LongValue),
 * writing LongValue instances as raw number literals.
 * @param {unknown} value @returns {string}
 */
function stringify(value) {
	const out = write(value);
	return out === undefined ? 'null' : out;
}

function write(value) {
	if (value instanceof LongValue) return value.digits;
	if (value === null) return 'null';
	if (typeof value === 'bigint') return value.toString();
	if (
		value &&
		typeof value === 'object' &&
		typeof value.toJSON === 'function' &&
		!(value instanceof Date)
	) {
		return write(value.toJSON());
	}
	if (value instanceof Date) return JSON.stringify(value);
	if (Array.isArray(value)) {
		return (
			'[' +
			value
				.map((v) => {
					const w = write(v);
					return w === undefined ? 'null' : w;
				})
				.join(',') +
			']'
		);
	}
	if (typeof value === 'object') {
		const parts = [];
		for (const [k, v] of Object.entries(value)) {
			const w = write(v);
			if (w !== undefined) parts.push(JSON.stringify(k) + ':' + w);
		}
		return '{' + parts.join(',') + '}';
	}
	if (typeof value === 'function' || value === undefined || typeof value === 'symbol')
		return undefined;
	return JSON.stringify(value);
}

module.exports = { LongValue, long, stringify };
