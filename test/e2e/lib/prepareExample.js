'use strict';
/**
 * Turns an example workflow (as a user imports it) into the workflow the e2e runner imports into n8n:
 *   - every 1688 node uses the sandbox credential (examples ship without credentials: users pick their own),
 *   - n8n's WooCommerce node, WooCommerce Trigger and HTTP Request nodes with the WooCommerce credential use the
 *     credential of the WooCommerce stand-in (lib/wooCommerce): they run for real against it,
 *   - every other node that would reach a third-party service (Google Sheets, Slack, email, ...) is
 *     replaced, under the same name and connections, by a NoOp "recording step": it passes on exactly the
 *     items the real node would have received, and its output is what the expectation asserts,
 *   - an AI agent's chat model is pointed at the scripted model server the test runs (lib/scriptedModel.js),
 *   - the workflow gets a fixed id so `n8n execute --id` can find it.
 * A workflow that uses Shopify (its trigger, its node, or HTTP Request with a Shopify credential) cannot run here
 * (Shopify's credentials build https://<shop>.myshopify.com): it is imported as it is, nothing swapped, and only
 * checked to load (lib/loadCheck.js).
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
		'dataTable',
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
		'stopAndError',
		'summarize',
		'switch',
	].map((name) => `n8n-nodes-base.${name}`),
);

const LANGCHAIN_PREFIX = '@n8n/n8n-nodes-langchain.';
/** n8n's AI nodes that run inside the n8n process: the agent, its chat trigger and its in-memory conversation. */
const LOCAL_AI_NODE_TYPES = new Set(
	['agent', 'chatTrigger', 'memoryBufferWindow'].map((name) => `${LANGCHAIN_PREFIX}${name}`),
);

/** Chat models the runner can point at the scripted model (it speaks OpenAI's Chat Completions). */
const CHAT_MODEL_TYPE = `${LANGCHAIN_PREFIX}lmChatOpenAi`;
const MODEL_CREDENTIAL_TYPE = 'openAiApi';

/** n8n's WooCommerce nodes (and HTTP Request with their credential) run against the WooCommerce stand-in. */
const SHOP_CREDENTIAL_TYPE = 'wooCommerceApi';
const SHOP_TRIGGER = 'n8n-nodes-base.wooCommerceTrigger';
const SHOP_NODE_TYPES = new Set(['n8n-nodes-base.wooCommerce', SHOP_TRIGGER]);
/** A Shopify example is only loaded: Shopify's credentials cannot point at a stand-in on loopback. */
const LOAD_ONLY_TRIGGER = 'n8n-nodes-base.shopifyTrigger';
const LOAD_ONLY_NODE_TYPES = new Set(['n8n-nodes-base.shopify', LOAD_ONLY_TRIGGER]);

const MANUAL_TRIGGER = 'n8n-nodes-base.manualTrigger';
const CHAT_TRIGGER = `${LANGCHAIN_PREFIX}chatTrigger`;
/** The package's triggers: an example starting with one runs in `n8n start` (activated), not `n8n execute`. */
const PACKAGE_TRIGGER_TYPES = new Set([
	'n8n-nodes-1688.alibaba1688Trigger',
	'n8n-nodes-1688.alibaba1688MessageTrigger',
]);

function isPackageNode(node) {
	return typeof node.type === 'string' && node.type.startsWith(PACKAGE_NODE_PREFIX);
}

/** A node that calls the shop: the WooCommerce node or trigger, or HTTP Request with the WooCommerce credential. */
function isShopNode(node) {
	if (SHOP_NODE_TYPES.has(node.type)) return true;
	const p = node.parameters ?? {};
	return (
		node.type === 'n8n-nodes-base.httpRequest' &&
		p.authentication === 'predefinedCredentialType' &&
		p.nodeCredentialType === SHOP_CREDENTIAL_TYPE
	);
}

/** A node that calls Shopify: its trigger or node, or HTTP Request with a Shopify credential. */
function isShopifyNode(node) {
	if (LOAD_ONLY_NODE_TYPES.has(node.type)) return true;
	const p = node.parameters ?? {};
	return (
		node.type === 'n8n-nodes-base.httpRequest' &&
		p.authentication === 'predefinedCredentialType' &&
		String(p.nodeCredentialType).startsWith('shopify')
	);
}

