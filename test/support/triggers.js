'use strict';
/**
 * Runs this package's trigger nodes the way n8n runs them, with n8n-core's own contexts:
 *
 * - a polling trigger through `PollContext`, one poll at a time, keeping the node's static data
 *   between polls as n8n does for an active workflow: kept in memory and saved whenever it changed,
 *   after a failed poll too (so a node that writes state before it has succeeded is caught); a manual
 *   poll (Fetch Test Event) saves nothing;
 * - a webhook trigger through `WebhookContext`, behind a real HTTP server on 127.0.0.1 that prepares
 *   the request as n8n's webhook server does (raw body on `req.rawBody`, url-encoded and JSON bodies
 *   parsed into `req.body`), and then follows n8n 2.40's executeWebhook: the answer (the node's own,
 *   or n8n's for `responseMode: 'onReceived'`), static data saved when n8n is told the answer, and an
 *   execution that starts from the same loaded static data (which clears its change mark); requests
 *   that race (`race(n)`) each load the static data before any of them is answered, as concurrent
 *   webhook calls do in n8n, which loads the workflow from the database for each;
 * - the webhook lifecycle (`webhookMethods`) through `HookContext`;
 * - both triggers in one workflow (`workflowDatabase()` passed to both): the webhook loads the workflow's
 *   static data from the database at every request and saves it when answered, while the poll keeps
 *   what it loaded at activation in memory and writes all of it back to the database only when a poll
 *   emits (n8n 2.40: ActiveWorkflowManager keeps the Workflow object of an active workflow; its poll
 *   __emit calls saveStaticData; LiveWebhooks loads the workflow per request).
 */
const http = require('node:http');
const querystring = require('node:querystring');
const { n8nCore, n8nWorkflow } = require('./n8nModules');
const { ExecutionLifecycleHooks, HookContext, PollContext, WebhookContext } = n8nCore;
const { Workflow } = n8nWorkflow;

const {
	CREDENTIAL_TYPE,
	TestCredentialsHelper,
	additionalDataFor,
	loadPackage,
	nodeTypesOf,
} = require('./engine');

const PACKAGE_NAME = 'n8n-nodes-1688';
const POLL_TRIGGER = { type: `${PACKAGE_NAME}.alibaba1688Trigger`, name: '1688 Trigger' };
const MESSAGE_TRIGGER = {
	type: `${PACKAGE_NAME}.alibaba1688MessageTrigger`,
	name: '1688 Message Trigger',
};
const WEBHOOK_ID = '5f1d9a4e-1688-4c3b-9a77-3e2f0c1d1688';

/** Static data as n8n stores it with the workflow (JSON; the change marker is not enumerable). */
const stored = (staticData) => JSON.parse(JSON.stringify(staticData ?? {}));

function triggerNode({ type, name }, parameters, extra = {}) {
	return {
		id: `${name}-id`,
		name,
		type,
		typeVersion: 1,
		position: [0, 0],
		parameters,
		credentials: { [CREDENTIAL_TYPE]: { id: 'cred-1', name: '1688 sandbox' } },
		...extra,
	};
}

/** A Workflow around one trigger node, over `staticData` (the object itself, as n8n passes the loaded workflow's). */
async function workflowAround(node, staticData, mode, workflowId = 'trigger-workflow') {
	const loader = await loadPackage();
	const nodeTypes = nodeTypesOf(loader);
	const workflow = new Workflow({
		id: workflowId,
		nodes: [node],
		connections: {},
		active: mode !== 'manual',
		nodeTypes,
		staticData,
		settings: {},
	});
	const hooks = new ExecutionLifecycleHooks(mode, 'trigger-execution', {
		id: workflow.id,
		name: 'trigger',
		nodes: [node],
		connections: {},
		active: true,
		settings: {},
	});
	return {
		loader,
		nodeType: nodeTypes.getByName(node.type),
		workflow,
		workflowNode: workflow.getNode(node.name),
		hooks,
	};
}

/** The static data column of a workflow's database row, shared by its triggers (see the top of this file). */
function workflowDatabase() {
	return { staticData: {} };
}

/**
 * A 1688 Trigger in an active workflow. `poll({ mode, budgetMs })` runs one poll:
 * `{ items (json of the emitted items), emitted (null when the poll returned nothing), error, startedAt, durationMs }`.
 * `state` is the node's saved static data. With `database`, the workflow is activated now: the poll's
 * memory starts from the database, and a poll that emits writes its memory back to it.
 */
