'use strict';
/**
 * Twin examples must keep their shared parts identical (a user copies the pricing rule from one to the other;
 * the Shopify twins follow the WooCommerce ones): the parameters of a node as another example file has them.
 */
const fs = require('node:fs');
const path = require('node:path');

const EXAMPLES_DIR = path.resolve(__dirname, '..', '..', '..', 'examples');

/** The parameters of node `name` in examples/<example>.json. */
function parametersIn(example, name) {
	const workflow = JSON.parse(fs.readFileSync(path.join(EXAMPLES_DIR, `${example}.json`), 'utf8'));
	const node = workflow.nodes.find((n) => n.name === name);
	if (!node) throw new Error(`examples/${example}.json has no node "${name}"`);
	return node.parameters;
}

/** Parameters without the `id` of each condition or assignment (the editor gives every copy new ones). */
function withoutIds(value) {
	if (Array.isArray(value)) return value.map(withoutIds);
	if (value === null || typeof value !== 'object') return value;
	return Object.fromEntries(
		Object.entries(value)
			.filter(([key]) => key !== 'id')
			.map(([key, v]) => [key, withoutIds(v)]),
	);
}

module.exports = { parametersIn, withoutIds };
