'use strict';
/**
 * Runs every `examples/*.json` in a real n8n through its own CLI (`n8n import:workflow`, then
 * `n8n execute --id=<id> --rawOutput`; trigger- and chat-started ones activated in `n8n start`) against the
 * sandbox gateway (and the scripted chat model for AI agents), and checks each run with
 * `test/e2e/expectations/<example>.js`. Adding an example = adding the JSON file and its expectation module;
 * an example without one fails.
 *
 * An expectation module exports:
 *   swapped: string[]        names of the third-party nodes the runner must replace by recording steps
 *   check(ctx)               throws (node:assert) when the run is wrong; ctx is an ExampleContext
 *   fire(ctx)                examples starting with a 1688 trigger or a Chat Trigger: makes the trigger start the workflow
 *   prepare(ctx)             trigger examples only (optional): runs before activation (e.g. messages made while inactive)
 *   pollTimes                polling triggers only (optional): the poll time used while tested
 *   app                      (optional) the sandbox app whose credential the example's 1688 nodes use: 'full' (default)
 *                            or 'crossBorder' (granted only the cross-border solution's APIs)
 */
const fs = require('node:fs');
const path = require('node:path');
const { prepareExample, startOf } = require('./lib/prepareExample');
const { nodeOutput } = require('./lib/recorded');

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
 */
