'use strict';
/**
 * Every long-running process the queue test starts (PostgreSQL, Redis, the n8n main, workers and webhook
 * processor) runs in its own process group, so stopping it also stops what it started (n8n's task
 * runners; PostgreSQL's backends make groups of their own and end with the postmaster). `stopAll()` runs at the end of the test, on failure too; an
 * interrupted run (SIGINT, SIGTERM, SIGHUP) stops the groups and removes the temporary folders before the
 * runner exits, and a runner that dies anyway kills the groups on its way out.
 * Only the groups started here are ever signalled.
 */
const fs = require('node:fs');
const path = require('node:path');
const { spawn } = require('node:child_process');

/** @type {Set<Service>} */
const running = new Set();
let hooked = false;

function hookExit() {
	if (hooked) return;
	hooked = true;
	// Last resort when the runner dies without stopAll(): nothing may be left running.
	process.on('exit', () => {
		for (const service of running) service.kill('SIGKILL');
	});
	for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
		process.once(signal, () => {
			process.stdout.write(`\n[queue] ${signal}: stopping everything that was started\n`);
			stopAll().finally(() => process.exit(1));
		});
	}
}

class Service {
	/**
	 * @param {string} name shown in messages, names the log file
	 * @param {string} command
	 * @param {string[]} args
	 * @param {{ env?: object, cwd?: string, uid?: number, gid?: number, logDir: string, dataDirs?: string[], stopSignal?: string }} options
	 *   stopSignal: what asks the process to shut down (default SIGTERM)
	 */
	constructor(
		name,
		command,
		args,
		{ env, cwd, uid, gid, logDir, dataDirs = [], stopSignal = 'SIGTERM' },
	) {
		hookExit();
		this.name = name;
		this.stopSignal = stopSignal;
		/** Temporary folders of this service, removed once it has stopped (also when the run is interrupted). */
		this.dataDirs = [...dataDirs];
		this.logFile = path.join(logDir, `${name}.log`);
		this.output = '';
		this.exited = null;
		const log = fs.createWriteStream(this.logFile, { flags: 'a' });
		this.child = spawn(command, args, {
			env,
			cwd,
			uid,
			gid,
			detached: true,
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		const collect = (chunk) => {
			this.output += chunk;
			log.write(chunk);
		};
		this.child.stdout.on('data', collect);
		this.child.stderr.on('data', collect);
		this.exitedPromise = new Promise((resolve) => {
			this.child.on('exit', (code, signal) => {
				this.exited = { code, signal };
				running.delete(this);
				log.end();
				resolve(this.exited);
			});
		});
		this.child.on('error', (error) => {
			this.output += `\n[spawn error] ${error.message}\n`;
		});
		running.add(this);
	}

	get pid() {
		return this.child.pid;
	}

	/** Signals the whole process group of this service. */
	kill(signal) {
		if (this.exited || !this.child.pid) return;
		try {
			process.kill(-this.child.pid, signal);
		} catch {
			// the group is already gone
		}
	}

	/** The stop signal (SIGTERM) to the group, SIGKILL after `graceMs`; resolves once the process has exited. */
	async stop({ graceMs = 20000 } = {}) {
		if (!this.exited) {
			this.kill(this.stopSignal);
			const timer = setTimeout(() => this.kill('SIGKILL'), graceMs);
			await this.exitedPromise;
			clearTimeout(timer);
			// Children that outlived their parent (e.g. a task runner) go with the group.
			this.kill('SIGKILL');
		}
		for (const dir of this.dataDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
		return this.exited;
	}

	/** Resolves when `check()` is truthy; throws when the process exits first or the time is up. */
	async waitUntil(what, check, { timeoutMs = 180000, intervalMs = 500 } = {}) {
		const deadline = Date.now() + timeoutMs;
		for (;;) {
			if (this.exited)
				throw new Error(
					`${this.name} exited (${JSON.stringify(this.exited)}) before ${what}:\n${tail(this.output)}`,
				);
			if (await check()) return;
			if (Date.now() > deadline)
				throw new Error(
					`${this.name}: ${what} did not happen within ${timeoutMs / 1000}s:\n${tail(this.output)}`,
				);
			await new Promise((resolve) => setTimeout(resolve, intervalMs));
		}
	}
}

/** Temporary folders that outlive a single service (n8n user folders survive a restart of their process). */
const tempDirs = new Set();

function removeWhenDone(dir) {
	tempDirs.add(dir);
}

/** Stops every service still running, the last started first, and removes the temporary folders. */
async function stopAll() {
	const services = [...running].reverse();
	for (const service of services) await service.stop({ graceMs: 10000 });
	for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
	tempDirs.clear();
}

function tail(text, lines = 30) {
	return String(text).trim().split('\n').slice(-lines).join('\n');
}

module.exports = { Service, stopAll, removeWhenDone, tail };
