/**
 * The pace in real time (`npm run test:timing`, part of `test:all`): these tests wait real seconds against the
 * sandbox gateway's own clock, so they stay out of `npm test`. Rates are measured in `npm run bench`; these
 * only prove the pace keeps within the gateway's limit.
 */
module.exports = {
	rootDir: '../..',
	testEnvironment: '<rootDir>/test/support/sharedModulesEnvironment.js',
	roots: ['<rootDir>/test/timing'],
	testMatch: ['**/*.test.js'],
	transform: {},
	testTimeout: 120000,
	maxWorkers: 1,
};
