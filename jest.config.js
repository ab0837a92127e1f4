/** Jest runs plain-JS tests against the built package in dist/ (build first: `npm run build`). */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test'],
	testMatch: ['**/*.test.js'],
	// Real-time pacing proofs have their own run (test/timing/jest.config.js, in `npm run test:all`).
	testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/timing/'],
	testTimeout: 30000,
	// One worker per core; engine tests start their own sandbox gateway on a free port.
	maxWorkers: 2,
};
