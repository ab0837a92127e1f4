'use strict';
/** What the per-family contract checks (checks/*.js) assert with. */

/** An ISO 8601 time with milliseconds and offset, as Simplify writes 1688's times. */
const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d$/;

/** The keys of `object` that are undefined, null, '' or empty arrays: promised but not filled. */
function unfilled(object, keys) {
	return keys.filter((key) => {
		const value = object[key];
		return (
			value === undefined ||
			value === null ||
			value === '' ||
			(Array.isArray(value) && value.length === 0)
		);
	});
}

module.exports = { ISO, unfilled };
