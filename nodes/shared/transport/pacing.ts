import { CallLine, type PaceOutcome, type PaceTicket } from './callLine';
import { LimitLearner } from './limitLearner';

/**
 * The pace of one gateway quota (one App Key at one gateway): a fixed limiter (`CallLine`: at most the rate's
 * calls in any window, in line order) at a rate the adaptive part (`LimitLearner`: the limit learned from
 * throttle answers) sets below the credential's ceiling. Pure: every method is given the time.
 */

export type { PaceOutcome, PaceTicket } from './callLine';
export { MIN_RATE } from './callLine';
export { MAX_PROBE_AFTER_MS, PROBE_AFTER_MS } from './limitLearner';

export class Pacer {
	private readonly calls = new CallLine();

	private readonly learner = new LimitLearner(this.calls);

	private lastActivity: number;

	/** `now`: when it is created, the start of its first idle spell. */
	constructor(now = 0) {
		this.lastActivity = now;
	}

	/** The learned limit in calls per second; Infinity while none is known (the ceiling rules). */
	get limit(): number {
		return this.learner.limit;
	}

	/** The accepted calls per second the last finished throttle episode counted; undefined before. */
	get estimate(): number | undefined {
		return this.learner.estimate;
	}

	/** Nothing has happened for `idleMs`: the pacer can be forgotten. */
	idle(now: number, idleMs: number): boolean {
		return now - this.lastActivity > idleMs;
	}

	/** Takes the next place in line; call `waitMs` until it is 0, then `sent`, then `answered`. */
	take(now: number, ceiling: number): PaceTicket {
		this.lastActivity = now;
		this.learner.noteCeiling(ceiling);
		return this.calls.take(now, ceiling);
	}

	/**
	 * How long the holder of `ticket` should sleep before asking again; 0: send now. The wait is asked for
	 * again after sleeping, at least once a slot: calls may have answered, or the rate changed, meanwhile.
	 */
	waitMs(ticket: PaceTicket, now: number): number {
		return this.calls.waitMs(ticket, now, this.learner.rateFor(ticket.ceiling));
	}

	sent(ticket: PaceTicket, now: number): void {
		this.calls.sent(ticket, now);
		this.learner.noteSent(ticket);
		this.lastActivity = now;
	}

	answered(ticket: PaceTicket, now: number, outcome: PaceOutcome): void {
		this.calls.answered(ticket, now, outcome);
		this.lastActivity = now;
		if (ticket.sentAt !== undefined) this.learner.noteAnswered(ticket, ticket.sentAt, now);
	}
}
