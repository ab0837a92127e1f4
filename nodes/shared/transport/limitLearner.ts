import { GATEWAY_WINDOW_MS, MIN_RATE, type CallLine, type PaceTicket } from './callLine';

/**
 * The adaptive part of a pace: the limit the gateway really enforces, learned from its throttle answers, below
 * the credential's Requests per Second (the ceiling). Pure: every method is given the time.
 *
 * - A throttle answer opens an *episode*, unless the call was sent before the last decrease (that decrease
 *   already answered it). The episode counts the calls the gateway accepted in the second before the
 *   throttled one arrived: its limit, as seen from here. Until every call of that second has answered, the
 *   pace is at most half the throttled rate (or the accepted-or-unanswered count, if lower); then the limit
 *   is the accepted count, or half the throttled rate if the gateway accepted none of ours. A count not below
 *   the throttled rate means the calls bunched up on the way: forgiven once, one call per second less the
 *   next time. Limits are whole calls per second (the gateway counts per second), or a half or a quarter.
 * - After a spell (5 s, and a window's worth of calls that the pace held back, answered clean) the limit goes
 *   up by a quarter (at least one call per second), up to the ceiling. An increase throttled before it held
 *   for 5 s and two windows of clean calls doubles the next spell (up to a minute), so a limit that was right
 *   is probed ever more rarely; an increase that held brings the spell back to 5 s.
 */

const INCREASE_FACTOR = 1.25;
export const PROBE_AFTER_MS = 5000;
export const MAX_PROBE_AFTER_MS = 60_000;

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

/** Whole calls per second from one up; below one, as given (down to the slowest pace). */
function wholeRate(rate: number): number {
	return rate >= 1 ? Math.floor(rate) : Math.max(MIN_RATE, rate);
}

export class LimitLearner {
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

	/** `calls`: the line whose answers it learns from. */
	constructor(private readonly calls: CallLine) {}

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

	/** A call was taken with the credential's `ceiling`: the latest one bounds increases. */
	noteCeiling(ceiling: number): void {
		this.latestCeiling = ceiling > 0 ? ceiling : Infinity;
	}

	/** A call was sent: it belongs to the decreases made so far. */
	noteSent(ticket: PaceTicket): void {
		ticket.decreasesBefore = this.decreases;
	}

	/** A sent call was answered (the line has recorded it): learn from it. */
	noteAnswered(ticket: PaceTicket, sentAt: number, now: number): void {
		if (ticket.outcome === 'throttled' && ticket.decreasesBefore === this.decreases) {
			this.openEpisode(ticket, sentAt, now);
		} else if (this.episode) {
			this.measureEpisode();
		}
		if (ticket.outcome === 'accepted') this.countClean(ticket, sentAt, now);
	}

	private openEpisode(throttled: PaceTicket, sentAt: number, now: number): void {
		// An increase throttled before it was confirmed was one too many: probe less often.
		if (this.probing) this.probeAfterMs = Math.min(this.probeAfterMs * 2, MAX_PROBE_AFTER_MS);
		this.probing = false;
		let rate = this.rateFor(throttled.ceiling);
		if (!Number.isFinite(rate)) rate = this.calls.sentInWindow(sentAt);
		const arrived = this.calls.arrival(throttled, sentAt);
		this.episode = {
			throttled,
			sentAt,
			from: arrived - GATEWAY_WINDOW_MS,
			to: arrived,
			rate,
			before: this.learned,
		};
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
		for (const ticket of this.calls.tickets) {
			if (ticket === episode.throttled || ticket.sentAt === undefined) continue;
			// Unanswered calls by when they were sent, answered ones by when they are estimated to have arrived;
			// a call sent with or before the throttled one arrived before it, whatever the estimate says (calls
			// sent together answer in any order).
			const at =
				ticket.outcome === undefined ? ticket.sentAt : this.calls.arrival(ticket, ticket.sentAt);
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
		if (
			spell >= this.probeAfterMs &&
			this.cleanSinceChange >= perWindow &&
			Number.isFinite(this.learned)
		) {
			const next = this.learned < 1 ? this.learned * 2 : Math.ceil(this.learned * INCREASE_FACTOR);
			this.learned = next >= this.latestCeiling ? Infinity : next;
			this.changedAt = now;
			this.cleanSinceChange = 0;
			this.probing = true;
		}
	}
}
