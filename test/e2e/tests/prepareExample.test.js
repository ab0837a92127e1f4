'use strict';
/** The e2e runner's pure parts: how an example becomes the workflow imported into n8n, and what a swapped Sheets node would write. */
const fs = require('node:fs');
const path = require('node:path');
const {
	prepareExample,
	problemsOf,
	startOf,
	usesShop,
	RECORDER_TYPE,
} = require('../lib/prepareExample');
const { droppedPaths } = require('../lib/loadCheck');
const { sheetRows, nodeOutput } = require('../lib/recorded');
const { parseRun } = require('../lib/n8n');

const credential = { id: 'cred1', name: '1688 sandbox' };

function example(extraNodes = [], extraConnections = {}) {
	return {
		name: 'x',
		nodes: [
			{
				id: '1',
				name: 'Start',
				type: 'n8n-nodes-base.manualTrigger',
				typeVersion: 1,
				position: [0, 0],
				parameters: {},
			},
			{
				id: '2',
				name: 'Get',
				type: 'n8n-nodes-1688.alibaba1688',
				typeVersion: 1,
				position: [1, 0],
				parameters: { resource: 'product' },
			},
			...extraNodes,
		],
		connections: {
			Start: { main: [[{ node: 'Get', type: 'main', index: 0 }]] },
			...extraConnections,
		},
		settings: { executionOrder: 'v1' },
		pinData: { Get: [{ json: { pinned: true } }] },
	};
}

const modelCredential = { id: 'model1', name: 'scripted model' };
const shopCredential = { id: 'shop1', name: 'WooCommerce stand-in' };

/** A chat example: Chat Trigger → AI Agent with an OpenAI Chat Model and a 1688 tool. */
function chatExample(modelParameters = { responsesApiEnabled: false }) {
	return {
		name: 'chat',
		nodes: [
			{
				id: '1',
				name: 'Chat',
				type: '@n8n/n8n-nodes-langchain.chatTrigger',
				typeVersion: 1.4,
				position: [0, 0],
				parameters: {},
				webhookId: 'w1',
			},
			{
				id: '2',
				name: 'Agent',
				type: '@n8n/n8n-nodes-langchain.agent',
				typeVersion: 3.1,
				position: [1, 0],
				parameters: {},
			},
			{
				id: '3',
				name: 'Model',
				type: '@n8n/n8n-nodes-langchain.lmChatOpenAi',
				typeVersion: 1.3,
				position: [0, 1],
				parameters: modelParameters,
			},
			{
				id: '4',
				name: 'Memory',
				type: '@n8n/n8n-nodes-langchain.memoryBufferWindow',
				typeVersion: 1.3,
				position: [1, 1],
				parameters: {},
			},
			{
				id: '5',
				name: 'Search',
				type: 'n8n-nodes-1688.alibaba1688Tool',
				typeVersion: 1,
				position: [2, 1],
				parameters: { resource: 'product', operation: 'search' },
			},
		],
		connections: {},
		settings: { executionOrder: 'v1' },
	};
}