function isLocalNode(node) {
	return (
		LOCAL_NODE_TYPES.has(node.type) || LOCAL_AI_NODE_TYPES.has(node.type) || isPackageNode(node)
	);
}

/** Whether a model node speaks Chat Completions: version 1.3 of the OpenAI Chat Model defaults to the Responses API. */
function usesChatCompletions(node) {
	return node.typeVersion < 1.3 || node.parameters?.responsesApiEnabled === false;
}

/** Checks what `n8n execute` and the runner rely on; returns a list of problems (empty when fine). */
function problemsOf(example) {
	const problems = [];
	if (!example || typeof example !== 'object') return ['the file does not hold a workflow object'];
	if (typeof example.name !== 'string' || !example.name) problems.push('the workflow has no name');
	if (!Array.isArray(example.nodes) || example.nodes.length === 0)
		return [...problems, 'the workflow has no nodes'];
	if (!example.connections || typeof example.connections !== 'object')
		problems.push('the workflow has no connections');
	const triggers = example.nodes.filter((node) => PACKAGE_TRIGGER_TYPES.has(node.type));
	const chats = example.nodes.filter((node) => node.type === CHAT_TRIGGER);
	const shops = example.nodes.filter(
		(node) => node.type === SHOP_TRIGGER || node.type === LOAD_ONLY_TRIGGER,
	);
	const manual = example.nodes.some((node) => node.type === MANUAL_TRIGGER);
	const starts = (manual ? 1 : 0) + triggers.length + chats.length + shops.length;
	if (starts === 0) problems.push('n8n execute needs a Manual Trigger node');
	if (triggers.length > 1) problems.push('more than one 1688 trigger');
	else if (manual && triggers.length > 0)
		problems.push('a Manual Trigger and a 1688 trigger: the runner cannot tell how to start it');
	else if (starts > 1)
		problems.push(
			'more than one start (Manual Trigger, 1688 trigger, Chat Trigger, shop trigger): the runner cannot tell how to start it',
		);
	if (triggers.some((node) => node.disabled)) problems.push('the 1688 trigger is disabled');
	if (chats.some((node) => typeof node.webhookId !== 'string'))
		problems.push('the Chat Trigger has no fixed webhookId');
	for (const shop of shops.filter((node) => typeof node.webhookId !== 'string'))
		problems.push(`the ${shop.type.split('.')[1]} "${shop.name}" has no fixed webhookId`);
	// The legacy order (v0) is what a workflow JSON without settings gets; AI Agent 3.x then resumes before its tools ran.
	if (example.settings?.executionOrder !== 'v1')
		problems.push('settings.executionOrder is not "v1" (what n8n gives every new workflow)');
	for (const node of example.nodes.filter(
		(n) =>
			n.type?.startsWith(LANGCHAIN_PREFIX) &&
			!LOCAL_AI_NODE_TYPES.has(n.type) &&
			n.type !== CHAT_MODEL_TYPE,
	)) {
		problems.push(
			`"${node.name}" (${node.type}) cannot run in the e2e: its AI nodes may be ${[...LOCAL_AI_NODE_TYPES, CHAT_MODEL_TYPE].join(', ')}`,
		);
	}
	for (const model of example.nodes.filter(
		(node) => node.type === CHAT_MODEL_TYPE && !usesChatCompletions(node),
	)) {
		problems.push(
			`"${model.name}" uses the Responses API; the scripted model speaks Chat Completions (set Use Responses API off)`,
		);
	}
	if (!example.nodes.some(isPackageNode)) problems.push('the workflow uses no 1688 node');
	const names = example.nodes.map((node) => node.name);
	const duplicate = names.find((name, i) => names.indexOf(name) !== i);
	if (duplicate) problems.push(`two nodes are named "${duplicate}"`);
	return problems;
}

