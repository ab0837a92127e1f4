#!/usr/bin/env node
'use strict';
/**
 * `npm run test:e2e` (builds first): the package inside a REAL n8n.
 *   1. setup.js: Node 24 + n8n 2.40.7 + Chromium in a cache outside the repository (fast when warm),
 *   2. `npm pack` this package and install the tarball as a community package into a fresh user folder,
 *   3. start the sandbox gateway and import 1688 credentials pointing at it (the full app's, and the cross-border app's
 *      for examples whose expectation says `app: 'crossBorder'`),
 *   4. run every examples/*.json with n8n's own CLI (trigger-started ones activated in `n8n start`) and check it (examples.js),
 *   5. open the editor of `n8n start` in Chromium and check the node there (editor.js).
 * Ends with the line `N passed, M failed`; exits 1 when anything failed.
 *
 *   node test/e2e/run.js [--only=<text in an example name>] [--no-editor] [--editor-only] [--keep]
 *   --keep leaves the temporary n8n user folder in place and prints where it is.
 */
const fs = require('node:fs');
const path = require('node:path');
const { ensureSetup } = require('./setup');
const { N8n } = require('./lib/n8n');
const { createTestRecorder } = require('./lib/testRecorder');
const { packPackage } = require('./lib/pack');
const { runExamples } = require('./examples');
const { startSandbox } = require('../sandbox');

const CREDENTIAL = { id: 'e2eSandbox1688Cr', name: '1688 sandbox' };
/** The cross-border solution's app (an overseas reseller's): granted only that catalogue. */
const CROSS_BORDER_CREDENTIAL = { id: 'e2eSandbox1688Cb', name: '1688 sandbox (cross-border app)' };

function parseArgs(argv) {
	const args = { editor: true, examples: true, keep: false, only: undefined };
	for (const arg of argv) {
		if (arg === '--no-editor') args.editor = false;
		else if (arg === '--editor-only') args.examples = false;
		else if (arg === '--keep') args.keep = true;
		else if (arg.startsWith('--only=')) args.only = arg.slice('--only='.length);
		else throw new Error(`unknown option ${arg} (use --only=<name>, --no-editor, --editor-only, --keep)`);
	}
	return args;
}

const { test, results, summary } = createTestRecorder();

async function main() {
	const args = parseArgs(process.argv.slice(2));
	const started = Date.now();
	const paths = ensureSetup({ browser: args.editor });

	const packed = packPackage();
	console.log(`[e2e] packed ${path.basename(packed.tarball)} (${packed.fileCount} files)`);
	const n8n = new N8n(paths, { keep: args.keep });
	const installed = n8n.installPackage(packed.tarball);
	console.log(`[e2e] installed ${installed.name}@${installed.version} as a community package in ${installed.dir}`);

	const sandbox = await startSandbox({ port: 0 });
	try {
		console.log(`[e2e] sandbox gateway on ${sandbox.url}`);
		const credentialOf = (credential, { appKey, appSecret, accessToken, refreshToken }) => ({
			...credential,
			type: 'alibaba1688Api',
			data: { appKey, appSecret, accessToken, refreshToken, baseUrl: sandbox.url },
		});
		const imported = await n8n.importCredentials([
			credentialOf(CREDENTIAL, sandbox.apps.full),
			credentialOf(CROSS_BORDER_CREDENTIAL, sandbox.apps.crossBorder),
		]);
		console.log(`[e2e] n8n ${paths.n8nVersion} on node ${paths.nodeVersion}: credentials imported (${(imported.ms / 1000).toFixed(1)}s)`);

		if (args.examples) {
			console.log('[e2e] examples through `n8n execute` (trigger-started ones in `n8n start`):');
			await runExamples({ n8n, sandbox, credentials: { full: CREDENTIAL, crossBorder: CROSS_BORDER_CREDENTIAL }, test, only: args.only });
		}

		if (args.editor) {
			console.log('[e2e] the editor of `n8n start` in Chromium:');
			await require('./editor').runEditorTests({ n8n, paths, sandbox, credential: CREDENTIAL, test });
		}
	} finally {
		await sandbox.close();
		fs.rmSync(packed.dir, { recursive: true, force: true });
		if (args.keep) console.log(`[e2e] kept the n8n user folder ${n8n.userFolder}`);
		n8n.cleanup();
	}

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
