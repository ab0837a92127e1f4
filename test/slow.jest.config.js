/**
 * The slow tests (`npm run test:slow`, part of `test:all`), kept out of `npm test`: the pace in real time against
 * the sandbox gateway's own clock (test/timing: the rate-limit learning, a 1,000-offer watch list, one
 * execution's pace, a token expiring in the middle of a Return All) and n8n's verification scan of the source and the packed tarball (test/release/verify.test.js).
 * Rates are measured in `npm run bench`; these only prove the pace keeps within the gateway's limit.
 */
module.exports = {
	rootDir: '..',
	testEnvironment: '<rootDir>/test/support/sharedModulesEnvironment.js',
	roots: ['<rootDir>/test'],
	testMatch: ['<rootDir>/test/timing/**/*.test.js', '<rootDir>/test/release/verify.test.js'],
	transform: {},
	testTimeout: 120000,
	// One at a time: the real-time proofs should not compete with each other for the two cores.
	maxWorkers: 1,
};
