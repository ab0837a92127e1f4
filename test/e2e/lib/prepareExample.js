'use strict';
/**
 * Turns an example workflow (as a user imports it) into the workflow the e2e runner imports into n8n:
 *   - every 1688 node uses the sandbox credential (examples ship without credentials: users pick their own),
 *   - every node that would reach a third-party service (Google Sheets, Slack, email, Shopify, ...) is
 *     replaced, under the same name and connections, by a NoOp "recording step": it passes on exactly the
 *     items the real node would have received, and its output is what the expectation asserts,
 *   - the workflow gets a fixed id so `n8n execute --id` can find it.
 * The example file itself is never changed.
 */

const PACKAGE_NODE_PREFIX = 'n8n-nodes-1688.';
const CREDENTIAL_TYPE = 'alibaba1688Api';
const RECORDER_TYPE = 'n8n-nodes-base.noOp';

/**
 * n8n core nodes that stay inside the n8n process (no network, no credentials): they run as they are.
 * Any other node is treated as third-party and swapped, so an example can never reach the internet.
 */
const LOCAL_NODE_TYPES = new Set(
	[
		'aggregate',
		'code',
		'dateTime',
		'filter',
		'if',
		'limit',
		'manualTrigger',
		'merge',
		'noOp',
		'removeDuplicates',
		'renameKeys',
		'set',
		'sort',
		'splitInBatches',
		'splitOut',
		'stickyNote',
		'summarize',
		'switch',
	].map((name) => `n8n-nodes-base.${name}`),
);

const MANUAL_TRIGGER = 'n8n-nodes-base.manualTrigger';
/** The package's triggers: an example starting with one runs in `n8n start` (activated), not `n8n execute`. */
const PACKAGE_TRIGGER_TYPES = new Set(['n8n-nodes-1688.alibaba1688Trigger', 'n8n-nodes-1688.alibaba1688MessageTrigger']);

function isPackageNode(node) {
	return typeof node.type === 'string' && node.type.startsWith(PACKAGE_NODE_PREFIX);
}

function isLocalNode(node) {
	return LOCAL_NODE_TYPES.has(node.type) || isPackageNode(node);
}

/** Checks what `n8n execute` and the runner rely on; returns a list of problems (empty when fine). */
function problemsOf(example) {
	const problems = [];
	if (!example || typeof example !== 'object') return ['the file does not hold a workflow object'];
	if (typeof example.name !== 'string' || !example.name) problems.push('the workflow has no name');
	if (!Array.isArray(example.nodes) || example.nodes.length === 0) return [...problems, 'the workflow has no nodes'];
	if (!example.connections || typeof example.connections !== 'object') problems.push('the workflow has no connections');
	const triggers = example.nodes.filter((node) => PACKAGE_TRIGGER_TYPES.has(node.type));
	const manual = example.nodes.some((node) => node.type === MANUAL_TRIGGER);
	if (!manual && triggers.length === 0) problems.push('n8n execute needs a Manual Trigger node');
	if (manual && triggers.length > 0) problems.push('a Manual Trigger and a 1688 trigger: the runner cannot tell how to start it');
	if (triggers.length > 1) problems.push('more than one 1688 trigger');
	if (triggers.some((node) => node.disabled)) problems.push('the 1688 trigger is disabled');
	if (!example.nodes.some(isPackageNode)) problems.push('the workflow uses no 1688 node');
	const names = example.nodes.map((node) => node.name);
	const duplicate = names.find((name, i) => names.indexOf(name) !== i);
	if (duplicate) problems.push(`two nodes are named "${duplicate}"`);
	return problems;
}

/** How the runner starts an example: { kind: 'manual' } (n8n execute) or { kind: 'trigger', node } (n8n start, activated). */
function startOf(example) {
	const trigger = example.nodes.find((node) => PACKAGE_TRIGGER_TYPES.has(node.type));
	return trigger ? { kind: 'trigger', node: trigger } : { kind: 'manual' };
}

function recorderFor(node) {
	const { credentials, parameters, type, typeVersion, webhookId, ...kept } = node;
	return { ...kept, type: RECORDER_TYPE, typeVersion: 1, parameters: {}, notes: `e2e recording step in place of ${type}` };
}

/**
 * @param {object} example the parsed example workflow
 * @param {{ id: string, credential: { id: string, name: string } }} target
 * @returns {{ workflow: object, swapped: Record<string, object> }} swapped: node name → the original node
 */
function prepareExample(example, { id, credential }) {
	const problems = problemsOf(example);
	if (problems.length) throw new Error(`not a runnable example: ${problems.join('; ')}`);
	const swapped = {};
	const nodes = example.nodes.map((node) => {
		if (isPackageNode(node)) return { ...node, credentials: { ...node.credentials, [CREDENTIAL_TYPE]: { ...credential } } };
		if (isLocalNode(node)) return node;
		swapped[node.name] = node;
		return recorderFor(node);
	});
	const workflow = {
		...example,
		id,
		active: false,
		nodes,
		settings: { ...(example.settings ?? {}) },
	};
	delete workflow.meta;
	delete workflow.pinData;
	return { workflow, swapped };
}

module.exports = { prepareExample, problemsOf, startOf, LOCAL_NODE_TYPES, PACKAGE_TRIGGER_TYPES, CREDENTIAL_TYPE, RECORDER_TYPE };
