'use strict';
/**
 * A real n8n (the cached install from setup.js) with its own temporary user folder:
 * installs a packed community package the way n8n's own installer does, and drives n8n's CLI and server.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawn, execFileSync } = require('node:child_process');
const { freePort } = require('./ports');
const { ownerEnv } = require('./owner');

/** Settings that keep n8n from reaching the internet (closed here) and make it quiet and fast to start. */
const OFFLINE_ENV = {
	N8N_DIAGNOSTICS_ENABLED: 'false',
	N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
	N8N_TEMPLATES_ENABLED: 'false',
	N8N_PERSONALIZATION_ENABLED: 'false',
	N8N_HIRING_BANNER_ENABLED: 'false',
	N8N_AI_ENABLED: 'false',
	N8N_COMMUNITY_PACKAGES_ENABLED: 'true',
	N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
	N8N_SECURE_COOKIE: 'false',
	N8N_RUNNERS_ENABLED: 'true',
	EXTERNAL_FRONTEND_HOOKS_URLS: '',
	N8N_LOG_LEVEL: 'info',
	DB_SQLITE_POOL_SIZE: '1',
	GENERIC_TIMEZONE: 'UTC',
	TZ: 'UTC',
};

class N8n {
	/**
	 * @param {{ nodeBin: string, n8nBin: string }} paths from setup.js
	 * @param {{ userFolder?: string, keep?: boolean }} [options]
	 */
	constructor(paths, options = {}) {
		this.paths = paths;
		this.userFolder =
			options.userFolder ?? fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-nodes-1688-e2e-'));
		this.n8nDir = path.join(this.userFolder, '.n8n');
		this.keep = Boolean(options.keep);
		fs.mkdirSync(this.n8nDir, { recursive: true });
	}

	/** The environment of every n8n process: own user folder, offline settings, and a free task-broker port. */
	async env(extra = {}) {
		return {
			...process.env,
			...OFFLINE_ENV,
			N8N_USER_FOLDER: this.userFolder,
			N8N_RUNNERS_BROKER_PORT: String(await freePort()),
			...extra,
		};
	}

	/**
	 * Installs a tarball from `npm pack` as n8n 2.40's community-package installer does: unpack into
	 * `.n8n/nodes/node_modules/<name>`, drop dev/peer/optional dependencies from its package.json, run
	 * `npm install` there with scripts off, and record it in `.n8n/nodes/package.json`.
	 */
	installPackage(tarball) {
		const nodesDir = path.join(this.n8nDir, 'nodes');
		const listed = JSON.parse(
			execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' }),
		);
		const packageDir = path.join(nodesDir, 'node_modules', listed.name);
		fs.rmSync(packageDir, { recursive: true, force: true });
		fs.mkdirSync(packageDir, { recursive: true });
		execFileSync('tar', ['-xzf', tarball, '-C', packageDir, '--strip-components=1']);
		const manifestPath = path.join(packageDir, 'package.json');
		const { devDependencies, peerDependencies, optionalDependencies, ...manifest } = JSON.parse(
			fs.readFileSync(manifestPath, 'utf8'),
		);
		fs.writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
		execFileSync(
			'npm',
			[
				'install',
				'--audit=false',
				'--fund=false',
				'--bin-links=false',
				'--install-strategy=shallow',
				'--ignore-scripts=true',
				'--package-lock=false',
				'--loglevel=error',
			],
			{ cwd: packageDir, stdio: ['ignore', 'ignore', 'pipe'] },
		);
		const nodesManifestPath = path.join(nodesDir, 'package.json');
		const nodesManifest = fs.existsSync(nodesManifestPath)
			? JSON.parse(fs.readFileSync(nodesManifestPath, 'utf8'))
			: { name: 'installed-nodes', private: true, dependencies: {} };
		nodesManifest.dependencies = {
			...nodesManifest.dependencies,
			[manifest.name]: manifest.version,
		};
		fs.writeFileSync(nodesManifestPath, JSON.stringify(nodesManifest, null, 2));
		return { name: manifest.name, version: manifest.version, dir: packageDir };
	}

	/** Runs `n8n <args>` to completion; never throws for a non-zero exit (the caller decides). */
	async cli(args, { timeoutMs = 180000, env: extraEnv = {} } = {}) {
		const env = await this.env(extraEnv);
		const started = Date.now();
		return await new Promise((resolve, reject) => {
			const child = spawn(this.paths.nodeBin, [this.paths.n8nBin, ...args], {
				env,
				cwd: this.userFolder,
				stdio: ['ignore', 'pipe', 'pipe'],
			});
			let stdout = '';
			let stderr = '';
			child.stdout.on('data', (chunk) => (stdout += chunk));
			child.stderr.on('data', (chunk) => (stderr += chunk));
			const timer = setTimeout(() => {
				child.kill('SIGKILL');
				reject(
					new Error(
						`n8n ${args.join(' ')} did not finish within ${timeoutMs / 1000}s\n${tail(stdout + stderr)}`,
					),
				);
			}, timeoutMs);
			child.on('error', (error) => {
				clearTimeout(timer);
				reject(error);
			});
			child.on('close', (code) => {
				clearTimeout(timer);
				resolve({ code, stdout, stderr, ms: Date.now() - started });
			});
		});
	}

