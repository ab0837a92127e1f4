import type { GatewayError } from './gatewayError';

/**
 * One access-token renewal at a time per credential within an n8n process: a token that expires under a
 * Return All or a list of items is refused to every call in flight at once; without this each would renew
 * (60 reads made 8 to 16 token requests), and with a revoked refresh token every item would try again (20 items,
 * 20 token requests). Now the first refused call renews; calls refused meanwhile wait for it and resend with
 * what it stored; calls refused after a failed renewal fail the same way for a while, without a request.
 */

/** How long a failed renewal answers for later calls of the same credential (its tokens unchanged). */
export const FAILED_RENEWAL_MEMORY_MS = 60_000;

/** How a call whose token was refused goes on. */
export type RenewalTurn =
	/**
	 * Renew the token itself (the credential's preAuthentication, which n8n runs just before it sends), then
	 * call `finished` with the time the request was sent (when the token was had) or the renewal's failure.
	 */
	| { use: 'renew'; finished(outcome: { renewedAt: number } | { failure: GatewayError }): void }
	/** Resend with the stored credential: another call renewed it meanwhile. */
	| { use: 'stored' };

interface CredentialRenewals {
	inFlight?: Promise<GatewayError | undefined>;
	renewedAt?: number;
	failed?: { error: GatewayError; at: number };
}

export class TokenRenewals {
	private readonly byCredential = new Map<string, CredentialRenewals>();

	/**
	 * The turn of a call of credential `key` whose token was refused (or not fetched yet), for a request sent at
	 * `sentAt`. Throws the failure of a renewal that just failed for the same credential.
	 */
	async turn(key: string, sentAt: number, now: () => number): Promise<RenewalTurn> {
		this.forgetIdle(now());
		let state = this.byCredential.get(key);
		if (!state) {
			state = {};
			this.byCredential.set(key, state);
		}
		if (state.failed && now() - state.failed.at < FAILED_RENEWAL_MEMORY_MS)
			throw state.failed.error;
		if (state.inFlight) {
			const failure = await state.inFlight;
			if (failure) throw failure;
			return { use: 'stored' };
		}
		// The token was refused before the last renewal finished: the refusal was of the old token.
		if (state.renewedAt !== undefined && sentAt < state.renewedAt) return { use: 'stored' };

		let settle: (failure: GatewayError | undefined) => void = () => undefined;
		const current = state;
		current.inFlight = new Promise((resolve) => (settle = resolve));
		return {
			use: 'renew',
			finished: (outcome) => {
				current.inFlight = undefined;
				if ('failure' in outcome) current.failed = { error: outcome.failure, at: now() };
				else current.renewedAt = outcome.renewedAt;
				settle('failure' in outcome ? outcome.failure : undefined);
			},
		};
	}

	/** Credentials whose last renewal is long past, so the map holds only those in use. */
	private forgetIdle(now: number): void {
		for (const [key, state] of this.byCredential) {
			const last = Math.max(state.renewedAt ?? 0, state.failed?.at ?? 0);
			if (!state.inFlight && now - last > FAILED_RENEWAL_MEMORY_MS * 10)
				this.byCredential.delete(key);
		}
	}
}
