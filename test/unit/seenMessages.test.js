'use strict';
const {
	messageKey,
	SeenMessages,
	SEEN_MAX,
} = require('../../dist/nodes/Alibaba1688MessageTrigger/seenMessages');
const {
	judgeDelivery,
	DEFAULT_MAX_AGE_HOURS,
} = require('../../dist/nodes/Alibaba1688MessageTrigger/deliveryVerdict');
const {
	claim,
	claimsOf,
	isClaimed,
	CLAIMS_MAX,
} = require('../../dist/nodes/Alibaba1688MessageTrigger/processClaims');

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const NOW = Date.UTC(2026, 11, 5, 12, 0);
const minute36 = (ms) => Math.floor(ms / MINUTE).toString(36);

let scopes = 0;
/** A delivery to a workflow of its own (the process claims are module state shared by the tests). */
function deliveryTo(scope = `wf-${++scopes}/node`) {
	return (key, o = {}) => ({
		scope,
		key,
		bornAt: NOW - MINUTE,
		now: NOW,
		maxAgeHours: DEFAULT_MAX_AGE_HOURS,
		startedElsewhere: false,
		...o,
	});
}

describe('messageKey', () => {
	test('a numeric msgId is the key; any other msgId, and a message without one, are hashed', () => {
		expect(messageKey({ msgId: '70000000123' })).toBe('70000000123');
		expect(messageKey({ msgId: '12 34' })).toMatch(/^#[\w-]{16}$/);
		const message = {
			msgId: null,
			type: 'LOGISTICS_BUYER_VIEW_TRACE',
			bizKey: '1',
			userInfo: 'b2b-1',
			gmtBorn: NOW,
			data: { a: 1 },
		};
		expect(messageKey(message)).toMatch(/^#[\w-]{16}$/);
		expect(messageKey({ ...message })).toBe(messageKey(message));
		for (const change of [
			{ type: 'X' },
			{ bizKey: '2' },
			{ userInfo: 'b2b-2' },
			{ gmtBorn: NOW + 1 },
			{ data: { a: 2 } },
		]) {
			expect(messageKey({ ...message, ...change })).not.toBe(messageKey(message));
		}
	});

	test('data nested too deeply to write out still gives a key (from the envelope fields)', () => {
		let deep = {};
		for (let i = 0; i < 100_000; i++) deep = { a: deep };
		expect(
			messageKey({
				msgId: null,
				type: 'X',
				bizKey: null,
				userInfo: null,
				gmtBorn: null,
				data: deep,
			}),
		).toMatch(/^#[\w-]{16}$/);
	});
});

describe('SeenMessages (the static data memory)', () => {
	test('written as "key.minute36 …", read back the same; bare msgIds of older versions are taken over', () => {
		const staticData = { recentMessageIds: ['11', '12'] };
		const seen = SeenMessages.read(staticData, NOW);
		expect(seen.has('11')).toBe(true);
		seen.add('13', NOW - HOUR);
		seen.write(staticData);
		expect(staticData).toEqual({
			seenMessages: { keys: `11.${minute36(NOW)} 12.${minute36(NOW)} 13.${minute36(NOW - HOUR)}` },
		});
		const again = SeenMessages.read(staticData, NOW);
		expect(['11', '12', '13', '14'].map((key) => again.has(key))).toEqual([
			true,
			true,
			true,
			false,
		]);
	});

	test('an entry goes once its minute is older than the window; beyond the count the oldest go and are marked forgotten', () => {
		const seen = SeenMessages.read({}, NOW);
		seen.add('old', NOW - 25 * HOUR);
		seen.add('a', NOW - 3 * MINUTE);
		seen.add('b', NOW - 2 * MINUTE);
		seen.add('c', NOW - MINUTE);
		seen.prune(NOW, 24 * HOUR, 2);
		expect(['old', 'a', 'b', 'c'].map((key) => seen.has(key))).toEqual([false, false, true, true]);
		// 'a' was forgotten early: a message born in its minute or before cannot be told from a repeat.
		expect(seen.mayHaveForgotten(NOW - 3 * MINUTE)).toBe(true);
		expect(seen.mayHaveForgotten(NOW - 2 * MINUTE)).toBe(false);
		const staticData = {};
		seen.write(staticData);
		expect(staticData.seenMessages.forgottenUpTo).toBe(Math.floor((NOW - 3 * MINUTE) / MINUTE));
		// Once older than the window, the mark goes too (the age limit refuses those messages anyway).
		const later = SeenMessages.read(staticData, NOW + 24 * HOUR);
		later.prune(NOW + 24 * HOUR, 24 * HOUR, 2);
		expect(later.mayHaveForgotten(NOW - 3 * MINUTE)).toBe(false);
	});

	test(`at the limit of ${SEEN_MAX} messages the state stays about 18 bytes per message (11-digit msgIds)`, () => {
		const seen = SeenMessages.read({}, NOW);
		for (let i = 0; i < SEEN_MAX; i++)
			seen.add(String(70000000000 + i), NOW - (SEEN_MAX - i) * 1000);
		const staticData = {};
		seen.write(staticData);
		expect(JSON.stringify(staticData.seenMessages).length / SEEN_MAX).toBeLessThan(18.1);
	});
});

describe('judgeDelivery', () => {
	test('new once, then a repeat; only a new message changes the static data', () => {
		const delivery = deliveryTo();
		const staticData = {};
		expect(judgeDelivery(staticData, delivery('1'))).toBe('new');
		const after = JSON.stringify(staticData);
		expect(judgeDelivery(staticData, delivery('1'))).toBe('repeat');
		expect(JSON.stringify(staticData)).toBe(after);
	});

	test('deliveries that loaded the same stale static data: the first claims, the others are repeats', () => {
		const delivery = deliveryTo();
		const [first, second] = [{}, {}];
		expect(judgeDelivery(first, delivery('1'))).toBe('new');
		expect(judgeDelivery(second, delivery('1'))).toBe('repeat');
		expect(second).toEqual({});
		// Another message on stale data writes back what the process claimed since: nothing is lost there.
		expect(judgeDelivery(second, delivery('2'))).toBe('new');
		expect(['1', '2'].map((key) => SeenMessages.read(second, NOW).has(key))).toEqual([true, true]);
		// Another workflow (scope) has claims of its own.
		expect(judgeDelivery({}, deliveryTo()('1'))).toBe('new');
	});

	test('older than the age limit: refused, untouched; without the limit (0) remembered from its arrival', () => {
		const delivery = deliveryTo();
		const staticData = {};
		expect(judgeDelivery(staticData, delivery('1', { bornAt: NOW - 25 * HOUR }))).toBe('tooOld');
		expect(staticData).toEqual({});
		expect(judgeDelivery(staticData, delivery('2', { bornAt: NOW - 23 * HOUR }))).toBe('new');
		expect(
			judgeDelivery(staticData, delivery('3', { bornAt: NOW - 2 * HOUR, maxAgeHours: 1 })),
		).toBe('tooOld');
		expect(
			judgeDelivery(staticData, delivery('4', { bornAt: NOW - 400 * 24 * HOUR, maxAgeHours: 0 })),
		).toBe('new');
		expect(staticData.seenMessages.keys).toContain(`4.${minute36(NOW)}`);
		// No valid gmtBorn: no age check, remembered from its arrival.
		expect(judgeDelivery(staticData, delivery('5', { bornAt: undefined }))).toBe('new');
		expect(staticData.seenMessages.keys).toContain(`5.${minute36(NOW)}`);
	});

	test('remembered at least as long as the age limit: a repeat just inside it is recognised, by a restarted process too', () => {
		const staticData = {};
		expect(judgeDelivery(staticData, deliveryTo()('1', { bornAt: NOW - 10 * HOUR }))).toBe('new');
		const restarted = deliveryTo();
		const later = NOW + 14 * HOUR - 2 * MINUTE;
		expect(judgeDelivery(staticData, restarted('1', { bornAt: NOW - 10 * HOUR, now: later }))).toBe(
			'repeat',
		);
		expect(
			judgeDelivery(
				staticData,
				restarted('1', { bornAt: NOW - 10 * HOUR, now: NOW + 14 * HOUR + MINUTE }),
			),
		).toBe('tooOld');
	});

	test('more messages in the window than the memory holds: one born before the forgotten ones is refused, not started again', () => {
		const seen = SeenMessages.read({}, NOW);
		for (let i = 0; i <= SEEN_MAX; i++)
			seen.add(String(1000 + i), NOW - (SEEN_MAX + 1 - i) * 10_000);
		seen.prune(NOW, 24 * HOUR);
		const staticData = {};
		seen.write(staticData);
		const restarted = deliveryTo();
		// '1000' was the oldest and was forgotten: it comes again.
		expect(
			judgeDelivery(staticData, restarted('1000', { bornAt: NOW - (SEEN_MAX + 1) * 10_000 })),
		).toBe('tooOld');
		expect(judgeDelivery(staticData, restarted('1001', { bornAt: NOW - SEEN_MAX * 10_000 }))).toBe(
			'repeat',
		);
		expect(judgeDelivery(staticData, restarted('9999', { bornAt: NOW - MINUTE }))).toBe('new');
	});

	test('a message the other trigger started (Avoid Duplicates) is a repeat', () => {
		expect(judgeDelivery({}, deliveryTo()('1', { startedElsewhere: true }))).toBe('repeat');
	});
});

describe('process claims', () => {
	test('expire, and stay bounded in number across workflows', () => {
		claim('claims-test', 'a', NOW + MINUTE, NOW, NOW);
		expect(isClaimed('claims-test', 'a', NOW)).toBe(true);
		expect(isClaimed('claims-test', 'a', NOW + MINUTE)).toBe(false);
		expect(claimsOf('claims-test', NOW)).toEqual([['a', NOW]]);
		for (let i = 0; i < CLAIMS_MAX + 10; i++)
			claim(`flood-${i % 7}`, String(i), NOW + HOUR, NOW, NOW);
		expect(isClaimed('claims-test', 'a', NOW)).toBe(false);
		expect(isClaimed(`flood-${(CLAIMS_MAX + 3) % 7}`, String(CLAIMS_MAX + 3), NOW)).toBe(true);
		expect(isClaimed('flood-0', '0', NOW)).toBe(false);
		const total = Array.from({ length: 7 }, (_, i) => claimsOf(`flood-${i}`, NOW).length).reduce(
			(a, b) => a + b,
			0,
		);
		expect(total).toBe(CLAIMS_MAX);
	});
});
