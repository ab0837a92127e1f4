'use strict';
/**
 * Whether n8n loads a workflow as it is (for examples that cannot run here, e.g. the Shopify ones): n8n kept every
 * node as the file has it (GET /rest/workflows/:id), knows every node type at its version (the descriptions n8n
 * serves the editor, POST /rest/node-types), and every parameter the file sets is one n8n shows for that node: with
 * n8n-workflow's own NodeHelpers (from n8n's install), a parameter that is unknown or hidden by the others is
 * dropped from the node's parameters, a required one left empty is an issue, and an option value must be one of
 * the field's options.
 */
const { isDeepStrictEqual } = require('node:util');

const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);
const isExpression = (value) => typeof value === 'string' && value.startsWith('=');

/** Paths of `given` that n8n's resolved parameters do not hold (unknown or not displayed), e.g. `filters.outOrderId`. */
function droppedPaths(given, resolved, prefix = '') {
	const dropped = [];
	for (const [key, value] of Object.entries(given ?? {})) {
		const path = prefix ? `${prefix}.${key}` : key;
		if (!resolved || !(key in resolved)) dropped.push(path);
		else if (isObject(value) && isObject(resolved[key]))
			dropped.push(...droppedPaths(value, resolved[key], path));
		else if (Array.isArray(value) && Array.isArray(resolved[key])) {
			value.forEach((entry, i) => {
				if (isObject(entry))
					dropped.push(...droppedPaths(entry, resolved[key][i], `${path}[${i}]`));
			});
		}
	}
	return dropped;
}

/**
 * Top-level option fields shown for these parameters whose fixed value is not one of their options (a field may be
 * defined once per resource or operation: the one displayed counts; fields that load their options are skipped).
 */
function badOptions(NodeHelpers, node, description, resolved) {
	const problems = [];
	for (const property of description.properties) {
		if (property.type !== 'options' || property.typeOptions?.loadOptionsMethod) continue;
		if (!NodeHelpers.displayParameter(resolved, property, node, description)) continue;
		const value = node.parameters[property.name];
		if (value === undefined || isExpression(value)) continue;
		if (!property.options.some((option) => option.value === value))
			problems.push(`${property.name} "${value}" is not one of its options`);
	}
	return problems;
}

/**
 * @param {import('./liveWorkflows').LiveN8n} session signed in to the n8n that imported `served`
 * @param {object} source the workflow file
 * @param {object} served the workflow as GET /rest/workflows/:id answers
 * @returns {Promise<string[]>} what n8n did not load as the file has it (empty when everything loads)
 */
async function loadProblems(session, source, served) {
	const { NodeHelpers } = session.requireFromN8n('n8n-workflow');
	const problems = [];
	for (const node of source.nodes) {
		const kept = served.nodes.find((n) => n.name === node.name);
		if (!kept) problems.push(`"${node.name}" is not in the imported workflow`);
		else if (
			kept.type !== node.type ||
			kept.typeVersion !== node.typeVersion ||
			!isDeepStrictEqual(kept.parameters, node.parameters)
		) {
			problems.push(`"${node.name}" changed on import`);
		}
	}
	if (!isDeepStrictEqual(served.connections, source.connections))
		problems.push('the connections changed on import');

	const nodeInfos = source.nodes.map((node) => ({ name: node.type, version: node.typeVersion }));
	const descriptions = await session.rest('POST', 'node-types', { nodeInfos });
	source.nodes.forEach((node, i) => {
		const description = descriptions[i];
		if (!description || !Array.isArray(description.properties)) {
			problems.push(`"${node.name}": n8n does not know ${node.type} version ${node.typeVersion}`);
			return;
		}
		const resolved =
			NodeHelpers.getNodeParameters(
				description.properties,
				node.parameters,
				true,
				false,
				node,
				description,
			) ?? {};
		for (const path of droppedPaths(node.parameters, resolved))
			problems.push(
				`"${node.name}": parameter ${path} is unknown to ${node.type} or hidden by the other parameters`,
			);
		for (const problem of badOptions(NodeHelpers, node, description, resolved))
			problems.push(`"${node.name}": ${problem}`);
		const issues = NodeHelpers.getNodeParametersIssues(
			description.properties,
			{ ...node, parameters: resolved },
			description,
		);
		for (const [name, messages] of Object.entries(issues?.parameters ?? {}))
			problems.push(`"${node.name}": ${name}: ${messages.join(' ')}`);
	});
	return problems;
}

module.exports = { loadProblems, droppedPaths };
