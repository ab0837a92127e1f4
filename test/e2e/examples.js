'use strict';
/**
 * Runs every `examples/*.json` in a real n8n through its own CLI (`n8n import:workflow`, then
 * `n8n execute --id=<id> --rawOutput`; trigger- and chat-started ones activated in `n8n start`) against the
 * sandbox gateway (and the scripted chat model for AI agents, the WooCommerce stand-in for shop examples), and
 * checks each run with `test/e2e/expectations/<example>.js`. Adding an example = adding the JSON file and its
 * expectation module; an example without one fails.
 *
 * An expectation module exports:
 *   swapped: string[]        names of the third-party nodes the runner must replace by recording steps
 *   check(ctx)               throws (node:assert) when the run is wrong; ctx is an ExampleContext
 *   fire(ctx)                examples starting with a 1688 trigger, a Chat Trigger or the WooCommerce Trigger: makes
 *                            the trigger start the workflow
 *   prepare(ctx)             optional: runs before activation (e.g. messages made while inactive, data tables); a
 *                            manual example with prepare runs in `n8n start` ("Execute workflow" through n8n's REST API)
 *   manualRuns               manual examples with prepare (optional, default 1): how many times it is executed, one
 *                            after the other (e.g. 2: a second run must change nothing)
 *   pollTimes                polling triggers only (optional): the poll time used while tested
 *   app                      (optional) the sandbox app whose credential the example's 1688 nodes use: 'full' (default)
 *                            or 'crossBorder' (granted only the cross-border solution's APIs)
 * An example that uses Shopify is only loaded (lib/loadCheck.js): its check(ctx) gets the workflow as n8n serves it.
 */
const fs = require('node:fs');
const path = require('node:path');
const { prepareExample, startOf } = require('./lib/prepareExample');
const { nodeOutput } = require('./lib/recorded');
const { loadProblems } = require('./lib/loadCheck');

const REPO = path.resolve(__dirname, '..', '..');
const EXAMPLES_DIR = path.join(REPO, 'examples');
const EXPECTATIONS_DIR = path.join(__dirname, 'expectations');

/**
 * @typedef {object} ExampleContext
 * @property {object} run n8n's IRun of the execution
 * @property {(node: string, options?: {outputIndex?: number, runIndex?: number}) => object[]} output json of a node's items
 * @property {Record<string, object>} swapped third-party node name → the node as the example file has it
 * @property {object} workflow the workflow as imported (after the swaps)
 * @property {object} sandbox the in-process sandbox (store, fixtures)
 * @property {object[]} requests the sandbox's request log for this execution only
 * @property {object} [shop] the WooCommerce stand-in (lib/wooCommerce): its writes, deliveries, records
 * @property {import('./lib/liveWorkflows').LiveN8n} [session] examples run in `n8n start`: the signed-in session (e.g. to read a data table)
 */

function listExamples(only) {
	if (!fs.existsSync(EXAMPLES_DIR)) return [];
	return fs
		.readdirSync(EXAMPLES_DIR)
		.filter((file) => file.endsWith('.json'))
		.sort()
		.map((file) => ({ name: file.replace(/\.json$/, ''), file: path.join(EXAMPLES_DIR, file) }))
		.filter((example) => !only || example.name.includes(only));
}

/**
 * Reads and prepares every example; a problem with one becomes that example's failure, not a crash.
 * @param {Array<{name: string, file: string}>} examples from listExamples()
 * @param {Record<string, {id: string, name: string}>} credentials the 1688 credential per sandbox app (full, crossBorder)
 * @param {{id: string, name: string}} [modelCredential] the OpenAI credential of the scripted model (examples with an AI agent)
 * @param {{id: string, name: string}} [shopCredential] the WooCommerce credential of the stand-in (shop examples)
 */
