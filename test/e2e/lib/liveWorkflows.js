'use strict';
/**
 * Workflows in a running n8n (`n8n start`): activates an imported workflow through n8n's
 * REST API as the owner (POST /rest/workflows/:id/activate with its versionId, as the editor's toggle does),
 * and reads the executions the trigger started (GET /rest/executions, then /rest/executions/:id, whose
 * `data` is n8n's flatted text).
 */
const { signIn } = require('./owner');
const { requireFromN8n } = require('./n8n');

class LiveN8n {
	/** Starts `n8n start` (owner from N8N_INSTANCE_OWNER_*) and signs in. @param {import('./n8n').N8n} n8n */
	static async start(n8n) {
		const server = await n8n.startServer();
		try {
			return await LiveN8n.connect(server, n8n.paths);
		} catch (error) {
			await server.stop();
			throw error;
		}
	}

	/** Signs in as the owner to a running n8n (`server.url`); `paths` from setup.js (n8n's flatted reads executions). */
	static async connect(server, paths) {
		return new LiveN8n(server, await signIn(server.url), paths);
	}

	constructor(server, cookie, paths) {
		this.server = server;
		this.cookie = cookie;
		this.paths = paths;
		this.flatted = requireFromN8n(paths, 'flatted');
	}

	/** A module of the n8n this session runs (e.g. its n8n-workflow), loaded from its install. */
	requireFromN8n(name) {
		return requireFromN8n(this.paths, name);
	}

	async rest(method, url, body) {
		const response = await fetch(`${this.server.url}/rest/${url}`, {
			method,
			headers: { cookie: this.cookie, ...(body ? { 'content-type': 'application/json' } : {}) },
			body: body ? JSON.stringify(body) : undefined,
		});
		const text = await response.text();
		if (!response.ok)
			throw new Error(
				`${method} /rest/${url} answered HTTP ${response.status}: ${text.slice(0, 500)}`,
			);
		return JSON.parse(text).data;
	}

	/** The production URL of a webhook trigger node (n8n: /webhook/<webhookId>/<path>). */
	webhookUrl(node, webhookPath) {
		if (!node.webhookId) throw new Error(`the trigger "${node.name}" has no webhookId`);
		return `${this.server.url}/webhook/${node.webhookId}/${webhookPath}`;
	}

	async activate(workflowId) {
		const workflow = await this.rest('GET', `workflows/${workflowId}`);
		const activated = await this.rest('POST', `workflows/${workflowId}/activate`, {
			versionId: workflow.versionId,
		});
		if (!activated.active) throw new Error(`workflow ${workflowId} is not active after activation`);
		return activated;
	}

	/**
	 * n8n 2.40 publishes an activation through its outbox, after the REST call returns: waits until the
	 * production URL is registered (n8n answers 404 before). The probe starts no execution: an unsigned POST gets a
	 * Message Trigger's own 401 (or, with `expectStatus`, what the trigger answers a request it ignores: the
	 * WooCommerce Trigger's 200 to a POST without its headers); a GET gets a Chat Trigger's chat page (or its sign-in
	 * answer), or, from a POST-only Webhook node, n8n's 404 that names the method it is registered for.
	 */
	async waitForWebhook(url, { method = 'POST', expectStatus = 401, timeoutMs = 30000 } = {}) {
		const deadline = Date.now() + timeoutMs;
		for (;;) {
			const response = await fetch(url, {
				method,
				redirect: 'manual',
				...(method === 'POST'
					? { headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: '' }
					: {}),
			});
			const text = await response.text();
			if (response.status !== 404 || /not registered for \w+ requests/.test(text)) {
				if (method === 'POST' && response.status !== expectStatus)
					throw new Error(
						`an unsigned POST to ${url} answered HTTP ${response.status}, not the trigger's ${expectStatus}: ${text.slice(0, 300)}`,
					);
				return;
			}
			if (Date.now() > deadline)
				throw new Error(`${url} was not registered within ${timeoutMs / 1000}s of activation`);
			await new Promise((resolve) => setTimeout(resolve, 250));
		}
	}

	async deactivate(workflowId) {
		const workflow = await this.rest('GET', `workflows/${workflowId}`);
		await this.rest('POST', `workflows/${workflowId}/deactivate`, {
			versionId: workflow.versionId,
		});
	}

	/** IDs of the workflow's executions so far (newest first). */
	async executionIds(workflowId) {
		const filter = encodeURIComponent(JSON.stringify({ workflowId }));
		const { results } = await this.rest('GET', `executions?filter=${filter}&limit=100`);
		return results.map((execution) => ({
			id: String(execution.id),
			finished:
				execution.status !== 'running' &&
				execution.status !== 'new' &&
				execution.status !== 'waiting',
		}));
	}

	/**
	 * Waits until `count` executions that are not in `known` have finished (and, with `quietMs`, no new one appeared
	 * and none changed for that long: for counting what a burst of pushes started); returns their IRun-like runs
	 * ({ status, data }) oldest first.
	 */
	async waitForExecutions(workflowId, known, { count = 1, quietMs = 0, timeoutMs = 60000 } = {}) {
		const deadline = Date.now() + timeoutMs;
		let last = '';
		let stableSince = Date.now();
		for (;;) {
			const fresh = (await this.executionIds(workflowId)).filter(
				(execution) => !known.includes(execution.id),
			);
			const signature = fresh.map((execution) => `${execution.id}:${execution.finished}`).join(',');
			if (signature !== last) {
				last = signature;
				stableSince = Date.now();
			}
			if (
				fresh.length >= count &&
				fresh.every((execution) => execution.finished) &&
				Date.now() - stableSince >= quietMs
			) {
				const ids = fresh.map((execution) => execution.id).sort((a, b) => Number(a) - Number(b));
				return await Promise.all(ids.map((id) => this.execution(id)));
			}
			if (Date.now() > deadline) {
				throw new Error(
					`workflow ${workflowId}: ${fresh.length} new execution(s) within ${timeoutMs / 1000}s, expected ${count} finished${quietMs ? ` and ${quietMs / 1000}s without a new one` : ''}`,
				);
			}
			await new Promise((resolve) => setTimeout(resolve, 300));
		}
	}

	async execution(id) {
		const execution = await this.rest('GET', `executions/${id}`);
		return {
			id: String(execution.id),
			status: execution.status,
			mode: execution.mode,
			startedAt: execution.startedAt,
			stoppedAt: execution.stoppedAt,
			data: this.flatted.parse(execution.data),
		};
	}

	async stop() {
		await this.server.stop();
	}
}

/**
 * One `n8n start` shared by everything that needs a running n8n (trigger and chat examples, the agent tests, the
 * editor): started on first use, stopped once at the end. A failed start is kept, so each user reports it.
 */
function sharedSession(n8n) {
	let starting;
	return {
		get() {
			starting ??= LiveN8n.start(n8n);
			return starting;
		},
		async stop() {
			if (!starting) return;
			const session = await starting.catch(() => undefined);
			if (session) await session.stop();
		},
	};
}

module.exports = { LiveN8n, sharedSession };
