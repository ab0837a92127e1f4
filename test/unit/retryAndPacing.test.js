'use strict';
const {
	retryDelayMs,
	paceOutcome,
	MAX_THROTTLE_RETRIES,
	MAX_TRANSIENT_RETRIES,
	PACED_THROTTLE_RETRIES,
} = require('../../dist/nodes/shared/transport/retryPolicy');
const { Pacer } = require('../../dist/nodes/shared/transport/pacing');
const { GatewayError } = require('../../dist/nodes/shared/transport/gatewayError');

const error = (code, extra = {}) =>
	new GatewayError({ api: 'a:b-1', code, gatewayMessage: '', ...extra });
const noJitter = () => 1; // full delay
const halfJitter = () => 0; // half delay

describe('retryDelayMs', () => {
	test('throttling is retried for reads and writes: first in the pace alone, then with exponential backoff and jitter, a bounded number of times', () => {
		const throttle = error('gw.QosAppFrequencyLimit', { httpStatus: 400 });
		expect(PACED_THROTTLE_RETRIES).toBe(2);
		expect(
			[0, 1, 2, 3, 4].map((attempt) => retryDelayMs(throttle, attempt, false, noJitter)),
		).toEqual([0, 0, 4000, 8000, 16000]);
		expect(retryDelayMs(throttle, 2, false, halfJitter)).toBe(2000);
		expect(retryDelayMs(throttle, 0, true, noJitter)).toBe(0);
		expect(retryDelayMs(throttle, 3, true, noJitter)).toBe(8000);
		expect(retryDelayMs(throttle, MAX_THROTTLE_RETRIES, false)).toBeUndefined();
		expect(retryDelayMs(throttle, MAX_THROTTLE_RETRIES, true)).toBeUndefined();
		expect(retryDelayMs(error('gw.QosRequestLimit'), 1, true, noJitter)).toBe(0);
	});

	test('passing faults are retried for reads only', () => {
		for (const code of [
			'ECONNRESET',
			'ETIMEDOUT',
			'EMPTY_RESPONSE',
			'HTML_RESPONSE',
			'INVALID_RESPONSE',
			'NETWORK_ERROR',
		]) {
			expect(retryDelayMs(error(code), 0, false, noJitter)).toBe(500);
			expect(retryDelayMs(error(code), 0, true, noJitter)).toBeUndefined();
		}
		const serverError = error('HTTP_503', { httpStatus: 503 });
		expect(retryDelayMs(serverError, 1, false, noJitter)).toBe(1500);
		expect(retryDelayMs(serverError, MAX_TRANSIENT_RETRIES, false)).toBeUndefined();
		expect(retryDelayMs(serverError, 0, true)).toBeUndefined();
	});

	test('answers that will not change are not retried', () => {
		for (const code of [
			'gw.SignatureInvalid',
			'gw.APIACLDecline',
			'401',
			'ECONNREFUSED',
			'ORDER_NOT_FOUND',
		]) {
			expect(retryDelayMs(error(code, { httpStatus: 400 }), 0, false)).toBeUndefined();
		}
	});
});

describe('paceOutcome', () => {
	test('what an error tells the pacer: throttled, counted against the quota, or not known', () => {
		expect(paceOutcome(error('gw.QosAppFrequencyLimit', { httpStatus: 400 }))).toBe('throttled');
		expect(paceOutcome(error('gw.QosRequestLimit', { httpStatus: 200 }))).toBe('throttled');
		expect(paceOutcome(error('500_004', { httpStatus: 200 }))).toBe('accepted');
		expect(paceOutcome(error('401', { httpStatus: 401 }))).toBe('accepted');
		expect(paceOutcome(error('HTML_RESPONSE', { httpStatus: 502 }))).toBe('unknown');
		expect(paceOutcome(error('ECONNRESET'))).toBe('unknown');
	});
});

/** Simulates callers one after another: each sends when the pacer allows, takes `rtt(i)` to answer. */
function simulate(pacer, ceiling, count, { gap = () => 0, rtt = () => 10 } = {}) {
	const sendTimes = [];
	let now = 0;
	for (let i = 0; i < count; i++) {
		now += gap(i);
		const ticket = pacer.take(now, ceiling);
		for (let wait = pacer.waitMs(ticket, now); wait > 0; wait = pacer.waitMs(ticket, now))
			now += wait;
		pacer.sent(ticket, now);
		sendTimes.push(now);
		pacer.answered(ticket, now + rtt(i), 'accepted');
	}
	return sendTimes;
}

