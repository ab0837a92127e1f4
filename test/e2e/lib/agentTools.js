'use strict';
/**
 * What an AI agent (or an MCP client) should be offered for a workflow's 1688 tool nodes, computed from the
 * workflow itself: the tool name n8n derives from the node name, the description, and the parameters the model
 * fills (the keys of the node's $fromAI() calls). Also: which operations the built package has.
 */
const assert = require('node:assert/strict');
const path = require('node:path');

const REPO = path.resolve(__dirname, '..', '..', '..');
const TOOL_TYPE = 'n8n-nodes-1688.alibaba1688Tool';

/** n8n's rule (n8n-workflow nodeNameToToolName): runs of other characters become one "_", at most 64 characters. */
function toolName(nodeName) {
	return nodeName
		.replace(/[^a-zA-Z0-9_-]+/g, '_')
		.slice(0, 64)
		.replace(/[_-]+$/, '');
}

/** The keys of every $fromAI('key', ...) in a node's parameters, sorted. */
function fromAiKeys(parameters) {
	const keys = new Set();
	for (const match of JSON.stringify(parameters).matchAll(/\$fromAI\(\s*'([^']+)'/g))
		keys.add(match[1]);
	return [...keys].sort();
}

/**
 * The workflow's 1688 tool nodes as the model should see them: { name → { node, description, parameters } }.
 * n8n drops the parameters an operation does not have when it loads a workflow, so a tool whose operation the
 * built package lacks (one still to come) is offered without parameters.
 */
function expectedTools(workflow, operations = builtOperations()) {
	return Object.fromEntries(
		workflow.nodes
			.filter((node) => node.type === TOOL_TYPE && !node.disabled)
			.map((node) => {
				const built = operations[node.parameters.resource]?.includes(node.parameters.operation);
				return [
					toolName(node.name),
					{
						node,
						description: node.parameters.toolDescription,
						parameters: built ? fromAiKeys(node.parameters) : [],
					},
				];
			}),
	);
}

/**
 * Asserts that `offered` (tool name → { description, properties }) is exactly the workflow's 1688 tools, each with
 * its description and its $fromAI parameters (with their descriptions).
 */
function assertOffered(offered, workflow, where) {
	const expected = expectedTools(workflow);
	assert.deepEqual(
		Object.keys(offered).sort(),
		Object.keys(expected).sort(),
		`${where}: the tools offered are the workflow's 1688 tool nodes`,
	);
	for (const [name, tool] of Object.entries(expected)) {
		assert.equal(
			offered[name].description,
			tool.description,
			`${where}: ${name} carries the node's tool description`,
		);
		assert.deepEqual(
			Object.keys(offered[name].properties).sort(),
			tool.parameters,
			`${where}: ${name}'s parameters are the node's $fromAI keys`,
		);
		for (const [key, schema] of Object.entries(offered[name].properties)) {
			assert.ok(
				typeof schema.description === 'string' && schema.description.length > 10,
				`${where}: ${name}.${key} has a description for the model`,
			);
		}
	}
}

/** The operations of the built node (dist/), by resource: what the package installed into n8n offers. */
function builtOperations() {
	const { Alibaba1688 } = require(
		path.join(REPO, 'dist', 'nodes', 'Alibaba1688', 'Alibaba1688.node.js'),
	);
	const { properties } = new Alibaba1688().description;
	const operations = {};
	for (const property of properties.filter((p) => p.name === 'operation')) {
		for (const resource of property.displayOptions.show.resource)
			operations[resource] = property.options.map((option) => option.value);
	}
	return operations;
}

module.exports = { TOOL_TYPE, toolName, fromAiKeys, expectedTools, assertOffered, builtOperations };
