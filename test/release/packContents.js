'use strict';
/**
 * What `npm pack` would publish, and the checks on it that test/release/tarball.test.js runs: the files
 * allowed in the tarball, and the modules and icons those files refer to.
 */
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');

const ROOT = path.resolve(__dirname, '../..');

/** Every file the tarball may hold; anything else (tests, sources, maps, declarations) is a mistake. */
const ALLOWED = [
	/^package\.json$/,
	/^README\.md$/,
	/^LICENSE$/,
	/^CHANGELOG\.md$/,
	/^index\.js$/,
	/^dist\/credentials\/[A-Za-z0-9]+\.credentials\.js$/,
	/^dist\/nodes\/[A-Za-z0-9]+\/(?:[A-Za-z0-9]+\/)*[A-Za-z0-9.]+\.js$/,
	/^dist\/nodes\/[A-Za-z0-9]+\/[A-Za-z0-9]+\.node\.json$/,
	/^dist\/nodes\/[A-Za-z0-9]+\/[a-z0-9]+(?:\.dark)?\.svg$/,
];

/** The only modules compiled code may load at run time in n8n (peer dependency and Node's crypto). */
const RUNTIME_MODULES = new Set(['n8n-workflow', 'crypto', 'node:crypto']);

/** `npm pack --dry-run --json` of the repository: { files: string[], size, unpackedSize, entryCount }. */
function dryRunPack(dir = ROOT) {
	const output = execFileSync('npm', ['pack', '--dry-run', '--json'], {
		cwd: dir,
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	const [packed] = JSON.parse(output);
	return { ...packed, files: packed.files.map((file) => file.path).sort() };
}

function disallowed(files) {
	return files.filter((file) => !ALLOWED.some((pattern) => pattern.test(file)));
}

/** Module specifiers of every `require('…')` in a file, comments (e.g. usage examples) left out. */
function requiresOf(source) {
	const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
	return [...code.matchAll(/\brequire\((['"])([^'"]+)\1\)/g)].map((match) => match[2]);
}

/** The packed file a relative `require` from `fromFile` loads, as Node would resolve it, or undefined. */
function resolveInside(files, fromFile, specifier) {
	const base = path.posix.join(path.posix.dirname(fromFile), specifier);
	return [base, `${base}.js`, `${base}.json`, `${base}/index.js`].find((candidate) =>
		files.includes(candidate),
	);
}

/**
 * Follows `require` from the entry points through the packed files (read from `dir`).
 * @returns {{ reached: Set<string>, unresolved: string[], external: Set<string> }}
 */
function requireGraph(files, entries, dir = ROOT) {
	const reached = new Set();
	const unresolved = [];
	const external = new Set();
	const queue = [...entries];
	while (queue.length > 0) {
		const file = queue.shift();
		if (reached.has(file)) continue;
		reached.add(file);
		if (!file.endsWith('.js')) continue;
		for (const specifier of requiresOf(fs.readFileSync(path.join(dir, file), 'utf8'))) {
			if (!specifier.startsWith('.')) {
				external.add(specifier);
				continue;
			}
			const target = resolveInside(files, file, specifier);
			if (target) queue.push(target);
			else unresolved.push(`${file} → ${specifier}`);
		}
	}
	return { reached, unresolved, external };
}

/** Icons a compiled node or credential names with `file:…`, as paths inside the package. */
function iconsOf(files, dir = ROOT) {
	const icons = [];
	for (const file of files.filter((f) => f.startsWith('dist/') && f.endsWith('.js'))) {
		const source = fs.readFileSync(path.join(dir, file), 'utf8');
		for (const match of source.matchAll(/(['"])file:([^'"]+)\1/g)) {
			icons.push({ from: file, icon: path.posix.join(path.posix.dirname(file), match[2]) });
		}
	}
	return icons;
}

/** TypeScript sources that compile to dist/, as the paths of the JavaScript they compile to. */
function compiledFromSources(dir = ROOT) {
	const out = [];
	const walk = (folder) => {
		for (const entry of fs.readdirSync(path.join(dir, folder), { withFileTypes: true })) {
			const relative = path.posix.join(folder, entry.name);
			if (entry.isDirectory()) walk(relative);
			else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts'))
				out.push(`dist/${relative.slice(0, -3)}.js`);
		}
	};
	walk('nodes');
	walk('credentials');
	return out.sort();
}

module.exports = {
	ROOT,
	ALLOWED,
	RUNTIME_MODULES,
	dryRunPack,
	disallowed,
	requiresOf,
	resolveInside,
	requireGraph,
	iconsOf,
	compiledFromSources,
};
