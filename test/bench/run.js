'use strict';
/**
 * `npm run bench`: the package against the sandbox gateway with injected latency and a QPS limit,
 * side by side with one-at-a-time and bare-undici baselines, and against a gateway whose limit is far
 * below the credential's setting (the pace must learn it). Prints a table; run on demand (not in CI).
 */
const { execFile } = require('node:child_process');
const path = require('node:path');
const { promisify } = require('node:util');

const { runNode } = require('../support/engine');
const { buildSeed } = require('../sandbox/data/seed');
const { callBare, timeBare } = require('./bareClient');
const { startSandboxProcess } = require('./sandboxProcess');
const hostileDownloads = require('./hostileDownloads');

const RATE = 20;
const LATENCY_MS = 200;
/** A gateway limit nobody configured: the credential stays at its default. */
const LOW_GATEWAY_LIMIT = 2;
const DEFAULT_CREDENTIAL_RATE = 10;
const READ_ONLY_CALL = {
	resource: 'customApi',
	operation: 'call',
	namespace: 'com.alibaba.account',
	apiName: 'alibaba.account.basic',
	version: 1,
	parameters: '{}',
	readOnly: true,
};
const ORDER_LIST = 'com.alibaba.trade:alibaba.trade.getBuyerOrderList-1';
const PRODUCT_GET = 'com.alibaba.product:alibaba.product.get-1';
const rows = [];
/** Rows of the hostile-download scenario, printed as a table of their own. */
let downloadRows = [];
/** Offers the seeded sandbox serves (deterministic seed). */
const OFFER_IDS = [...buildSeed().offers.values()]
	.filter((offer) => offer.status === 'published')
	.map((offer) => String(offer.offerId));

const seconds = (ms) => (ms / 1000).toFixed(2);
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function throttled(sandbox) {
	return (await sandbox.requests()).filter((r) => r.errorCode === 'gw.QosAppFrequencyLimit').length;
}

async function timeNode(parameters, credentials, items) {
	const started = performance.now();
	const result = await runNode({ parameters, credentials, items });
	if (result.error) throw new Error(result.error.message);
	return { ms: performance.now() - started, items: result.items };
}

async function limitedScenarios() {
	const sandbox = await startSandboxProcess({ qps: RATE, latencyMs: LATENCY_MS, orders: 5000 });
	const credentials = { ...sandbox.credentials, requestsPerSecond: RATE };
	try {
		// 1. Return All of 5,000 orders (100 pages of 50).
		const pages = 100;
		await sandbox.clearRequests();
		const orders = await timeNode(
			{ resource: 'order', operation: 'getMany', returnAll: true },
			credentials,
		);
		const orderThrottles = await throttled(sandbox);
		await pause(1100);
		const orderBaseline = await timeBare(pages, 1, async (i) =>
			callBare(sandbox.credentials, ORDER_LIST, { page: i + 1, pageSize: 50 }),
		);
		rows.push({
			scenario: `Return All, ${orders.items.length} orders (${pages} pages)`,
			package: seconds(orders.ms),
			bound: seconds((pages / RATE) * 1000),
			ratio: (orders.ms / ((pages / RATE) * 1000)).toFixed(2),
			baseline: `${seconds(orderBaseline)} (one page at a time)`,
			throttled: orderThrottles,
			errors: 0,
		});

		// 2. Product details for 500 input items.
		await pause(1100);
		const ids = Array.from({ length: 500 }, (_, i) => OFFER_IDS[i % OFFER_IDS.length]);
		await sandbox.clearRequests();
		const details = await timeNode(
			{ resource: 'product', operation: 'get', offerId: '={{ $json.id }}' },
			credentials,
			ids.map((id) => ({ id: String(id) })),
		);
		const detailThrottles = await throttled(sandbox);
		await pause(1100);
		const sample = 50;
		const detailBaseline = await timeBare(sample, 1, async (i) =>
			callBare(sandbox.credentials, PRODUCT_GET, { productID: ids[i], webSite: '1688' }),
		);
		rows.push({
			scenario: `Get details, ${details.items.length} offers (500 items)`,
			package: seconds(details.ms),
			bound: seconds((500 / RATE) * 1000),
			ratio: (details.ms / ((500 / RATE) * 1000)).toFixed(2),
			baseline: `${seconds((detailBaseline / sample) * 500)} (one at a time; ${sample} measured, ×10)`,
			throttled: detailThrottles,
			errors: 0,
		});
	} finally {
		sandbox.stop();
	}
}

