import { sleep } from 'n8n-workflow';

/**
 * The transport's time: when calls are paced and how long it waits (for its place in the pace, before a
 * retry). n8n's `sleep` and the system clock; replaceable as a whole, so that the engine tests that prove
 * what is paced and retried (faults, throttles) run in virtual time instead of waiting it out
 * (test/support/virtualClock.js). Real-time pacing is proven in test/timing.
 */
export const transportClock = {
	now: (): number => Date.now(),
	wait: async (ms: number): Promise<void> => await sleep(ms),
};
