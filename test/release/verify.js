#!/usr/bin/env node
'use strict';
/**
 * `npm run verify`: the static checks of n8n's verification, run here, offline, before a release.
 *
 * n8n verifies a community package with @n8n/scan-community-package (a devDependency, pinned). After
 * its provenance check (which needs the published package) it lints twice with its own ESLint config,
 * inline `eslint-disable` comments ignored (`allowInlineConfig: false`):
 *   - the source the provenance points at: `package.json` and `{nodes,credentials}/**\/*.{js,ts,json}`;
 *   - the published tarball: every `**\/*.js` and `package.json`.
 * This script calls the scanner's own `analyzePackage` with the scanner's own patterns on this working
 * tree and on the tarball `npm pack` makes of it, prints a summary and exits 1 on any error.
 *
 *   node test/release/verify.js [--package DIR]   (DIR defaults to the repository root)
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { createRequire } = require('node:module');

// eslint-plugin-n8n-nodes-base switches to its own rule-test behaviour when NODE_ENV is 'test' (as under
// jest); n8n's scan runs without it.
if (process.env.NODE_ENV === 'test') delete process.env.NODE_ENV;

const ROOT = path.resolve(__dirname, '../..');
const SCANNER = '@n8n/scan-community-package';
/** What the scanner lints in the tarball (analyzePackageByName's second leg). */
const TARBALL_PATTERNS = ['**/*.js', 'package.json'];

function parseArgs(argv) {
	const args = { packageDir: ROOT };
	for (let i = 0; i < argv.length; i++) {
		if (argv[i] === '--package') args.packageDir = path.resolve(argv[++i]);
		else throw new Error(`Unknown argument ${argv[i]} (usage: verify.js [--package DIR])`);
	}
	return args;
}

/** `npm pack` of `packageDir` into `workDir`, unpacked as the scanner does (tar --strip-components=1). */
function packAndUnpack(packageDir, workDir) {
	const output = execFileSync('npm', ['pack', '--json', '--pack-destination', workDir], {
		cwd: packageDir,
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	const [packed] = JSON.parse(output);
	const unpacked = path.join(workDir, 'package');
	fs.mkdirSync(unpacked);
	execFileSync('tar', [
		'-xzf',
		path.join(workDir, packed.filename),
		'-C',
		unpacked,
		'--strip-components=1',
	]);
	return { packed, unpacked };
}

function countFiles(glob, dir, patterns) {
	return glob.sync(patterns, { cwd: dir, ignore: ['node_modules/**', '**/package-lock.json'] })
		.length;
}

async function verify({ packageDir }) {
	const scannerRequire = createRequire(require.resolve(`${SCANNER}/package.json`));
	const scannerVersion = scannerRequire('./package.json').version;
	const glob = scannerRequire('fast-glob');
	const { analyzePackage, SOURCE_FILE_PATTERNS } = await import(
		scannerRequire.resolve('./scanner/scanner.mjs')
	);

	const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-nodes-1688-verify-'));
	try {
		const { packed, unpacked } = packAndUnpack(packageDir, workDir);
		const legs = [
			{
				name: 'source',
				dir: packageDir,
				patterns: SOURCE_FILE_PATTERNS,
				label: path.relative(process.cwd(), packageDir) || '.',
			},
			{
				name: 'tarball',
				dir: unpacked,
				patterns: TARBALL_PATTERNS,
				label: `${packed.filename} (${packed.entryCount} files, ${(packed.size / 1024).toFixed(1)} kB)`,
			},
		];
		const results = [];
		for (const leg of legs) {
			const files = countFiles(glob, leg.dir, leg.patterns);
			const result = await analyzePackage(leg.dir, leg.patterns);
			results.push({
				...leg,
				files,
				passed: result.passed === true,
				message: result.message,
				details: result.details,
			});
		}
		return { scannerVersion, results };
	} finally {
		fs.rmSync(workDir, { recursive: true, force: true });
	}
}

function report({ scannerVersion, results }) {
	console.log(
		`${SCANNER} ${scannerVersion}: its ESLint rules, inline eslint-disable comments ignored`,
	);
	for (const leg of results) {
		const verdict = leg.passed ? 'passed' : `FAILED: ${leg.message ?? 'unknown'}`;
		console.log(
			`  ${leg.name.padEnd(8)} ${leg.label}: ${leg.files} files linted (${leg.patterns.join(', ')}), ${verdict}`,
		);
	}
	for (const leg of results.filter((r) => r.details)) console.log(`\n${leg.name}:\n${leg.details}`);
	const failed = results.filter((r) => !r.passed).length;
	console.log(`verify: ${results.length - failed} passed, ${failed} failed`);
	return failed === 0;
}

if (require.main === module) {
	verify(parseArgs(process.argv.slice(2)))
		.then((outcome) => {
			process.exitCode = report(outcome) ? 0 : 1;
		})
		.catch((error) => {
			console.error(error);
			process.exitCode = 1;
		});
}

module.exports = { verify, TARBALL_PATTERNS };
