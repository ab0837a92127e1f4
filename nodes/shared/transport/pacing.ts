/**
 * Paces calls to one gateway quota (one App Key at one gateway) and learns the limit the gateway really
 * enforces from its throttle answers. Pure: every method is given the time.
 *
 * **Pace.** At a rate of R calls per second, at most N = max(1, ⌊R⌋) calls reach the gateway in any
 * window of N / R seconds (plus a 3% margin). Calls go in line order: a call's slot comes after the slots
 * of the calls ahead of it still waiting, a window after the arrival N places before it. When a call
 * reaches the gateway is not known, only when it was sent and answered; its arrival is estimated as its
 * answer time minus the shortest round trip seen, never before it was sent. Calls sent before any call
 * had answered (connections being set up) do not set that round trip; until a later call has, they are
 * taken to arrive when they answered. The wait is computed again after sleeping, at least once a slot
 * (calls may have answered, or the rate changed, meanwhile).
 *
 * **Rate.** The credential's Requests per Second is the ceiling, given with each call. Below it, the
 * learned limit (none until the gateway throttles), in whole calls per second (the gateway counts calls
 * per second), or a half or a quarter call per second at the slowest:
 * - A throttle answer opens an *episode*, unless the call was sent before the last decrease (that
 *   decrease already answered it). The episode counts the calls the gateway accepted in the second
 *   before the throttled one arrived: its limit, as seen from here. Until every call of that second has
 *   answered, the pace is at most half the throttled rate (or the accepted-or-unanswered count, if lower);
 *   then the limit is the accepted count, or half the throttled rate if the gateway accepted none of ours
 *   (the quota is used elsewhere, or counted over a longer span). A count not below the throttled rate
 *   means the calls bunched up on the way: forgiven once, one call per second less the next time.
 * - After a spell (5 s, and a window's worth of calls that the pace held back, answered clean) the limit
 *   goes up by a quarter (at least one call per second), up to the ceiling. An increase throttled before
 *   it held for 5 s and two windows of clean calls doubles the next spell (up to a minute), so a limit
 *   that was right is probed ever more rarely; an increase that held brings the spell back to 5 s.
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
/** The slowest learned pace: one call every 4 s. */
export const MIN_RATE = 0.25;
const INCREASE_FACTOR = 1.25;
export const PROBE_AFTER_MS = 5000;
export const MAX_PROBE_AFTER_MS = 60_000;
/** How long answered calls are kept: the longest pace window, plus the gateway's window. */
const HISTORY_MS = (1000 / MIN_RATE) * WINDOW_MARGIN + GATEWAY_WINDOW_MS;
const MAX_HISTORY = 10_000;

interface Episode {
	throttled: PaceTicket;
	sentAt: number;
	/** The gateway's window before the throttled call arrived (estimated): (from, to]. */
	from: number;
	to: number;
	/** The rate that was throttled. */
	rate: number;
	/** The learned limit before the episode. */
	before: number;
}

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

/** Whole calls per second from one up; below one, as given (down to the slowest pace). */
function wholeRate(rate: number): number {
	return rate >= 1 ? Math.floor(rate) : Math.max(MIN_RATE, rate);
}

export class Pacer {
	/** Tickets in line order, oldest first; answered ones are dropped once too old to matter. */
	private readonly line: PaceTicket[] = [];

	private nextSeq = 0;

	/** The shortest round trip of a call sent after the first answer. */
	private shortestRoundTrip = Infinity;

	private answeredAny = false;

	private learned = Infinity;

	private measured: number | undefined;

	private episode: Episode | undefined;

	private decreases = 0;

	private changedAt = -Infinity;

	/** An increase not yet confirmed by two clean windows. */
	private probing = false;

	private probeAfterMs = PROBE_AFTER_MS;

	/** The last episode found the gateway had taken as many calls as the pace sent (see `measureEpisode`). */
	private bunched = false;

	private cleanSinceChange = 0;

	private latestCeiling = Infinity;

	private lastActivity: number;

	/** `now`: when it is created, the start of its first idle spell. */
	constructor(now = 0) {
		this.lastActivity = now;
	}

	/** The learned limit in calls per second; Infinity while none is known (the ceiling rules). */
	get limit(): number {
		return this.learned;
	}

	/** The accepted calls per second the last finished throttle episode counted; undefined before. */
	get estimate(): number | undefined {
		return this.measured;
	}

	/** The pace for a call whose credential allows `ceiling` calls per second. */
	rateFor(ceiling: number): number {
		return Math.min(this.learned, ceiling > 0 ? ceiling : Infinity);
	}

	/** Nothing has happened for `idleMs`: the pacer can be forgotten. */
	idle(now: number, idleMs: number): boolean {
		return now - this.lastActivity > idleMs;
	}

	/** Takes the next place in line; call `waitMs` until it is 0, then `sent`, then `answered`. */
	take(now: number, ceiling: number): PaceTicket {
		this.forgetOld(now);
		const ticket: PaceTicket = { seq: this.nextSeq++, ceiling, dueAt: now };
		this.line.push(ticket);
		this.latestCeiling = ceiling > 0 ? ceiling : Infinity;
		this.lastActivity = now;
		return ticket;
	}

	/**
	 * How long the holder of `ticket` should sleep before asking again; 0: send now. At most one slot's
	 * time, so that calls far back in line notice when the pace goes up.
	 */
	waitMs(ticket: PaceTicket, now: number): number {
		const rate = this.rateFor(ticket.ceiling);
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
			const limiting = arrivals.length >= perWindow ? arrivals[arrivals.length - perWindow] : -Infinity;
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
		ticket.decreasesBefore = this.decreases;
		this.lastActivity = now;
	}