	/** `n8n import:credentials`: `data` given as an object is encrypted by n8n with this instance's key. */
	async importCredentials(credentials) {
		const file = path.join(this.userFolder, 'credentials.json');
		fs.writeFileSync(file, JSON.stringify(credentials, null, 2));
		const result = await this.cli(['import:credentials', `--input=${file}`]);
		if (result.code !== 0 || !/Successfully imported/.test(result.stdout + result.stderr)) {
			throw new Error(
				`n8n import:credentials failed (exit ${result.code}):\n${tail(result.stdout + result.stderr)}`,
			);
		}
		return result;
	}

	/** `n8n import:workflow --separate` for a list of workflows, in one n8n start. */
	async importWorkflows(workflows) {
		const dir = path.join(this.userFolder, 'workflows');
		fs.rmSync(dir, { recursive: true, force: true });
		fs.mkdirSync(dir);
		for (const workflow of workflows)
			fs.writeFileSync(path.join(dir, `${workflow.id}.json`), JSON.stringify(workflow, null, 2));
		const result = await this.cli(['import:workflow', '--separate', `--input=${dir}`]);
		if (result.code !== 0 || !/Successfully imported/.test(result.stdout + result.stderr)) {
			throw new Error(
				`n8n import:workflow failed (exit ${result.code}):\n${tail(result.stdout + result.stderr)}`,
			);
		}
		return result;
	}

	/**
	 * `n8n execute --id=<id> --rawOutput`. Returns { ok, code, run, ms, log }: `run` is n8n's IRun (parsed
	 * from the JSON that follows the log lines), present when the workflow succeeded; `ok` is exit 0 with a run.
	 */
	async execute(id) {
		const result = await this.cli(['execute', `--id=${id}`, '--rawOutput']);
		const run = result.code === 0 ? parseRun(result.stdout) : undefined;
		return {
			ok: result.code === 0 && run !== undefined,
			code: result.code,
			run,
			ms: result.ms,
			log: result.stdout + result.stderr,
		};
	}

	/**
	 * `n8n start` on a free port, with the instance owner created from environment variables
	 * (N8N_INSTANCE_OWNER_MANAGED_BY_ENV, lib/owner.js), so the editor needs no sign-up. Resolves when /healthz answers.
	 */
	async startServer({ timeoutMs = 180000 } = {}) {
		const port = await freePort();
		const env = await this.env({
			N8N_PORT: String(port),
			N8N_LISTEN_ADDRESS: '127.0.0.1',
			N8N_HOST: '127.0.0.1',
			N8N_EDITOR_BASE_URL: `http://127.0.0.1:${port}`,
			...ownerEnv(this),
		});
		const child = spawn(this.paths.nodeBin, [this.paths.n8nBin, 'start'], {
			env,
			cwd: this.userFolder,
			stdio: ['ignore', 'pipe', 'pipe'],
			detached: false,
		});
		let log = '';
		child.stdout.on('data', (chunk) => (log += chunk));
		child.stderr.on('data', (chunk) => (log += chunk));
		let exited = null;
		child.on('exit', (code, signal) => (exited = { code, signal }));
		const url = `http://127.0.0.1:${port}`;
		const deadline = Date.now() + timeoutMs;
		for (;;) {
			if (exited)
				throw new Error(
					`n8n start exited (${JSON.stringify(exited)}) before it was ready:\n${tail(log)}`,
				);
			if (Date.now() > deadline) {
				child.kill('SIGKILL');
				throw new Error(`n8n start was not ready within ${timeoutMs / 1000}s:\n${tail(log)}`);
			}
			try {
				const response = await fetch(`${url}/healthz/readiness`);
				if (response.ok) break;
			} catch {
				// not listening yet
			}
			await new Promise((resolve) => setTimeout(resolve, 500));
		}
		return {
			url,
			log: () => log,
			async stop() {
				if (exited) return;
				const done = new Promise((resolve) => child.once('exit', resolve));
				child.kill('SIGTERM');
				const timer = setTimeout(() => child.kill('SIGKILL'), 20000);
				await done;
				clearTimeout(timer);
			},
		};
	}

	/** A module n8n itself ships (bcryptjs, flatted, pg), loaded from its install: no dependency of this repository. */
	requireFromN8n(name) {
		return requireFromN8n(this.paths, name);
	}

	/** A bcrypt hash made with the bcryptjs that n8n itself ships. */
	bcryptHash(password) {
		return this.requireFromN8n('bcryptjs').hashSync(password, 10);
	}

	cleanup() {
		if (!this.keep) fs.rmSync(this.userFolder, { recursive: true, force: true });
	}
}

/** A module from the node_modules of the cached n8n install (`paths` from setup.js). */
function requireFromN8n(paths, name) {
	const n8nModules = path.resolve(path.dirname(paths.n8nBin), '..', '..');
	return require(require.resolve(name, { paths: [n8nModules] }));
}

/** The IRun JSON printed by `n8n execute --rawOutput` after its log lines. */
function parseRun(stdout) {
	const lines = stdout.split('\n');
	for (let i = 0; i < lines.length; i++) {
		if (lines[i] !== '{') continue;
		try {
			const value = JSON.parse(lines.slice(i).join('\n'));
			if (value && value.data && value.data.resultData) return value;
		} catch {
			// a log line that happens to be "{"; keep looking
		}
	}
	return undefined;
}

function tail(text, lines = 40) {
	return String(text).trim().split('\n').slice(-lines).join('\n');
}

module.exports = { N8n, parseRun, requireFromN8n };