function prepareAll(examples, credentials, modelCredential, shopCredential) {
	return examples.map((example, index) => {
		const id = `e2eExample${String(index + 1).padStart(4, '0')}`;
		try {
			const expectationFile = path.join(EXPECTATIONS_DIR, `${example.name}.js`);
			if (!fs.existsSync(expectationFile))
				throw new Error(`no expectation module at ${path.relative(REPO, expectationFile)}`);
			const expectation = require(expectationFile);
			if (typeof expectation.check !== 'function' || !Array.isArray(expectation.swapped)) {
				throw new Error(
					`${path.relative(REPO, expectationFile)} must export swapped (string[]) and check(ctx)`,
				);
			}
			const app = expectation.app ?? 'full';
			const credential = credentials[app];
			if (!credential)
				throw new Error(
					`${path.relative(REPO, expectationFile)}: app "${app}" has no credential (${Object.keys(credentials).join(', ')})`,
				);
			const source = JSON.parse(fs.readFileSync(example.file, 'utf8'));
			const { workflow, swapped } = prepareExample(source, {
				id,
				credential,
				modelCredential,
				shopCredential,
			});
			const start = startOf(workflow);
			if (start.kind === 'trigger' && expectation.pollTimes) {
				// A polling trigger is tested at a shorter poll time than the example ships with (never shorter than n8n allows).
				start.node = {
					...start.node,
					parameters: { ...start.node.parameters, pollTimes: expectation.pollTimes },
				};
				workflow.nodes = workflow.nodes.map((node) =>
					node.name === start.node.name ? start.node : node,
				);
			}
			if (
				start.kind !== 'manual' &&
				start.kind !== 'load' &&
				typeof expectation.fire !== 'function'
			) {
				throw new Error(
					`${path.relative(REPO, expectationFile)}: the example starts with "${start.node.name}", so it must export fire(ctx)`,
				);
			}
			return { ...example, id, app, expectation, workflow, swapped, start, source };
		} catch (error) {
			return { ...example, id, problem: error };
		}
	});
}

/** A workflow whose 1688 node must fail (an offer the sandbox does not have): proves failures are seen. */
function failureControl(sandbox, credential) {
	const { workflow } = prepareExample(
		{
			name: 'e2e control: unknown offer',
			nodes: [
				{
					id: 'c1',
					name: 'Run manually',
					type: 'n8n-nodes-base.manualTrigger',
					typeVersion: 1,
					position: [0, 0],
					parameters: {},
				},
				{
					id: 'c2',
					name: 'Get unknown offer',
					type: 'n8n-nodes-1688.alibaba1688',
					typeVersion: 1,
					position: [220, 0],
					parameters: {
						resource: 'product',
						operation: 'get',
						offerId: String(sandbox.fixtures.unknownOfferId),
					},
				},
			],
			connections: {
				'Run manually': { main: [[{ node: 'Get unknown offer', type: 'main', index: 0 }]] },
			},
			settings: { executionOrder: 'v1' },
		},
		{ id: 'e2eControlFailure', credential },
	);
	return workflow;
}

function errorLines(log) {
	const lines = String(log)
		.split('\n')
		.filter((line) => /error|fail|Problem|NodeApiError|NodeOperationError/i.test(line));
	return (lines.length ? lines : String(log).trim().split('\n')).slice(-12).join('\n');
}

/**
 * Prepares the examples (and the failure control) for one import with n8n's CLI, before any `n8n start`.
 * @param {{ sandbox: object, credentials: Record<string, {id: string, name: string}>, modelCredential: {id: string, name: string},
 *   shopCredential: {id: string, name: string}, only?: string }} options
 *   credentials: the 1688 credential per sandbox app (full, crossBorder); modelCredential: the OpenAI credential whose
 *   Base URL is the scripted model (lib/scriptedModel.js); shopCredential: the WooCommerce stand-in's (lib/wooCommerce)
 */
function prepareExamples({ sandbox, credentials, modelCredential, shopCredential, only }) {
	const prepared = prepareAll(listExamples(only), credentials, modelCredential, shopCredential);
	const control = failureControl(sandbox, credentials.full);
	return {
		only,
		prepared,
		control,
		workflows: prepared.length
			? [control, ...prepared.filter((e) => !e.problem).map((e) => e.workflow)]
			: [],
	};
}

/**
 * Runs the prepared examples once their workflows are imported.
 * @param {{ n8n: import('./lib/n8n').N8n, sandbox: object, model: object, shop: object, live: { get: () => Promise<import('./lib/liveWorkflows').LiveN8n> },
 *   test: Function, examples: ReturnType<typeof prepareExamples> }} options
 *   test(name, fn) records one test (see run.js); model: the scripted model; shop: the WooCommerce stand-in;
 *   live: the shared `n8n start` (started on first use)
 * @returns {Promise<Array<{ name: string, workflowId: string, runs: object[] }>>} the examples that ran in n8n start and passed
 */
