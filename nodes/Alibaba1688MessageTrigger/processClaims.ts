/**
 * Messages this n8n process has started a workflow for: `scope + key` → { until when (ms), the time the
 * static data remembers it by }, oldest first.
 *
 * n8n runs concurrent webhook calls each on the static data it loaded when the call came in, and saves
 * it only when the call is answered: two deliveries of one message at once both find it unknown there.
 * This map is checked and written synchronously, with no await in between, so of such deliveries exactly
 * one claims the message. It is module state, shared by every workflow of the process (hence the scope:
 * workflow and node) and bounded by time and by count; the static data keeps the memory across restarts.
 */
interface Claim {
	until: number;
	at: number;
}

const claims = new Map<string, Claim>();

/** The most claims kept in a process, across workflows (a few MB at most). */
export const CLAIMS_MAX = 20_000;

const SEPARATOR = '\u0000';
const claimId = (scope: string, key: string) => `${scope}${SEPARATOR}${key}`;

export function isClaimed(scope: string, key: string, now: number): boolean {
	const claimed = claims.get(claimId(scope, key));
	return claimed !== undefined && claimed.until > now;
}

/** Claims a message until `until`; drops expired claims from the oldest on, and the oldest beyond CLAIMS_MAX. */
export function claim(scope: string, key: string, until: number, at: number, now: number): void {
	const id = claimId(scope, key);
	claims.delete(id);
	claims.set(id, { until, at });
	for (const [oldest, claimed] of claims) {
		if (claims.size <= CLAIMS_MAX && claimed.until > now) break;
		claims.delete(oldest);
	}
}

/**
 * The messages claimed in this scope and not expired, with their times: a delivery that loaded the static
 * data before another one saved it writes these back too, so that no claim of the process is lost there.
 */
export function claimsOf(scope: string, now: number): Array<[key: string, at: number]> {
	const prefix = scope + SEPARATOR;
	const found: Array<[string, number]> = [];
	for (const [id, claimed] of claims) {
		if (claimed.until > now && id.startsWith(prefix))
			found.push([id.slice(prefix.length), claimed.at]);
	}
	return found;
}