function createPoller({ parameters, credentials, budgetMs, database }) {
	const node = triggerNode(POLL_TRIGGER, parameters);
	let saved = database ? stored(database.staticData) : {};
	return {
		node,
		get saved() {
			return saved;
		},
		get state() {
			return saved[`node:${node.name}`];
		},
		async poll({ mode = 'trigger', budgetMs: budget = budgetMs } = {}) {
			const { loader, nodeType, workflow, workflowNode, hooks } = await workflowAround(
				node,
				stored(saved),
				mode,
			);
			const credentialsHelper = new TestCredentialsHelper(loader, {
				[CREDENTIAL_TYPE]: { ...credentials },
			});
			const context = new PollContext(
				workflow,
				workflowNode,
				additionalDataFor(hooks, credentialsHelper),
				mode,
				'activate',
				() => {
					throw new Error('n8n hands the poll result on itself; the node must return it, not emit');
				},
				(error) => {
					throw error;
				},
				undefined,
				undefined,
				undefined,
				budget === undefined ? undefined : () => budget,
			);
			const startedAt = Date.now();
			let emitted = null;
			let error;
			try {
				emitted = await nodeType.poll.call(context);
			} catch (thrown) {
				error = thrown;
			}
			const durationMs = Date.now() - startedAt;
			const changed = workflow.staticData.__dataChanged === true;
			if (mode !== 'manual' && changed) saved = stored(workflow.staticData);
			if (mode !== 'manual' && database && emitted !== null) database.staticData = stored(saved);
			return {
				items: emitted ? emitted[0].map((item) => item.json) : [],
				emitted,
				error,
				startedAt,
				durationMs,
				changed,
			};
		},
	};
}

function readBody(req) {
	return new Promise((resolve, reject) => {
		const chunks = [];
		req.on('data', (chunk) => chunks.push(chunk));
		req.on('end', () => resolve(Buffer.concat(chunks)));
		req.on('error', reject);
	});
}

/** What n8n's webhook server does to a request before the node sees it (its rawBodyReader and parseBody). */
async function prepareRequest(req) {
	const [type = '', ...parameters] = String(req.headers['content-type'] ?? '').split(';');
	const charset = parameters
		.map((p) => p.trim().split('='))
		.find(([key]) => key.toLowerCase() === 'charset');
	req.contentType = type.trim().toLowerCase();
	req.encoding = charset ? charset[1].toLowerCase() : 'utf-8';
	req.rawBody = await readBody(req);
	const text = req.rawBody.toString(req.encoding === 'utf-8' ? 'utf8' : req.encoding);
	if (req.rawBody.length && req.contentType === 'application/x-www-form-urlencoded')
		req.body = querystring.parse(text);
	else if (req.rawBody.length && req.contentType === 'application/json')
		req.body = JSON.parse(text);
	else if (req.rawBody.length && req.contentType === 'text/plain') req.body = text;
	req.body ??= {};
	req.query = {};
	req.params = {};
}

let workflowCount = 0;

/**
 * A 1688 Message Trigger in an active workflow, behind a real HTTP server. `url` is its production
 * webhook URL; `executions` collects the items of every execution n8n would start; `answers` every
 * response sent; `race(n)` makes the next n requests race (see below). With `database`, its static data
 * is that workflow row's (shared with a poller). Each receiver is a workflow of its own ID: what the node
 * keeps in the memory of the n8n process is per workflow, so a receiver over another's `database` stands
 * for the same workflow in a restarted n8n, which has only the static data.
 */
