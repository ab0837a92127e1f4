'use strict';
const {
	Pacer,
	MIN_RATE,
	PROBE_AFTER_MS,
	MAX_PROBE_AFTER_MS,
} = require('../../dist/nodes/shared/transport/pacing');
const { sharedPacer, IDLE_FORGET_MS } = require('../../dist/nodes/shared/transport/sharedPacers');
const { simulatedGateway, simulate } = require('./paceSimulation');
const { perSecond, peakPerWindow, median } = require('../support/rates');

/** Takes and sends `count` calls at `at` with the credential allowing `ceiling` per second. */
function sendBurst(pacer, count, at, ceiling = 10) {
	return Array.from({ length: count }, () => {
		const ticket = pacer.take(at, ceiling);
		pacer.sent(ticket, at);
		return ticket;
	});
}

/** The most arrivals in any one second of the gateway's log (accepted and refused): peakPerWindow. */
const busiestSecond = (log) => peakPerWindow(log.map((entry) => entry.at));

describe('Pacer: learning the gateway limit from throttle answers', () => {
	test('one decrease per episode: eight throttled calls of one burst set the limit once, to what the gateway accepted', () => {
		const pacer = new Pacer();
		const burst = sendBurst(pacer, 10, 0);
		const limits = [];
		burst.forEach((ticket, i) => {
			pacer.answered(ticket, 100 + i, i < 2 ? 'accepted' : 'throttled');
			limits.push(pacer.limit);
		});
		// While calls of the throttled second are unanswered, at most half the rate; then the count.
		expect(limits.slice(0, 2)).toEqual([Infinity, Infinity]);
		expect(limits.slice(2, 9).every((limit) => limit <= 5 && limit >= 2)).toBe(true);
		expect(pacer.limit).toBe(2);
		expect(pacer.estimate).toBe(2);

		// A call sent before that decrease, throttled late: already accounted for.
		const [late] = [pacer.take(0, 10)];
		pacer.sent(late, 50);
		const afterDecrease = pacer.take(0, 10);
		pacer.answered(late, 400, 'throttled');
		expect(pacer.limit).toBe(2);

		// A call sent after the decrease and throttled opens the next episode: the gateway accepted none of
		// ours in the second before it (the quota is used elsewhere), so half the rate.
		pacer.sent(afterDecrease, 1500);
		pacer.answered(afterDecrease, 1600, 'throttled');
		expect(pacer.limit).toBe(1);
		expect(pacer.estimate).toBe(2);
	});

	test('the episode counts accepted calls answered after the throttled one (calls sent together answer in any order)', () => {
		const pacer = new Pacer();
		const burst = sendBurst(pacer, 6, 0);
		pacer.answered(burst[5], 90, 'throttled');
		pacer.answered(burst[4], 95, 'throttled');
		expect(pacer.limit).toBe(4); // 4 unanswered, fewer than half of 10
		for (const ticket of burst.slice(0, 3)) pacer.answered(ticket, 100, 'accepted');
		expect(pacer.limit).toBe(4); // still one unanswered: 3 accepted + 1
		pacer.answered(burst[3], 105, 'throttled');
		expect(pacer.limit).toBe(3);
	});

	test('the slowest pace is one call every four seconds', () => {
		const pacer = new Pacer();
		let now = 0;
		const limits = [];
		for (let i = 0; i < 8; i++) {
			const ticket = pacer.take(now, 10);
			pacer.sent(ticket, now);
			pacer.answered(ticket, now + 100, 'throttled');
			limits.push(pacer.limit);
			now += 5000;
		}
		expect(limits).toEqual([5, 2, 1, 0.5, 0.25, 0.25, 0.25, 0.25]);
		expect(MIN_RATE).toBe(0.25);
	});

	test('a throttle although the gateway took no more than the pace sent is forgiven once, then costs one call per second', () => {
		const pacer = new Pacer();
		let now = 0;
		// Learn 3 first.
		const burst = sendBurst(pacer, 4, now);
		burst.forEach((ticket, i) => pacer.answered(ticket, 100, i < 3 ? 'accepted' : 'throttled'));
		expect(pacer.limit).toBe(3);
		const bunched = () => {
			now += 3000;
			const calls = sendBurst(pacer, 4, now);
			calls.forEach((ticket, i) =>
				pacer.answered(ticket, now + 100, i < 3 ? 'accepted' : 'throttled'),
			);
		};
		bunched();
		expect(pacer.limit).toBe(3);
		bunched();
		expect(pacer.limit).toBe(2);
	});
});