describe('Pacer: the pace at the rate the credential allows', () => {
	test('lets N requests through per window of N / rate seconds (plus 3%), then waits a window behind', () => {
		const sent = simulate(new Pacer(), 4, 6, { rtt: () => 0 });
		expect(sent).toEqual([0, 0, 0, 0, 1030, 1030]);
	});

	test('no second of arrivals ever holds more than the rate, with jittery client delays', () => {
		// The first request leaves the client 85 ms late (connection set-up), the others 3-12 ms.
		const delay = (i) => (i === 0 ? 85 : 3 + (i % 4) * 3);
		const sent = simulate(new Pacer(), 5, 60, { rtt: (i) => delay(i) + 5 });
		const arrivals = sent.map((at, i) => at + delay(i));
		for (const start of arrivals)
			expect(arrivals.filter((t) => t > start - 1000 && t <= start).length).toBeLessThanOrEqual(5);
	});

	test('fractional rates space single requests', () => {
		expect(simulate(new Pacer(), 0.5, 3, { rtt: () => 0 })).toEqual([0, 2060, 4120]);
	});

	test('a zero or missing rate does not pace', () => {
		expect(simulate(new Pacer(), 0, 5)).toEqual([0, 0, 0, 0, 0]);
	});

	test('concurrent callers queue: a slot comes a window after the call N places before it, calls still waiting included', () => {
		const pacer = new Pacer();
		const [a, b, c] = [pacer.take(0, 2), pacer.take(0, 2), pacer.take(0, 2)];
		expect(pacer.waitMs(a, 0)).toBe(0);
		expect(pacer.waitMs(b, 0)).toBe(0);
		// a and b have not been sent: c's slot is after theirs, a window after a's.
		expect(pacer.waitMs(c, 0)).toBeGreaterThan(0);
		expect(c.dueAt).toBe(1030);
		pacer.sent(a, 0);
		pacer.sent(b, 0);
		// In flight: assumed to arrive 50 ms after they were sent.
		pacer.waitMs(c, 0);
		expect(c.dueAt).toBe(1080);
		pacer.answered(a, 30, 'accepted');
		pacer.answered(b, 30, 'accepted');
		// Sent before any answer (connections being set up): taken to arrive when they answered.
		expect(pacer.waitMs(c, 30)).toBe(515);
		expect(c.dueAt).toBe(1060);
	});

	test("the first call's slow round trip (connection set-up) is not taken for the network's", () => {
		const pacer = new Pacer();
		const first = pacer.take(0, 2);
		pacer.sent(first, 0);
		pacer.answered(first, 300, 'accepted');
		const second = pacer.take(300, 2);
		pacer.sent(second, 300);
		pacer.answered(second, 310, 'accepted');
		// The first arrived no later than 300 - 10: a window after that, not after 300 - 300.
		const third = pacer.take(310, 2);
		pacer.waitMs(third, 310);
		expect(third.dueAt).toBe(290 + 1030);
	});

	test('a long wait is slept in slots, so that calls far back in line see the pace change', () => {
		const pacer = new Pacer();
		const tickets = Array.from({ length: 8 }, () => pacer.take(0, 1));
		expect(tickets.map((ticket) => pacer.waitMs(ticket, 0))).toEqual([
			0, 1030, 1030, 1030, 1030, 1030, 1030, 1030,
		]);
		expect(tickets.map((ticket) => ticket.dueAt)).toEqual([
			0, 1030, 2060, 3090, 4120, 5150, 6180, 7210,
		]);
	});

	test('a call left in line without being sent holds the others back only for a while', () => {
		const pacer = new Pacer();
		const abandoned = pacer.take(0, 1);
		expect(pacer.waitMs(abandoned, 0)).toBe(0);
		const next = pacer.take(0, 1);
		pacer.waitMs(next, 0);
		expect(next.dueAt).toBe(1030);
		pacer.waitMs(next, 5001);
		expect(next.dueAt).toBe(5001);
	});
});
