'use strict';
/**
 * A simulated clock, gateway and callers for pacer tests: no timers, no real time. Each worker of a
 * caller makes its calls one after another as callApi does: take a ticket, wait, send; a throttled call
 * is retried after the retry policy's delay (jitter at its full value) or fails when the policy gives
 * up. The gateway admits at most `limit` calls in any `windowMs` span of arrivals, like the sandbox's
 * (refused calls are not counted).
 */
const { retryDelayMs } = require('../../dist/nodes/shared/transport/retryPolicy');
const { GatewayError } = require('../../dist/nodes/shared/transport/gatewayError');

const THROTTLED = new GatewayError({
	api: 'a:b-1',
	code: 'gw.QosAppFrequencyLimit',
	gatewayMessage: '',
	httpStatus: 400,
});

/** A gateway limit over a sliding window, shared by every pacer that calls it. */
function simulatedGateway({ limit, windowMs = 1000 }) {
	const admitted = [];
	return {
		log: [],
		limit,
		admit(at) {
			while (admitted.length && admitted[0] <= at - windowMs) admitted.shift();
			const ok = admitted.length < this.limit;
			if (ok) admitted.push(at);
			this.log.push({ at, ok });
			return ok;
		},
	};
}

/**
 * Runs `callers` (each `{ pacer, ceiling, calls, workers }`) against `gateway` until every call is
 * accepted. Calls reach the gateway `latencyMs / 2` after they are sent and answer `latencyMs` after.
 * `onTick(now)` is called before each event, e.g. to change the gateway's limit at some time.
 * @returns {{ endedAt: number, throttlesPerCall: number[], failed: number }}
 */
function simulate({ gateway, callers, latencyMs = 100, start = 0, onTick = () => {} }) {
	const events = [];
	let order = 0;
	const schedule = (at, run) => {
		const event = { at, order: order++, run };
		let i = events.length;
		while (
			i > 0 &&
			(events[i - 1].at > at || (events[i - 1].at === at && events[i - 1].order > event.order))
		)
			i--;
		events.splice(i, 0, event);
	};
	const throttlesPerCall = [];
	let failed = 0;
	let endedAt = start;

	for (const caller of callers) {
		let next = 0;
		const startCall = (now) => {
			if (next >= caller.calls) return;
			next++;
			const call = throttlesPerCall.push(0) - 1;
			attempt(now, call);
		};
		const attempt = (now, call) => {
			const ticket = caller.pacer.take(now, caller.ceiling);
			const tryToSend = (at) => {
				const wait = caller.pacer.waitMs(ticket, at);
				if (wait > 0) return schedule(at + wait, tryToSend);
				caller.pacer.sent(ticket, at);
				schedule(at + latencyMs / 2, (arrivedAt) => {
					const ok = gateway.admit(arrivedAt);
					schedule(arrivedAt + latencyMs / 2, (answeredAt) => {
						caller.pacer.answered(ticket, answeredAt, ok ? 'accepted' : 'throttled');
						endedAt = Math.max(endedAt, answeredAt);
						if (ok) return startCall(answeredAt);
						const delay = retryDelayMs(THROTTLED, throttlesPerCall[call]++, false, () => 1);
						if (delay === undefined) {
							failed++;
							return startCall(answeredAt);
						}
						return schedule(answeredAt + delay, (retryAt) => attempt(retryAt, call));
					});
				});
			};
			tryToSend(now);
		};
		for (let worker = 0; worker < (caller.workers ?? 1); worker++) startCall(start);
	}
	while (events.length) {
		const event = events.shift();
		onTick(event.at);
		event.run(event.at);
	}
	return { endedAt, throttlesPerCall, failed };
}

module.exports = { simulatedGateway, simulate };
