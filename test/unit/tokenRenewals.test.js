'use strict';
const {
	TokenRenewals,
	FAILED_RENEWAL_MEMORY_MS,
} = require('../../dist/nodes/shared/transport/tokenRenewals');
const { GatewayError } = require('../../dist/nodes/shared/transport/gatewayError');

describe('TokenRenewals: one renewal per credential at a time', () => {
	let clock;
	const now = () => clock;
	beforeEach(() => {
		clock = 10_000;
	});

	test('the first refused call renews; calls refused meanwhile wait and then use what it stored', async () => {
		const renewals = new TokenRenewals();
		const leader = await renewals.turn('cred', 9_000, now);
		expect(leader.use).toBe('renew');
		const waiting = [renewals.turn('cred', 9_001, now), renewals.turn('cred', 9_002, now)];
		let settled = false;
		Promise.all(waiting).then(() => (settled = true));
		await Promise.resolve();
		expect(settled).toBe(false);
		leader.finished({ renewedAt: 10_000 });
		expect((await Promise.all(waiting)).map((turn) => turn.use)).toEqual(['stored', 'stored']);
		// Refused for a request sent before the renewal: the old token; no second renewal.
		expect((await renewals.turn('cred', 9_500, now)).use).toBe('stored');
		// Refused for a request sent with the new token: a renewal of its own.
		expect((await renewals.turn('cred', 10_500, now)).use).toBe('renew');
		// Another credential is independent.
		expect((await renewals.turn('other', 9_000, now)).use).toBe('renew');
	});

	test('a failed renewal fails the waiting calls and later calls for a while, without another renewal', async () => {
		const renewals = new TokenRenewals();
		const leader = await renewals.turn('cred', 0, now);
		const waiting = renewals.turn('cred', 0, now);
		const failure = new GatewayError({
			api: 'a:b-1',
			code: 'TOKEN_UNAVAILABLE',
			gatewayMessage: 'refresh token revoked',
		});
		leader.finished({ failure });
		await expect(waiting).rejects.toBe(failure);
		clock += FAILED_RENEWAL_MEMORY_MS - 1;
		await expect(renewals.turn('cred', clock, now)).rejects.toBe(failure);
		clock += 1;
		expect((await renewals.turn('cred', clock, now)).use).toBe('renew');
	});
});
