#!/usr/bin/env node
'use strict';
/**
 * The publish workflow's gate: a release tag must be `v` + package.json's version, and CHANGELOG.md
 * must have a section for that version. Prints why and exits 1 otherwise.
 *
 *   node test/release/tagVersion.js v0.1.0
 */
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '../..');
const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;

/**
 * @param {{ tag: string | undefined, version: string, changelog: string }} release
 * @returns {string[]} what is wrong; empty when the tag may be published
 */
function releaseProblems({ tag, version, changelog }) {
	const problems = [];
	if (!SEMVER.test(version ?? ''))
		problems.push(`package.json's version "${version}" is not a semantic version`);
	if (!tag) problems.push('no tag given');
	else if (tag !== `v${version}`)
		problems.push(`tag "${tag}" does not match package.json's version: expected "v${version}"`);
	const heading = new RegExp(
		`^## \\[${String(version).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\]`,
		'm',
	);
	if (!heading.test(changelog ?? ''))
		problems.push(`CHANGELOG.md has no "## [${version}]" section`);
	return problems;
}

if (require.main === module) {
	const tag = process.argv[2];
	const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
	const changelog = fs.readFileSync(path.join(ROOT, 'CHANGELOG.md'), 'utf8');
	const problems = releaseProblems({ tag, version, changelog });
	if (problems.length > 0) {
		for (const problem of problems) console.error(`Refusing to publish: ${problem}`);
		process.exitCode = 1;
	} else {
		console.log(`Tag ${tag} matches package.json's version ${version} and CHANGELOG.md`);
	}
}

module.exports = { releaseProblems };