describe('Pacer: converging on the gateway limit (simulated gateway and clock)', () => {
	test.each([
		[1, 8],
		[2, 1],
		[2, 8],
		[3, 8],
		[5, 8],
		[7, 16],
	])(
		'gateway limit %i/s, %i calls in flight, credential at 10/s: the estimate is the limit, each second then takes the limit, throttles stop recurring, no call fails',
		(limit, workers) => {
			const gateway = simulatedGateway({ limit });
			const pacer = new Pacer();
			const calls = limit * 100;
			const { endedAt, failed, throttlesPerCall } = simulate({
				gateway,
				callers: [{ pacer, ceiling: 10, workers, calls }],
			});

			expect(failed).toBe(0);
			expect(gateway.log.filter((entry) => entry.ok)).toHaveLength(calls);
			expect(pacer.estimate).toBe(limit);
			expect(Math.max(...throttlesPerCall)).toBeLessThanOrEqual(2);
			const seconds = perSecond(gateway.log, 2000, endedAt);
			expect(median(seconds.map((second) => second.accepted))).toBe(limit);
			// After the first two seconds, throttles come only from the probes of a faster pace, ever rarer:
			// each spell at least doubles, up to the longest.
			const probes = [];
			for (const entry of gateway.log) {
				if (!entry.ok && entry.at >= 2000 && !probes.some((at) => entry.at - at < 2000))
					probes.push(entry.at);
			}
			expect(probes.length).toBeLessThanOrEqual(Math.ceil(Math.log2(endedAt / PROBE_AFTER_MS)) + 1);
			for (let i = 2; i < probes.length; i++) {
				expect(probes[i] - probes[i - 1]).toBeGreaterThanOrEqual(
					Math.min(1.5 * (probes[i - 1] - probes[i - 2]), MAX_PROBE_AFTER_MS),
				);
			}
			// The simulated run takes no more than 10% over the bound (calls ÷ limit).
			expect(endedAt).toBeLessThan((calls / limit) * 1000 * 1.1);
		},
	);

	test('a gateway that allows one call per two seconds is met at half a call per second', () => {
		const gateway = simulatedGateway({ limit: 1, windowMs: 2000 });
		const pacer = new Pacer();
		const { failed } = simulate({
			gateway,
			callers: [{ pacer, ceiling: 10, workers: 8, calls: 60 }],
		});
		expect(failed).toBe(0);
		expect(pacer.limit).toBe(0.5);
	});

	test('the credential is the ceiling: never more calls in a second than it allows, and no limit learned without throttles', () => {
		const gateway = simulatedGateway({ limit: 100 });
		const pacer = new Pacer();
		simulate({ gateway, callers: [{ pacer, ceiling: 5, workers: 8, calls: 100 }] });
		expect(gateway.log.every((entry) => entry.ok)).toBe(true);
		expect(busiestSecond(gateway.log)).toBe(5);
		expect(pacer.limit).toBe(Infinity);
	});

	test('after a passing throttle the pace climbs back to the credential rate, and never above it', () => {
		// The gateway allows 2/s for the first 10 s (another client used the quota), then 100/s.
		const gateway = simulatedGateway({ limit: 2 });
		const pacer = new Pacer();
		let limitAt10s;
		let backAt;
		const { endedAt, failed } = simulate({
			gateway,
			callers: [{ pacer, ceiling: 10, workers: 8, calls: 600 }],
			onTick: (now) => {
				if (now >= 10_000 && gateway.limit === 2) {
					limitAt10s = pacer.limit;
					gateway.limit = 100;
				}
				if (now >= 10_000 && backAt === undefined && pacer.limit === Infinity) backAt = now;
			},
		});
		expect(failed).toBe(0);
		expect(limitAt10s).toBeLessThanOrEqual(3);
		// Up a quarter every five seconds (the first spell doubled by a probe at the old limit).
		expect(backAt).toBeLessThan(10_000 + 45_000);
		expect(
			median(perSecond(gateway.log, backAt + 1000, endedAt).map((second) => second.accepted)),
		).toBe(10);
		expect(busiestSecond(gateway.log.filter((entry) => entry.at >= 10_000))).toBeLessThanOrEqual(
			10,
		);
	});

	test('two executions in one process share one pacer: the pace is the limit for both together', () => {
		const gateway = simulatedGateway({ limit: 2 });
		const pacer = new Pacer();
		const { endedAt, failed } = simulate({
			gateway,
			callers: [
				{ pacer, ceiling: 10, workers: 8, calls: 100 },
				{ pacer, ceiling: 10, workers: 8, calls: 100 },
			],
		});
		expect(failed).toBe(0);
		expect(pacer.estimate).toBe(2);
		expect(median(perSecond(gateway.log, 2000, endedAt).map((second) => second.accepted))).toBe(2);
		expect(endedAt).toBeLessThan(100_000 * 1.1);
	});

	test.each([
		[10, 500],
		[2, 100],
	])(
		'two processes (one pacer each) at a %i/s gateway, %i calls each: they learn separately, every call gets through, at some cost until they settle',
		(limit, calls) => {
			const gateway = simulatedGateway({ limit });
			const pacers = [new Pacer(), new Pacer()];
			const { endedAt, failed } = simulate({
				gateway,
				callers: pacers.map((pacer) => ({ pacer, ceiling: 10, workers: 8, calls })),
			});
			expect(failed).toBe(0);
			expect(gateway.log.filter((entry) => entry.ok)).toHaveLength(2 * calls);
			// Each learned from its own throttles, and neither took the limit for more than it is.
			expect(pacers.every((pacer) => pacer.estimate !== undefined && pacer.estimate <= limit)).toBe(
				true,
			);
			// Simulated: 1.25x (10/s) and 1.36x (2/s) the bound, as the README says.
			expect(endedAt).toBeLessThan(((2 * calls) / limit) * 1000 * 1.5);
		},
	);
});

