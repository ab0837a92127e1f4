'use strict';
/**
 * The documentation links n8n shows in the editor (codex files of the nodes, the credential's
 * documentationUrl) point at this repository's README and at sections that exist in it; every link of the
 * README, the contributor guide and docs/ leads somewhere that exists, and every page of docs/ is one click from
 * the README.
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
const anchors = new Set(
	[...prose.matchAll(/^#{1,6}\s+(.+)$/gm)].map((match) => anchorOf(match[1])),
);

function codexOf(nodeEntry) {
	return JSON.parse(
		fs.readFileSync(
			path.join(ROOT, nodeEntry.replace(/^dist\//, '').replace(/\.js$/, '.json')),
			'utf8',
		),
	);
}

test('GitHub anchors are computed as GitHub does, from headings outside code blocks', () => {
	expect(anchors).not.toContain(
		'1-install-and-run-the-demo-a-real-workflow-through-the-n8n-engine-against-the-sandbox-gateway',
	);
	expect(anchors).toContain('operations');
	expect(anchorOf('Connecting your 1688 account')).toBe('connecting-your-1688-account');
	expect(anchorOf('Errors and troubleshooting')).toBe('errors-and-troubleshooting');
	expect(anchorOf('1688 Message Trigger')).toBe('1688-message-trigger');
});

describe.each(manifest.n8n.nodes)('codex of %s', (nodeEntry) => {
	const codex = codexOf(nodeEntry);
	const nodeName = path.basename(nodeEntry, '.node.js');

	test('names the node as n8n registers it, with categories', () => {
		expect(codex.node).toBe(
			`${manifest.name}.${nodeName.charAt(0).toLowerCase()}${nodeName.slice(1)}`,
		);
		expect(codex.categories.length).toBeGreaterThan(0);
	});

	test.each(['primaryDocumentation', 'credentialDocumentation'])(
		'%s links to an existing README section',
		(kind) => {
			const links = codex.resources[kind].map((resource) => resource.url);
			expect(links.length).toBeGreaterThan(0);
			for (const url of links) {
				expect(url.startsWith(`${README_URL}#`)).toBe(true);
				expect(anchors).toContain(url.slice(README_URL.length + 1));
			}
		},
	);
});

test("the credential's documentationUrl links to the README section on connecting an account", () => {
	const { Alibaba1688Api } = require(path.join(ROOT, manifest.n8n.credentials[0]));
	const url = new Alibaba1688Api().documentationUrl;
	expect(url).toBe(`${README_URL}#connecting-your-1688-account`);
	expect(anchors).toContain('connecting-your-1688-account');
});

/** Every Markdown file of the documentation: the README, the contributor guide, docs/. */
const DOCS = [
	'README.md',
	'CONTRIBUTING.md',
	...fs
		.readdirSync(path.join(ROOT, 'docs'))
		.filter((name) => name.endsWith('.md'))
		.map((name) => `docs/${name}`),
];

/** The headings' anchors of a Markdown file. */
function anchorsOf(file) {
	const text = fs.readFileSync(path.join(ROOT, file), 'utf8').replace(/^```[\s\S]*?^```/gm, '');
	return new Set([...text.matchAll(/^#{1,6}\s+(.+)$/gm)].map((match) => anchorOf(match[1])));
}

/** The relative links of a Markdown file (outside code blocks) as [target file, anchor]. */
function relativeLinks(file) {
	const text = fs.readFileSync(path.join(ROOT, file), 'utf8').replace(/^```[\s\S]*?^```/gm, '');
	return [...text.matchAll(/\]\(([^)\s]+)\)/g)]
		.map((match) => match[1])
		.filter((link) => !/^(https?:|mailto:)/.test(link))
		.map((link) => {
			const [target, anchor] = link.split('#');
			return [
				target
					? path.relative(ROOT, path.resolve(path.dirname(path.join(ROOT, file)), target))
					: file,
				anchor,
			];
		});
}

describe('the documentation', () => {
	test('every relative link of the README, CONTRIBUTING.md and docs/ leads to a file and a heading that exist', () => {
		const broken = DOCS.flatMap((file) =>
			relativeLinks(file)
				.filter(
					([target, anchor]) =>
						!fs.existsSync(path.join(ROOT, target)) ||
						(anchor && target.endsWith('.md') && !anchorsOf(target).has(anchor)),
				)
				.map(([target, anchor]) => `${file} → ${target}${anchor ? `#${anchor}` : ''}`),
		);
		expect(broken).toEqual([]);
		// Not vacuous: the README links into docs/ and to the contributor guide, which links back.
		expect(relativeLinks('README.md').map(([target]) => target)).toEqual(
			expect.arrayContaining(['docs/operations.md', 'CONTRIBUTING.md']),
		);
		expect(relativeLinks('CONTRIBUTING.md').map(([target]) => target)).toContain('README.md');
	});

	test('every page of docs/ is one click from the README', () => {
		const linked = new Set(relativeLinks('README.md').map(([target]) => target));
		expect(DOCS.filter((file) => file.startsWith('docs/') && !linked.has(file))).toEqual([]);
	});

	test("the README is a user's five minutes: under 250 lines, the demo and the full tests on its first screen", () => {
		const lines = readme.split('\n');
		expect(lines.length).toBeLessThan(250);
		const firstScreen = lines.slice(0, 20).join('\n');
		expect(firstScreen).toContain('npm ci && npm run demo');
		expect(firstScreen).toContain('npm ci && npm run test:all');
	});
});
