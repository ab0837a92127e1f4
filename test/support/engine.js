'use strict';
/**
 * Runs this package's nodes through the real n8n engine (n8n-core's WorkflowExecute), loading the
 * built package from its own package.json with n8n's PackageDirectoryLoader, exactly as n8n does.
 * Credentials are signed by the credential type's own `authenticate` and refreshed through its
 * `preAuthentication`, mirroring n8n's CredentialsHelper.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

// n8n-core writes its instance config into the user folder when first loaded; keep its logger quiet.
process.env.N8N_LOG_LEVEL ??= 'silent';
if (!process.env.N8N_USER_FOLDER) {
	process.env.N8N_USER_FOLDER = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-1688-engine-'));
}

const { n8nCore, n8nWorkflow, PACKAGE_DIR } = require('./n8nModules');
const { ExecutionLifecycleHooks, PackageDirectoryLoader, WorkflowExecute } = n8nCore;
const { ICredentialsHelper, Workflow } = n8nWorkflow;

const PACKAGE_NAME = 'n8n-nodes-1688';
const NODE_TYPE = `${PACKAGE_NAME}.alibaba1688`;
const CREDENTIAL_TYPE = 'alibaba1688Api';

let loaded;
/** Loads dist/ through n8n's own loader once per test file. */
function loadPackage() {
	loaded ??= (async () => {
		const loader = new PackageDirectoryLoader(PACKAGE_DIR);
		await loader.loadAll();
		return loader;
	})();
	return loaded;
}

function shortName(type) {
	return type.startsWith(`${PACKAGE_NAME}.`) ? type.slice(PACKAGE_NAME.length + 1) : type;
}

function nodeTypesOf(loader) {
	const byName = (type) => {
		const entry = loader.nodeTypes[shortName(type)];
		if (!entry) throw new Error(`Unknown node type ${type}`);
		return entry.type;
	};
	return {
		getByName: byName,
		getByNameAndVersion: (type) => byName(type),
		getKnownTypes: () => loader.known.nodes,
	};
}

/** What n8n's CredentialsHelper does for this package's credential type, over an in-memory store. */
class TestCredentialsHelper extends ICredentialsHelper {
	constructor(loader, store) {
		super();
		this.loader = loader;
		/** type name → decrypted data; updated in place when preAuthentication refreshes a token. */
		this.store = store;
		this.updates = [];
	}

	credentialType(name) {
		const entry = this.loader.credentialTypes[name];
		if (!entry) throw new Error(`Unknown credential type ${name}`);
		return entry.type;
	}

	getParentTypes() {
		return [];
	}

	getCredentialsProperties(type) {
		return this.credentialType(type).properties;
	}

	async authenticate(credentials, typeName, requestOptions) {
		const type = this.credentialType(typeName);
		if (typeof type.authenticate === 'function')
			return await type.authenticate(credentials, requestOptions);
		return requestOptions;
	}

	async preAuthentication(helpers, credentials, typeName, node, credentialsExpired) {
		const type = this.credentialType(typeName);
		const expirable = type.properties.find(
			(p) => p.type === 'hidden' && p.typeOptions?.expirable === true,
		);
		if (!expirable || typeof type.preAuthentication !== 'function') return undefined;
		// As n8n's CredentialsHelper: only when the expirable field is empty or the token was refused.
		if (credentials[expirable.name] !== '' && !credentialsExpired) return undefined;
		const output = await type.preAuthentication.call(helpers, credentials);
		if (output[expirable.name] === undefined) return undefined;
		const updated = Object.assign(credentials, output);
		await this.updateCredentials(node.credentials?.[typeName], typeName, updated);
		return updated;
	}

	async runPreAuthentication() {
		return undefined;
	}

	async getDecrypted(_additionalData, _nodeCredentials, type) {
		const data = this.store[type];
		if (!data) throw new Error(`No credentials of type ${type} in the test store`);
		// n8n fills in the defaults of properties the stored data lacks.
		const defaults = Object.fromEntries(
			this.credentialType(type)
				.properties.filter((p) => p.type !== 'notice')
				.map((p) => [p.name, p.default]),
		);
		return { ...defaults, ...data };
	}

	async getCredentials() {
		throw new Error('getCredentials is not used by these tests');
	}

	async updateCredentials(_nodeCredentials, type, data) {
		this.store[type] = { ...data };
		this.updates.push({ type, data: { ...data } });
	}

	async updateCredentialsOauthTokenData() {}

	isCredentialUsableByNode() {
		return true;
	}

	getOAuth2Options() {
		return undefined;
	}
}

/** Credential data for a sandbox gateway, in the shape n8n stores for `alibaba1688Api`. */
/**
 * The 1688 credential for one of the sandbox's apps: `full` (every API, the default), `crossBorder`
 * (the cross-border solution's APIs only, as an overseas reseller's app) or `limited`.
 */
function sandboxCredentials(sandbox, overrides = {}, app = 'full') {
	const chosen = sandbox.apps[app];
	if (!chosen)
		throw new Error(`the sandbox has no app "${app}" (${Object.keys(sandbox.apps).join(', ')})`);
	return {
		appKey: chosen.appKey,
		appSecret: chosen.appSecret,
		accessToken: chosen.accessToken,
		refreshToken: chosen.refreshToken,
		baseUrl: sandbox.url,
		// The sandbox takes 100 calls per second; tests of the pace itself set their own (test/timing).
		requestsPerSecond: SANDBOX_PACE,
		...overrides,
	};
}

/** Calls per second the engine tests send: within the sandbox gateway's 100, so that pacing is not what they wait for. */
const SANDBOX_PACE = 80;

