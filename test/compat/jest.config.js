'use strict';
/**
 * Jest for the compatibility run (test/compat/run.js): the same tests, with `n8n-core` and
 * `n8n-workflow` — for the package in dist/ and for the test harness alike — taken from another
 * install, given as N8N_COMPAT_MODULES (a node_modules folder holding both).
 */
const path = require('node:path');
const base = require('../../jest.config');

const modules = process.env.N8N_COMPAT_MODULES;
if (!modules) throw new Error('N8N_COMPAT_MODULES is not set: run test/compat/run.js');

module.exports = {
	...base,
	rootDir: path.resolve(__dirname, '../..'),
	// n8n-core 1.x keeps handles open after the last test (2.x does not); end the workers anyway.
	forceExit: true,
	moduleNameMapper: {
		'^(n8n-core|n8n-workflow)(/.*)?$': `${modules}/$1$2`,
	},
};
