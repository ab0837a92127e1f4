#!/usr/bin/env node
'use strict';
/**
 * `npm run dev`: the package in a real n8n while you change it, as @n8n/node-cli's `n8n-node dev` does, offline:
 *   - builds once, then `tsc --watch` rebuilds dist/ on every change;
 *   - links this repository into an n8n user folder where n8n loads community packages
 *     (`.n8n/nodes/node_modules/n8n-nodes-1688`, so node types are named as in production) and starts n8n
 *     (the e2e cache's: Node 24, n8n 2.40.7; installed on first use, about 9 minutes) with N8N_DEV_RELOAD,
 *     which reloads the nodes when dist/ changes (reopen the node in the editor to see new fields);
 *   - starts the sandbox gateway and imports a "1688 sandbox" credential pointing at it; signs nobody up:
 *     the owner comes from N8N_INSTANCE_OWNER_* (printed at start).
 *
 *   npm run dev -- [--port 5678] [--sandbox-port 8688] [--user-folder ~/.n8n-nodes-1688-dev]
 *
 * The user folder (workflows, credentials, executions) is kept between runs. Ctrl-C stops everything.
 * The linked package resolves n8n-workflow from this repository's devDependencies; `npm run test:e2e`
 * checks the packed package exactly as n8n installs it.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawn, spawnSync } = require('node:child_process');

const { ensureSetup } = require('../e2e/setup');
const { N8n } = require('../e2e/lib/n8n');
const { OWNER, ownerEnv } = require('../e2e/lib/owner');
const { startSandbox } = require('../sandbox');
const { sandboxCredential } = require('../e2e/lib/sandboxCredential');

const ROOT = path.resolve(__dirname, '../..');
const PACKAGE_NAME = require(path.join(ROOT, 'package.json')).name;
const CREDENTIAL = { id: 'dev1688Sandbox01', name: '1688 sandbox' };

function parseArgs(argv) {
	const options = {
		port: 5678,
		sandboxPort: 8688,
		userFolder: path.join(os.homedir(), '.n8n-nodes-1688-dev'),
	};
	for (let i = 0; i < argv.length; i++) {
		const [flag, inline] = argv[i].split('=');
		const value = inline ?? argv[++i];
		if (flag === '--port') options.port = Number(value);
		else if (flag === '--sandbox-port') options.sandboxPort = Number(value);
		else if (flag === '--user-folder') options.userFolder = path.resolve(value);
		else throw new Error(`unknown option ${flag} (use --port, --sandbox-port, --user-folder)`);
	}
	for (const key of ['port', 'sandboxPort']) {
		if (!Number.isInteger(options[key]) || options[key] < 1 || options[key] > 65535)
			throw new Error(`--${key === 'port' ? 'port' : 'sandbox-port'} needs a port number`);
	}
	return options;
}

/** `.n8n/nodes/node_modules/<package>` → this repository, replacing an older link (never a real folder). */
function linkPackage(userFolder) {
	const nodeModules = path.join(userFolder, '.n8n', 'nodes', 'node_modules');
	fs.mkdirSync(nodeModules, { recursive: true });
	const link = path.join(nodeModules, PACKAGE_NAME);
	const existing = fs.lstatSync(link, { throwIfNoEntry: false });
	if (existing && !existing.isSymbolicLink())
		throw new Error(`${link} is a folder, not a link: remove it or pick another --user-folder`);
	if (existing) fs.unlinkSync(link);
	fs.symlinkSync(ROOT, link, 'dir');
	return link;
}

/** A child process whose output goes to this terminal, prefixed; resolves when it exits. */
function run(label, command, args, options) {
	const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
	const prefix = (stream, target) => {
		let rest = '';
		stream.on('data', (chunk) => {
			const lines = (rest + chunk).split('\n');
			rest = lines.pop();
			for (const line of lines) target.write(`[${label}] ${line}\n`);
		});
	};
	prefix(child.stdout, process.stdout);
	prefix(child.stderr, process.stderr);
	child.exited = new Promise((resolve) =>
		child.once('exit', (code, signal) => resolve({ code, signal })),
	);
	return child;
}

async function main() {
	const options = parseArgs(process.argv.slice(2));
	const built = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
	if (built.status !== 0) throw new Error('npm run build failed');

	const paths = ensureSetup({ browser: false });
	const n8n = new N8n(paths, { userFolder: options.userFolder, keep: true });
	const link = linkPackage(options.userFolder);
	const sandbox = await startSandbox({ port: options.sandboxPort });
	const children = [];
	const stop = async () => {
		for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
		await Promise.all(children.map((child) => child.exited));
		await sandbox.close();
	};
	try {
		await n8n.importCredentials([sandboxCredential(sandbox, CREDENTIAL)]);

		children.push(
			run(
				'tsc',
				process.execPath,
				[
					require.resolve('typescript/bin/tsc'),
					'-p',
					'tsconfig.json',
					'--watch',
					'--preserveWatchOutput',
				],
				{ cwd: ROOT },
			),
		);
		const env = await n8n.env({
			N8N_DEV_RELOAD: 'true',
			N8N_PORT: String(options.port),
			N8N_LISTEN_ADDRESS: '127.0.0.1',
			N8N_EDITOR_BASE_URL: `http://localhost:${options.port}`,
			...ownerEnv(n8n),
		});
		const server = run('n8n', paths.nodeBin, [paths.n8nBin, 'start'], {
			cwd: options.userFolder,
			env,
		});
		children.push(server);

		console.log('');
		console.log(
			`n8n ${paths.n8nVersion}: http://localhost:${options.port}  (sign in as ${OWNER.email} / ${OWNER.password})`,
		);
		console.log(`package: ${link} → ${ROOT} (rebuilt by tsc --watch, reloaded by n8n)`);
		console.log(
			`sandbox gateway: ${sandbox.url}, credential "${CREDENTIAL.name}" (App Key ${sandbox.apps.full.appKey})`,
		);
		console.log(`user folder: ${options.userFolder}. Ctrl-C stops n8n, tsc and the sandbox.`);
		console.log('');

		const interrupted = new Promise((resolve) => {
			process.once('SIGINT', resolve);
			process.once('SIGTERM', resolve);
		});
		const ended = await Promise.race([interrupted.then(() => undefined), server.exited]);
		if (ended) process.exitCode = ended.code ?? 1;
	} finally {
		await stop();
	}
}

main().catch((error) => {
	console.error(error.message ?? error);
	process.exitCode = 1;
});
