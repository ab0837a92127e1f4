#!/usr/bin/env node
'use strict';
/**
 * `npm run test:compat`: the engine tests and the compatibility tests against the n8n-core and
 * n8n-workflow of another n8n release line, with the built package in dist/ unchanged.
 *
 *   node test/compat/run.js [--line 1.x|2.x|all] [--all]
 *     --line  default 1.x; 2.x is the repository's own install
 *     --all   every engine test instead of the representative set (package loading, credential test,
 *             token renewal and token errors, a read, a paged list, a write, a poll, a webhook)
 *
 * A line other than the repository's own is installed once, scripts off, into
 * ~/.cache/n8n-nodes-1688-compat/<line> (or $N8N_COMPAT_CACHE/<line>); jest then maps `n8n-core` and
 * `n8n-workflow` there for the package and the test harness alike (test/compat/jest.config.js).
 * Tests whose expectations only hold on a newer line are left out by name, each with its reason
 * (test/compat/lines.js), and printed.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const { LINES, CURRENT, excludingPattern } = require('./lines');

const ROOT = path.resolve(__dirname, '../..');
const REPRESENTATIVE = [
	'test/engine/package.test.js',
	'test/engine/credential.test.js',
	'test/engine/oauth.test.js',
	'test/engine/tokenErrors.test.js',
	'test/engine/customApi.test.js',
	'test/engine/product.get.test.js',
	'test/engine/order.getMany.test.js',
	'test/engine/order.create.test.js',
	'test/engine/trigger.offers.test.js',
	'test/engine/messageTrigger.test.js',
	'test/compat',
];
const EVERYTHING = ['test/engine', 'test/compat'];

function cacheRoot() {
	return process.env.N8N_COMPAT_CACHE || path.join(os.homedir(), '.cache', 'n8n-nodes-1688-compat');
}

function installedVersion(modules, name) {
	try {
		return JSON.parse(fs.readFileSync(path.join(modules, name, 'package.json'), 'utf8')).version;
	} catch {
		return undefined;
	}
}

/** The node_modules folder holding the line's n8n-core and n8n-workflow, installed if needed. */
function modulesFor(line) {
	const wanted = { 'n8n-core': line['n8n-core'], 'n8n-workflow': line['n8n-workflow'] };
	const own = path.join(ROOT, 'node_modules');
	const dir = line === CURRENT ? ROOT : path.join(cacheRoot(), line.name);
	const modules = line === CURRENT ? own : path.join(dir, 'node_modules');
	const matches = () =>
		Object.entries(wanted).every(([name, version]) => installedVersion(modules, name) === version);
	if (matches()) return { modules, installedMs: 0 };
	if (line === CURRENT) {
		throw new Error(
			`node_modules does not hold n8n-core ${wanted['n8n-core']} / n8n-workflow ${wanted['n8n-workflow']}: run npm ci`,
		);
	}
	const started = Date.now();
	fs.mkdirSync(dir, { recursive: true });
	fs.writeFileSync(
		path.join(dir, 'package.json'),
		`${JSON.stringify({ name: `n8n-nodes-1688-compat-${line.name.replace(/\W/g, '')}`, private: true, dependencies: wanted }, null, 2)}\n`,
	);
	console.log(
		`Installing n8n-core ${wanted['n8n-core']} and n8n-workflow ${wanted['n8n-workflow']} (n8n ${line.n8n}) into ${dir}`,
	);
	const install = spawnSync(
		'npm',
		['install', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'],
		{
			cwd: dir,
			stdio: 'inherit',
		},
	);
	if (install.status !== 0 || !matches())
		throw new Error(`Installing the n8n ${line.name} modules into ${dir} failed`);
	return { modules, installedMs: Date.now() - started };
}

function runLine(line, suites) {
	const { modules, installedMs } = modulesFor(line);
	console.log(
		`\n== n8n ${line.name}: n8n-core ${line['n8n-core']}, n8n-workflow ${line['n8n-workflow']} (as in n8n ${line.n8n})`,
	);
	for (const difference of line.knownDifferences) {
		console.log(`   left out (${difference.tests.length}): ${difference.why}`);
		for (const name of difference.tests) console.log(`     - ${name}`);
	}
	const pattern = excludingPattern(line);
	const args = [
		require.resolve('jest/bin/jest'),
		'-c',
		path.join(__dirname, 'jest.config.js'),
		...suites,
	];
	if (pattern) args.push('--testNamePattern', pattern);
	const started = Date.now();
	const result = spawnSync(process.execPath, args, {
		cwd: ROOT,
		stdio: 'inherit',
		env: { ...process.env, N8N_COMPAT_MODULES: modules, N8N_COMPAT_LINE: line.name },
	});
	const seconds = (ms) => `${(ms / 1000).toFixed(0)} s`;
	console.log(
		`== n8n ${line.name}: ${result.status === 0 ? 'passed' : 'FAILED'} (install ${seconds(installedMs)}, tests ${seconds(Date.now() - started)})`,
	);
	return result.status === 0;
}

function main(argv) {
	const index = argv.indexOf('--line');
	const choice = index >= 0 ? argv[index + 1] : '1.x';
	const lines = choice === 'all' ? Object.values(LINES) : [LINES[choice]];
	if (lines.some((line) => !line)) throw new Error(`Unknown line ${choice}: use 1.x, 2.x or all`);
	const suites = argv.includes('--all') ? EVERYTHING : REPRESENTATIVE;
	const outcomes = lines.map((line) => runLine(line, suites));
	return outcomes.every(Boolean);
}

if (require.main === module) {
	try {
		process.exitCode = main(process.argv.slice(2)) ? 0 : 1;
	} catch (error) {
		console.error(error.message);
		process.exitCode = 1;
	}
}
