import type { GatewayError } from './gatewayError';
import type { PaceOutcome } from './pacing';

/** The gateway refused before acting: safe to resend, even a write. */
export const THROTTLE_CODES = new Set(['gw.QosAppFrequencyLimit', 'gw.QosRequestLimit']);

/** Passing faults worth another try for reads; a write may already have been acted on. */
const TRANSIENT_CODES = new Set([
	'ECONNRESET',
	'ETIMEDOUT',
	'EPIPE',
	'ESOCKETTIMEDOUT',
	'NETWORK_ERROR',
	'EMPTY_RESPONSE',
	'HTML_RESPONSE',
	'INVALID_RESPONSE',
]);

export const MAX_THROTTLE_RETRIES = 5;
/**
 * Throttled retries that wait only for their place in the pace, which the throttle has slowed down
 * by then; a call throttled again after these meets a limit the pace has not learned (a quota counted
 * over longer, or used by others) and also backs off.
 */
export const PACED_THROTTLE_RETRIES = 2;
export const MAX_TRANSIENT_RETRIES = 2;
const THROTTLE_BASE_MS = 1000;
const THROTTLE_CAP_MS = 16_000;
const TRANSIENT_BASE_MS = 500;

function isTransient(error: GatewayError): boolean {
	return (
		TRANSIENT_CODES.has(error.code) || (error.httpStatus !== undefined && error.httpStatus >= 500)
	);
}

/**
 * How long to wait before trying a failed call again (on top of the pace), or undefined to give up.
 * `attempt` counts the retries already made. Throttling is retried for any call: at once for the first
 * retries (the pace is the wait), then with exponential backoff and jitter (half to full delay);
 * passing faults are retried only for reads.
 */
export function retryDelayMs(
	error: GatewayError,
	attempt: number,
	write: boolean,
	random: () => number = Math.random,
): number | undefined {
	const jitter = 0.5 + random() / 2;
	if (THROTTLE_CODES.has(error.code)) {
		if (attempt >= MAX_THROTTLE_RETRIES) return undefined;
		if (attempt < PACED_THROTTLE_RETRIES) return 0;
		return Math.round(Math.min(THROTTLE_BASE_MS * 2 ** attempt, THROTTLE_CAP_MS) * jitter);
	}
	if (!write && isTransient(error)) {
		if (attempt >= MAX_TRANSIENT_RETRIES) return undefined;
		return Math.round(TRANSIENT_BASE_MS * 3 ** attempt * jitter);
	}
	return undefined;
}

/** What an error says about the gateway's rate limit, for the pacer. */
export function paceOutcome(error: GatewayError): PaceOutcome {
	if (THROTTLE_CODES.has(error.code)) return 'throttled';
	// Any other answer from the gateway itself counted against the quota; a network failure or a proxy's
	// 5xx may never have reached it.
	return error.httpStatus !== undefined && error.httpStatus < 500 ? 'accepted' : 'unknown';
}
