'use strict';
/**
 * Calls a node's listSearch method (a resource locator's "From List") the way n8n's editor backend
 * does: in an n8n-core LoadOptionsContext for the node, with the credential signed by its own
 * `authenticate` over HTTP to the sandbox.
 */
const { n8nCore, n8nWorkflow } = require('./n8nModules');
const { ExecutionLifecycleHooks, LoadOptionsContext } = n8nCore;
const { Workflow } = n8nWorkflow;
const {
	CREDENTIAL_TYPE,
	NODE_TYPE,
	TestCredentialsHelper,
	additionalDataFor,
	loadPackage,
	nodeFor,
	nodeTypesOf,
} = require('./engine');

/**
 * @param {{ method: string, credentials: object, parameters?: object, path?: string, filter?: string, paginationToken?: string }} o
 * @returns {Promise<{results: {name: string, value: string}[], paginationToken?: string}>}
 */
async function runListSearch({
	method,
	credentials,
	parameters = {},
	path = 'parameters.categoryId',
	filter,
	paginationToken,
}) {
	const loader = await loadPackage();
	const nodeTypes = nodeTypesOf(loader);
	const node = nodeFor(parameters);
	const workflow = new Workflow({
		id: 'list-search',
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes,
		settings: {},
	});
	const hooks = new ExecutionLifecycleHooks('internal', 'list-search', {
		id: 'list-search',
		name: 'list search',
		nodes: [node],
		connections: {},
		active: false,
		settings: {},
	});
	const credentialsHelper = new TestCredentialsHelper(loader, { [CREDENTIAL_TYPE]: credentials });
	const additionalData = {
		...additionalDataFor(hooks, credentialsHelper),
		currentNodeParameters: parameters,
	};
	const context = new LoadOptionsContext(workflow, node, additionalData, path);
	const listSearch = nodeTypes.getByName(NODE_TYPE).methods?.listSearch?.[method];
	if (typeof listSearch !== 'function')
		throw new Error(`The node has no listSearch method "${method}"`);
	return await listSearch.call(context, filter, paginationToken);
}

module.exports = { runListSearch };
