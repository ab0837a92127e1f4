'use strict';
/**
 * Injected faults: the next `times` calls to an API (or to any API with '*') misbehave, after the
 * first `after` calls to it went through (e.g. page 2 of a listing fails, page 1 does not).
 */
const FAULT_KINDS = [
	'html',
	'empty',
	'truncated',
	'lostAnswer',
	'echoParams',
	'invalidJson',
	'reset',
	'timeout',
	'status500',
	'throttle',
	'tokenRefused',
	'tokenRefused200',
	'aclDecline',
];
/** Kinds that run the call (the handler acts, e.g. an order is created) and then spoil its answer. */
const AFTER_ACTING = new Set(['truncated', 'lostAnswer']);

class Faults {
	constructor() {
		/** @type {{api: string, kind: string, remaining: number, skip: number}[]} */
		this.list = [];
	}

	/** @param {{api?: string, kind: string, times?: number, after?: number}} f */
	inject({ api = '*', kind, times = 1, after = 0 }) {
		if (!FAULT_KINDS.includes(kind))
			throw new Error(`unknown fault kind "${kind}"; use one of ${FAULT_KINDS.join(', ')}`);
		const n = Number(times);
		if (!Number.isInteger(n) || n < 1) throw new Error('times must be an integer >= 1');
		const skip = Number(after);
		if (!Number.isInteger(skip) || skip < 0) throw new Error('after must be an integer >= 0');
		const fault = { api, kind, remaining: n, skip };
		this.list.push(fault);
		return { api, kind, times: n, after: skip };
	}

	/** Consume one matching fault for this call, first injected first. @returns {string|null} the kind */
	take(apiId) {
		const f = this.list.find((x) => x.remaining > 0 && (x.api === '*' || x.api === apiId));
		if (!f) return null;
		if (f.skip > 0) {
			f.skip -= 1;
			return null;
		}
		f.remaining -= 1;
		this.list = this.list.filter((x) => x.remaining > 0);
		return f.kind;
	}

	pending() {
		return this.list.map((f) => ({ api: f.api, kind: f.kind, times: f.remaining }));
	}

	clear() {
		this.list = [];
	}
}

module.exports = { Faults, FAULT_KINDS, AFTER_ACTING };
