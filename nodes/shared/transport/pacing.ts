/**
 * Keeps one execution under `requestsPerSecond`: at most N requests reach the gateway in any window
 * of N / rate seconds (plus a 3% margin).
 *
 * When a request reaches the gateway is not known, only when it was handed to n8n and when its
 * answer came back; client-side delays before the bytes leave vary by tens of milliseconds. Each
 * request's arrival is therefore estimated as its answer time minus the shortest round trip seen in
 * this execution, never before it was sent. A slot waits for the request N places earlier, and the
 * wait is re-computed after sleeping (that request may have answered meanwhile), so queued and
 * concurrent callers never burst past the limit.
 */
const WINDOW_MARGIN = 1.03;
/** Until a request answers, assume it reached the gateway this long after it was handed over. */
const IN_FLIGHT_GRACE_MS = 50;
/** How often to look again while the request a slot depends on has not even been sent. */
const NOT_SENT_RECHECK_MS = 5;

export interface PaceTicket {
	sentAt?: number;
	answeredAt?: number;
	/** The request `perWindow` places earlier, which this one must stay a window behind. */
	readonly prior?: PaceTicket;
}

export class Pacer {
	private readonly perWindow: number;

	private windowMs: number;

	private readonly recent: PaceTicket[] = [];

	private shortestRoundTrip = Infinity;

	constructor(requestsPerSecond: number) {
		const rate = requestsPerSecond > 0 ? requestsPerSecond : Infinity;
		this.perWindow = Number.isFinite(rate) ? Math.max(1, Math.floor(rate)) : Infinity;
		this.windowMs = Number.isFinite(rate) ? ((this.perWindow * 1000) / rate) * WINDOW_MARGIN : 0;
	}

	/** Takes the next place in line; call `waitMs` until it is 0, then `sent`, then `answered`. */
	take(): PaceTicket {
		if (this.perWindow === Infinity) return {};
		const prior = this.recent.length >= this.perWindow ? this.recent[this.recent.length - this.perWindow] : undefined;
		const ticket: PaceTicket = { prior };
		this.recent.push(ticket);
		if (this.recent.length > this.perWindow) this.recent.shift();
		return ticket;
	}

	/** How long the holder of `ticket` must still wait before sending. */
	waitMs(ticket: PaceTicket, now: number): number {
		const prior = ticket.prior;
		if (!prior) return 0;
		if (prior.sentAt === undefined) return NOT_SENT_RECHECK_MS;
		const arrived =
			prior.answeredAt === undefined
				? prior.sentAt + IN_FLIGHT_GRACE_MS
				: Math.max(prior.sentAt, prior.answeredAt - this.shortestRoundTrip);
		return Math.max(0, arrived + this.windowMs - now);
	}

	sent(ticket: PaceTicket, now: number): void {
		ticket.sentAt = now;
	}

	answered(ticket: PaceTicket, now: number): void {
		ticket.answeredAt = now;
		if (ticket.sentAt !== undefined) this.shortestRoundTrip = Math.min(this.shortestRoundTrip, now - ticket.sentAt);
	}

	/** The gateway throttled us anyway: widen the window by half for the rest of the execution. */
	slowDown(): void {
		this.windowMs = Math.max(this.windowMs * 1.5, 50);
	}

	get window(): number {
		return this.windowMs;
	}
}

// One pacer per execution context (an n8n node run, poll or load-options call). A WeakMap, so it lives
// exactly as long as the context; nothing here must outlive an execution or be shared between workers.
const pacers = new WeakMap<object, Pacer>();

export function pacerFor(context: object, requestsPerSecond: number): Pacer {
	let pacer = pacers.get(context);
	if (!pacer) {
		pacer = new Pacer(requestsPerSecond);
		pacers.set(context, pacer);
	}
	return pacer;
}
