'use strict';
/**
 * The npm tarball holds what users need and nothing else, and everything in it loads from it alone.
 * Run after a clean build (`npm test` cleans first): a compiled file without its source is reported.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync } = require('node:child_process');

const {
	ROOT,
	RUNTIME_MODULES,
	dryRunPack,
	disallowed,
	requiresOf,
	resolveInside,
	requireGraph,
	iconsOf,
	compiledFromSources,
} = require('./packContents');

const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const entries = ['index.js', ...manifest.n8n.nodes, ...manifest.n8n.credentials];

let packed;
beforeAll(() => {
	packed = dryRunPack();
});

describe('the allowed-file patterns', () => {
	test('reject what must never be published', () => {
		const unwanted = [
			'dist/package.json',
			'dist/nodes/Alibaba1688/Alibaba1688.node.js.map',
			'dist/nodes/Alibaba1688/Alibaba1688.node.d.ts',
			'nodes/Alibaba1688/Alibaba1688.node.ts',
			'test/unit/index.test.js',
			'test/sandbox/index.js',
			'examples/1688-products-to-google-sheets.json',
			'tsconfig.json',
			'gulpfile.js',
			'eslint.config.mjs',
			'jest.config.js',
			'.npmrc',
			'.ci/run',
			'.github/workflows/publish.yml',
			'dist/tsconfig.tsbuildinfo',
		];
		expect(disallowed(unwanted)).toEqual(unwanted);
	});

	test('accept the compiled node, its codex, icons and nested modules', () => {
		expect(
			disallowed([
				'dist/nodes/Alibaba1688/Alibaba1688.node.js',
				'dist/nodes/Alibaba1688/Alibaba1688.node.json',
				'dist/nodes/Alibaba1688/alibaba1688.dark.svg',
				'dist/nodes/Alibaba1688/actions/order/getMany.operation.js',
				'dist/credentials/Alibaba1688Api.credentials.js',
			]),
		).toEqual([]);
	});
});

describe('require resolution inside a file list', () => {
	const files = ['index.js', 'dist/a/b.js', 'dist/a/c/index.js', 'dist/a/d.json'];
	test.each([
		['index.js', './dist/a/b', 'dist/a/b.js'],
		['dist/a/b.js', './c', 'dist/a/c/index.js'],
		['dist/a/c/index.js', '../d.json', 'dist/a/d.json'],
		['dist/a/b.js', './missing', undefined],
	])('%s requiring %s → %s', (from, specifier, expected) => {
		expect(resolveInside(files, from, specifier)).toBe(expected);
	});

	test('finds require calls with either quote, not those in comments', () => {
		const source = `/** const lib = require('n8n-nodes-1688'); */\n// require('./commented')\nconst a = require('./x'); const b = require("n8n-workflow"); requireX('y');`;
		expect(requiresOf(source)).toEqual(['./x', 'n8n-workflow']);
	});
});

describe(`npm pack of ${manifest.name}@${manifest.version}`, () => {
	test('holds only allowed files', () => {
		expect(disallowed(packed.files)).toEqual([]);
	});

	test('holds the manifest, docs, licence and every n8n entry point with its codex file', () => {
		const codexFiles = manifest.n8n.nodes.map((node) => node.replace(/\.js$/, '.json'));
		for (const file of [
			'package.json',
			'README.md',
			'LICENSE',
			'CHANGELOG.md',
			manifest.main,
			...entries,
			...codexFiles,
		]) {
			expect(packed.files).toContain(file);
		}
	});

	test('compiled JavaScript is exactly one file per TypeScript source (none stale, none missing)', () => {
		const compiled = packed.files.filter(
			(file) => file.startsWith('dist/') && file.endsWith('.js'),
		);
		expect(compiled).toEqual(compiledFromSources());
	});

	test('every require from index.js and the n8n entry points resolves inside the tarball', () => {
		const { unresolved, external, reached } = requireGraph(packed.files, entries);
		expect(unresolved).toEqual([]);
		expect([...external].filter((name) => !RUNTIME_MODULES.has(name))).toEqual([]);
		expect(reached.has('dist/nodes/shared/transport/signature.js')).toBe(true);
	});

	test('every module loaded at run time is a peer dependency or Node built-in, and nothing else is installed', () => {
		const { external } = requireGraph(packed.files, entries);
		for (const name of external) {
			if (!name.endsWith('crypto')) expect(manifest.peerDependencies).toHaveProperty([name]);
		}
		expect(manifest.dependencies ?? {}).toEqual({});
		for (const hook of ['preinstall', 'install', 'postinstall', 'prepare']) {
			expect(manifest.scripts ?? {}).not.toHaveProperty([hook]);
		}
	});

	test('every icon a node or the credential names is in the tarball', () => {
		const icons = iconsOf(packed.files);
		expect(new Set(icons.map(({ icon }) => icon))).toEqual(
			new Set([
				'dist/nodes/Alibaba1688/alibaba1688.svg',
				'dist/nodes/Alibaba1688/alibaba1688.dark.svg',
			]),
		);
		expect(icons.filter(({ icon }) => !packed.files.includes(icon))).toEqual([]);
	});

	test('index.js works from the packed files alone, with only n8n-workflow installed beside them', () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-nodes-1688-tarball-'));
		try {
			for (const file of packed.files) {
				fs.mkdirSync(path.join(dir, path.dirname(file)), { recursive: true });
				fs.copyFileSync(path.join(ROOT, file), path.join(dir, file));
			}
			fs.mkdirSync(path.join(dir, 'node_modules'));
			fs.symlinkSync(
				path.join(ROOT, 'node_modules/n8n-workflow'),
				path.join(dir, 'node_modules/n8n-workflow'),
				'dir',
			);
			const script = `
				const lib = require(${JSON.stringify(dir)});
				const request = lib.signApiRequest({ appKey: '1000000', appSecret: 'test123', accessToken: 't' },
					'com.alibaba.product:alibaba.product.get-1', { productID: '1', webSite: '1688' }, 1700000000000);
				console.log(JSON.stringify(request));`;
			const fromTarball = JSON.parse(
				execFileSync(process.execPath, ['-e', script], { cwd: dir, encoding: 'utf8' }),
			);
			const fromRepository = require('../..').signApiRequest(
				{ appKey: '1000000', appSecret: 'test123', accessToken: 't' },
				'com.alibaba.product:alibaba.product.get-1',
				{ productID: '1', webSite: '1688' },
				1700000000000,
			);
			expect(fromTarball.url).toBe(
				'https://gw.open.1688.com/openapi/param2/1/com.alibaba.product/alibaba.product.get/1000000',
			);
			expect(fromTarball.form._aop_signature).toMatch(/^[0-9A-F]{40}$/);
			expect(fromTarball).toEqual(fromRepository);
		} finally {
			fs.rmSync(dir, { recursive: true, force: true });
		}
	});

	test('stays small', () => {
		// Compiled JavaScript, three codex files, two icons and the docs: about 155 kB packed at 45 operations
		// (README 77 kB unpacked); the bound catches tests, sources or sandbox data slipping in.
		expect(packed.size).toBeLessThan(300 * 1024);
		expect(packed.entryCount).toBe(packed.files.length);
	});
});
