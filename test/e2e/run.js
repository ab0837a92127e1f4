#!/usr/bin/env node
'use strict';
/**
 * `npm run test:e2e` (builds first): the package inside a REAL n8n.
 *   1. setup.js: Node 24 + n8n (2.40.7, or --n8n=<version>) + Chromium in a cache outside the repository (fast when warm),
 *   2. `npm pack` this package and install the tarball as a community package into a fresh user folder,
 *   3. start the sandbox gateway, the scripted chat model and the WooCommerce stand-in, import credentials pointing at
 *      them (the sandbox's full app, and its cross-border app for examples whose expectation says `app: 'crossBorder'`),
 *   4. run every examples/*.json with n8n's own CLI (trigger- and chat-started ones activated in `n8n start`) and
 *      check it (examples.js),
 *   5. the 1688 node as an AI agent's tool: an order behind human review, an MCP server (agents.js),
 *   6. open the editor in Chromium and check the node there, and capture the sourcing assistant's run (editor.js).
 * Steps 4 (trigger and chat examples) to 6 share one `n8n start`. Ends with the line `N passed, M failed`; exits 1
 * when anything failed.
 *
 *   node test/e2e/run.js [--only=<text in an example name>] [--no-agents] [--no-editor] [--editor-only] [--keep]
 *                        [--screenshots] [--n8n=<version>]
 *   --n8n runs everything on that n8n version (installed into the cache on first use; default 2.40.7, or the
 *   environment variable N8N_E2E_N8N_VERSION);
 *   --only also leaves out the agent tests unless the text is "agents"; --keep leaves the temporary n8n user folder
 *   in place and prints where it is; --screenshots writes the editor's screenshots over the README's
 *   docs/images/*.png (otherwise they go to a folder in the system's temporary directory, which is printed).
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { ensureSetup } = require('./setup');
const { N8n } = require('./lib/n8n');
const { createTestRecorder } = require('./lib/testRecorder');
const { packPackage } = require('./lib/pack');
const { prepareExamples, runExamples } = require('./examples');
const { prepareAgentTests, runAgentTests } = require('./agents');
const { sharedSession } = require('./lib/liveWorkflows');
const { startScriptedModel } = require('./lib/scriptedModel');
const { sandboxCredential } = require('./lib/sandboxCredential');
const { startWooCommerce } = require('./lib/wooCommerce');
const { startSandbox } = require('../sandbox');

const CREDENTIAL = { id: 'e2eSandbox1688Cr', name: '1688 sandbox' };
/** The cross-border solution's app (an overseas reseller's): granted only that catalogue. */
const CROSS_BORDER_CREDENTIAL = { id: 'e2eSandbox1688Cb', name: '1688 sandbox (cross-border app)' };
const MODEL_CREDENTIAL = { id: 'e2eScriptedModel', name: 'scripted model' };
/** The WooCommerce credential of the stand-in shop (lib/wooCommerce) the shop examples' WooCommerce nodes use. */
const SHOP_CREDENTIAL = { id: 'e2eWooCommerce01', name: 'WooCommerce stand-in' };
/** The README's screenshots, written only with --screenshots: a test run leaves the tracked images alone. */
const DOCS_IMAGES = path.resolve(__dirname, '..', '..', 'docs', 'images');
/** Where the screenshots of every other run go (overwritten each run, so nothing piles up). */
const SCRATCH_IMAGES = path.join(os.tmpdir(), 'n8n-nodes-1688-e2e-screenshots');

function parseArgs(argv) {
	const args = {
		editor: true,
		examples: true,
		agents: true,
		keep: false,
		screenshots: false,
		only: undefined,
		n8nVersion: undefined,
	};
	for (const arg of argv) {
		if (arg === '--no-editor') args.editor = false;
		else if (arg === '--screenshots') args.screenshots = true;
		else if (arg === '--no-agents') args.agents = false;
		else if (arg === '--editor-only') args.examples = args.agents = false;
		else if (arg === '--keep') args.keep = true;
		else if (arg.startsWith('--only=')) args.only = arg.slice('--only='.length);
		else if (arg.startsWith('--n8n=')) args.n8nVersion = arg.slice('--n8n='.length);
		else
			throw new Error(
				`unknown option ${arg} (use --only=<name>, --no-agents, --no-editor, --editor-only, --keep, --screenshots, --n8n=<version>)`,
			);
	}
	if (args.screenshots && !args.editor)
		throw new Error('--screenshots needs the editor part (leave out --no-editor)');
	if (args.only === 'agents') args.examples = false;
	else if (args.only) args.agents = false;
	return args;
}

const { test, results, summary } = createTestRecorder();

