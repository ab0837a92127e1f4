'use strict';
/**
 * Throwaway PostgreSQL and Redis servers on free loopback ports, with their data in temporary folders.
 * PostgreSQL refuses to run as root: as root, initdb and the server run as the unprivileged `nobody`
 * account (spawn's uid/gid), from a copy of the binaries in the temporary folder (the cache under root's
 * home is not readable by other users); as anyone else they run as the current user, from the cache.
 * Queries go through the `pg` client that n8n itself ships (no dependency of this repository).
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync, execFileSync } = require('node:child_process');
const { Service } = require('./services');
const { freePort } = require('../../e2e/lib/ports');
const { requireFromN8n } = require('../../e2e/lib/n8n');

const DATABASE = 'n8n';
const USER = 'n8n';

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

function unprivilegedAccount() {
	const uid = Number(execFileSync('id', ['-u', 'nobody'], { encoding: 'utf8' }).trim());
	const gid = Number(execFileSync('id', ['-g', 'nobody'], { encoding: 'utf8' }).trim());
	return { uid, gid };
}

/**
 * @param {{ postgresDir: string }} bins from setup.js: the folder holding bin/, lib/ and share/
 * @param {{ logDir: string, paths: object }} options paths from test/e2e/setup.js (the client is n8n's own pg)
 */
async function startPostgres({ postgresDir }, { logDir, paths }) {
	// Directly under the system temp folder, which the unprivileged account can reach.
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-nodes-1688-queue-postgres-'));
	let server;
	try {
		const dataDir = path.join(dir, 'data');
		fs.mkdirSync(dataDir, { mode: 0o700 });
		let account = {};
		let binDir = path.join(postgresDir, 'bin');
		if (isRoot()) {
			account = unprivilegedAccount();
			fs.chmodSync(dir, 0o755);
			fs.cpSync(postgresDir, path.join(dir, 'postgres'), {
				recursive: true,
				verbatimSymlinks: true,
			});
			binDir = path.join(dir, 'postgres', 'bin');
			fs.chownSync(dataDir, account.uid, account.gid);
		}
		const env = { ...process.env, HOME: dir, LC_ALL: 'C', LANG: 'C' };
		const initdb = [
			'-D',
			dataDir,
			'-U',
			USER,
			'--auth=trust',
			'-E',
			'UTF8',
			'--locale=C',
			'--no-sync',
		];
		const init = spawnSync(path.join(binDir, 'initdb'), initdb, {
			env,
			...account,
			encoding: 'utf8',
		});
		if (init.status !== 0)
			throw new Error(
				`initdb failed (exit ${init.status}):\n${init.stdout}\n${init.stderr}${init.error ? init.error.message : ''}`,
			);
		const port = await freePort();
		server = new Service(
			'postgres',
			path.join(binDir, 'postgres'),
			[
				'-D',
				dataDir,
				'-p',
				String(port),
				'-c',
				'listen_addresses=127.0.0.1',
				'-c',
				`unix_socket_directories=${dataDir}`,
				'-c',
				'fsync=off',
				'-c',
				'max_connections=200',
			],
			// SIGINT is PostgreSQL's fast shutdown; its backends are in process groups of their own and follow the postmaster.
			{ env, ...account, logDir, dataDirs: [dir], stopSignal: 'SIGINT' },
		);
		const { Client } = requireFromN8n(paths, 'pg');
		const connect = async (database) => {
			const client = new Client({ host: '127.0.0.1', port, user: USER, database });
			await client.connect();
			return client;
		};
		const accepts = async () => {
			try {
				await (await connect('postgres')).end();
				return true;
			} catch {
				return false;
			}
		};
		await server.waitUntil('PostgreSQL accepted connections', accepts, { timeoutMs: 60000 });
		const admin = await connect('postgres');
		await admin.query(`CREATE DATABASE ${DATABASE}`);
		await admin.end();
		const running = server;
		return {
			port,
			database: DATABASE,
			user: USER,
			/** One query on the n8n database; returns the rows. */
			async query(sql, params = []) {
				const client = await connect(DATABASE);
				try {
					return (await client.query(sql, params)).rows;
				} finally {
					await client.end();
				}
			},
			async stop() {
				await running.stop();
			},
		};
	} catch (error) {
		await server?.stop();
		fs.rmSync(dir, { recursive: true, force: true });
		throw error;
	}
}

/** @param {string} redisServer binary path */
async function startRedis(redisServer, { logDir }) {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-nodes-1688-queue-redis-'));
	const port = await freePort();
	const server = new Service(
		'redis',
		redisServer,
		[
			'--port',
			String(port),
			'--bind',
			'127.0.0.1',
			'--dir',
			dir,
			'--save',
			'',
			'--appendonly',
			'no',
			'--daemonize',
			'no',
			'--protected-mode',
			'yes',
		],
		{ env: process.env, logDir, dataDirs: [dir] },
	);
	await server.waitUntil(
		'Redis accepted connections',
		() => /Ready to accept connections/.test(server.output),
		{ timeoutMs: 30000, intervalMs: 200 },
	);
	return {
		port,
		server,
		async stop() {
			await server.stop();
		},
	};
}

module.exports = { startPostgres, startRedis };