describe('prepareExample', () => {
	test('gives every 1688 node the sandbox credential and the workflow a fixed id, without pinned data', () => {
		const { workflow, swapped } = prepareExample(example(), { id: 'wf1', credential });
		expect(workflow.id).toBe('wf1');
		expect(workflow.active).toBe(false);
		expect(workflow.pinData).toBeUndefined();
		expect(workflow.nodes[1].credentials).toEqual({ alibaba1688Api: credential });
		expect(swapped).toEqual({});
	});

	test('replaces third-party nodes by a NoOp recording step under the same name, keeping connections', () => {
		const sheets = {
			id: '3',
			name: 'Sheet',
			type: 'n8n-nodes-base.googleSheets',
			typeVersion: 4.7,
			position: [2, 0],
			parameters: { operation: 'appendOrUpdate' },
			credentials: { googleSheetsOAuth2Api: { id: 'g', name: 'g' } },
		};
		const slack = {
			id: '4',
			name: 'Tell Slack',
			type: 'n8n-nodes-base.slack',
			typeVersion: 2.3,
			position: [3, 0],
			parameters: {},
		};
		const code = {
			id: '5',
			name: 'Shape',
			type: 'n8n-nodes-base.code',
			typeVersion: 2,
			position: [4, 0],
			parameters: { jsCode: 'return [];' },
		};
		const source = example([sheets, slack, code], {
			Get: { main: [[{ node: 'Sheet', type: 'main', index: 0 }]] },
		});
		const { workflow, swapped } = prepareExample(source, { id: 'wf2', credential });
		expect(Object.keys(swapped).sort()).toEqual(['Sheet', 'Tell Slack']);
		expect(swapped.Sheet).toBe(sheets);
		const recorder = workflow.nodes.find((node) => node.name === 'Sheet');
		expect(recorder).toMatchObject({
			id: '3',
			type: RECORDER_TYPE,
			typeVersion: 1,
			parameters: {},
			position: [2, 0],
		});
		expect(recorder.credentials).toBeUndefined();
		expect(workflow.nodes.find((node) => node.name === 'Shape')).toBe(code);
		expect(workflow.connections).toEqual(source.connections);
		expect(source.nodes[2].type).toBe('n8n-nodes-base.googleSheets');
	});

	test('refuses workflows n8n execute cannot start or that do not use the 1688 node', () => {
		const noTrigger = example();
		noTrigger.nodes = noTrigger.nodes.slice(1);
		expect(problemsOf(noTrigger)).toContain('n8n execute needs a Manual Trigger node');
		const no1688 = example();
		no1688.nodes = no1688.nodes.slice(0, 1);
		expect(problemsOf(no1688)).toContain('the workflow uses no 1688 node');
		expect(() => prepareExample({ nodes: [] }, { id: 'x', credential })).toThrow(
			/not a runnable example/,
		);
	});

	test('an example may start with a 1688 trigger instead (run in n8n start), which gets the credential too', () => {
		const source = example();
		source.nodes[0] = {
			id: '1',
			name: 'Start',
			type: 'n8n-nodes-1688.alibaba1688MessageTrigger',
			typeVersion: 1,
			position: [0, 0],
			parameters: {},
			webhookId: 'w1',
		};
		expect(problemsOf(source)).toEqual([]);
		const { workflow } = prepareExample(source, { id: 'wf3', credential });
		expect(startOf(workflow)).toEqual({ kind: 'trigger', node: workflow.nodes[0] });
		expect(workflow.nodes[0]).toMatchObject({
			webhookId: 'w1',
			credentials: { alibaba1688Api: credential },
		});
		expect(startOf(example())).toEqual({ kind: 'manual', node: example().nodes[0] });
		const both = example([{ ...source.nodes[0], name: 'Also' }]);
		expect(problemsOf(both)).toContain(
			'a Manual Trigger and a 1688 trigger: the runner cannot tell how to start it',
		);
		const manualAndChat = example([{ ...chatExample().nodes[0], name: 'Also' }]);
		expect(problemsOf(manualAndChat)).toContain(
			'more than one start (Manual Trigger, 1688 trigger, Chat Trigger, shop trigger): the runner cannot tell how to start it',
		);
		const two = {
			...source,
			nodes: [
				...source.nodes,
				{ ...source.nodes[0], id: '9', name: 'Second', type: 'n8n-nodes-1688.alibaba1688Trigger' },
			],
		};
		expect(problemsOf(two)).toContain('more than one 1688 trigger');
	});

	test("an example may start with a Chat Trigger: the agent, trigger and memory run as they are, the chat model gets the scripted model's credential", () => {
		const source = chatExample();
		expect(problemsOf(source)).toEqual([]);
		const { workflow, swapped } = prepareExample(source, {
			id: 'wf4',
			credential,
			modelCredential,
		});
		expect(swapped).toEqual({});
		expect(startOf(workflow)).toEqual({ kind: 'chat', node: source.nodes[0] });
		expect(workflow.nodes.slice(0, 2)).toEqual(source.nodes.slice(0, 2));
		expect(workflow.nodes[3]).toBe(source.nodes[3]);
		expect(workflow.nodes[2].credentials).toEqual({ openAiApi: modelCredential });
		expect(workflow.nodes[4].credentials).toEqual({ alibaba1688Api: credential });
		expect(() => prepareExample(source, { id: 'wf5', credential })).toThrow(
			'"Model" is a chat model: the runner needs the scripted model\'s credential',
		);
	});

	test('refuses what the scripted model or the engine cannot run: the Responses API, other AI nodes, the legacy execution order, a chat without fixed webhookId', () => {
		expect(problemsOf(chatExample({}))).toEqual([
			'"Model" uses the Responses API; the scripted model speaks Chat Completions (set Use Responses API off)',
		]);
		const anthropic = chatExample();
		anthropic.nodes[2] = {
			...anthropic.nodes[2],
			type: '@n8n/n8n-nodes-langchain.lmChatAnthropic',
		};
		expect(problemsOf(anthropic)).toEqual([
			expect.stringMatching(
				/^"Model" \(@n8n\/n8n-nodes-langchain.lmChatAnthropic\) cannot run in the e2e/,
			),
		]);
		const legacy = { ...chatExample(), settings: {} };
		expect(problemsOf(legacy)).toEqual([
			'settings.executionOrder is not "v1" (what n8n gives every new workflow)',
		]);
		const noWebhookId = chatExample();
		delete noWebhookId.nodes[0].webhookId;
		expect(problemsOf(noWebhookId)).toEqual(['the Chat Trigger has no fixed webhookId']);
	});

	test('WooCommerce nodes, its trigger and HTTP Request with its credential run against the stand-in; other HTTP Requests are swapped', () => {
		const trigger = {
			id: '1',
			name: 'Shop order',
			type: 'n8n-nodes-base.wooCommerceTrigger',
			typeVersion: 1,
			position: [0, 0],
			parameters: { event: 'order.updated' },
			webhookId: 'w1',
		};
		const update = {
			id: '3',
			name: 'Update order',
			type: 'n8n-nodes-base.wooCommerce',
			typeVersion: 1,
			position: [2, 0],
			parameters: { resource: 'order', operation: 'update' },
		};
		const note = {
			id: '4',
			name: 'Note',
			type: 'n8n-nodes-base.httpRequest',
			typeVersion: 4.2,
			position: [3, 0],
			parameters: {
				method: 'POST',
				url: '={{ $json.url }}',
				authentication: 'predefinedCredentialType',
				nodeCredentialType: 'wooCommerceApi',
			},
		};
		const elsewhere = {
			...note,
			id: '5',
			name: 'Elsewhere',
			parameters: { ...note.parameters, nodeCredentialType: 'slackApi' },
		};
		const table = {
			id: '6',
			name: 'SKU map',
			type: 'n8n-nodes-base.dataTable',
			typeVersion: 1.1,
			position: [4, 0],
			parameters: {},
		};
		const stop = {
			id: '7',
			name: 'Stop',
			type: 'n8n-nodes-base.stopAndError',
			typeVersion: 1,
			position: [5, 0],
			parameters: {},
		};
		const source = { ...example([update, note, elsewhere, table, stop]), name: 'shop' };
		source.nodes[0] = trigger;
		expect(problemsOf(source)).toEqual([]);
		expect(startOf(source)).toEqual({ kind: 'shop', node: trigger });
		expect(usesShop(source)).toBe(true);
		const { workflow, swapped } = prepareExample(source, { id: 'wf6', credential, shopCredential });
		expect(Object.keys(swapped)).toEqual(['Elsewhere']);
		for (const name of ['Shop order', 'Update order', 'Note']) {
			expect(workflow.nodes.find((n) => n.name === name).credentials).toEqual({
				wooCommerceApi: shopCredential,
			});
		}
		expect(workflow.nodes.find((n) => n.name === 'SKU map')).toBe(table);
		expect(workflow.nodes.find((n) => n.name === 'Stop')).toBe(stop);
		expect(() => prepareExample(source, { id: 'wf7', credential })).toThrow(
			'"Shop order" calls the shop: the runner needs the WooCommerce stand-in\'s credential',
		);
		const noWebhookId = {
			...source,
			nodes: [{ ...trigger, webhookId: undefined }, ...source.nodes.slice(1)],
		};
		expect(problemsOf(noWebhookId)).toEqual([
			'the wooCommerceTrigger "Shop order" has no fixed webhookId',
		]);
		expect(usesShop(example())).toBe(false);
	});

	test('a Shopify-started example is imported as it is, nothing swapped and no credential given: it is only loaded', () => {
		const trigger = {
			id: '1',
			name: 'Shopify order',
			type: 'n8n-nodes-base.shopifyTrigger',
			typeVersion: 1,
			position: [0, 0],
			parameters: { topic: 'orders/paid' },
			webhookId: 'w1',
		};
		const update = {
			id: '3',
			name: 'Update order',
			type: 'n8n-nodes-base.shopify',
			typeVersion: 1,
			position: [2, 0],
			parameters: { resource: 'order', operation: 'update' },
		};
		const source = example([update]);
		source.nodes[0] = trigger;
		expect(problemsOf(source)).toEqual([]);
		expect(startOf(source)).toEqual({ kind: 'load', node: trigger });
		const { workflow, swapped } = prepareExample(source, { id: 'wf8', credential });
		expect(swapped).toEqual({});
		expect(workflow.nodes).toEqual(source.nodes);
		expect(workflow).toMatchObject({ id: 'wf8', active: false });
		expect(workflow.pinData).toBeUndefined();
	});

	test('an example that reaches Shopify through HTTP Request with a Shopify credential is only loaded too, whatever starts it', () => {
		const messages = {
			id: '1',
			name: 'Messages',
			type: 'n8n-nodes-1688.alibaba1688MessageTrigger',
			typeVersion: 1,
			position: [0, 0],
			parameters: {},
			webhookId: 'w1',
		};
		const graphql = {
			id: '3',
			name: 'GraphQL',
			type: 'n8n-nodes-base.httpRequest',
			typeVersion: 4.2,
			position: [2, 0],
			parameters: {
				method: 'POST',
				authentication: 'predefinedCredentialType',
				nodeCredentialType: 'shopifyAccessTokenApi',
			},
		};
		const source = example([graphql]);
		source.nodes[0] = messages;
		expect(startOf(source)).toEqual({ kind: 'load', node: messages });
		expect(prepareExample(source, { id: 'wf9', credential }).swapped).toEqual({});
		expect(startOf(example())).toMatchObject({ kind: 'manual' });
	});

	test('the load check names every parameter n8n would drop, nested ones by their path', () => {
		const given = {
			resource: 'order',
			filters: { outOrderId: '1042', typo: 1 },
			rows: [{ key: 'a', extra: 2 }],
			stale: true,
		};
		const resolved = { resource: 'order', filters: { outOrderId: '1042' }, rows: [{ key: 'a' }] };
		expect(droppedPaths(given, resolved)).toEqual(['filters.typo', 'rows[0].extra', 'stale']);
		expect(droppedPaths(resolved, resolved)).toEqual([]);
	});

	test('every shipped example is runnable by the e2e runner and has an expectation module', () => {
		const dir = path.join(__dirname, '..', '..', '..', 'examples');
		const files = fs.readdirSync(dir).filter((file) => file.endsWith('.json'));
		expect(files.length).toBeGreaterThan(0);
		for (const file of files) {
			const source = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
			expect([file, problemsOf(source)]).toEqual([file, []]);
			const expectation = require(
				path.join(__dirname, '..', 'expectations', file.replace(/\.json$/, '.js')),
			);
			const { swapped } = prepareExample(source, {
				id: 'x',
				credential,
				modelCredential,
				shopCredential,
			});
			expect([file, Object.keys(swapped).sort()]).toEqual([file, [...expectation.swapped].sort()]);
			for (const node of source.nodes.filter((n) => n.type.startsWith('n8n-nodes-1688.'))) {
				expect([file, node.name, node.credentials]).toEqual([file, node.name, undefined]);
			}
			expect([
				file,
				source.nodes.filter((n) => n.type === 'n8n-nodes-base.stickyNote').length > 0,
			]).toEqual([file, true]);
			const start = startOf(source);
			if (start.kind !== 'manual' && start.kind !== 'load') {
				expect([file, typeof expectation.fire]).toEqual([file, 'function']);
				if (start.node.type.endsWith('MessageTrigger'))
					expect([file, typeof start.node.webhookId]).toEqual([file, 'string']);
			}
			for (const node of source.nodes.filter(
				(n) =>
					n.type.startsWith('n8n-nodes-base.wooCommerce') ||
					n.type.startsWith('n8n-nodes-base.shopify') ||
					n.type === 'n8n-nodes-base.httpRequest',
			)) {
				expect([file, node.name, node.credentials]).toEqual([file, node.name, undefined]);
			}
		}
	});
});

