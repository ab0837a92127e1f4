'use strict';
/**
 * API registry: loads every handler file under apis/<namespace>/<apiName>.js.
 * A handler file exports:
 *   { namespace, name, version, needsToken = true, signature = 'required'|'optional', protocols = ['param2'],
 *     tokenRefusal?() → {status, body} (the API's own answer to a missing or expired token),
 *     handle(ctx) → body | {status, body} }
 * where ctx = { params, files, app, appKey, user, store, sandbox, api, url }.
 */
const fs = require('node:fs');
const path = require('node:path');

/** @returns {string[]} absolute paths of handler files */
function handlerFiles(dir = __dirname) {
	const out = [];
	for (const entry of fs
		.readdirSync(dir, { withFileTypes: true })
		.sort((a, b) => a.name.localeCompare(b.name))) {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) out.push(...handlerFiles(full));
		else if (entry.name.endsWith('.js') && full !== __filename && !entry.name.startsWith('_'))
			out.push(full);
	}
	return out;
}

class Registry {
	constructor() {
		/** @type {Map<string, object>} */
		this.apis = new Map();
		for (const file of handlerFiles()) this.add(require(file), file);
	}

	add(api, file = '(inline)') {
		for (const key of ['namespace', 'name', 'version', 'handle']) {
			if (!api[key]) throw new Error(`${file}: handler lacks "${key}"`);
		}
		const id = `${api.namespace}:${api.name}-${api.version}`;
		if (this.apis.has(id)) throw new Error(`${file}: duplicate API ${id}`);
		this.apis.set(id, { ...api, id });
	}

	find(namespace, name, version) {
		return this.apis.get(`${namespace}:${name}-${version}`) || null;
	}

	list() {
		return [...this.apis.keys()].sort();
	}
}

module.exports = { Registry, handlerFiles };
