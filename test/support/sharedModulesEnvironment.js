'use strict';
/**
 * Jest's node environment, plus Node's own `require` for the test harness (`test/support/n8nModules.js`): a
 * module loaded through it is loaded once per jest worker, not once per test file.
 */
const { TestEnvironment } = require('jest-environment-node');

class SharedModulesEnvironment extends TestEnvironment {
	constructor(config, context) {
		super(config, context);
		this.global.__nativeRequire = require;
	}
}

module.exports = SharedModulesEnvironment;
