'use strict';
/**
 * The documentation links n8n shows in the editor (codex files of the nodes, the credential's
 * documentationUrl) point at this repository's README and at sections that exist in it; so do the
 * contributor guide's.
 */
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '../..');
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const README_URL = manifest.homepage.replace(/#readme$/, '');
const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');

/** GitHub's anchor for a Markdown heading: lower case, punctuation dropped, spaces as hyphens. */
function anchorOf(heading) {
	return heading
		.trim()
		.toLowerCase()
		.replace(/[^\p{L}\p{N}\s_-]/gu, '')
		.replace(/\s/g, '-');
}

const prose = readme.replace(/^```[\s\S]*?^```/gm, '');
const anchors = new Set([...prose.matchAll(/^#{1,6}\s+(.+)$/gm)].map((match) => anchorOf(match[1])));

function codexOf(nodeEntry) {
	return JSON.parse(fs.readFileSync(path.join(ROOT, nodeEntry.replace(/^dist\//, '').replace(/\.js$/, '.json')), 'utf8'));
}

test('GitHub anchors are computed as GitHub does, from headings outside code blocks', () => {
	expect(anchors).not.toContain('1-install-and-run-the-demo-a-real-workflow-through-the-n8n-engine-against-the-sandbox-gateway');
	expect(anchors).toContain('operations');
	expect(anchorOf('Connecting your 1688 account')).toBe('connecting-your-1688-account');
	expect(anchorOf('Errors and troubleshooting')).toBe('errors-and-troubleshooting');
	expect(anchorOf('1688 Message Trigger')).toBe('1688-message-trigger');
});

describe.each(manifest.n8n.nodes)('codex of %s', (nodeEntry) => {
	const codex = codexOf(nodeEntry);
	const nodeName = path.basename(nodeEntry, '.node.js');

	test('names the node as n8n registers it, with categories', () => {
		expect(codex.node).toBe(`${manifest.name}.${nodeName.charAt(0).toLowerCase()}${nodeName.slice(1)}`);
		expect(codex.categories.length).toBeGreaterThan(0);
	});

	test.each(['primaryDocumentation', 'credentialDocumentation'])('%s links to an existing README section', (kind) => {
		const links = codex.resources[kind].map((resource) => resource.url);
		expect(links.length).toBeGreaterThan(0);
		for (const url of links) {
			expect(url.startsWith(`${README_URL}#`)).toBe(true);
			expect(anchors).toContain(url.slice(README_URL.length + 1));
		}
	});
});

test("the credential's documentationUrl links to the README section on connecting an account", () => {
	const { Alibaba1688Api } = require(path.join(ROOT, manifest.n8n.credentials[0]));
	const url = new Alibaba1688Api().documentationUrl;
	expect(url).toBe(`${README_URL}#connecting-your-1688-account`);
	expect(anchors).toContain('connecting-your-1688-account');
});

test('CONTRIBUTING.md and the README link to each other, and its links to README sections exist', () => {
	const contributing = fs.readFileSync(path.join(ROOT, 'CONTRIBUTING.md'), 'utf8');
	const links = [...contributing.matchAll(/\]\(README\.md#([^)]+)\)/g)].map((match) => match[1]);
	expect(links).toEqual(expect.arrayContaining(['development', 'operations', 'which-1688-solution-is-your-app-on']));
	expect(links.filter((anchor) => !anchors.has(anchor))).toEqual([]);
	expect(readme).toContain('(CONTRIBUTING.md)');
});
