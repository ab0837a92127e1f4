'use strict';
/**
 * Jest's node environment, plus Node's own `require` for the test harness (`test/support/n8nModules.js`): a
 * module loaded through it is loaded once per jest worker, not once per test file. Such a module sees the worker's
 * real `process.env`, not the test file's copy, so n8n's settings for the tests are made here: its logger quiet,
 * and its user folder (where n8n-core writes a config when it loads) a temporary one.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { TestEnvironment } = require('jest-environment-node');

process.env.N8N_LOG_LEVEL ??= 'silent';
process.env.N8N_USER_FOLDER ??= fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-1688-engine-'));

class SharedModulesEnvironment extends TestEnvironment {
	constructor(config, context) {
		super(config, context);
		this.global.__nativeRequire = require;
	}
}

module.exports = SharedModulesEnvironment;