describe('sheetRows', () => {
	const items = [{ offerId: '1', skuId: '11', price: 2.5, extra: true }];
	test('"Map Each Column Below" with ={{ $json.field }} projects each item onto the columns', () => {
		const node = {
			parameters: {
				columns: {
					mappingMode: 'defineBelow',
					value: { sku: '={{ $json.skuId }}', price: '={{$json.price}}' },
				},
			},
		};
		expect(sheetRows(node, items)).toEqual([{ sku: '11', price: 2.5 }]);
	});
	test('auto-mapping writes the items as they are', () => {
		expect(
			sheetRows({ parameters: { columns: { mappingMode: 'autoMapInputData' } } }, items),
		).toEqual(items);
	});
	test('any other expression is refused rather than guessed', () => {
		const node = {
			parameters: {
				columns: { mappingMode: 'defineBelow', value: { price: '={{ $json.price * 7 }}' } },
			},
		};
		expect(() => sheetRows(node, items)).toThrow(/only evaluates/);
	});
});

describe('reading n8n execute --rawOutput', () => {
	const run = {
		data: {
			resultData: {
				runData: {
					Get: [{ data: { main: [[{ json: { a: 1 } }]] } }],
					Bad: [{ error: { message: 'boom' } }],
				},
			},
		},
	};
	test('finds the run JSON after the log lines', () => {
		const stdout = `Migrations in progress\n{ not json\n${JSON.stringify(run, null, 2)}\n`;
		expect(parseRun(stdout)).toEqual(run);
		expect(parseRun('no json here\n')).toBeUndefined();
	});
	test("nodeOutput gives a node's json items and refuses nodes that failed or did not run", () => {
		expect(nodeOutput(run, 'Get')).toEqual([{ a: 1 }]);
		expect(() => nodeOutput(run, 'Bad')).toThrow('node "Bad" failed: boom');
		expect(() => nodeOutput(run, 'Missing')).toThrow('did not run');
	});
});
