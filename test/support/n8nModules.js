'use strict';
/**
 * n8n-core and n8n-workflow for the engine harness, loaded once per jest worker instead of once per test file.
 *
 * Jest gives every test file a module registry of its own, so each file paid about 1.6 s to load n8n-core and
 * n8n-workflow again (most of `npm test`'s time, with 70 engine files). Here they come from Node's own require,
 * whose cache lives as long as the worker; the package's dist/ is loaded on top of them and dropped from that
 * cache at the start of every test file, so each file still gets the package fresh (its in-memory state:
 * pacers, the write journal, token renewals, message claims), and n8n-core and the package share one
 * n8n-workflow, as in n8n. The compatibility run (test/compat) maps n8n-core and n8n-workflow to another
 * install through jest's moduleNameMapper: there everything goes through jest's require, as before.
 */
const path = require('node:path');

const PACKAGE_DIR = path.resolve(__dirname, '../..');
const DIST = path.join(PACKAGE_DIR, 'dist') + path.sep;
// Node's own require, given by the test environment (sharedModulesEnvironment.js); jest's require replaces
// `node:module` too, so it cannot be had from inside a test file.
const nativeRequire = globalThis.__nativeRequire;
const compat = Boolean(process.env.N8N_COMPAT_MODULES) || typeof nativeRequire !== 'function';

// A new test file: forget the package modules the previous test file of this worker loaded.
if (!compat) {
	for (const file of Object.keys(nativeRequire.cache))
		if (file.startsWith(DIST)) delete nativeRequire.cache[file];
}

const n8nCore = compat ? require('n8n-core') : nativeRequire('n8n-core');
const n8nWorkflow = compat ? require('n8n-workflow') : nativeRequire('n8n-workflow');

/** A module of the built package (e.g. `nodes/shared/transport/clock`): the instance the engine runs. */
function packageModule(relative) {
	const file = path.join(DIST, relative);
	return compat ? require(file) : nativeRequire(file);
}

/**
 * A test module that keeps no state between its uses (the sandbox gateway: every startSandbox builds its own), loaded
 * once per worker like n8n-core; through jest's require in the compatibility run.
 */
function sharedTestModule(file) {
	return compat ? require(file) : nativeRequire(file);
}

module.exports = { n8nCore, n8nWorkflow, packageModule, sharedTestModule, PACKAGE_DIR };
