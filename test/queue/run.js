#!/usr/bin/env node
'use strict';
/**
 * `npm run test:queue` (builds first): the package in n8n's queue mode.
 *   1. test/e2e/setup.js (Node 24, n8n 2.40.7) and setup.js here (PostgreSQL 17 from npm, Debian's redis-server);
 *   2. a throwaway PostgreSQL and Redis on free loopback ports, the sandbox gateway in this process;
 *   3. `npm pack`, the tarball installed as a community package into the user folder of every n8n process:
 *      the main (`n8n start`, EXECUTIONS_MODE=queue), two workers (`n8n worker`) and a webhook processor
 *      (`n8n webhook`), same database, Redis and encryption key;
 *   4. the checks: examples run by workers (checks/examples.js), push dedupe across processes (push.js),
 *      token renewal on two workers at once (tokens.js), the rate limit with two workers (rateLimit.js),
 *      the polling example with durable poll cursors and the main restarted between polls (polling.js);
 *   5. everything stopped, on failure and interruption too (lib/services.js: process groups).
 * Prints the measured figures, then `N passed, M failed`; exits 1 when anything failed.
 *
 *   node test/queue/run.js [--keep] [--only=examples,push,tokens,rate,polling]
 *   --keep leaves the logs and n8n user folders in place and prints where they are.
 */
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { ensureSetup } = require('../e2e/setup');
const { createTestRecorder } = require('../e2e/lib/testRecorder');
const { packPackage } = require('../e2e/lib/pack');
const { listExamples, prepareAll, failureControl } = require('../e2e/examples');
const { startOf, usesShop } = require('../e2e/lib/prepareExample');
const { sandboxCredential } = require('../e2e/lib/sandboxCredential');
const { startSandbox } = require('../sandbox');
const { ensureServers } = require('./setup');
const { startPostgres, startRedis } = require('./lib/databases');
const { QueueCluster } = require('./lib/cluster');
const { stopAll, removeWhenDone } = require('./lib/services');
const workflows = require('./workflows');
const { runManualExamples, runTriggerExample } = require('./checks/examples');
const { runPushChecks } = require('./checks/push');
const { runTokenChecks } = require('./checks/tokens');
const { runRateLimitChecks, QPS } = require('./checks/rateLimit');
const { runPollingChecks, STOCK_ALERT } = require('./checks/polling');
const { runWriteChecks } = require('./checks/writes');
const { buyableLines } = require('../support/orderLines');

const PARTS = ['examples', 'push', 'tokens', 'rate', 'polling', 'writes'];
const CREDENTIALS = {
	examples: { id: 'queueSandbox1688', name: '1688 sandbox' },
	/** The cross-border solution's app, for examples whose expectation says `app: 'crossBorder'`. */
	crossBorder: { id: 'queueSandbox1688Cb', name: '1688 sandbox (cross-border app)' },
	tokens: { id: 'queueTokens16880', name: '1688 sandbox (token renewal)' },
	rate: { id: 'queueRate1688000', name: '1688 sandbox (rate limit)' },
	redis: { id: 'queueRedis000001', name: 'Redis (the queue test)' },
};

function parseArgs(argv) {
	const args = { keep: false, only: PARTS };
	for (const arg of argv) {
		if (arg === '--keep') args.keep = true;
		else if (arg.startsWith('--only=')) args.only = arg.slice('--only='.length).split(',');
		else throw new Error(`unknown option ${arg} (use --keep, --only=${PARTS.join(',')})`);
	}
	const unknown = args.only.filter((part) => !PARTS.includes(part));
	if (unknown.length)
		throw new Error(`unknown part(s) ${unknown.join(', ')} (parts: ${PARTS.join(', ')})`);
	return args;
}