async function overheadScenario() {
	const sandbox = await startSandboxProcess({ qps: 1e9, latencyMs: 0, orders: 60 });
	const credentials = { ...sandbox.credentials, requestsPerSecond: 1e6 };
	try {
		const count = 1000;
		const ids = Array.from({ length: count }, (_, i) => OFFER_IDS[i % OFFER_IDS.length]);
		await timeNode(
			{ resource: 'product', operation: 'get', offerId: '={{ $json.id }}' },
			credentials,
			ids.slice(0, 50).map((id) => ({ id })),
		); // warm-up
		await timeBare(50, 8, async (i) =>
			callBare(sandbox.credentials, PRODUCT_GET, { productID: ids[i], webSite: '1688' }),
		);
		const engine = await timeNode(
			{ resource: 'product', operation: 'get', offerId: '={{ $json.id }}' },
			credentials,
			ids.map((id) => ({ id })),
		);
		const bare = await timeBare(count, 8, async (i) =>
			callBare(sandbox.credentials, PRODUCT_GET, { productID: ids[i], webSite: '1688' }),
		);
		rows.push({
			scenario: `Per-request cost, ${count} product reads, no latency`,
			package: `${(engine.ms / count).toFixed(2)} ms/req`,
			bound: `${(bare / count).toFixed(2)} ms/req (bare undici)`,
			ratio: (engine.ms / bare).toFixed(2),
			baseline: '8 in flight in both',
			throttled: 0,
			errors: 0,
		});
	} finally {
		sandbox.stop();
	}
}

async function memoryScenario() {
	const sandbox = await startSandboxProcess({ qps: 1e9, latencyMs: 0, orders: 50000 });
	try {
		const { stdout } = await promisify(execFile)(
			process.execPath,
			['--expose-gc', path.join(__dirname, 'memory.js'), sandbox.url],
			{ maxBuffer: 1 << 20 },
		);
		const memory = JSON.parse(stdout.trim().split('\n').pop());
		rows.push({
			scenario: `Return All, ${memory.items} orders (1,000 pages), memory`,
			package: seconds(memory.ms),
			bound: '-',
			ratio: '-',
			baseline: `peak RSS ${memory.peakRssMb} MB (${memory.peakRssMb - memory.baselineRssMb} MB over idle ${memory.baselineRssMb} MB), peak heap ${memory.peakHeapMb} MB`,
			throttled: 0,
			errors: 0,
		});
	} finally {
		sandbox.stop();
	}
}

/**
 * `total` items of Any 1688 API → Call (Read-Only), one call each, in `executions` executions at once
 * with one credential left at 10 requests/s, against a gateway that allows 2/s.
 */
