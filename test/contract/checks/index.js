'use strict';
/**
 * Every API's contract entry, merged from the family modules next to this file (one per resource of the
 * node, see ../README.md). Each module exports `{ [apiId]: { check(json), request(ctx) } }`:
 * - `check(json)`: gets the sample's answer unwrapped by the package's transport and asserts what the
 *   operations' Simplify makes of it (promised fields filled, IDs exact);
 * - `request(ctx)`: the parameters of a call the seeded sandbox answers successfully (may be async);
 *   ctx = { sandbox, fixtures, call(apiId, params) };
 * - `everyField: true` (optional): the sandbox's answer must hold every field path of the sample at any
 *   depth, not only its envelope (for APIs the sandbox models field for field).
 * A new family module is picked up without touching this file.
 */
const fs = require('node:fs');
const path = require('node:path');

function loadContracts() {
	const contracts = {};
	const modules = fs
		.readdirSync(__dirname)
		.filter((file) => file.endsWith('.js') && file !== 'index.js')
		.sort();
	for (const file of modules) {
		for (const [id, entry] of Object.entries(require(path.join(__dirname, file)))) {
			if (contracts[id])
				throw new Error(
					`${id} has a contract entry in two family modules (${contracts[id].family} and ${file})`,
				);
			if (typeof entry.check !== 'function' || typeof entry.request !== 'function')
				throw new Error(`${file}: ${id} needs both check(json) and request(ctx)`);
			contracts[id] = { ...entry, family: file };
		}
	}
	return contracts;
}

module.exports = { CONTRACTS: loadContracts() };
