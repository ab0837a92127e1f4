'use strict';
/**
 * The runners' test bookkeeping (test/e2e, test/queue): `test(name, fn)` runs one check and prints ✓ or ✗
 * with its time and the detail it returned; `summary()` prints the closing line `N passed, M failed`.
 */
function createTestRecorder() {
	const results = [];
	async function test(name, fn) {
		const started = Date.now();
		try {
			const detail = await fn();
			results.push({ name, ok: true });
			console.log(
				`  ✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)}s${detail ? `; ${detail}` : ''})`,
			);
		} catch (error) {
			results.push({ name, ok: false, error });
			const message = String(
				error && error.stack && !(error.code === 'ERR_ASSERTION')
					? error.stack
					: (error?.message ?? error),
			);
			console.log(
				`  ✗ ${name} (${((Date.now() - started) / 1000).toFixed(1)}s)\n${message.replace(/^/gm, '      ')}`,
			);
		}
	}
	function summary() {
		const passed = results.filter((r) => r.ok).length;
		const failed = results.length - passed;
		console.log(`${passed} passed, ${failed} failed`);
		return { passed, failed };
	}
	return { test, results, summary };
}

module.exports = { createTestRecorder };