async function learningRun(
	total,
	executions,
	{
		parameters = READ_ONLY_CALL,
		label = 'Any 1688 API → Call (Read-Only)',
		items = () => ({}),
	} = {},
) {
	// A gateway of its own (another address, so another pace): nothing learned at the start.
	const sandbox = await startSandboxProcess({
		qps: LOW_GATEWAY_LIMIT,
		latencyMs: LATENCY_MS,
		orders: 60,
	});
	const credentials = { ...sandbox.credentials, requestsPerSecond: DEFAULT_CREDENTIAL_RATE };
	try {
		const perExecution = Array.from({ length: total / executions }, (_, i) => items(i));
		const started = performance.now();
		const runs = await Promise.all(
			Array.from({ length: executions }, () =>
				runNode({ parameters, credentials, items: perExecution, continueOnFail: true }),
			),
		);
		const ms = performance.now() - started;
		const bound = (total / LOW_GATEWAY_LIMIT) * 1000;
		rows.push({
			scenario: `${label}, ${total} items${executions > 1 ? ` in ${executions} executions at once` : ''}`,
			package: seconds(ms),
			bound: seconds(bound),
			ratio: (ms / bound).toFixed(2),
			baseline: `gateway ${LOW_GATEWAY_LIMIT}/s, credential ${DEFAULT_CREDENTIAL_RATE}/s`,
			throttled: await throttled(sandbox),
			errors: runs.reduce(
				(sum, run) =>
					sum + (run.error ? 1 : 0) + run.items.filter((item) => item.error !== undefined).length,
				0,
			),
		});
	} finally {
		sandbox.stop();
	}
}

async function learningScenarios() {
	for (const total of [40, 200]) {
		await learningRun(total, 1);
		await learningRun(total, 2);
	}
	// Reads that run 8 items at once.
	await learningRun(200, 1, {
		parameters: {
			resource: 'product',
			operation: 'get',
			offerId: '={{ $json.id }}',
			oneItemPerSku: false,
		},
		label: 'Product → Get (8 in flight)',
		items: (i) => ({ id: OFFER_IDS[i % OFFER_IDS.length] }),
	});
}

function printTable() {
	const columns = ['scenario', 'package', 'bound', 'ratio', 'baseline', 'throttled', 'errors'];
	const headers = {
		scenario: 'scenario',
		package: 'package (s)',
		bound: 'ideal bound (s)',
		ratio: 'ratio',
		baseline: 'baseline',
		throttled: 'throttle answers',
		errors: 'errors surfaced',
	};
	const widths = columns.map((c) =>
		Math.max(headers[c].length, ...rows.map((r) => String(r[c]).length)),
	);
	const line = (cells) =>
		`| ${cells.map((cell, i) => String(cell).padEnd(widths[i])).join(' | ')} |`;
	console.log(line(columns.map((c) => headers[c])));
	console.log(line(widths.map((w) => '-'.repeat(w))));
	for (const row of rows) console.log(line(columns.map((c) => row[c])));
}

/** Product → Search by Image against a hostile image host: a 64 MB body, a gzip bomb, a drip (hostileDownloads.js). */
async function downloadsScenario() {
	downloadRows = await hostileDownloads.runAll();
}

const SCENARIOS = {
	limited: limitedScenarios,
	learning: learningScenarios,
	overhead: overheadScenario,
	memory: memoryScenario,
	downloads: downloadsScenario,
};

/** `node test/bench/run.js [limited] [learning] [overhead] [memory] [downloads]`: all scenarios when none is named. */
async function main() {
	const chosen = process.argv.slice(2);
	const unknown = chosen.filter((name) => !SCENARIOS[name]);
	if (unknown.length)
		throw new Error(
			`Unknown scenario ${unknown.join(', ')}; choose from ${Object.keys(SCENARIOS).join(', ')}`,
		);
	console.log(
		`Benchmark: sandbox gateway with ${LATENCY_MS} ms latency, limited to ${RATE} requests/s per app with the credential set to ${RATE} (limited), or to ${LOW_GATEWAY_LIMIT} with the credential at its default ${DEFAULT_CREDENTIAL_RATE} (learning).\n`,
	);
	for (const [name, scenario] of Object.entries(SCENARIOS)) {
		if (chosen.length === 0 || chosen.includes(name)) await scenario();
	}
	if (rows.length > 0) printTable();
	if (downloadRows.length > 0) {
		console.log(
			'\nImage downloads from a hostile host (Product → Search by Image, one child process each):\n',
		);
		hostileDownloads.printRows(downloadRows);
	}
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});