describe('sharedPacer: one pace per gateway quota in the process', () => {
	test('the same App Key at the same gateway shares one pacer; another key or gateway has its own', () => {
		const a = sharedPacer('https://gw.open.1688.com', '1000000', 0);
		expect(sharedPacer('https://gw.open.1688.com', '1000000', 10)).toBe(a);
		expect(sharedPacer('https://gw.open.1688.com', '2000000', 10)).not.toBe(a);
		expect(sharedPacer('http://127.0.0.1:8688', '1000000', 10)).not.toBe(a);
	});

	test('a pacer in use is kept; one idle for ten minutes is forgotten, with what it learned', () => {
		const gateway = 'https://gw.example.test';
		const pacer = sharedPacer(gateway, 'k', 0);
		const burst = sendBurst(pacer, 3, 0);
		burst.forEach((ticket, i) => pacer.answered(ticket, 100, i < 2 ? 'accepted' : 'throttled'));
		expect(pacer.limit).toBe(2);
		expect(IDLE_FORGET_MS).toBe(600_000);
		const used = pacer.take(IDLE_FORGET_MS - 1000, 10);
		expect(sharedPacer(gateway, 'k', IDLE_FORGET_MS + 1000)).toBe(pacer);
		pacer.sent(used, IDLE_FORGET_MS + 1000);
		const fresh = sharedPacer(gateway, 'k', 2 * IDLE_FORGET_MS + 1001);
		expect(fresh).not.toBe(pacer);
		expect(fresh.limit).toBe(Infinity);
	});
});
