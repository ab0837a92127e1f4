'use strict';
/**
 * Child process of the benchmark: a Return All of every order through the n8n engine, sampling this
 * process's memory. Prints one JSON line: { items, ms, baselineRssMb, peakRssMb, peakHeapMb }.
 */
const { runNode } = require('../support/engine');

async function main() {
	const [url] = process.argv.slice(2);
	const credentials = {
		appKey: '1000000',
		appSecret: 'test123',
		accessToken: 'sandbox-access-token',
		refreshToken: 'sandbox-refresh-token',
		baseUrl: url,
		requestsPerSecond: 1000,
	};
	// Load the engine and the package first, so the baseline holds them.
	await runNode({
		parameters: { resource: 'order', operation: 'getMany', returnAll: false, limit: 1 },
		credentials,
	});
	global.gc?.();
	const baseline = process.memoryUsage();
	let peakRss = baseline.rss;
	let peakHeap = baseline.heapUsed;
	const sampler = setInterval(() => {
		const now = process.memoryUsage();
		peakRss = Math.max(peakRss, now.rss);
		peakHeap = Math.max(peakHeap, now.heapUsed);
	}, 10);
	const started = performance.now();
	const { items, error } = await runNode({
		parameters: { resource: 'order', operation: 'getMany', returnAll: true },
		credentials,
	});
	const ms = performance.now() - started;
	clearInterval(sampler);
	if (error) throw new Error(error.message);
	const mb = (bytes) => Math.round(bytes / 1e6);
	console.log(
		JSON.stringify({
			items: items.length,
			ms: Math.round(ms),
			baselineRssMb: mb(baseline.rss),
			peakRssMb: mb(peakRss),
			peakHeapMb: mb(peakHeap),
			baselineHeapMb: mb(baseline.heapUsed),
		}),
	);
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});