async function runExamples({ n8n, sandbox, model, shop, live, test, examples }) {
	const { prepared, control, only } = examples;
	if (prepared.length === 0) {
		await test('examples: at least one example workflow in examples/', () => {
			throw new Error(`no examples/*.json${only ? ` matching "${only}"` : ''}`);
		});
		return [];
	}

	await test('control: a failing 1688 node makes n8n execute fail', async () => {
		sandbox.reset();
		const result = await n8n.execute(control.id);
		if (result.ok || result.code === 0)
			throw new Error('n8n execute reported success for a workflow whose 1688 node must fail');
		const unknown = String(sandbox.fixtures.unknownOfferId);
		const calls = sandbox.requests.filter((r) => r.params.productID === unknown);
		if (calls.length === 0) throw new Error('the failing node never reached the sandbox');
		if (!/500_004/.test(result.log))
			throw new Error(
				`the n8n log does not show the gateway error 500_004:\n${errorLines(result.log)}`,
			);
		return `exit code ${result.code}, gateway error shown`;
	});

	// In n8n start: trigger- and chat-started examples, and manual ones whose expectation prepares something there first.
	const inServer = (example) =>
		example.start &&
		(example.start.kind !== 'manual' || typeof example.expectation.prepare === 'function');
	const started = prepared.filter(inServer);
	for (const example of prepared.filter((e) => !started.includes(e))) {
		await test(`example ${example.name}${example.app && example.app !== 'full' ? ` (${example.app} app)` : ''}`, async () => {
			if (example.problem) throw example.problem;
			checkSwaps(example);
			sandbox.reset();
			shop?.reset();
			const result = await n8n.execute(example.id);
			if (!result.ok)
				throw new Error(`n8n execute exited with ${result.code}:\n${errorLines(result.log)}`);
			const status = result.run.status;
			if (status && status !== 'success')
				throw new Error(`the execution ended with status "${status}"`);
			const requests = [...sandbox.requests];
			await example.expectation.check({
				run: result.run,
				output: (node, options) => nodeOutput(result.run, node, options),
				swapped: example.swapped,
				workflow: example.workflow,
				sandbox,
				requests,
				shop,
			});
			return `${(result.ms / 1000).toFixed(1)}s in n8n execute, ${requests.length} gateway calls`;
		});
	}
	return started.length > 0
		? await runLiveExamples({ sandbox, model, shop, live, test, examples: started })
		: [];
}

function checkSwaps(example) {
	const swappedNames = Object.keys(example.swapped).sort();
	const expectedSwaps = [...example.expectation.swapped].sort();
	if (JSON.stringify(swappedNames) !== JSON.stringify(expectedSwaps)) {
		throw new Error(
			`the runner swapped [${swappedNames.join(', ')}] but the expectation names [${expectedSwaps.join(', ')}]`,
		);
	}
}

/**
 * Examples run in the shared `n8n start`: trigger-, chat- and shop-started ones are started by fireExample (below),
 * manual ones with a prepare step are executed through the REST API (runManualInServer), and the execution(s) are
 * checked (checkExample); Shopify ones are only loaded and checked (checkLoaded).
 */
async function runLiveExamples({ sandbox, model, shop, live, test, examples }) {
	const passed = [];
	for (const example of examples) {
		if (example.start.kind === 'load') {
			await test(`example ${example.name} (loaded in n8n start, not run: it calls Shopify)`, async () =>
				checkLoaded(await live.get(), example));
			continue;
		}
		if (example.start.kind === 'manual') {
			await test(`example ${example.name} (executed in n8n start after its prepare step)`, async () => {
				checkSwaps(example);
				const session = await live.get();
				sandbox.reset();
				shop?.reset();
				const { runs, prepared } = await runManualInServer(session, example, { sandbox, shop });
				const requests = [...sandbox.requests];
				await checkExample(example, {
					run: runs[runs.length - 1],
					runs,
					sandbox,
					shop,
					session,
					requests,
					prepared,
					fired: {},
				});
				passed.push({ name: example.name, workflowId: example.id, runs });
				return `${runs.length} execution(s), ${requests.length} gateway calls, ${shop?.writes.length ?? 0} shop writes`;
			});
			continue;
		}
		await test(`example ${example.name} (activated in n8n start, started by "${example.start.node.name}")`, async () => {
			checkSwaps(example);
			const session = await live.get();
			sandbox.reset();
			shop?.reset();
			const webhookUrl = webhookUrlOf(session, example.start);
			const { runs, prepared, fired, activatedAt } = await fireExample(session, example, {
				sandbox,
				model,
				shop,
				webhookUrl,
				ready: async () => {
					if (example.start.kind === 'shop') await waitForShopWebhook(shop, webhookUrl);
					if (webhookUrl) await session.waitForWebhook(webhookUrl, readyProbe(example.start));
				},
			});
			if (example.start.kind === 'shop') await waitForShopWebhook(shop, webhookUrl, { gone: true });
			const requests = [...sandbox.requests];
			await checkExample(example, {
				run: runs[runs.length - 1],
				runs,
				sandbox,
				model,
				shop,
				session,
				requests,
				prepared,
				fired,
			});
			passed.push({ name: example.name, workflowId: example.id, runs });
			const shopWrites = shop?.writes.length ? `, ${shop.writes.length} shop writes` : '';
			return `${runs.length} execution(s) (${runs.map((r) => r.mode).join(', ')}), ${((Date.now() - activatedAt) / 1000).toFixed(1)}s from activation, ${requests.length} gateway calls${shopWrites}`;
		});
	}
	return passed;
}