/** How long each part took (printed at the end: the e2e's timing is reported, never asserted). */
const partTimes = [];
async function timed(name, fn) {
	const started = Date.now();
	try {
		return await fn();
	} finally {
		partTimes.push([name, Date.now() - started]);
	}
}

async function main() {
	const args = parseArgs(process.argv.slice(2));
	const started = Date.now();
	const paths = ensureSetup({
		browser: args.editor,
		...(args.n8nVersion ? { n8nVersion: args.n8nVersion } : {}),
	});

	const packed = packPackage();
	console.log(`[e2e] packed ${path.basename(packed.tarball)} (${packed.fileCount} files)`);
	const n8n = new N8n(paths, { keep: args.keep });
	const installed = n8n.installPackage(packed.tarball);
	console.log(
		`[e2e] installed ${installed.name}@${installed.version} as a community package in ${installed.dir}`,
	);

	const sandbox = await startSandbox({ port: 0 });
	const model = await startScriptedModel();
	const shop = await startWooCommerce();
	const live = sharedSession(n8n);
	const agents = args.agents
		? await prepareAgentTests({ credential: CREDENTIAL, modelCredential: MODEL_CREDENTIAL })
		: undefined;
	try {
		console.log(
			`[e2e] sandbox gateway on ${sandbox.url}, scripted chat model on ${model.url}, WooCommerce stand-in on ${shop.url}`,
		);
		const imported = await n8n.importCredentials([
			sandboxCredential(sandbox, CREDENTIAL),
			sandboxCredential(sandbox, CROSS_BORDER_CREDENTIAL, 'crossBorder'),
			{
				...MODEL_CREDENTIAL,
				type: 'openAiApi',
				data: { apiKey: 'sk-e2e-scripted', url: model.url },
			},
			{
				...SHOP_CREDENTIAL,
				type: 'wooCommerceApi',
				data: { ...shop.credentials, url: shop.url, includeCredentialsInQuery: false },
			},
			...(agents?.credentials ?? []),
		]);
		console.log(
			`[e2e] n8n ${paths.n8nVersion} on node ${paths.nodeVersion}: credentials imported (${(imported.ms / 1000).toFixed(1)}s)`,
		);
		// Everything is imported before the first `n8n start`: the CLI and the server never write the database at once.
		const credentials = { full: CREDENTIAL, crossBorder: CROSS_BORDER_CREDENTIAL };
		const examples = args.examples
			? prepareExamples({
					sandbox,
					credentials,
					modelCredential: MODEL_CREDENTIAL,
					shopCredential: SHOP_CREDENTIAL,
					only: args.only,
				})
			: undefined;
		const workflows = [...(examples?.workflows ?? []), ...(agents?.workflows ?? [])];
		if (workflows.length) await n8n.importWorkflows(workflows);

		const common = { n8n, sandbox, model, shop, live, test };
		let liveRuns = [];
		if (examples) {
			console.log(
				'[e2e] examples through `n8n execute` (trigger- and chat-started ones in `n8n start`):',
			);
			liveRuns = await timed('examples', () => runExamples({ ...common, examples }));
		}

		if (agents) {
			console.log("[e2e] the 1688 node as an AI agent's tool in `n8n start`:");
			await timed('agents', () => runAgentTests({ ...common, agents }));
		}

		if (args.editor) {
			const screenshotsDir = args.screenshots ? DOCS_IMAGES : SCRATCH_IMAGES;
			console.log(
				`[e2e] the editor in Chromium (screenshots to ${screenshotsDir}${args.screenshots ? '' : '; --screenshots writes docs/images'}):`,
			);
			const agentRun = liveRuns.find((run) => run.name === '1688-sourcing-assistant');
			await timed('editor', () =>
				require('./editor').runEditorTests({
					...common,
					credential: CREDENTIAL,
					paths,
					agentRun,
					screenshotsDir,
				}),
			);
		}
	} finally {
		await live.stop();
		if (agents) await agents.close();
		await model.close();
		await shop.close();
		await sandbox.close();
		fs.rmSync(packed.dir, { recursive: true, force: true });
		if (args.keep) console.log(`[e2e] kept the n8n user folder ${n8n.userFolder}`);
		n8n.cleanup();
	}

	console.log(
		`[e2e] parts: ${partTimes.map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)}s`).join(', ')}`,
	);
	console.log(`[e2e] finished in ${((Date.now() - started) / 1000).toFixed(1)}s`);
	const { passed, failed } = summary();
	if (failed > 0 || passed === 0) process.exitCode = 1;
}

main().catch((error) => {
	console.error(`[e2e] aborted: ${error && error.stack ? error.stack : error}`);
	results.push({ name: 'e2e run', ok: false, error });
	summary();
	process.exitCode = 1;
});
