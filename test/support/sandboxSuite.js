'use strict';
/**
 * The set-up every engine test file repeats: one sandbox gateway for the file, a clean request log
 * (and, when asked, the seeded data back) before each test, and runners for the 1688 node against it.
 */
const path = require('node:path');
const { sharedTestModule } = require('./n8nModules');

// The sandbox gateway once per jest worker (each startSandbox builds its own data and server).
const { startSandbox } = sharedTestModule(path.join(__dirname, '../sandbox'));
const { runNode, sandboxCredentials } = require('./engine');

/**
 * Starts a sandbox for the calling test file.
 * @param {{ resetEach?: boolean } & object} [options] resetEach: back to the seeded data before every
 *   test (for tests that change stock, orders…); the other options go to startSandbox.
 * @returns {() => object} the running sandbox
 */
function useSandbox({ resetEach = false, ...sandboxOptions } = {}) {
	let sandbox;
	beforeAll(async () => {
		sandbox = await startSandbox(sandboxOptions);
	});
	afterAll(async () => {
		await sandbox.close();
	});
	beforeEach(() => {
		if (resetEach) sandbox.reset();
		sandbox.clearRequests();
	});
	return () => sandbox;
}

/**
 * Runs the 1688 node with `parameters` against the sandbox: `(parameters, { items, continueOnFail, … })`,
 * as the sandbox app `app` (`full`, `crossBorder` or `limited`).
 */
function nodeRunner(getSandbox, app = 'full') {
	return (parameters = {}, extra = {}) =>
		runNode({ parameters, credentials: sandboxCredentials(getSandbox(), {}, app), ...extra });
}

/** A runner for one operation: `(parameters, { items, binaries, continueOnFail }) → runNode(...)`. */
function operationRunner(getSandbox, resource, operation, app = 'full') {
	const run = nodeRunner(getSandbox, app);
	return (parameters = {}, extra = {}) => run({ resource, operation, ...parameters }, extra);
}

module.exports = { useSandbox, nodeRunner, operationRunner };