/** How the runner tells the production URL is registered: a chat page GET, a shop POST answered 200, a 1688 push's 401. */
function readyProbe(start) {
	if (start.kind === 'chat') return { method: 'GET' };
	// Without the X-WC-Webhook-ID header the WooCommerce Trigger starts nothing (WooCommerce's ping looks like that).
	if (start.kind === 'shop') return { expectStatus: 200 };
	return {};
}

/**
 * The WooCommerce Trigger registers its webhook at the shop on activation (POST /webhooks) and deletes it on
 * deactivation; n8n does both through its outbox, after the REST call returned: waits until it is there (or gone).
 */
async function waitForShopWebhook(shop, webhookUrl, { gone = false, timeoutMs = 30000 } = {}) {
	const deadline = Date.now() + timeoutMs;
	const registered = () =>
		shop
			.webhooks()
			.some((webhook) => webhook.status === 'active' && webhook.delivery_url === webhookUrl);
	while (registered() === gone) {
		if (Date.now() > deadline) {
			const state = JSON.stringify(shop.webhooks().map((w) => [w.topic, w.delivery_url]));
			throw new Error(
				`the webhook for ${webhookUrl} was ${gone ? 'not deleted at the shop within' : 'not registered at the shop within'} ${timeoutMs / 1000}s of ${gone ? 'deactivation' : 'activation'} (registered: ${state})`,
			);
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
}

/**
 * A manual example with a prepare step, in `n8n start`: prepare(ctx) (ctx: sandbox, shop, session), then "Execute
 * workflow" from its Manual Trigger through n8n's REST API, `manualRuns` times one after the other.
 */
async function runManualInServer(session, example, { sandbox, shop }) {
	const prepared = (await example.expectation.prepare({ sandbox, shop, session })) ?? {};
	const trigger = example.workflow.nodes.find(
		(node) => node.type === 'n8n-nodes-base.manualTrigger',
	);
	const runs = [];
	for (let i = 0; i < (example.expectation.manualRuns ?? 1); i++) {
		const known = (await session.executionIds(example.id)).map((execution) => execution.id);
		const answer = await session.rest('POST', `workflows/${example.id}/run`, {
			triggerToStartFrom: { name: trigger.name },
		});
		if (!answer?.executionId)
			throw new Error(`"Execute workflow" did not start ${example.id}: ${JSON.stringify(answer)}`);
		const [run] = await session.waitForExecutions(example.id, known, {
			count: 1,
			timeoutMs: 120000,
		});
		runs.push(run);
		await shop?.settle();
	}
	return { runs, prepared };
}

/** A Shopify example: imported as it is, read back from n8n, every node type and parameter known to n8n. */
async function checkLoaded(session, example) {
	const served = await session.rest('GET', `workflows/${example.id}`);
	const problems = await loadProblems(session, example.source, served);
	if (problems.length)
		throw new Error(`n8n does not load the workflow as it is:\n${problems.join('\n')}`);
	await example.expectation.check({ workflow: served, source: example.source });
	const types = new Set(served.nodes.map((node) => `${node.type}@${node.typeVersion}`));
	return `${served.nodes.length} nodes of ${types.size} node types, every parameter known to n8n`;
}

/**
 * Activates an example that starts with a trigger, makes the trigger start it and returns the executions it started
 * (all finished, oldest first), with what prepare and fire returned and when it was activated; throws when the trigger started more than fire
 * announced. (Used by test/queue too.)
 *   - prepare(ctx), when the expectation exports it, runs before activation with { sandbox, trigger } and may return
 *     what fire and check should see as ctx.prepared;
 *   - ready(), once the workflow is active: waits until the trigger listens (a webhook registered, a poll's baseline);
 *   - fire(ctx) gets { sandbox, model, trigger (the trigger node), webhookUrl (for a webhook or chat trigger), session,
 *     workflowId, known, prepared } and may return { executions: n } (default 1), timeoutMs, plus anything check(ctx)
 *     should see as ctx.fired.
 * @param {import('./lib/liveWorkflows').LiveN8n} session
 * @param {{ sandbox: object, model?: object, webhookUrl?: string, ready: () => Promise<void> }} options
 */
async function fireExample(session, example, { sandbox, model, shop, webhookUrl, ready }) {
	const trigger = example.start.node;
	const known = (await session.executionIds(example.id)).map((execution) => execution.id);
	const prepared = (await example.expectation.prepare?.({ sandbox, trigger, shop, session })) ?? {};
	const activatedAt = Date.now();
	await session.activate(example.id);
	let runs;
	let fired;
	try {
		await ready();
		fired =
			(await example.expectation.fire({
				sandbox,
				model,
				shop,
				trigger,
				webhookUrl,
				session,
				workflowId: example.id,
				known,
				prepared,
			})) ?? {};
		runs = await session.waitForExecutions(example.id, known, {
			count: fired.executions ?? 1,
			timeoutMs: fired.timeoutMs ?? 60000,
		});
		await shop?.settle();
	} finally {
		await session.deactivate(example.id);
	}
	const extra = (await session.executionIds(example.id)).filter(
		(execution) => !known.includes(execution.id),
	);
	if (extra.length !== runs.length)
		throw new Error(`the trigger started ${extra.length} executions, expected ${runs.length}`);
	return { runs, prepared, fired, activatedAt };
}

/**
 * Checks an example's executions: each ended in success (or in the status fire announced in `fired.statuses`, one per
 * execution oldest first, e.g. 'error' for a workflow that must stop with an error), then its expectation's check(ctx)
 * on `run` (the last one), given its output, the swapped nodes, the workflow and `context` (sandbox, requests,
 * prepared, fired…). With `model`, a failure also tells what the scripted model could not answer. (Used by test/queue too.)
 */
async function checkExample(example, { run, runs = [run], model, ...context }) {
	const statuses = context.fired?.statuses ?? runs.map(() => 'success');
	if (statuses.length !== runs.length)
		throw new Error(`fire announced ${statuses.length} statuses for ${runs.length} executions`);
	runs.forEach((each, i) => {
		if (each.status !== statuses[i])
			throw new Error(
				`execution ${each.id} ended with status "${each.status}", expected "${statuses[i]}": ${errorOf(each)}${modelErrors(model)}`,
			);
	});
	await example.expectation.check({
		run,
		runs,
		output: (node, options) => nodeOutput(run, node, options),
		swapped: example.swapped,
		workflow: example.workflow,
		model,
		...context,
	});
}

/** The production URL the trigger listens on: a Message Trigger's /1688, a Chat Trigger's /chat, the WooCommerce Trigger's /webhook; none for polling. */
function webhookUrlOf(session, start) {
	if (start.kind === 'chat') return session.webhookUrl(start.node, 'chat');
	if (start.kind === 'shop') return session.webhookUrl(start.node, 'webhook');
	return start.node.type.endsWith('MessageTrigger')
		? session.webhookUrl(start.node, '1688')
		: undefined;
}

/** What the scripted model could not answer (its script threw), for the failure message. */
function modelErrors(model) {
	return model?.errors?.length ? `\nthe scripted model failed: ${model.errors.join('\n')}` : '';
}

function errorOf(run) {
	const error = run.data?.resultData?.error;
	return error
		? `${error.message}${error.node ? ` (node ${error.node.name ?? error.node})` : ''}`
		: 'no error recorded';
}

module.exports = {
	prepareExamples,
	runExamples,
	listExamples,
	prepareAll,
	failureControl,
	checkSwaps,
	fireExample,
	checkExample,
	errorOf,
};
