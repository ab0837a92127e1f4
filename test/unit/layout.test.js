'use strict';
/**
 * The layout rules of nodes/ and credentials/ (CONTRIBUTING.md), read from the TypeScript sources:
 * - each node folder imports only from nodes/shared and from itself; the credential only from nodes/shared;
 *   nodes/shared from no node folder;
 * - no node folder or credential names a 1688 API literally (namespace, API name, API ID or API path):
 *   they refer to it as API.<name> from nodes/shared/apis.ts;
 * - nodes/shared holds what more than one node (or the credential) uses; the transport counts as one unit, the
 *   wire protocol whoever uses it; what serves the action node alone lives in nodes/Alibaba1688;
 * - the helpers folders (nodes/shared/helpers, nodes/Alibaba1688/helpers) hold pure functions: no n8n context
 *   (`this:` functions, I…Functions types), no API calls (transport/index, apis.ts);
 * - the sandbox gateway (test/sandbox) is an independent implementation of 1688's side: it requires only
 *   Node.js built-ins and its own files, never the package (no shared signer that could share a mistake).
 */
const fs = require('node:fs');
const path = require('node:path');
const ts = require('typescript');

const ROOT = path.resolve(__dirname, '../..');
const NODE_FOLDERS = [
	'nodes/Alibaba1688',
	'nodes/Alibaba1688Trigger',
	'nodes/Alibaba1688MessageTrigger',
];
const SHARED = 'nodes/shared';
const HELPERS = 'nodes/shared/helpers';
const HELPER_FOLDERS = [HELPERS, 'nodes/Alibaba1688/helpers'];
/** The transport: the wire protocol, one unit (signing for the credential, push requests for the webhook too). */
const TRANSPORT = 'nodes/shared/transport';

/** The repository paths of the files under `folder` whose names end with `extension`. */
function sourcesUnder(folder, extension = '.ts') {
	const dir = path.join(ROOT, folder);
	return fs
		.readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith(extension))
		.map((entry) => path.relative(ROOT, path.join(entry.parentPath ?? entry.path, entry.name)));
}

const parsedFiles = new Map();

/** The syntax tree of `text` (a probe), or of the repository file, parsed once for all the rules. */
function parse(file, text) {
	if (text !== undefined) return ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
	if (!parsedFiles.has(file))
		parsedFiles.set(file, parse(file, fs.readFileSync(path.join(ROOT, file), 'utf8')));
	return parsedFiles.get(file);
}

function walk(node, visit) {
	visit(node);
	ts.forEachChild(node, (child) => walk(child, visit));
}

