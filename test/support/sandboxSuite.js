'use strict';
/**
 * The set-up every engine test file of a resource repeats: one sandbox for the file, a clean request
 * log (and, when asked, seeded data) before each test, and a runner for one operation of the node.
 */
const { startSandbox } = require('../sandbox');
const { runNode, sandboxCredentials } = require('./engine');

/**
 * Starts a sandbox for the calling test file. @param {{ resetEach?: boolean }} [o] resetEach: back to
 * the seeded data before every test (for tests that change stock, ownership…).
 * @returns {() => object} the running sandbox
 */
function useSandbox({ resetEach = false } = {}) {
	let sandbox;
	beforeAll(async () => {
		sandbox = await startSandbox();
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
 * A runner for one operation: `(parameters, { items, binaries, continueOnFail }) → runNode(...)`.
 * @param {() => object} getSandbox @param {string} resource @param {string} operation
 */
function operationRunner(getSandbox, resource, operation) {
	return (parameters = {}, extra = {}) =>
		runNode({ parameters: { resource, operation, ...parameters }, credentials: sandboxCredentials(getSandbox()), ...extra });
}

module.exports = { useSandbox, operationRunner };
