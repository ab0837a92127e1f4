'use strict';
const { retryDelayMs, MAX_THROTTLE_RETRIES, MAX_TRANSIENT_RETRIES } = require('../../dist/nodes/shared/transport/retryPolicy');
const { Pacer, pacerFor } = require('../../dist/nodes/shared/transport/pacing');
const { GatewayError } = require('../../dist/nodes/shared/transport/gatewayError');

const error = (code, extra = {}) => new GatewayError({ api: 'a:b-1', code, gatewayMessage: '', ...extra });
const noJitter = () => 1; // full delay
const halfJitter = () => 0; // half delay

describe('retryDelayMs', () => {
	test('throttling backs off exponentially with jitter, for reads and writes, a bounded number of times', () => {
		const throttle = error('gw.QosAppFrequencyLimit', { httpStatus: 400 });
		expect([0, 1, 2, 3, 4].map((attempt) => retryDelayMs(throttle, attempt, false, noJitter))).toEqual([1000, 2000, 4000, 8000, 16000]);
		expect(retryDelayMs(throttle, 0, false, halfJitter)).toBe(500);
		expect(retryDelayMs(throttle, 2, true, noJitter)).toBe(4000);
		expect(retryDelayMs(throttle, MAX_THROTTLE_RETRIES, false)).toBeUndefined();
		expect(retryDelayMs(error('gw.QosRequestLimit'), 0, true, noJitter)).toBe(1000);
	});

	test('passing faults are retried for reads only', () => {
		for (const code of ['ECONNRESET', 'ETIMEDOUT', 'EMPTY_RESPONSE', 'HTML_RESPONSE', 'INVALID_RESPONSE', 'NETWORK_ERROR']) {
			expect(retryDelayMs(error(code), 0, false, noJitter)).toBe(500);
			expect(retryDelayMs(error(code), 0, true, noJitter)).toBeUndefined();
		}
		const serverError = error('HTTP_503', { httpStatus: 503 });
		expect(retryDelayMs(serverError, 1, false, noJitter)).toBe(1500);
		expect(retryDelayMs(serverError, MAX_TRANSIENT_RETRIES, false)).toBeUndefined();
		expect(retryDelayMs(serverError, 0, true)).toBeUndefined();
	});

	test('answers that will not change are not retried', () => {
		for (const code of ['gw.SignatureInvalid', 'gw.APIACLDecline', '401', 'ECONNREFUSED', 'ORDER_NOT_FOUND']) {
			expect(retryDelayMs(error(code, { httpStatus: 400 }), 0, false)).toBeUndefined();
		}
	});
});

/** Simulates callers one after another: each sends when the pacer allows, takes `rtt(i)` to answer. */
function simulate(pacer, count, { gap = () => 0, rtt = () => 10 } = {}) {
	const sendTimes = [];
	let now = 0;
	for (let i = 0; i < count; i++) {
		now += gap(i);
		const ticket = pacer.take();
		for (let wait = pacer.waitMs(ticket, now); wait > 0; wait = pacer.waitMs(ticket, now)) now += wait;
		pacer.sent(ticket, now);
		sendTimes.push(now);
		pacer.answered(ticket, now + rtt(i));
	}
	return sendTimes;
}

describe('Pacer', () => {
	test('lets N requests through per window of N / rate seconds (plus 3%), then waits a window behind', () => {
		const pacer = new Pacer(4);
		const sent = simulate(pacer, 6, { rtt: () => 0 });
		expect(sent).toEqual([0, 0, 0, 0, 1030, 1030]);
	});

	test('no second of arrivals ever holds more than the rate, with jittery client delays', () => {
		const pacer = new Pacer(5);
		// The first request leaves the client 85 ms late (connection set-up), the others 3-12 ms.
		const delay = (i) => (i === 0 ? 85 : 3 + (i % 4) * 3);
		const arrivals = [];
		let now = 0;
		for (let i = 0; i < 60; i++) {
			const ticket = pacer.take();
			for (let wait = pacer.waitMs(ticket, now); wait > 0; wait = pacer.waitMs(ticket, now)) now += wait;
			pacer.sent(ticket, now);
			arrivals.push(now + delay(i));
			pacer.answered(ticket, now + delay(i) + 5);
		}
		for (const start of arrivals) expect(arrivals.filter((t) => t > start - 1000 && t <= start).length).toBeLessThanOrEqual(5);
	});

	test('fractional rates space single requests', () => {
		expect(simulate(new Pacer(0.5), 3, { rtt: () => 0 })).toEqual([0, 2060, 4120]);
	});

	test('a zero or missing rate does not pace', () => {
		expect(simulate(new Pacer(0), 5)).toEqual([0, 0, 0, 0, 0]);
	});

	test('concurrent callers queue: a slot waits for the request N places earlier to be sent', () => {
		const pacer = new Pacer(2);
		const [a, b, c] = [pacer.take(), pacer.take(), pacer.take()];
		expect(pacer.waitMs(a, 0)).toBe(0);
		expect(pacer.waitMs(b, 0)).toBe(0);
		expect(pacer.waitMs(c, 0)).toBe(5);
		pacer.sent(a, 0);
		// In flight: assumed to arrive 50 ms after it was sent.
		expect(pacer.waitMs(c, 0)).toBe(1080);
		pacer.answered(a, 30);
		expect(pacer.waitMs(c, 30)).toBe(1000);
	});

	test('slows down after a throttle answer', () => {
		const pacer = new Pacer(10);
		pacer.slowDown();
		expect(pacer.window).toBeCloseTo(1545);
	});

	test('one pacer per execution context', () => {
		const a = {};
		const b = {};
		expect(pacerFor(a, 5)).toBe(pacerFor(a, 5));
		expect(pacerFor(a, 5)).not.toBe(pacerFor(b, 5));
	});
});