function additionalDataFor(hooks, credentialsHelper, executionId = 'test-execution') {
	return {
		hooks,
		credentialsHelper,
		currentNodeParameters: undefined,
		executionId,
		restApiUrl: 'http://127.0.0.1/rest',
		instanceBaseUrl: 'http://127.0.0.1/',
		formWaitingBaseUrl: 'http://127.0.0.1/form-waiting',
		webhookBaseUrl: 'http://127.0.0.1/webhook',
		webhookWaitingBaseUrl: 'http://127.0.0.1/webhook-waiting',
		webhookTestBaseUrl: 'http://127.0.0.1/webhook-test',
		variables: {},
		userId: 'test-user',
		executeWorkflow: async () => {
			throw new Error('Sub-workflows are not used by these tests');
		},
		getRunExecutionData: async () => undefined,
		logAiEvent: () => {},
		setExecutionStatus: () => {},
		sendDataToUI: () => {},
		startRunnerTask: async () => {
			throw new Error('Task runners are not used by these tests');
		},
	};
}

let executions = 0;

/**
 * Runs a workflow whose first node gets `input` items, and resolves when n8n says it finished. Every run is
 * an execution of its own (its own execution ID, as in n8n), unless `executionId` names one.
 * @returns {{ run, runData, error, output(nodeName): object[], credentialsHelper, executionId }}
 */
async function runWorkflow({
	nodes,
	connections = {},
	credentials = {},
	input = [{ json: {} }],
	staticData,
	executionId = `test-execution-${++executions}`,
}) {
	const loader = await loadPackage();
	const nodeTypes = nodeTypesOf(loader);
	const credentialsHelper = new TestCredentialsHelper(loader, { ...credentials });
	const workflow = new Workflow({
		id: 'test-workflow',
		nodes,
		connections,
		active: false,
		nodeTypes,
		staticData,
		settings: { executionOrder: 'v1' },
	});
	const hooks = new ExecutionLifecycleHooks('manual', executionId, {
		id: 'test-workflow',
		name: 'test',
		nodes,
		connections,
		active: false,
		settings: {},
	});
	let resolveRun;
	const finished = new Promise((resolve) => (resolveRun = resolve));
	hooks.addHandler('workflowExecuteAfter', (run) => resolveRun(run));

	// The first node no connection leads to receives the input items.
	const targets = new Set(
		Object.values(connections).flatMap((byType) =>
			Object.values(byType)
				.flat(2)
				.filter(Boolean)
				.map((connection) => connection.node),
		),
	);
	const startNode = workflow.getNode(nodes.find((node) => !targets.has(node.name)).name);
	const runExecutionData = {
		resultData: { runData: {} },
		executionData: {
			metadata: {},
			contextData: {},
			waitingExecution: {},
			waitingExecutionSource: null,
			nodeExecutionStack: [{ node: startNode, data: { main: [input] }, source: null }],
		},
	};
	const execution = new WorkflowExecute(
		additionalDataFor(hooks, credentialsHelper, executionId),
		'manual',
		runExecutionData,
	);
	await execution.processRunExecutionData(workflow);
	const run = await finished;
	const runData = run.data.resultData.runData;
	const output = (nodeName, outputIndex = 0) =>
		(runData[nodeName]?.[0]?.data?.main?.[outputIndex] ?? []).map((item) => item);
	return {
		run,
		runData,
		error: run.data.resultData.error,
		output,
		credentialsHelper,
		workflow,
		executionId,
	};
}

/** The 1688 node (named "1688") with these parameters and the sandbox credential. */
function nodeFor(parameters, extra = {}) {
	return {
		id: 'node-1688',
		name: '1688',
		type: NODE_TYPE,
		typeVersion: 1,
		position: [0, 0],
		parameters,
		credentials: { [CREDENTIAL_TYPE]: { id: 'cred-1', name: '1688 sandbox' } },
		...extra,
	};
}

/**
 * Runs one 1688 node with the given parameters over `items` (each becomes an input item, with `binaries[i]`).
 * @returns {{ items: object[] (json of the main output), errorItems, error, raw }}
 */
async function runNode({
	parameters,
	credentials,
	items = [{}],
	binaries = [],
	continueOnFail = false,
	alwaysOutputData,
	settings = {},
}) {
	// settings: n8n's node settings, e.g. { retryOnFail: true, maxTries: 3, waitBetweenTries: 0 }.
	const node = nodeFor(parameters, {
		...(continueOnFail ? { onError: 'continueRegularOutput' } : {}),
		...(alwaysOutputData ? { alwaysOutputData } : {}),
		...settings,
	});
	const result = await runWorkflow({
		nodes: [node],
		credentials: { [CREDENTIAL_TYPE]: credentials },
		// binaries[i], when given, is item i's binary data ({ data: { data: base64, mimeType, fileName } }).
		input: items.map((json, i) => (binaries[i] ? { json, binary: binaries[i] } : { json })),
	});
	const outputItems = result.output('1688');
	return {
		items: outputItems.map((item) => item.json),
		pairedItems: outputItems.map((item) => item.pairedItem),
		error: result.error,
		credentialsHelper: result.credentialsHelper,
		raw: result,
	};
}

module.exports = {
	CREDENTIAL_TYPE,
	NODE_TYPE,
	PACKAGE_DIR,
	loadPackage,
	nodeTypesOf,
	TestCredentialsHelper,
	runWorkflow,
	runNode,
	nodeFor,
	sandboxCredentials,
	additionalDataFor,
};