/**
 * How the runner starts an example: { kind: 'manual' } (n8n execute), { kind: 'trigger', node } (a 1688 trigger,
 * activated in n8n start), { kind: 'chat', node } (a Chat Trigger, activated in n8n start, sent chat messages),
 * { kind: 'shop', node } (the WooCommerce Trigger, activated in n8n start: it registers its webhook at the
 * stand-in, which delivers to it) or { kind: 'load', node } (a Shopify example, whatever starts it: imported and
 * checked, not run).
 */
function startOf(example) {
	const start = startNodeOf(example);
	return example.nodes.some(isShopifyNode) ? { kind: 'load', node: start.node } : start;
}

function startNodeOf(example) {
	const trigger = example.nodes.find((node) => PACKAGE_TRIGGER_TYPES.has(node.type));
	if (trigger) return { kind: 'trigger', node: trigger };
	const chat = example.nodes.find((node) => node.type === CHAT_TRIGGER);
	if (chat) return { kind: 'chat', node: chat };
	const shop = example.nodes.find(
		(node) => node.type === SHOP_TRIGGER || node.type === LOAD_ONLY_TRIGGER,
	);
	if (shop) return { kind: 'shop', node: shop };
	return { kind: 'manual', node: example.nodes.find((node) => node.type === MANUAL_TRIGGER) };
}

/** Whether an example needs the WooCommerce stand-in (a node that calls the shop). */
function usesShop(example) {
	return example.nodes.some(isShopNode);
}

function recorderFor(node) {
	const { credentials, parameters, type, typeVersion, webhookId, ...kept } = node;
	return {
		...kept,
		type: RECORDER_TYPE,
		typeVersion: 1,
		parameters: {},
		notes: `e2e recording step in place of ${type}`,
	};
}

/**
 * @param {object} example the parsed example workflow
 * @param {{ id: string, credential: { id: string, name: string }, modelCredential?: { id: string, name: string },
 *   shopCredential?: { id: string, name: string } }} target
 *   modelCredential: the OpenAI credential whose Base URL is the scripted model (for examples with an AI agent);
 *   shopCredential: the WooCommerce credential of the stand-in (for examples with WooCommerce nodes)
 * @returns {{ workflow: object, swapped: Record<string, object> }} swapped: node name → the original node
 */
function prepareExample(example, { id, credential, modelCredential, shopCredential }) {
	const problems = problemsOf(example);
	if (problems.length) throw new Error(`not a runnable example: ${problems.join('; ')}`);
	if (startOf(example).kind === 'load')
		return { workflow: importable(example, id, example.nodes), swapped: {} };
	const swapped = {};
	const nodes = example.nodes.map((node) => {
		if (isPackageNode(node))
			return {
				...node,
				credentials: { ...node.credentials, [CREDENTIAL_TYPE]: { ...credential } },
			};
		if (isShopNode(node)) {
			if (!shopCredential)
				throw new Error(
					`"${node.name}" calls the shop: the runner needs the WooCommerce stand-in's credential`,
				);
			return { ...node, credentials: { [SHOP_CREDENTIAL_TYPE]: { ...shopCredential } } };
		}
		if (node.type === CHAT_MODEL_TYPE) {
			if (!modelCredential)
				throw new Error(
					`"${node.name}" is a chat model: the runner needs the scripted model's credential`,
				);
			return { ...node, credentials: { [MODEL_CREDENTIAL_TYPE]: { ...modelCredential } } };
		}
		if (isLocalNode(node)) return node;
		swapped[node.name] = node;
		return recorderFor(node);
	});
	return { workflow: importable(example, id, nodes), swapped };
}

/** The workflow as imported: a fixed id, inactive, without pinned data or template metadata. */
function importable(example, id, nodes) {
	const workflow = {
		...example,
		id,
		active: false,
		nodes,
		settings: { ...(example.settings ?? {}) },
	};
	delete workflow.meta;
	delete workflow.pinData;
	return workflow;
}

module.exports = {
	prepareExample,
	problemsOf,
	startOf,
	usesShop,
	LOCAL_NODE_TYPES,
	LOCAL_AI_NODE_TYPES,
	PACKAGE_TRIGGER_TYPES,
	CREDENTIAL_TYPE,
	RECORDER_TYPE,
	CHAT_TRIGGER,
};
