import type { GatewayError } from './gatewayError';

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
export const MAX_TRANSIENT_RETRIES = 2;
const THROTTLE_BASE_MS = 1000;
const THROTTLE_CAP_MS = 16_000;
const TRANSIENT_BASE_MS = 500;

function isTransient(error: GatewayError): boolean {
	return TRANSIENT_CODES.has(error.code) || (error.httpStatus !== undefined && error.httpStatus >= 500);
}

/**
 * How long to wait before trying a failed call again, or undefined to give up. `attempt` counts the
 * retries already made. Throttling backs off exponentially with jitter (half to full delay) for any
 * call; passing faults are retried only for reads.
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
		return Math.round(Math.min(THROTTLE_BASE_MS * 2 ** attempt, THROTTLE_CAP_MS) * jitter);
	}
	if (!write && isTransient(error)) {
		if (attempt >= MAX_TRANSIENT_RETRIES) return undefined;
		return Math.round(TRANSIENT_BASE_MS * 3 ** attempt * jitter);
	}
	return undefined;
}
