'use strict';
/**
 * Compares the shape of the sandbox's answer with 1688's sample: the same envelope (every key of the
 * sample's top two object levels, outside arrays, is there) and, wherever both have a key, the same kind
 * of value (object, array or scalar), down to the first element of arrays. The sandbox may carry fields a
 * sample leaves out, and numbers vs numeric strings are both scalars (1688 itself mixes them).
 */
const ENVELOPE_DEPTH = 2;

function kind(value) {
	if (value === null || value === undefined) return 'none';
	if (Array.isArray(value)) return 'array';
	return typeof value === 'object' ? 'object' : 'scalar';
}

/** @returns {string[]} one line per difference, with its JSON path */
function shapeDifferences(sample, answer, at = '$', depth = 0, inArray = false) {
	const sampleKind = kind(sample);
	const answerKind = kind(answer);
	if (sampleKind === 'none' || answerKind === 'none') return [];
	if (sampleKind !== answerKind)
		return [`${at}: ${sampleKind} in the sample, ${answerKind} in the sandbox`];
	if (sampleKind === 'array') {
		return sample.length > 0 && answer.length > 0
			? shapeDifferences(sample[0], answer[0], `${at}[0]`, depth + 1, true)
			: [];
	}
	if (sampleKind !== 'object') return [];
	const differences = [];
	for (const key of Object.keys(sample)) {
		if (!(key in answer)) {
			if (!inArray && depth < ENVELOPE_DEPTH)
				differences.push(`${at}.${key}: missing in the sandbox`);
			continue;
		}
		differences.push(
			...shapeDifferences(sample[key], answer[key], `${at}.${key}`, depth + 1, inArray),
		);
	}
	return differences;
}

/** Every field path of a JSON value at any depth, array entries merged: {"a":[{"b":1}]} → ["a", "a[].b"]. */
function fieldPaths(value, prefix = '') {
	if (Array.isArray(value))
		return [...new Set(value.flatMap((entry) => fieldPaths(entry, `${prefix}[]`)))];
	if (value === null || typeof value !== 'object') return [];
	return Object.entries(value).flatMap(([key, child]) => {
		const here = prefix ? `${prefix}.${key}` : key;
		return [here, ...fieldPaths(child, here)];
	});
}

/**
 * The sample's field paths the sandbox's answer lacks, at any depth: the stricter check for APIs the
 * sandbox models field for field (contract entries with `everyField: true`).
 */
function missingFieldPaths(sample, answer) {
	const answered = new Set(fieldPaths(answer));
	return fieldPaths(sample).filter((field) => !answered.has(field));
}

module.exports = { shapeDifferences, missingFieldPaths };
