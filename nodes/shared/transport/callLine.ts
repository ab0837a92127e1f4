/**
 * The fixed limiter of a pace: at a rate of R calls per second, at most N = max(1, ⌊R⌋) calls reach the
 * gateway in any window of N / R seconds (plus a 3% margin). Pure: every method is given the time.
 *
 * Calls wait in line order: a call's slot comes after the slots of the calls ahead of it still waiting, a
 * window after the arrival N places before it. When a call reaches the gateway is not known, only when it was
 * sent and answered; its arrival is estimated as its answer time minus the shortest round trip seen, never
 * before it was sent. Calls sent before any call had answered (connections being set up) do not set that
 * round trip; until a later call has, they are taken to arrive when they answered.
 */

/** What the gateway made of a call. */
export type PaceOutcome =
	/** It answered (any answer but a throttle): the call counted against the quota. */
	| 'accepted'
	/** It refused the call for the rate (gw.QosAppFrequencyLimit and the like). */
	| 'throttled'
	/** No answer (network failure): whether it counted is not known. */
	| 'unknown';

export interface PaceTicket {
	/** Place in line. */
	readonly seq: number;
	/** The credential's Requests per Second for this call (0 or less: no ceiling). */
	readonly ceiling: number;
	/** When it may be sent, as last computed (at first, when it was taken). */
	dueAt: number;
	sentAt?: number;
	/** Sent before any call of this pace had answered. */
	cold?: boolean;
	/** How many decreases the pace had made when the call was sent. */
	decreasesBefore?: number;
	answeredAt?: number;
	outcome?: PaceOutcome;
	/** The pace held the call back at least once: the pace, not the caller, was the bound. */
	waited?: boolean;
}

const WINDOW_MARGIN = 1.03;
/** Until a call answers, assume it reached the gateway this long after it was sent. */
const IN_FLIGHT_GRACE_MS = 50;
/** A call that has not been sent this long after its slot was abandoned: calls behind it go on. */
const ABANDONED_MS = 5000;
/** The span over which the gateway counts calls against its limit (a per-second limit). */
export const GATEWAY_WINDOW_MS = 1000;
/** The slowest pace: one call every 4 s. */
export const MIN_RATE = 0.25;
/** How long answered calls are kept: the longest pace window, plus the gateway's window. */
const HISTORY_MS = (1000 / MIN_RATE) * WINDOW_MARGIN + GATEWAY_WINDOW_MS;
const MAX_HISTORY = 10_000;

/** Where `value` goes in ascending `sorted` (after equal values). */
function sortedIndex(sorted: number[], value: number): number {
	let low = 0;
	let high = sorted.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (sorted[middle] <= value) low = middle + 1;
		else high = middle;
	}
	return low;
}

/** The calls of one pace, in line order, and when each may go. */
export class CallLine {
	/** Tickets in line order, oldest first; answered ones are dropped once too old to matter. */
	private readonly line: PaceTicket[] = [];

	private nextSeq = 0;

	/** The shortest round trip of a call sent after the first answer. */
	private shortestRoundTrip = Infinity;

	private answeredAny = false;

	/** The calls in line order (the learner counts what the gateway did with them). */
	get tickets(): readonly PaceTicket[] {
		return this.line;
	}

	/** Takes the next place in line. */
	take(now: number, ceiling: number): PaceTicket {
		this.forgetOld(now);
		const ticket: PaceTicket = { seq: this.nextSeq++, ceiling, dueAt: now };
		this.line.push(ticket);
		return ticket;
	}

	/**
	 * How long the holder of `ticket` should sleep at pace `rate` before asking again; 0: send now. At most one
	 * slot's time, so that calls far back in line notice when the pace goes up.
	 */
	waitMs(ticket: PaceTicket, now: number, rate: number): number {
		const perWindow = Math.max(1, Math.floor(rate));
		if (!Number.isFinite(rate) || this.line.length <= perWindow) return 0;
		const windowMs = ((perWindow * 1000) / rate) * WINDOW_MARGIN;
		// Arrivals that still count in a window from now on (sorted), and the calls ahead still waiting.
		const arrivals: number[] = [];
		let ahead = 0;
		for (const other of this.line) {
			if (other.sentAt !== undefined) {
				const arrived = this.arrival(other, other.sentAt);
				if (arrived > now - windowMs) arrivals.push(arrived);
			} else if (other.seq < ticket.seq && now - other.dueAt <= ABANDONED_MS) {
				ahead++;
			}
		}
		arrivals.sort((a, b) => a - b);
		let slot = now;
		for (let place = 0; place <= ahead; place++) {
			const limiting =
				arrivals.length >= perWindow ? arrivals[arrivals.length - perWindow] : -Infinity;
			slot = Math.max(slot, limiting + windowMs);
			arrivals.splice(sortedIndex(arrivals, slot), 0, slot);
		}
		ticket.dueAt = slot;
		if (slot > now) ticket.waited = true;
		return Math.min(slot - now, windowMs / perWindow);
	}

	sent(ticket: PaceTicket, now: number): void {
		ticket.sentAt = now;
		ticket.cold = !this.answeredAny;
	}

	answered(ticket: PaceTicket, now: number, outcome: PaceOutcome): void {
		ticket.answeredAt = now;
		ticket.outcome = outcome;
		if (ticket.sentAt === undefined) return;
		this.answeredAny = true;
		if (!ticket.cold)
			this.shortestRoundTrip = Math.min(this.shortestRoundTrip, now - ticket.sentAt);
	}

	/** When a call sent at `sentAt` is estimated to have reached the gateway. */
	arrival(ticket: PaceTicket, sentAt: number): number {
		return ticket.answeredAt === undefined
			? sentAt + IN_FLIGHT_GRACE_MS
			: Math.max(
					sentAt,
					ticket.answeredAt -
						(Number.isFinite(this.shortestRoundTrip) ? this.shortestRoundTrip : 0),
				);
	}

	/** How many calls were sent in the gateway's window up to `until`. */
	sentInWindow(until: number): number {
		return this.line.filter(
			(t) => t.sentAt !== undefined && t.sentAt > until - GATEWAY_WINDOW_MS && t.sentAt <= until,
		).length;
	}

	/** Drops the oldest tickets once they cannot matter: answered long ago, or abandoned unsent. */
	private forgetOld(now: number): void {
		const old = (ticket: PaceTicket) =>
			ticket.answeredAt !== undefined
				? now - ticket.answeredAt > HISTORY_MS
				: ticket.sentAt === undefined && now - ticket.dueAt > ABANDONED_MS;
		let drop = 0;
		while (
			drop < this.line.length &&
			(this.line.length - drop > MAX_HISTORY || old(this.line[drop]))
		)
			drop++;
		if (drop > 0) this.line.splice(0, drop);
	}
}
