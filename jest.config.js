/** Jest runs plain-JS tests against the built package in dist/ (build first: `npm run build`). */
module.exports = {
	// Node's environment, with n8n-core and n8n-workflow loaded once per worker (test/support/n8nModules.js).
	testEnvironment: '<rootDir>/test/support/sharedModulesEnvironment.js',
	roots: ['<rootDir>/test'],
	testMatch: ['**/*.test.js'],
	// Plain CommonJS everywhere: no Babel pass over the tests and dist/ (a third of jest's time).
	transform: {},
	// The slow tests have their own run (test/slow.jest.config.js: `npm run test:slow`, in `npm run test:all`).
	testPathIgnorePatterns: [
		'/node_modules/',
		'<rootDir>/test/timing/',
		'<rootDir>/test/release/verify.test.js',
	],
	testTimeout: 30000,
	// One worker per core; engine tests start their own sandbox gateway on a free port.
	maxWorkers: 2,
};