	answered(ticket: PaceTicket, now: number, outcome: PaceOutcome): void {
		ticket.answeredAt = now;
		ticket.outcome = outcome;
		this.lastActivity = now;
		const sentAt = ticket.sentAt;
		if (sentAt === undefined) return;
		this.answeredAny = true;
		if (!ticket.cold) this.shortestRoundTrip = Math.min(this.shortestRoundTrip, now - sentAt);
		if (outcome === 'throttled' && ticket.decreasesBefore === this.decreases) {
			this.openEpisode(ticket, sentAt, now);
		} else if (this.episode) {
			this.measureEpisode();
		}
		if (outcome === 'accepted') this.countClean(ticket, sentAt, now);
	}

	private arrival(ticket: PaceTicket, sentAt: number): number {
		return ticket.answeredAt === undefined
			? sentAt + IN_FLIGHT_GRACE_MS
			: Math.max(sentAt, ticket.answeredAt - (Number.isFinite(this.shortestRoundTrip) ? this.shortestRoundTrip : 0));
	}

	/** Drops the oldest tickets once they cannot matter: answered long ago, or abandoned unsent. */
	private forgetOld(now: number): void {
		const old = (ticket: PaceTicket) =>
			ticket.answeredAt !== undefined
				? now - ticket.answeredAt > HISTORY_MS
				: ticket.sentAt === undefined && now - ticket.dueAt > ABANDONED_MS;
		let drop = 0;
		while (drop < this.line.length && (this.line.length - drop > MAX_HISTORY || old(this.line[drop]))) drop++;
		if (drop > 0) this.line.splice(0, drop);
	}

	private openEpisode(throttled: PaceTicket, sentAt: number, now: number): void {
		// An increase throttled before it was confirmed was one too many: probe less often.
		if (this.probing) this.probeAfterMs = Math.min(this.probeAfterMs * 2, MAX_PROBE_AFTER_MS);
		this.probing = false;
		let rate = this.rateFor(throttled.ceiling);
		if (!Number.isFinite(rate)) rate = this.sentInWindow(sentAt);
		const arrived = this.arrival(throttled, sentAt);
		this.episode = { throttled, sentAt, from: arrived - GATEWAY_WINDOW_MS, to: arrived, rate, before: this.learned };
		this.decreases++;
		this.changedAt = now;
		this.cleanSinceChange = 0;
		this.measureEpisode();
	}

	/** The limit from what the gateway did with the calls of the episode's second, final once all answered. */
	private measureEpisode(): void {
		const episode = this.episode as Episode;
		let accepted = 0;
		let unanswered = 0;
		for (const ticket of this.line) {
			if (ticket === episode.throttled || ticket.sentAt === undefined) continue;
			// Unanswered calls by when they were sent, answered ones by when they are estimated to have arrived;
			// a call sent with or before the throttled one arrived before it, whatever the estimate says (calls
			// sent together answer in any order).
			const at = ticket.outcome === undefined ? ticket.sentAt : this.arrival(ticket, ticket.sentAt);
			if (at <= episode.from || (at > episode.to && ticket.sentAt > episode.sentAt)) continue;
			if (ticket.outcome === undefined) unanswered++;
			else if (ticket.outcome === 'accepted') accepted++;
		}
		const halved = wholeRate(episode.rate / 2);
		if (unanswered > 0) {
			this.learned = Math.min(halved, accepted + unanswered);
			return;
		}
		this.episode = undefined;
		const bunched = this.bunched;
		this.bunched = false;
		if (accepted === 0) {
			this.learned = halved;
			return;
		}
		this.measured = accepted;
		if (accepted < episode.rate) {
			this.learned = accepted;
			return;
		}
		// The gateway took as many calls as the pace meant to send in its second, and more reached it: they
		// bunched up on the way (the first calls' round trips, with connections being set up, make arrivals
		// look earlier than they were). Forgiven once, as the pace knows better now; twice in a row costs one
		// call per second.
		this.bunched = !bunched;
		this.learned = bunched ? wholeRate(Math.max(1, Math.ceil(episode.rate) - 1)) : episode.before;
	}

	private sentInWindow(until: number): number {
		return this.line.filter((t) => t.sentAt !== undefined && t.sentAt > until - GATEWAY_WINDOW_MS && t.sentAt <= until)
			.length;
	}

	/** A clean answer to a call the pace held back, sent since the last change: maybe time to go faster. */
	private countClean(ticket: PaceTicket, sentAt: number, now: number): void {
		if (!ticket.waited || sentAt < this.changedAt) return;
		this.cleanSinceChange++;
		const perWindow = Math.ceil(Math.min(this.learned, this.latestCeiling));
		if (this.cleanSinceChange >= perWindow) this.bunched = false;
		if (this.episode !== undefined) return;
		const spell = now - this.changedAt;
		if (this.probing && spell >= PROBE_AFTER_MS && this.cleanSinceChange >= 2 * perWindow) {
			// The last increase held for a short spell: back to short spells.
			this.probing = false;
			this.probeAfterMs = PROBE_AFTER_MS;
		}
		if (spell >= this.probeAfterMs && this.cleanSinceChange >= perWindow && Number.isFinite(this.learned)) {
			const next = this.learned < 1 ? this.learned * 2 : Math.ceil(this.learned * INCREASE_FACTOR);
			this.learned = next >= this.latestCeiling ? Infinity : next;
			this.changedAt = now;
			this.cleanSinceChange = 0;
			this.probing = true;
		}
	}
}
