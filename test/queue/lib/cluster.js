'use strict';
/**
 * n8n 2.40 in queue mode: one main (`n8n start`, EXECUTIONS_MODE=queue), workers (`n8n worker`) and a webhook
 * processor (`n8n webhook`), all on the same PostgreSQL database and Redis, with the same encryption key.
 * Each process has its own user folder with the package installed as a community package, as separate
 * containers would. Manual runs are offloaded to the workers (OFFLOAD_MANUAL_EXECUTIONS_TO_WORKERS), and
 * polling triggers run on n8n's durable scheduler with durable poll cursors.
 *
 * Which process did what is read from n8n's own log lines: the process that put an execution in the queue
 * logs "Enqueued execution <id>", the worker that ran it "Worker started execution <id>".
 */
const crypto = require('node:crypto');
const { N8n } = require('../../e2e/lib/n8n');
const { ownerEnv } = require('../../e2e/lib/owner');
const { freePort } = require('../../e2e/lib/ports');
const { LiveN8n } = require('../../e2e/lib/liveWorkflows');
const { Service, removeWhenDone } = require('./services');

/** One n8n process's user folder, with the settings every process of the cluster shares. */
class QueueN8n extends N8n {
	constructor(paths, sharedEnv) {
		super(paths);
		this.sharedEnv = sharedEnv;
	}

	async env(extra = {}) {
		return await super.env({ ...this.sharedEnv, ...extra });
	}
}

/**
 * The environment every process gets: the documented queue-mode set-up (README "Running in queue mode").
 * @param {{ postgres: object, redis: object }} servers
 */
function queueEnv({ postgres, redis }) {
	return {
		EXECUTIONS_MODE: 'queue',
		QUEUE_BULL_REDIS_HOST: '127.0.0.1',
		QUEUE_BULL_REDIS_PORT: String(redis.port),
		DB_TYPE: 'postgresdb',
		DB_POSTGRESDB_HOST: '127.0.0.1',
		DB_POSTGRESDB_PORT: String(postgres.port),
		DB_POSTGRESDB_DATABASE: postgres.database,
		DB_POSTGRESDB_USER: postgres.user,
		DB_POSTGRESDB_PASSWORD: '',
		N8N_ENCRYPTION_KEY: crypto.randomBytes(24).toString('hex'),
		OFFLOAD_MANUAL_EXECUTIONS_TO_WORKERS: 'true',
		// Durable poll cursors (n8n 2.40): the trigger's static data is committed with the execution it starts.
		N8N_SCHEDULER_ENABLED: 'true',
		N8N_SCHEDULER_POLL_TRIGGERS_ENABLED: 'true',
		N8N_POLLER_DURABLE_CURSORS_ENABLED: 'true',
	};
}

async function ready(url) {
	try {
		return (await fetch(url)).ok;
	} catch {
		return false;
	}
}

class QueueCluster {
	/**
	 * @param {{ paths: object, tarball: string, postgres: object, redis: object, logDir: string, workers?: number, concurrency?: number, keep?: boolean }} options
	 *   keep: leave the user folders in place (printed at stop)
	 */
	constructor({
		paths,
		tarball,
		postgres,
		redis,
		logDir,
		workers = 2,
		concurrency = 10,
		keep = false,
	}) {
		this.paths = paths;
		this.logDir = logDir;
		this.concurrency = concurrency;
		this.keep = keep;
		this.env = queueEnv({ postgres, redis });
		const role = (name) => {
			const n8n = new QueueN8n(paths, this.env);
			if (!keep) removeWhenDone(n8n.userFolder);
			n8n.installPackage(tarball);
			return { name, n8n, service: undefined };
		};
		this.main = role('main');
		this.workers = Array.from({ length: workers }, (_, i) => role(`worker-${i + 1}`));
		this.webhook = role('webhook');
		this.restarts = 0;
		/** Logs of main processes that were stopped (a restarted main is a new process with a new log). */
		this.pastMainOutput = '';
	}

	get processes() {
		return [this.main, ...this.workers, this.webhook];
	}

	/** n8n CLI commands (import:credentials, import:workflow) run against the shared database from the main's folder. */
	get cli() {
		return this.main.n8n;
	}

	async start() {
		this.main.port = await freePort();
		this.main.url = `http://127.0.0.1:${this.main.port}`;
		// The main migrates the empty database; the others start once it is up.
		await this.startMain();
		await Promise.all([
			...this.workers.map((worker) => this.startWorker(worker)),
			this.startWebhook(),
		]);
	}