const { test, results, summary } = createTestRecorder();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)}s`;

/**
 * Examples that need what only test/e2e runs: the scripted chat model (chat-started AI agents), the WooCommerce
 * stand-in (shop examples), or that are only loaded there (the Shopify ones).
 */
function isE2eOnly(example) {
	const workflow = JSON.parse(fs.readFileSync(example.file, 'utf8'));
	return ['chat', 'load'].includes(startOf(workflow).kind) || usesShop(workflow);
}

/** Everything the test imports into n8n: credentials and workflows. */
function plan(sandbox, redis) {
	const credentials = [
		sandboxCredential(sandbox, CREDENTIALS.examples),
		sandboxCredential(sandbox, CREDENTIALS.crossBorder, 'crossBorder'),
		sandboxCredential(sandbox, CREDENTIALS.tokens),
		sandboxCredential(sandbox, CREDENTIALS.rate, 'full', { requestsPerSecond: QPS }),
		{
			...CREDENTIALS.redis,
			type: 'redis',
			data: { host: '127.0.0.1', port: redis.port, database: 0, password: '' },
		},
	];
	const listed = listExamples();
	const e2eOnly = listed.filter(isE2eOnly).map((example) => example.name);
	const byApp = { full: CREDENTIALS.examples, crossBorder: CREDENTIALS.crossBorder };
	const examples = prepareAll(
		listed.filter((example) => !e2eOnly.includes(example.name)),
		byApp,
	).map((example, i) => ({ ...example, id: `queueExample${String(i + 1).padStart(4, '0')}` }));
	for (const example of examples) if (example.workflow) example.workflow.id = example.id;
	const control = failureControl(sandbox, CREDENTIALS.examples);
	control.id = 'queueControlFail';
	const [tokenA, tokenB, rateA, rateB, [rateWarm]] = workflows.offerGroups(sandbox, 5, 12);
	const load = (id, name, offerIds, credential) => ({
		id,
		offerIds,
		workflow: workflows.loadWorkflow({ id, name, offerIds, credential }),
	});
	const token = [
		load('queueTokensA0001', 'queue: token renewal A', tokenA, CREDENTIALS.tokens),
		load('queueTokensB0001', 'queue: token renewal B', tokenB, CREDENTIALS.tokens),
	];
	const rate = [
		load('queueRateA000001', 'queue: rate limit A', rateA, CREDENTIALS.rate),
		load('queueRateB000001', 'queue: rate limit B', rateB, CREDENTIALS.rate),
		load('queueRateWarm001', 'queue: rate limit, credential in use', [rateWarm], CREDENTIALS.rate),
	];
	const push = [
		{
			key: '(a) trigger only',
			workflow: workflows.pushStaticDataWorkflow({
				id: 'queuePushStatic1',
				credential: CREDENTIALS.examples,
			}),
		},
		{
			key: '(b) Remove Duplicates',
			workflow: workflows.pushRemoveDuplicatesWorkflow({
				id: 'queuePushRemove1',
				credential: CREDENTIALS.examples,
			}),
		},
		{
			key: '(c) Redis Increment',
			workflow: workflows.pushRedisWorkflow({
				id: 'queuePushRedis01',
				credential: CREDENTIALS.examples,
				redisCredential: CREDENTIALS.redis,
			}),
		},
	].map((entry) => ({ ...entry, id: entry.workflow.id, trigger: entry.workflow.nodes[0] }));
	const lines = buyableLines(sandbox).map(({ offer, sku, quantity }) => ({
		offerId: String(offer.offerId),
		specId: sku.specId,
		quantity,
	}));
	const tooMany = buyableLines(sandbox)[0].sku.amountOnSale + 1;
	const writes = {
		lost: workflows.retryingCreateWorkflow({
			id: 'queueWritesLost1',
			name: 'queue: Create, answer lost, Retry On Fail',
			items: [{ ref: 'QUEUE-LOST-1' }],
			lines,
			credential: CREDENTIALS.examples,
		}),
		refused: workflows.retryingCreateWorkflow({
			id: 'queueWritesRefus',
			name: 'queue: Create, second order refused, Retry On Fail',
			items: [{ ref: 'QUEUE-A' }, { ref: 'QUEUE-B', quantity: tooMany }, { ref: 'QUEUE-C' }],
			lines,
			credential: CREDENTIALS.examples,
		}),
	};
	const all = [
		control,
		...examples.filter((e) => e.workflow).map((e) => e.workflow),
		...token.map((t) => t.workflow),
		...rate.map((r) => r.workflow),
		...push.map((p) => p.workflow),
		...Object.values(writes),
	];
	return { credentials, examples, e2eOnly, control, token, rate, push, writes, workflows: all };
}

function printReport(report) {
	if (Object.keys(report).length === 0) return;
	console.log('[queue] measured:');
	const rows = (results) =>
		Object.entries(results).map(
			([key, r]) =>
				`      ${key}: ${r.messages} messages, ${r.executions} executions (${r.failedExecutions} failed), started twice ${r.startedTwice}, passed on twice ${r.passedOnTwice}, lost ${r.lost}`,
		);
	if (report.sequential)
		console.log(
			[
				'    push, repeat 1 s after the answer, on the other process:',
				...rows(report.sequential),
			].join('\n'),
		);
	if (report.immediate)
		console.log(
			[
				'    push, repeat the moment the first was answered, on the other process:',
				...rows(report.immediate),
			].join('\n'),
		);
	if (report.simultaneous)
		console.log(
			['    push, same msgId to both processes at once:', ...rows(report.simultaneous)].join('\n'),
		);
	if (report.concurrentDifferent)
		console.log(
			[
				'    push, two msgIds at once, each repeated later:',
				...rows(report.concurrentDifferent),
			].join('\n'),
		);
	if (report.tokens)
		console.log(
			`    tokens: ${report.tokens.refusals} calls refused for the expired token, ${report.tokens.renewals} token requests, ${report.tokens.calls} gateway calls in all`,
		);
	for (const [key, label] of [
		['rateAlone', 'one execution'],
		['rateTwoWorkers', 'two workers'],
	]) {
		const r = report[key];
		if (r)
			console.log(
				`    rate limit ${QPS}/s, ${label}: ${r.calls} calls, peak ${r.peakOffered} calls in 1 s, ${r.throttled} throttled, ${r.seconds}s (bound ${r.boundSeconds}s)`,
			);
	}
}

async function main() {
	const args = parseArgs(process.argv.slice(2));
	const started = Date.now();
	const paths = ensureSetup({ browser: false });
	const servers = ensureServers();
	const logDir = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-nodes-1688-queue-logs-'));
	console.log(`[queue] logs of every process in ${logDir} (kept when something fails)`);
	const report = {};
	let postgres;
	let redis;
	let sandbox;
	let cluster;
	let packed;
	try {
		postgres = await startPostgres(servers, { logDir, paths });
		redis = await startRedis(servers.redisServer, { logDir });
		console.log(
			`[queue] ${servers.postgresVersion} on 127.0.0.1:${postgres.port}, ${servers.redisVersion} on 127.0.0.1:${redis.port} (${seconds(started)})`,
		);
		sandbox = await startSandbox({ port: 0 });
		packed = packPackage();
		removeWhenDone(packed.dir);
		cluster = new QueueCluster({
			paths,
			tarball: packed.tarball,
			postgres,
			redis,
			logDir,
			keep: args.keep,
		});
		console.log(
			`[queue] ${path.basename(packed.tarball)} installed as a community package in the user folders of main, ${cluster.workers.map((w) => w.name).join(', ')} and webhook (${seconds(started)})`,
		);
		const planned = plan(sandbox, redis);
		await cluster.cli.importCredentials(planned.credentials);
		await cluster.cli.importWorkflows(planned.workflows);
		console.log(
			`[queue] imported ${planned.credentials.length} credentials and ${planned.workflows.length} workflows into PostgreSQL (${seconds(started)})`,
		);
		const startedCluster = Date.now();
		await cluster.start();
		console.log(
			`[queue] n8n ${paths.n8nVersion} in queue mode: main ${cluster.main.url}, webhook processor ${cluster.webhook.url}, ${cluster.workers.length} workers (${seconds(startedCluster)} to start)`,
		);
		let session = await cluster.session();
		const ctx = {
			cluster,
			sandbox,
			postgres,
			test,
			report,
			getSession: () => session,
			renewSession: async () => (session = await cluster.session()),
		};

		const manual = planned.examples.filter((e) => e.problem || e.start.kind === 'manual');
		const stockAlert = planned.examples.filter((e) => !e.problem && e.name === STOCK_ALERT);
		const triggerStarted = planned.examples.filter(
			(e) => !e.problem && e.start.kind === 'trigger' && e.name !== STOCK_ALERT,
		);
		if (args.only.includes('examples')) {
			console.log(
				'[queue] examples (manual runs offloaded to the workers; pushes to the webhook processor; polls on the main):',
			);
			if (planned.e2eOnly.length)
				console.log(
					`    left to test/e2e (they need its scripted chat model or WooCommerce stand-in, or are only loaded there): ${planned.e2eOnly.join(', ')}`,
				);
			await runManualExamples({ ...ctx, session, examples: manual, control: planned.control });
			for (const example of triggerStarted) await runTriggerExample({ ...ctx, session, example });
		}
		if (args.only.includes('push')) {
			console.log('[queue] push messages to the webhook processor and the main:');
			await runPushChecks({ ...ctx, session, workflows: planned.push });
		}
		if (args.only.includes('tokens')) {
			console.log('[queue] token renewal:');
			await runTokenChecks({ ...ctx, session, workflows: planned.token });
		}
		if (args.only.includes('rate')) {
			console.log('[queue] rate limit:');
			await runRateLimitChecks({ ...ctx, session, workflows: planned.rate });
		}
		if (args.only.includes('writes')) {
			console.log("[queue] writes under n8n's Retry On Fail, on a worker:");
			await runWriteChecks({ ...ctx, session, workflows: planned.writes });
		}
		if (args.only.includes('polling')) {
			console.log(
				'[queue] polling trigger with durable poll cursors, main restarted between polls:',
			);
			if (stockAlert.length === 0)
				await test(`polling: examples/${STOCK_ALERT}.json is there`, () =>
					assert.fail(`no example ${STOCK_ALERT}`));
			for (const example of stockAlert) await runPollingChecks({ ...ctx, example });
		}
	} finally {
		const stopping = Date.now();
		await sandbox?.close();
		await cluster?.stop();
		await redis?.stop();
		await postgres?.stop();
		await stopAll();
		const failed = results.some((r) => !r.ok) || results.length === 0;
		if (args.keep || failed) console.log(`[queue] kept the logs in ${logDir}`);
		else fs.rmSync(logDir, { recursive: true, force: true });
		console.log(`[queue] everything stopped (${seconds(stopping)})`);
	}
	printReport(report);
	console.log(`[queue] finished in ${seconds(started)}`);
	const { passed, failed } = summary();
	if (failed > 0 || passed === 0) process.exitCode = 1;
}

main().catch(async (error) => {
	console.error(`[queue] aborted: ${error && error.stack ? error.stack : error}`);
	await stopAll();
	results.push({ name: 'queue run', ok: false, error });
	summary();
	process.exitCode = 1;
});