function prepareAll(examples, credentials, modelCredential) {
	return examples.map((example, index) => {
		const id = `e2eExample${String(index + 1).padStart(4, '0')}`;
		try {
			const expectationFile = path.join(EXPECTATIONS_DIR, `${example.name}.js`);
			if (!fs.existsSync(expectationFile)) throw new Error(`no expectation module at ${path.relative(REPO, expectationFile)}`);
			const expectation = require(expectationFile);
			if (typeof expectation.check !== 'function' || !Array.isArray(expectation.swapped)) {
				throw new Error(`${path.relative(REPO, expectationFile)} must export swapped (string[]) and check(ctx)`);
			}
			const app = expectation.app ?? 'full';
			const credential = credentials[app];
			if (!credential) throw new Error(`${path.relative(REPO, expectationFile)}: app "${app}" has no credential (${Object.keys(credentials).join(', ')})`);
			const source = JSON.parse(fs.readFileSync(example.file, 'utf8'));
			const { workflow, swapped } = prepareExample(source, { id, credential, modelCredential });
			const start = startOf(workflow);
			if (start.kind === 'trigger' && expectation.pollTimes) {
				// A polling trigger is tested at a shorter poll time than the example ships with (never shorter than n8n allows).
				start.node = { ...start.node, parameters: { ...start.node.parameters, pollTimes: expectation.pollTimes } };
				workflow.nodes = workflow.nodes.map((node) => (node.name === start.node.name ? start.node : node));
			}
			if (start.kind !== 'manual' && typeof expectation.fire !== 'function') {
				throw new Error(`${path.relative(REPO, expectationFile)}: the example starts with "${start.node.name}", so it must export fire(ctx)`);
			}
			return { ...example, id, app, expectation, workflow, swapped, start };
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
				{ id: 'c1', name: 'Run manually', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
				{
					id: 'c2',
					name: 'Get unknown offer',
					type: 'n8n-nodes-1688.alibaba1688',
					typeVersion: 1,
					position: [220, 0],
					parameters: { resource: 'product', operation: 'get', offerId: String(sandbox.fixtures.unknownOfferId) },
				},
			],
			connections: { 'Run manually': { main: [[{ node: 'Get unknown offer', type: 'main', index: 0 }]] } },
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
 * @param {{ sandbox: object, credentials: Record<string, {id: string, name: string}>, modelCredential: {id: string, name: string}, only?: string }} options
 *   credentials: the 1688 credential per sandbox app (full, crossBorder); modelCredential: the OpenAI credential whose
 *   Base URL is the scripted model (lib/scriptedModel.js)
 */
function prepareExamples({ sandbox, credentials, modelCredential, only }) {
	const prepared = prepareAll(listExamples(only), credentials, modelCredential);
	const control = failureControl(sandbox, credentials.full);
	return { only, prepared, control, workflows: prepared.length ? [control, ...prepared.filter((e) => !e.problem).map((e) => e.workflow)] : [] };
}

/**
 * Runs the prepared examples once their workflows are imported.
 * @param {{ n8n: import('./lib/n8n').N8n, sandbox: object, model: object, live: { get: () => Promise<import('./lib/liveWorkflows').LiveN8n> },
 *   test: Function, examples: ReturnType<typeof prepareExamples> }} options
 *   test(name, fn) records one test (see run.js); model: the scripted model; live: the shared `n8n start` (started on first use)
 * @returns {Promise<Array<{ name: string, workflowId: string, runs: object[] }>>} the examples that ran in n8n start and passed
 */
async function runExamples({ n8n, sandbox, model, live, test, examples }) {
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
		if (result.ok || result.code === 0) throw new Error('n8n execute reported success for a workflow whose 1688 node must fail');
		const unknown = String(sandbox.fixtures.unknownOfferId);
		const calls = sandbox.requests.filter((r) => r.params.productID === unknown);
		if (calls.length === 0) throw new Error('the failing node never reached the sandbox');
		if (!/500_004/.test(result.log)) throw new Error(`the n8n log does not show the gateway error 500_004:\n${errorLines(result.log)}`);
		return `exit code ${result.code}, gateway error shown`;
	});

	const started = prepared.filter((example) => example.start && example.start.kind !== 'manual');
	for (const example of prepared.filter((e) => !started.includes(e))) {
		await test(`example ${example.name}${example.app && example.app !== 'full' ? ` (${example.app} app)` : ''}`, async () => {
			if (example.problem) throw example.problem;
			checkSwaps(example);
			sandbox.reset();
			const result = await n8n.execute(example.id);
			if (!result.ok) throw new Error(`n8n execute exited with ${result.code}:\n${errorLines(result.log)}`);
			const status = result.run.status;
			if (status && status !== 'success') throw new Error(`the execution ended with status "${status}"`);
			const requests = [...sandbox.requests];
			await example.expectation.check({
				run: result.run,
				output: (node, options) => nodeOutput(result.run, node, options),
				swapped: example.swapped,
				workflow: example.workflow,
				sandbox,
				requests,
			});
			return `${(result.ms / 1000).toFixed(1)}s in n8n execute, ${requests.length} gateway calls`;
		});
	}
	return started.length > 0 ? await runLiveExamples({ sandbox, model, live, test, examples: started }) : [];
}

function checkSwaps(example) {
	const swappedNames = Object.keys(example.swapped).sort();
	const expectedSwaps = [...example.expectation.swapped].sort();
	if (JSON.stringify(swappedNames) !== JSON.stringify(expectedSwaps)) {
		throw new Error(`the runner swapped [${swappedNames.join(', ')}] but the expectation names [${expectedSwaps.join(', ')}]`);
	}
}

/**
 * Examples that start with a 1688 trigger or a Chat Trigger, in the shared `n8n start`: each is started by
 * fireExample (below), and the execution(s) it started are checked (checkExample).
 */
async function runLiveExamples({ sandbox, model, live, test, examples }) {
	const passed = [];
	for (const example of examples) {
		await test(`example ${example.name} (activated in n8n start, started by "${example.start.node.name}")`, async () => {
			checkSwaps(example);
			const session = await live.get();
			sandbox.reset();
			const webhookUrl = webhookUrlOf(session, example.start);
			const { runs, prepared, fired, activatedAt } = await fireExample(session, example, {
				sandbox,
				model,
				webhookUrl,
				ready: async () => {
					if (webhookUrl) await session.waitForWebhook(webhookUrl, example.start.kind === 'chat' ? { method: 'GET' } : {});
				},
			});
			const requests = [...sandbox.requests];
			await checkExample(example, { run: runs[runs.length - 1], runs, sandbox, model, requests, prepared, fired });
			passed.push({ name: example.name, workflowId: example.id, runs });
			return `${runs.length} execution(s) (${runs.map((r) => r.mode).join(', ')}), ${((Date.now() - activatedAt) / 1000).toFixed(1)}s from activation, ${requests.length} gateway calls`;
		});
	}
	return passed;
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
async function fireExample(session, example, { sandbox, model, webhookUrl, ready }) {
	const trigger = example.start.node;
	const known = (await session.executionIds(example.id)).map((execution) => execution.id);
	const prepared = (await example.expectation.prepare?.({ sandbox, trigger })) ?? {};
	const activatedAt = Date.now();
	await session.activate(example.id);
	let runs;
	let fired;
	try {
		await ready();
		fired = (await example.expectation.fire({ sandbox, model, trigger, webhookUrl, session, workflowId: example.id, known, prepared })) ?? {};
		runs = await session.waitForExecutions(example.id, known, { count: fired.executions ?? 1, timeoutMs: fired.timeoutMs ?? 60000 });
	} finally {
		await session.deactivate(example.id);
	}
	const extra = (await session.executionIds(example.id)).filter((execution) => !known.includes(execution.id));
	if (extra.length !== runs.length) throw new Error(`the trigger started ${extra.length} executions, expected ${runs.length}`);
	return { runs, prepared, fired, activatedAt };
}

/**
 * Checks an example's executions: each ended in success, then its expectation's check(ctx) on `run` (the last one),
 * given its output, the swapped nodes, the workflow and `context` (sandbox, requests, prepared, fired…). With `model`,
 * a failure also tells what the scripted model could not answer. (Used by test/queue too.)
 */
async function checkExample(example, { run, runs = [run], model, ...context }) {
	for (const each of runs) {
		if (each.status !== 'success') throw new Error(`execution ${each.id} ended with status "${each.status}": ${errorOf(each)}${modelErrors(model)}`);
	}
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

/** The production URL the trigger listens on: a Message Trigger's /1688, a Chat Trigger's /chat; none for polling. */
function webhookUrlOf(session, start) {
	if (start.kind === 'chat') return session.webhookUrl(start.node, 'chat');
	return start.node.type.endsWith('MessageTrigger') ? session.webhookUrl(start.node, '1688') : undefined;
}

/** What the scripted model could not answer (its script threw), for the failure message. */
function modelErrors(model) {
	return model?.errors?.length ? `\nthe scripted model failed: ${model.errors.join('\n')}` : '';
}

function errorOf(run) {
	const error = run.data?.resultData?.error;
	return error ? `${error.message}${error.node ? ` (node ${error.node.name ?? error.node})` : ''}` : 'no error recorded';
}

module.exports = { prepareExamples, runExamples, listExamples, prepareAll, failureControl, checkSwaps, fireExample, checkExample, errorOf };