	async spawn(role, args, extraEnv) {
		const env = await role.n8n.env({ N8N_WORKER_SERVER_ADDRESS: '127.0.0.1', ...extraEnv });
		const name =
			role.name === 'main' && this.restarts > 0 ? `main-restart-${this.restarts}` : role.name;
		role.service = new Service(name, this.paths.nodeBin, [this.paths.n8nBin, ...args], {
			env,
			cwd: role.n8n.userFolder,
			logDir: this.logDir,
		});
		return role.service;
	}

	async startMain() {
		const { main } = this;
		const service = await this.spawn(main, ['start'], {
			N8N_PORT: String(main.port),
			N8N_LISTEN_ADDRESS: '127.0.0.1',
			N8N_HOST: '127.0.0.1',
			N8N_EDITOR_BASE_URL: main.url,
			...ownerEnv(main.n8n),
		});
		await service.waitUntil(
			'the main answered /healthz/readiness',
			() => ready(`${main.url}/healthz/readiness`),
			{ timeoutMs: 240000 },
		);
	}

	async startWorker(worker) {
		worker.healthPort = await freePort();
		const service = await this.spawn(worker, ['worker', `--concurrency=${this.concurrency}`], {
			QUEUE_HEALTH_CHECK_ACTIVE: 'true',
			QUEUE_HEALTH_CHECK_PORT: String(worker.healthPort),
		});
		await service.waitUntil(
			`${worker.name} answered /healthz/readiness`,
			() => ready(`http://127.0.0.1:${worker.healthPort}/healthz/readiness`),
			{ timeoutMs: 240000 },
		);
		await service.waitUntil(
			`${worker.name} is ready`,
			() => /n8n worker is now ready/.test(service.output),
			{ timeoutMs: 60000 },
		);
	}

	async startWebhook() {
		const { webhook } = this;
		webhook.port = await freePort();
		webhook.url = `http://127.0.0.1:${webhook.port}`;
		const service = await this.spawn(webhook, ['webhook'], {
			N8N_PORT: String(webhook.port),
			N8N_LISTEN_ADDRESS: '127.0.0.1',
			N8N_HOST: '127.0.0.1',
		});
		await service.waitUntil(
			'the webhook processor answered /healthz/readiness',
			() => ready(`${webhook.url}/healthz/readiness`),
			{ timeoutMs: 240000 },
		);
	}

	/** Stops the main (SIGTERM, as a deployment does) and starts a new main process on the same port. */
	async restartMain() {
		this.pastMainOutput += this.main.service.output;
		const stopped = await this.main.service.stop();
		this.restarts += 1;
		await this.startMain();
		return stopped;
	}

	/** Signs in as the owner; returns the REST client of test/e2e (activate, executions, ...). */
	async session() {
		return await LiveN8n.connect({ url: this.main.url, stop: async () => {} }, this.paths);
	}

	/** Production webhook URL of a node on one process ('main' or 'webhook'). */
	webhookUrl(processName, node, webhookPath = '1688') {
		const base = processName === 'webhook' ? this.webhook.url : this.main.url;
		return `${base}/webhook/${node.webhookId}/${webhookPath}`;
	}

	outputOf(role) {
		return role === this.main
			? this.pastMainOutput + (role.service?.output ?? '')
			: (role.service?.output ?? '');
	}

	/** The workers that logged "Worker started execution <id>" (normally exactly one). */
	ranBy(executionId) {
		const line = new RegExp(`Worker started execution ${executionId} \\(`);
		return this.processes.filter((role) => line.test(this.outputOf(role))).map((role) => role.name);
	}

	/** The processes that logged "Enqueued execution <id>". */
	enqueuedBy(executionId) {
		const line = new RegExp(`Enqueued execution ${executionId} \\(`);
		return this.processes.filter((role) => line.test(this.outputOf(role))).map((role) => role.name);
	}

	/** Stops every n8n process (webhook processor and workers first); removes the user folders unless kept. */
	async stop() {
		await Promise.all([this.webhook, ...this.workers].map((role) => role.service?.stop()));
		await this.main.service?.stop();
		for (const role of this.processes) {
			if (this.keep)
				console.log(`[queue] kept the user folder of ${role.name}: ${role.n8n.userFolder}`);
			else role.n8n.cleanup();
		}
	}
}

module.exports = { QueueCluster, queueEnv };