/** The relative imports of a source file, resolved to repository paths (without extension). */
function relativeImports(file, source = parse(file)) {
	const found = [];
	walk(source, (node) => {
		const specifier =
			(ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
			node.moduleSpecifier &&
			ts.isStringLiteral(node.moduleSpecifier)
				? node.moduleSpecifier.text
				: undefined;
		if (specifier?.startsWith('.'))
			found.push(path.relative(ROOT, path.resolve(path.dirname(path.join(ROOT, file)), specifier)));
	});
	return found;
}

/** The folder a path belongs to: a node folder, nodes/shared, or credentials. */
function home(repoPath) {
	const parts = repoPath.split(path.sep);
	return parts[0] === 'credentials' ? 'credentials' : parts.slice(0, 2).join('/');
}

/** Imports from anywhere but nodes/shared and the file's own folder (a node folder, nodes/shared or credentials). */
function crossImports(file, source) {
	const from = home(file);
	return relativeImports(file, source)
		.filter((target) => home(target) !== SHARED && home(target) !== from)
		.map((target) => `${file} imports ${target}`);
}

/** Namespaces and API names the catalogue declares, read from nodes/shared/apis.ts and the transport's OAuth endpoints. */
function catalogueNames() {
	const text = fs.readFileSync(path.join(ROOT, SHARED, 'apis.ts'), 'utf8');
	const namespaces = [...text.matchAll(/^const [A-Z_]+ = '([\w.]+)';$/gm)].map((match) => match[1]);
	const names = [...text.matchAll(/\b\w*[aA]pi\([A-Z_]+, '([\w.]+)'/g)].map((match) => match[1]);
	return { namespaces: new Set([...namespaces, 'system.oauth2']), names: new Set(names) };
}

const NAMESPACE_SHAPE = /^(?:com|cn)\.alibaba(?:\.\w+)+$|^system\.oauth2$/;
const API_ID_SHAPE = /^[\w.]+:[\w.]+-\d+$/;
const API_PATH_SHAPE = /\/(?:(?:com|cn)\.alibaba(?:\.\w+)+|system\.oauth2)\/[\w.]+/;

/** String literals (and template parts) that name a 1688 API: a namespace, an API name, an API ID, or an API path. */
function literalApis(file, source, catalogue) {
	const found = [];
	walk(source, (node) => {
		const isText =
			ts.isStringLiteral(node) ||
			ts.isNoSubstitutionTemplateLiteral(node) ||
			ts.isTemplateHead(node) ||
			ts.isTemplateMiddle(node) ||
			ts.isTemplateTail(node);
		if (!isText) return;
		const text = node.text.trim();
		if (
			NAMESPACE_SHAPE.test(text) ||
			catalogue.namespaces.has(text) ||
			catalogue.names.has(text) ||
			API_ID_SHAPE.test(text) ||
			API_PATH_SHAPE.test(text)
		) {
			found.push(
				`${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${JSON.stringify(node.text)}`,
			);
		}
	});
	return found;
}

const CONTEXT_TYPES =
	/^I(?:Execute|ExecuteSingle|Poll|Webhook|Hook|LoadOptions|Trigger|AllExecute)Functions$/;
const API_MODULES = new Set([
	`${SHARED}/transport`,
	`${SHARED}/transport/index`,
	`${SHARED}/apis`,
	`${SHARED}/messageRecovery`,
]);

/** What makes a helper impure: a `this` parameter, an n8n context type, or an import of the API-calling modules. */
function impurities(file, source) {
	const found = relativeImports(file, source)
		.filter((target) => API_MODULES.has(target.split(path.sep).join('/')))
		.map((target) => `${file} imports ${target}`);
	walk(source, (node) => {
		if (ts.isParameter(node) && node.name.getText() === 'this')
			found.push(`${file}: a function with a this parameter`);
		if (ts.isTypeReferenceNode(node) && CONTEXT_TYPES.test(node.typeName.getText()))
			found.push(`${file}: uses ${node.typeName.getText()}`);
	});
	return found;
}

/** What a CommonJS file requires that is neither a Node.js built-in nor a file inside `folder`. */
function foreignRequires(file, text, folder) {
	const found = [];
	for (const [, specifier] of text.matchAll(/require\(\s*'([^']+)'\s*\)/g)) {
		if (specifier.startsWith('node:')) continue;
		const target = specifier.startsWith('.')
			? path.relative(ROOT, path.resolve(path.dirname(path.join(ROOT, file)), specifier))
			: specifier;
		if (
			!specifier.startsWith('.') ||
			!(target === folder || target.startsWith(`${folder}${path.sep}`))
		)
			found.push(`${file} requires ${specifier}`);
	}
	return found;
}

/** For each file of nodes/shared, the node folders (and the credential) that import it, directly or through others. */
function usersOfShared() {
	const users = new Map();
	for (const entry of [...NODE_FOLDERS, 'credentials']) {
		const seen = new Set();
		const pending = sourcesUnder(entry);
		while (pending.length > 0) {
			const file = pending.pop();
			if (seen.has(file)) continue;
			seen.add(file);
			for (const target of relativeImports(file)) {
				const resolved = [`${target}.ts`, path.join(target, 'index.ts')].find((candidate) =>
					fs.existsSync(path.join(ROOT, candidate)),
				);
				if (resolved) pending.push(resolved);
			}
		}
		for (const file of seen)
			if (file.startsWith(`${SHARED}/`)) users.set(file, (users.get(file) ?? new Set()).add(entry));
	}
	return users;
}

const nodeFiles = NODE_FOLDERS.flatMap((folder) => sourcesUnder(folder));
const credentialFiles = sourcesUnder('credentials');
const sharedFiles = sourcesUnder(SHARED);

describe('the layout of nodes/ and credentials/', () => {
	test('the rules see every source file', () => {
		expect(nodeFiles).toEqual(
			expect.arrayContaining([
				'nodes/Alibaba1688/actions/order/getMany.operation.ts',
				'nodes/Alibaba1688Trigger/orderPoll.ts',
			]),
		);
		expect(credentialFiles).toEqual(['credentials/Alibaba1688Api.credentials.ts']);
		expect(sharedFiles).toEqual(
			expect.arrayContaining(['nodes/shared/apis.ts', 'nodes/shared/helpers/validation.ts']),
		);
		expect(relativeImports('nodes/Alibaba1688/actions/order/get.operation.ts')).toContain(
			path.join('nodes', 'shared', 'apis'),
		);
	});

	test('each node folder imports only from nodes/shared and itself; the credential and nodes/shared from no node folder', () => {
		const offending = [...nodeFiles, ...credentialFiles, ...sharedFiles].flatMap((file) =>
			crossImports(file, parse(file)),
		);
		expect(offending).toEqual([]);
	});

	test('the import rule catches a node folder importing another', () => {
		const file = 'nodes/Alibaba1688MessageTrigger/Alibaba1688MessageTrigger.node.ts';
		const source = parse(
			file,
			"import { ORDER_LIST } from '../Alibaba1688/actions/order/getMany.operation';\nimport { API } from '../shared/apis';\n",
		);
		expect(crossImports(file, source)).toEqual([
			`${file} imports ${path.join('nodes', 'Alibaba1688', 'actions', 'order', 'getMany.operation')}`,
		]);
		const shared = parse(
			'nodes/shared/fields.ts',
			"import { x } from '../Alibaba1688Trigger/description';\n",
		);
		expect(crossImports('nodes/shared/fields.ts', shared)).toHaveLength(1);
	});

	test('no node folder or credential names a 1688 API literally: they use API.<name> from nodes/shared/apis.ts', () => {
		const catalogue = catalogueNames();
		expect(catalogue.namespaces).toContain('com.alibaba.trade');
		expect(catalogue.names).toContain('alibaba.trade.get.buyerView');
		const offending = [...nodeFiles, ...credentialFiles].flatMap((file) =>
			literalApis(file, parse(file), catalogue),
		);
		expect(offending).toEqual([]);
	});

	test('the literal rule catches a namespace, an API name, an API ID and an API path, not a sentence naming one', () => {
		const catalogue = catalogueNames();
		const file = 'nodes/Alibaba1688/actions/order/x.operation.ts';
		const source = parse(
			file,
			[
				"callApi.call(this, { namespace: 'com.alibaba.trade', name: 'x', version: 1 });",
				"const name = 'alibaba.trade.get.buyerView';",
				"const id = 'com.alibaba.trade:alibaba.trade.cancel-1';",
				'const url = `=/openapi/param2/1/com.alibaba.account/alibaba.account.basic/${key}`;',
				"const hint = 'The API namespace, e.g. com.alibaba.trade';",
			].join('\n'),
		);
		expect(literalApis(file, source, catalogue).map((hit) => hit.split(' ')[0])).toEqual([
			`${file}:1`,
			`${file}:2`,
			`${file}:3`,
			`${file}:4`,
		]);
	});

	test('the helpers folders hold pure functions: no n8n context, no API calls', () => {
		const files = HELPER_FOLDERS.flatMap((folder) => sourcesUnder(folder));
		expect(files).toEqual(
			expect.arrayContaining([
				'nodes/shared/helpers/validation.ts',
				'nodes/Alibaba1688/helpers/cartParts.ts',
			]),
		);
		const offending = files.flatMap((file) => impurities(file, parse(file)));
		expect(offending).toEqual([]);
	});

	test("nodes/shared holds what more than one node or the credential uses; the action node's own code lives with it", () => {
		const users = usersOfShared();
		const single = sharedFiles
			.filter((file) => !file.startsWith(`${TRANSPORT}/`))
			.filter((file) => (users.get(file) ?? new Set()).size < 2)
			.map((file) => `${file} is used by ${[...(users.get(file) ?? [])].join(', ') || 'nothing'}`);
		expect(single).toEqual([]);
		// Not vacuous: the shared field helpers serve the action node and both triggers.
		expect([...users.get('nodes/shared/fields.ts')].sort()).toEqual([
			'nodes/Alibaba1688',
			'nodes/Alibaba1688MessageTrigger',
			'nodes/Alibaba1688Trigger',
		]);
	});

	test('the sandbox gateway requires only Node.js built-ins and its own files, never the package', () => {
		const files = sourcesUnder(path.join('test', 'sandbox'), '.js');
		expect(files.length).toBeGreaterThan(50);
		const offending = files.flatMap((file) =>
			foreignRequires(
				file,
				fs.readFileSync(path.join(ROOT, file), 'utf8'),
				path.join('test', 'sandbox'),
			),
		);
		expect(offending).toEqual([]);
		const probe = path.join('test', 'sandbox', 'apis', 'x.js');
		expect(
			foreignRequires(
				probe,
				"require('../../../dist/nodes/shared/transport/signature'); require('undici'); require('./index'); require('node:crypto');",
				path.join('test', 'sandbox'),
			),
		).toEqual([
			`${probe} requires ../../../dist/nodes/shared/transport/signature`,
			`${probe} requires undici`,
		]);
	});

	test('the purity rule catches a helper that calls the API', () => {
		const file = `${HELPERS}/orderLookup.ts`;
		const source = parse(
			file,
			"import type { IExecuteFunctions } from 'n8n-workflow';\nimport { callApi } from '../transport';\nexport async function read(this: IExecuteFunctions) { return await callApi.call(this); }\n",
		);
		expect(impurities(file, source)).toEqual([
			`${file} imports ${path.join('nodes', 'shared', 'transport')}`,
			`${file}: a function with a this parameter`,
			`${file}: uses IExecuteFunctions`,
		]);
	});
});
