'use strict';
/**
 * Virtual time for the transport of the test file that calls this: its clock (nodes/shared/transport/clock.ts)
 * starts at the real time, and every wait (for a place in the pace, before a retry) moves it on at once and is
 * recorded. What is paced and retried, and how often, is what these tests prove; the delays are the policy's
 * (unit-tested), and pacing in real time is proven in test/timing.
 * @returns {() => number[]} the waits asked for since the current test began, in ms
 */
function useVirtualClock() {
	const { transportClock } = require('./n8nModules').packageModule('nodes/shared/transport/clock');
	const real = { ...transportClock };
	const waits = [];
	let now = 0;
	beforeAll(() => {
		now = Date.now();
		transportClock.now = () => now;
		transportClock.wait = async (ms) => {
			waits.push(ms);
			now += ms;
		};
	});
	beforeEach(() => {
		waits.length = 0;
	});
	afterAll(() => {
		Object.assign(transportClock, real);
	});
	return () => [...waits];
}

module.exports = { useVirtualClock };
