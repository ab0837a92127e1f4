'use strict';
/**
 * The GitHub Actions workflows parse and do what a release needs, and the publish gate
 * (test/release/tagVersion.js) refuses what it must.
 */
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const YAML = require('yaml');

const { releaseProblems } = require('./tagVersion');

const ROOT = path.resolve(__dirname, '../..');
const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const changelog = fs.readFileSync(path.join(ROOT, 'CHANGELOG.md'), 'utf8');

function workflow(name) {
	const document = YAML.parseDocument(
		fs.readFileSync(path.join(ROOT, '.github/workflows', name), 'utf8'),
	);
	expect(document.errors).toEqual([]);
	return document.toJS();
}

const stepIndex = (steps, predicate) => steps.findIndex(predicate);
const runs = (text) => (step) => typeof step.run === 'string' && step.run.includes(text);
const uses = (action) => (step) =>
	typeof step.uses === 'string' && step.uses.startsWith(`${action}@`);

describe('publish.yml', () => {
	const publish = workflow('publish.yml');
	const job = publish.jobs.publish;
	const { steps } = job;

	test('runs on v* tags only', () => {
		expect(publish.on).toEqual({ push: { tags: ['v*'] } });
	});

	test('may mint the provenance token and only read the repository', () => {
		expect(job.permissions).toEqual({ 'id-token': 'write', contents: 'read' });
		expect(publish.permissions).toEqual({ contents: 'read' });
	});

	test('checks out, sets up Node 20 for the npm registry, gates the tag, tests, scans, then publishes with provenance', () => {
		const order = [
			stepIndex(steps, uses('actions/checkout')),
			stepIndex(steps, uses('actions/setup-node')),
			stepIndex(steps, runs('node test/release/tagVersion.js "$GITHUB_REF_NAME"')),
			stepIndex(steps, runs('bash .ci/run')),
			stepIndex(steps, runs('node test/release/verify.js')),
			stepIndex(steps, runs('npm publish')),
		];
		expect(order.every((index) => index >= 0)).toBe(true);
		expect([...order].sort((a, b) => a - b)).toEqual(order);
		expect(order.at(-1)).toBe(steps.length - 1);

		const setup = steps[order[1]].with;
		expect(String(setup['node-version'])).toBe('20');
		expect(setup['registry-url']).toBe('https://registry.npmjs.org');

		const publishStep = steps.at(-1);
		expect(publishStep.run.trim()).toBe('npm publish --provenance --access public');
		expect(publishStep.env).toEqual({ NODE_AUTH_TOKEN: '${{ secrets.NPM_TOKEN }}' });
	});

	test("the full test command it runs is .ci/run, which runs exactly the README's test command", () => {
		const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
		const readmeCommand =
			/# 2\. Run the full test suite[^\n]*\n(?:#[^\n]*\n)*([^\n#][^\n]*)\n/.exec(readme)?.[1];
		expect(readmeCommand).toMatch(/^npm ci && /);
		const ciCommands = fs
			.readFileSync(path.join(ROOT, '.ci/run'), 'utf8')
			.split('\n')
			.filter((line) => line.startsWith('npm '));
		expect(ciCommands).toEqual([readmeCommand]);
	});
});

describe('ci.yml', () => {
	const ci = workflow('ci.yml');

	test('runs .ci/run and the verification scan on pushes and pull requests with Node 20', () => {
		expect(Object.keys(ci.on).sort()).toEqual(['pull_request', 'push']);
		const { steps } = ci.jobs.test;
		expect(String(steps[stepIndex(steps, uses('actions/setup-node'))].with['node-version'])).toBe(
			'20',
		);
		expect(stepIndex(steps, runs('bash .ci/run'))).toBeGreaterThan(
			stepIndex(steps, uses('actions/checkout')),
		);
		expect(stepIndex(steps, runs('node test/release/verify.js'))).toBeGreaterThan(
			stepIndex(steps, runs('bash .ci/run')),
		);
		expect(ci.permissions).toEqual({ contents: 'read' });
	});
});

describe('the tag gate', () => {
	const changelogFor = (v) => `# Changelog\n\n## [${v}] - 2026-11-29\n\n- first\n`;

	test.each([
		['v0.1.0', '0.1.0', changelogFor('0.1.0'), []],
		['v1.2.3-rc.1', '1.2.3-rc.1', changelogFor('1.2.3-rc.1'), []],
		[
			'0.1.0',
			'0.1.0',
			changelogFor('0.1.0'),
			['tag "0.1.0" does not match package.json\'s version: expected "v0.1.0"'],
		],
		[
			'v0.1.1',
			'0.1.0',
			changelogFor('0.1.0'),
			['tag "v0.1.1" does not match package.json\'s version: expected "v0.1.0"'],
		],
		['v0.1.0', '0.1.0', changelogFor('0.0.9'), ['CHANGELOG.md has no "## [0.1.0]" section']],
		[
			'v0.1.0',
			'0.1.0',
			'# Changelog\n\n## [0.1.00] - x\n',
			['CHANGELOG.md has no "## [0.1.0]" section'],
		],
		[undefined, '0.1.0', changelogFor('0.1.0'), ['no tag given']],
		[
			'vlatest',
			'latest',
			changelogFor('latest'),
			['package.json\'s version "latest" is not a semantic version'],
		],
	])('tag %s, version %s', (tag, v, text, expected) => {
		expect(releaseProblems({ tag, version: v, changelog: text })).toEqual(expected);
	});

	test(`accepts v${version} for this repository and refuses another tag, with exit codes`, () => {
		expect(releaseProblems({ tag: `v${version}`, version, changelog })).toEqual([]);
		const script = path.join(__dirname, 'tagVersion.js');
		const good = spawnSync(process.execPath, [script, `v${version}`], { encoding: 'utf8' });
		expect(good.status).toBe(0);
		expect(good.stdout).toContain(`Tag v${version} matches package.json's version ${version}`);
		const bad = spawnSync(process.execPath, [script, 'v99.0.0'], { encoding: 'utf8' });
		expect(bad.status).toBe(1);
		expect(bad.stderr).toContain(
			`Refusing to publish: tag "v99.0.0" does not match package.json's version: expected "v${version}"`,
		);
	});
});
