'use strict';
/**
 * Per-appKey QPS limit over a sliding one-second window.
 */
class Throttle {
	/** @param {{qps: number, now?: () => number}} o */
	constructor({ qps, now = Date.now }) {
		this.qps = qps;
		this.now = now;
		/** @type {Map<string, number[]>} */
		this.windows = new Map();
	}

	setQps(qps) {
		this.qps = qps;
	}

	/** Records the call and answers true, or answers false (not recorded) when over the limit. */
	admit(appKey) {
		const now = this.now();
		const list = (this.windows.get(appKey) || []).filter((t) => t > now - 1000);
		if (list.length >= this.qps) {
			this.windows.set(appKey, list);
			return false;
		}
		list.push(now);
		this.windows.set(appKey, list);
		return true;
	}

	reset() {
		this.windows.clear();
	}
}

module.exports = { Throttle };
