'use strict';
/**
 * One sandbox gateway per test file: started before the tests, closed after them, and cleaned before
 * each test (request log cleared, or everything reset to the seeded data with `reset: true`).
 * `run(parameters, options)` runs the 1688 node against it through the n8n engine.
 */
const { startSandbox } = require('../sandbox');
const { runNode, sandboxCredentials } = require('./engine');

function useSandbox(sandboxOptions = {}, { reset = false } = {}) {
	const env = {
		sandbox: undefined,
		run: (parameters, options = {}) => runNode({ parameters, credentials: sandboxCredentials(env.sandbox), ...options }),
	};
	beforeAll(async () => {
		env.sandbox = await startSandbox(sandboxOptions);
	});
	afterAll(async () => {
		await env.sandbox.close();
	});
	beforeEach(() => (reset ? env.sandbox.reset() : env.sandbox.clearRequests()));
	return env;
}

module.exports = { useSandbox };
