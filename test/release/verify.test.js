'use strict';
/**
 * `npm run verify` (test/release/verify.js): n8n's verification lint passes on this repository and on
 * its tarball, and really ignores inline `eslint-disable` comments (a fixture package proves it).
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const VERIFY = path.join(__dirname, 'verify.js');
const TIMEOUT = 120_000;

function runVerify(args = []) {
	const result = spawnSync(process.execPath, [VERIFY, ...args], {
		encoding: 'utf8',
		timeout: TIMEOUT,
	});
	return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** A minimal community package whose only fault, if any, is a console call under an eslint-disable comment. */
function fixturePackage({ silenced }) {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-nodes-1688-verify-fixture-'));
	const manifest = {
		name: 'n8n-nodes-verify-fixture',
		version: '0.0.1',
		description: 'Fixture for the verify script',
		keywords: ['n8n-community-node-package'],
		license: 'MIT',
		homepage: 'https://example.com',
		author: { name: 'test', email: 'test@example.com' },
		repository: { type: 'git', url: 'git+https://example.com/fixture.git' },
		files: ['dist'],
		n8n: {
			n8nNodesApiVersion: 1,
			strict: true,
			credentials: [],
			nodes: ['dist/nodes/Example/Example.node.js'],
		},
		peerDependencies: { 'n8n-workflow': '*' },
	};
	const body = silenced
		? '\t// eslint-disable-next-line no-console\n\tconsole.log(text);\n'
		: '\treturn text.trim();\n';
	const files = {
		'package.json': JSON.stringify(manifest, null, 2),
		'nodes/Example/log.ts': `export function log(text: string): unknown {\n${body}}\n`,
		'dist/nodes/Example/Example.node.js': `'use strict';\nfunction log(text) {\n${body}}\nmodule.exports = { log };\n`,
	};
	for (const [file, text] of Object.entries(files)) {
		fs.mkdirSync(path.join(dir, path.dirname(file)), { recursive: true });
		fs.writeFileSync(path.join(dir, file), text);
	}
	return dir;
}

test(
	'this repository and its npm tarball pass the scan',
	() => {
		const { status, output } = runVerify();
		expect(output).toMatch(/^ {2}source +\.: \d+ files linted .*, passed$/m);
		expect(output).toMatch(
			/^ {2}tarball +n8n-nodes-1688-\d+\.\d+\.\d+\.tgz \(\d+ files, [\d.]+ kB\): \d+ files linted \(\*\*\/\*\.js, package\.json\), passed$/m,
		);
		expect(output).toContain('verify: 2 passed, 0 failed');
		expect(status).toBe(0);
	},
	TIMEOUT,
);

describe('a fixture package', () => {
	const dirs = [];
	afterAll(() => dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

	test(
		'without faults passes both legs',
		() => {
			const dir = fixturePackage({ silenced: false });
			dirs.push(dir);
			const { status, output } = runVerify(['--package', dir]);
			expect(output).toContain('verify: 2 passed, 0 failed');
			expect(status).toBe(0);
		},
		TIMEOUT,
	);

	test(
		'with a console call under eslint-disable fails in the source and in the tarball',
		() => {
			const dir = fixturePackage({ silenced: true });
			dirs.push(dir);
			const { status, output } = runVerify(['--package', dir]);
			expect(output).toMatch(
				/nodes\/Example\/log\.ts\n\s+3:2\s+error\s+Unexpected console statement\s+no-console/,
			);
			expect(output).toMatch(
				/package\/dist\/nodes\/Example\/Example\.node\.js\n\s+4:2\s+error\s+Unexpected console statement\s+no-console/,
			);
			expect(output).toContain('verify: 0 passed, 2 failed');
			expect(status).toBe(1);
		},
		TIMEOUT,
	);
});