async function startMessageTrigger({ parameters, credentials, mode = 'webhook', database }) {
	workflowCount += 1;
	const workflowId = `message-trigger-workflow-${workflowCount}`;
	const node = triggerNode(MESSAGE_TRIGGER, parameters, { webhookId: WEBHOOK_ID });
	const row = database ?? { staticData: {} };
	const receiver = {
		node,
		executions: [],
		answers: [],
		get saved() {
			return row.staticData;
		},
		set saved(staticData) {
			row.staticData = staticData;
		},
	};

	// Deliveries that race: each of the next `count` requests waits, once it has loaded the static data,
	// until all of them have loaded it (as n8n's concurrent webhook calls each load the row first).
	let racing;
	receiver.race = (count) => {
		let release;
		racing = { count, loaded: 0, all: new Promise((resolve) => (release = resolve)), release };
	};
	async function loadedTogether() {
		const race = racing;
		if (!race) return;
		race.loaded += 1;
		if (race.loaded === race.count) {
			racing = undefined;
			race.release();
		}
		await race.all;
	}

	// n8n's LiveWebhooks and executeWebhook, step by step, for a webhook node in an active workflow.
	async function handle(req, res) {
		await prepareRequest(req);
		res.handlingStarted = performance.now();
		const loaded = stored(receiver.saved);
		await loadedTogether();
		const { loader, nodeType, workflow, workflowNode, hooks } = await workflowAround(
			node,
			loaded,
			mode,
			workflowId,
		);
		const credentialsHelper = new TestCredentialsHelper(loader, {
			[CREDENTIAL_TYPE]: { ...credentials },
		});
		const additionalData = {
			...additionalDataFor(hooks, credentialsHelper),
			httpRequest: req,
			httpResponse: res,
		};
		const webhookDescription = nodeType.description.webhooks[0];
		const webhookData = {
			httpMethod: 'POST',
			node: node.name,
			path: webhookDescription.path,
			webhookDescription,
			workflowId: workflow.id,
		};
		const context = new WebhookContext(
			workflow,
			workflowNode,
			additionalData,
			mode,
			webhookData,
			[],
			null,
		);
		const result = await nodeType.webhook.call(context);

		// LiveWebhooks' response callback: the static data is saved, if it changed, whenever n8n is told the answer.
		const saveStaticData = () => {
			if (workflow.staticData.__dataChanged !== true) return;
			receiver.saved = stored(workflow.staticData);
			workflow.staticData.__dataChanged = false;
		};
		const send = (body) => {
			saveStaticData();
			res.writeHead(200, {
				'Content-Type': typeof body === 'string' ? 'text/html; charset=utf-8' : 'application/json',
			});
			res.end(body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body));
		};
		let answered = false;
		if (result.noWebhookResponse) {
			saveStaticData();
			answered = true;
		}
		if (result.workflowData === undefined) {
			if (!answered) send(result.webhookResponse ?? { message: 'Webhook call received' });
			return;
		}
		// The execution starts from the same loaded workflow data: its Workflow wraps the same static data
		// object again, which clears the change mark a later save would look at.
		new Workflow({
			id: workflow.id,
			nodes: [node],
			connections: {},
			active: true,
			nodeTypes: workflow.nodeTypes,
			staticData: loaded,
			settings: {},
		});
		receiver.executions.push(result.workflowData[0].map((item) => item.json));
		if (answered) return;
		// responseMode onReceived: the body is the description's responseData (n8n's default 'firstEntryJson'),
		// else the node's webhookResponse.
		const responseData = webhookDescription.responseData ?? 'firstEntryJson';
		send(
			responseData === 'noData'
				? undefined
				: responseData || result.webhookResponse || { message: 'Workflow was started' },
		);
	}

	const server = http.createServer((req, res) => {
		// handlingMs: from the body read (n8n's part) to the answer sent, for the benchmark only.
		res.on('finish', () =>
			receiver.answers.push({
				status: res.statusCode,
				handlingMs: performance.now() - res.handlingStarted,
			}),
		);
		handle(req, res).catch((error) => {
			receiver.error = error;
			if (!res.headersSent) res.writeHead(500);
			res.end(String(error?.message));
		});
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	receiver.url = `http://127.0.0.1:${server.address().port}/webhook/${WEBHOOK_ID}/1688`;
	receiver.state = () => receiver.saved[`node:${node.name}`];
	receiver.close = () =>
		new Promise((resolve) => {
			server.close(() => resolve());
			server.closeAllConnections();
		});
	return receiver;
}

/** Runs one method of the message trigger's webhook lifecycle (`checkExists`, `create`, `delete`) like n8n on activation. */
async function runWebhookLifecycle({ method, parameters = {}, credentials, staticData = {} }) {
	const node = triggerNode(MESSAGE_TRIGGER, parameters, { webhookId: WEBHOOK_ID });
	const { loader, nodeType, workflow, workflowNode, hooks } = await workflowAround(
		node,
		staticData,
		'webhook',
	);
	const credentialsHelper = new TestCredentialsHelper(loader, {
		[CREDENTIAL_TYPE]: { ...credentials },
	});
	const webhookDescription = nodeType.description.webhooks[0];
	const webhookData = {
		httpMethod: 'POST',
		node: node.name,
		path: webhookDescription.path,
		webhookDescription,
		workflowId: workflow.id,
	};
	const context = new HookContext(
		workflow,
		workflowNode,
		additionalDataFor(hooks, credentialsHelper),
		'webhook',
		'activate',
		webhookData,
	);
	const result = await nodeType.webhookMethods.default[method].call(context);
	return { result, staticData: stored(workflow.staticData) };
}

module.exports = {
	createPoller,
	startMessageTrigger,
	runWebhookLifecycle,
	workflowDatabase,
	WEBHOOK_ID,
};
