'use strict';
/**
 * Drift check: every API the package can call (the compiled catalogue, dist/nodes/shared/apis.js, plus
 * the OAuth endpoints) has a sandbox handler and a sample fixture, and no fixture belongs to an API the
 * package does not call.
 */
const { Registry } = require('../sandbox/apis');
const { OAUTH_APIS, apiId, catalogue, fixtureName, sampleFiles } = require('./samples');

const registry = new Registry();
const called = [...catalogue().map((entry) => entry.api), ...OAUTH_APIS];

/**
 * Documented APIs the sandbox models although the package does not call them: their doc samples stay
 * here with the others (the convention test reads them, and the sandbox's own tests compare its answers
 * with them), so they are no orphans. An API leaves this list when the catalogue takes it up.
 * - push.cursor.messageList: the other way to pull failed messages (hands them out and confirms them at
 *   once); the package pulls with push.query.messageList + push.message.confirm, which confirm only after
 *   the workflow got the messages (test/sandbox/tests/messages.test.js checks the cursor answer).
 */
const SANDBOX_ONLY = [
	{ namespace: 'cn.alibaba.open', name: 'push.cursor.messageList', version: 1 },
];

describe('every API the package calls is modelled and sampled', () => {
	test('the catalogue is not empty and holds the APIs the operations use', () => {
		expect(catalogue().length).toBeGreaterThanOrEqual(17);
		expect(catalogue().map((entry) => entry.id)).toContain(
			'com.alibaba.trade:alibaba.trade.get.buyerView-1',
		);
	});

	test('each has a sandbox handler (test/sandbox/apis/<namespace>/<apiName>.js)', () => {
		const missing = called
			.filter((api) => !registry.find(api.namespace, api.name, String(api.version)))
			.map(apiId);
		expect(missing).toEqual([]);
	});

	test('each has a sample fixture (test/contract/samples/<namespace>.<apiName>-<version>.json)', () => {
		const files = new Set(sampleFiles());
		const missing = called.filter((api) => !files.has(fixtureName(api))).map(fixtureName);
		expect(missing).toEqual([]);
	});

	test('no fixture is an orphan: each belongs to a catalogue API, an OAuth endpoint or a sandbox-only API', () => {
		const expected = new Set([...called, ...SANDBOX_ONLY].map(fixtureName));
		expect(sampleFiles().filter((file) => !expected.has(file))).toEqual([]);
	});

	test('each sandbox-only API is modelled by the sandbox, sampled, and still not called by the package', () => {
		const files = new Set(sampleFiles());
		for (const api of SANDBOX_ONLY) {
			expect(registry.find(api.namespace, api.name, String(api.version))).toBeTruthy();
			expect(files.has(fixtureName(api))).toBe(true);
		}
		expect(SANDBOX_ONLY.map(apiId).filter((id) => called.map(apiId).includes(id))).toEqual([]);
	});

	test('APIs the catalogue marks as needing no user authorisation need no token in the sandbox either', () => {
		const appOnly = catalogue().filter((entry) => entry.api.userAuthorization === false);
		expect(appOnly.map((entry) => entry.id)).toContain(
			'com.alibaba.product:alibaba.category.get-1',
		);
		for (const { api } of appOnly)
			expect(registry.find(api.namespace, api.name, String(api.version)).needsToken).toBe(false);
	});
});
