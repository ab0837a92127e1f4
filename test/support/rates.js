'use strict';
/** Figures of a gateway's log for the pacing tests (simulated in test/unit, the sandbox's in test/engine, the queue runner's). */

/**
 * Accepted and refused calls per whole second from `from` to `to` (a last, partial second left out).
 * @param {{ at: number, ok: boolean }[]} log
 */
function perSecond(log, from, to) {
	const seconds = [];
	for (let start = from; start + 1000 <= to; start += 1000) {
		const inSecond = log.filter((entry) => entry.at >= start && entry.at < start + 1000);
		seconds.push({
			accepted: inSecond.filter((e) => e.ok).length,
			throttled: inSecond.filter((e) => !e.ok).length,
		});
	}
	return seconds;
}

/** The most timestamps (ms) that fall in any window of `windowMs` (sliding, gateway-side). */
function peakPerWindow(times, windowMs = 1000) {
	const sorted = [...times].sort((a, b) => a - b);
	let peak = 0;
	let start = 0;
	for (let end = 0; end < sorted.length; end++) {
		while (sorted[end] - sorted[start] >= windowMs) start++;
		peak = Math.max(peak, end - start + 1);
	}
	return peak;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

module.exports = { perSecond, peakPerWindow, median };
