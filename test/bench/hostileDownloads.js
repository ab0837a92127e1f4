'use strict';
/**
 * Product → Search by Image against a hostile image host: what a 64 MB body, a 300 MB gzip bomb (about 300 KB on
 * the wire) and a body dripping one byte a second cost the n8n process. Figures, not assertions.
 *
 *   node test/bench/hostileDownloads.js            all three, each in a fresh child process, as a table
 *   node test/bench/hostileDownloads.js big|bomb|drip   one case in this process (one JSON line; the host and the
 *                                                  sandbox gateway are given by HOSTILE_HOST and HOSTILE_SANDBOX)
 *
 * The image host is on loopback, so the node runs with Allow Private Network Addresses on; the time limit is the
 * default (30 s). The sandbox gateway runs in its own process; the host in the parent, so neither is counted.
 */
const { execFile } = require('node:child_process');
const { promisify } = require('node:util');

const CASES = {
	big: { label: '64 MB body, no Content-Length', path: '/big.png?mb=64', stream: '/big.png' },
	bomb: { label: 'gzip bomb: 300 MB inflated', path: '/bomb.png?mb=300', stream: '/bomb.png' },
	drip: { label: 'drip: 1 byte/s for 45 s', path: '/drip.png?seconds=45', stream: '/drip.png' },
};
const mb = (bytes) => (bytes / 1024 / 1024).toFixed(1);
const size = (bytes) =>
	bytes >= 1024 * 1024
		? `${mb(bytes)} MB`
		: bytes >= 1024
			? `${Math.round(bytes / 1024)} KB`
			: `${bytes} bytes`;

/** One case through the engine, sampling this process's memory every 10 ms. */
async function runCase(name) {
	const { runNode } = require('../support/engine');
	const hostUrl = process.env.HOSTILE_HOST;
	const credentials = {
		appKey: '1000000',
		appSecret: 'test123',
		accessToken: 'sandbox-access-token',
		refreshToken: 'sandbox-refresh-token',
		baseUrl: process.env.HOSTILE_SANDBOX,
	};
	const search = (imageUrl) =>
		runNode({
			parameters: {
				resource: 'product',
				operation: 'searchByImage',
				imageSource: 'url',
				imageUrl,
				limit: 1,
				downloadOptions: { allowPrivateNetwork: true },
			},
			credentials,
		});
	// Load the engine and the package first (one small image searched), so the baseline holds them.
	const warm = await search(`${hostUrl}/offers/1.png`);
	if (warm.error) throw new Error(`warm-up failed: ${warm.error.message}`);
	global.gc?.();
	const baseline = process.memoryUsage();
	const peak = { ...baseline };
	const sampler = setInterval(() => {
		const now = process.memoryUsage();
		for (const key of ['rss', 'heapUsed', 'arrayBuffers'])
			peak[key] = Math.max(peak[key], now[key]);
	}, 10);
	const started = performance.now();
	const { error } = await search(`${hostUrl}${CASES[name].path}`);
	const ms = performance.now() - started;
	clearInterval(sampler);
	console.log(
		JSON.stringify({
			ms: Math.round(ms),
			rssMb: mb(peak.rss - baseline.rss),
			heapMb: mb(peak.heapUsed - baseline.heapUsed),
			buffersMb: mb(peak.arrayBuffers - baseline.arrayBuffers),
			outcome: error
				? error.message.replace(/^Image URL: \S+ /, '').slice(0, 110)
				: 'no error: uploaded and searched',
		}),
	);
}

/** Every case in a child process of its own, against one host and one gateway; rows for a table. */
async function runAll() {
	const { startImageHost } = require('../support/imageHost');
	const { startSandboxProcess } = require('./sandboxProcess');
	const host = await startImageHost();
	const sandbox = await startSandboxProcess({ qps: 1e9, latencyMs: 0, orders: 10 });
	const rows = [];
	try {
		for (const [name, { label, stream }] of Object.entries(CASES)) {
			const { stdout } = await promisify(execFile)(
				process.execPath,
				['--expose-gc', __filename, name],
				{
					env: { ...process.env, HOSTILE_HOST: host.url, HOSTILE_SANDBOX: sandbox.url },
					maxBuffer: 1 << 20,
				},
			);
			const figures = JSON.parse(stdout.trim().split('\n').pop());
			rows.push({ label, ...figures, sent: size(host.streams[stream]?.bytes ?? 0) });
		}
	} finally {
		sandbox.stop();
		await host.close();
	}
	return rows;
}

function printRows(rows) {
	console.log(
		'| download | time (s) | peak RSS over idle (MB) | peak heap over idle (MB) | peak buffers over idle (MB) | host sent before the node hung up (compressed for the bomb) | outcome |',
	);
	console.log('| --- | --- | --- | --- | --- | --- | --- |');
	for (const row of rows)
		console.log(
			`| ${row.label} | ${(row.ms / 1000).toFixed(2)} | ${row.rssMb} | ${row.heapMb} | ${row.buffersMb} | ${row.sent} | ${row.outcome} |`,
		);
}

module.exports = { runAll, printRows };

if (require.main === module) {
	const [name] = process.argv.slice(2);
	const main = name ? () => runCase(name) : async () => printRows(await runAll());
	if (name && !CASES[name])
		throw new Error(`Unknown case ${name}; choose from ${Object.keys(CASES).join(', ')}`);
	main().catch((error) => {
		console.error(error);
		process.exitCode = 1;
	});
}
