'use strict';
/**
 * Runs a credential type's `test` the way n8n's CredentialsTester does when a user clicks
 * "Test" in the credential dialog: the test request goes through n8n-core's RoutingNode (so the
 * credential's own `authenticate` signs it), then the credential's rules turn the answer into the
 * message the dialog shows.
 */
const { n8nCore, n8nWorkflow } = require('./n8nModules');
const { ExecuteContext, RoutingNode, ExecutionLifecycleHooks } = n8nCore;
const { Workflow } = n8nWorkflow;

const {
	CREDENTIAL_TYPE,
	TestCredentialsHelper,
	additionalDataFor,
	loadPackage,
} = require('./engine');

function pick(object, path) {
	return path.split('.').reduce((value, key) => (value == null ? undefined : value[key]), object);
}

async function testCredential(data) {
	const loader = await loadPackage();
	const credentialType = loader.credentialTypes[CREDENTIAL_TYPE].type;
	const { request, rules = [] } = credentialType.test;
	const nodeType = {
		description: {
			displayName: 'Temp',
			name: 'credentialTest',
			group: ['transform'],
			version: 1,
			defaults: {},
			inputs: ['main'],
			outputs: ['main'],
			credentials: [{ name: CREDENTIAL_TYPE, required: true }],
			properties: [
				{ displayName: 'Temp', name: 'temp', type: 'string', routing: { request }, default: '' },
			],
		},
	};
	const node = {
		id: 'temp',
		name: 'Temp-Node',
		type: 'credentialTest',
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
		credentials: { [CREDENTIAL_TYPE]: { id: 'cred-1', name: 'under test' } },
	};
	const nodeTypes = {
		getByName: () => nodeType,
		getByNameAndVersion: () => nodeType,
		getKnownTypes: () => ({}),
	};
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
	const credentialsHelper = new TestCredentialsHelper(loader, { [CREDENTIAL_TYPE]: data });
	const hooks = new ExecutionLifecycleHooks('internal', 'credential-test', {
		id: 'x',
		name: 'x',
		nodes: [node],
		connections: {},
		active: false,
		settings: {},
	});
	const additionalData = additionalDataFor(hooks, credentialsHelper);
	const context = new ExecuteContext(
		workflow,
		node,
		additionalData,
		'internal',
		{ resultData: { runData: {} } },
		0,
		[],
		{ main: [[{ json: {} }]] },
		{ node, data: {}, source: null },
		[],
	);
	const defaults = Object.fromEntries(
		credentialType.properties.filter((p) => p.type !== 'notice').map((p) => [p.name, p.default]),
	);
	const credentialsDecrypted = {
		id: 'cred-1',
		name: 'under test',
		type: CREDENTIAL_TYPE,
		data: { ...defaults, ...data },
	};

	let response;
	try {
		response = await new RoutingNode(context, nodeType, credentialsDecrypted).runNode();
	} catch (error) {
		if (error.cause?.response) {
			const status = error.cause.response.status;
			return {
				status: 'Error',
				message: error.cause.response.statusText || `Received HTTP status code: ${status}`,
			};
		}
		if (error.cause?.code) return { status: 'Error', message: error.cause.code };
		return { status: 'Error', message: String(error.message) };
	}
	for (const rule of rules) {
		if (
			rule.type === 'responseSuccessBody' &&
			pick(response[0][0].json, rule.properties.key) === rule.properties.value
		) {
			return { status: 'Error', message: rule.properties.message };
		}
	}
	return {
		status: 'OK',
		message: 'Connection successful!',
		response: response[0][0].json,
		stored: credentialsHelper.store[CREDENTIAL_TYPE],
	};
}

module.exports = { testCredential };
