'use strict';
/**
 * The 1688 node as an AI agent's tool in the shared `n8n start` (with the examples, the sourcing-assistant template
 * already ran as a chat):
 *   - a write tool behind n8n's human review: an AI Agent 3.1 whose Order → Create tool is gated by the Send Email
 *     node's approval ("Human review" tool). The reviewer's mail arrives in a local SMTP inbox; until a person follows
 *     its Approve link nothing reaches 1688; Decline sends nothing and tells the model; Approve creates exactly the
 *     order the model asked for and hands its ID back to the model.
 *   - MCP: n8n's MCP Server Trigger exposes the template's 1688 tool nodes; the MCP client SDK lists them (names,
 *     descriptions, parameters) and calls them (Search by image with a picture that is not on 1688: n8n downloads it
 *     and uploads it to 1688); anonymous clients are refused.
 */
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { Client } = require('@modelcontextprotocol/sdk/client/index.js');
const {
	StreamableHTTPClientTransport,
} = require('@modelcontextprotocol/sdk/client/streamableHttp.js');
const { rounds } = require('./lib/scriptedModel');
const { startSmtpInbox } = require('./lib/smtpInbox');
const { startImageHost } = require('../support/imageHost');
const { assertOffered, toolName } = require('./lib/agentTools');
const {
	orderApprovalWorkflow,
	mcpServerWorkflow,
	ORDER_WEBHOOK_PATH,
	REVIEWER,
	ORDER_TOOL,
} = require('./lib/agentWorkflows');

const REPO = path.resolve(__dirname, '..', '..');
const TEMPLATE = path.join(REPO, 'examples', '1688-sourcing-assistant.json');
const ORDER_WORKFLOW_ID = 'e2eAgentOrder001';
const MCP_WORKFLOW_ID = 'e2eAgentMcp00001';
const MCP_PATH = '1688-sourcing';
const MCP_TOKEN = 'e2e-mcp-bearer-token-1688';
const MCP_INSTRUCTIONS =
	'Tools for 1688.com sourcing: search offers, read one, search by picture, estimate shipping, preview an order.';
/** Order API Automatic (the default) places the order with createCrossOrder first; the sandbox's full app is granted it. */
const CREATE_API = 'com.alibaba.trade:alibaba.trade.createCrossOrder-1';
const DOMESTIC_CREATE_API = 'com.alibaba.trade:alibaba.trade.fastCreateOrder-1';
const IMAGE_UPLOAD_API = 'com.alibaba.fenxiao.crossborder:product.image.upload-1';
const IMAGE_SEARCH_API = 'com.alibaba.fenxiao.crossborder:product.search.imageQuery-1';
/** n8n answers approval links opened by link previewers and bots with an empty page and no action: a person uses a browser. */
const BROWSER_USER_AGENT =
	'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36';

/** The production URL of the purchase request webhook. */
const orderUrl = (session) => `${session.server.url}/webhook/${ORDER_WEBHOOK_PATH}`;

/** The answer of the purchase workflow's agent in an execution. */
const agentOutput = (run) =>
	run.data.resultData.runData['Purchasing agent'].at(-1).data.main[0][0].json.output;

/** Polls the execution until its status is one of `statuses`. */
async function waitForStatus(session, executionId, statuses, timeoutMs = 60000) {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const { status } = await session.rest('GET', `executions/${executionId}`);
		if (statuses.includes(status)) return status;
		if (Date.now() > deadline)
			throw new Error(
				`execution ${executionId} is "${status}" after ${timeoutMs / 1000}s, expected ${statuses.join(' or ')}`,
			);
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
}

/** Credentials these tests add to n8n besides the 1688 sandbox and the scripted model. */
function agentCredentials(inbox) {
	return {
		smtp: {
			id: 'e2eSmtpInbox0001',
			name: 'reviewer inbox',
			type: 'smtp',
			data: {
				host: '127.0.0.1',
				port: inbox.port,
				secure: false,
				disableStartTls: true,
				user: '',
				password: '',
			},
		},
		bearer: {
			id: 'e2eMcpBearer0001',
			name: 'MCP bearer token',
			type: 'httpBearerAuth',
			data: { token: MCP_TOKEN },
		},
	};
}

/**
 * The purchase conversation: the model calls the gated Order → Create tool with a cart and a reference, then
 * answers from what came back (the created order, or the reviewer's refusal).
 */
function purchaseScript({ cart, reference }) {
	return rounds(
		({ tools }) => {
			assert.ok(tools[toolName(ORDER_TOOL)], `the model is offered ${toolName(ORDER_TOOL)}`);
			return {
				toolCalls: [
					{
						name: toolName(ORDER_TOOL),
						arguments: {
							toolParameters: { cart: JSON.stringify(cart), reference },
							hitlParameters: {},
						},
					},
				],
			};
		},
		({ toolMessages }) => ({ content: `Purchase ${reference}: ${toolMessages[0].content}` }),
	);
}

/**
 * Starts the reviewer's mailbox and a public image host (a shop's product photos, not on 1688), and builds what these
 * tests need imported before `n8n start`: credentials (mailbox, MCP bearer token) and workflows (order with human
 * review, MCP server).
 */
async function prepareAgentTests({ credential, modelCredential }) {
	const inbox = await startSmtpInbox();
	const images = await startImageHost();
	const extra = agentCredentials(inbox);
	const template = JSON.parse(fs.readFileSync(TEMPLATE, 'utf8'));
	const order = orderApprovalWorkflow({
		id: ORDER_WORKFLOW_ID,
		credential,
		modelCredential,
		smtpCredential: extra.smtp,
	});
	const mcp = mcpServerWorkflow({
		id: MCP_WORKFLOW_ID,
		template,
		credential,
		bearerCredential: extra.bearer,
		path: MCP_PATH,
		instructions: MCP_INSTRUCTIONS,
	});
	return {
		inbox,
		images,
		mcp,
		credentials: Object.values(extra),
		workflows: [order, mcp],
		close: () => Promise.all([inbox.close(), images.close()]),
	};
}

/**
 * @param {{ live: { get: () => Promise<import('./lib/liveWorkflows').LiveN8n> }, sandbox: object, model: object, test: Function,
 *   agents: Awaited<ReturnType<typeof prepareAgentTests>> }} options the agents' credentials and workflows are imported
 */
async function runAgentTests({ live, sandbox, model, test, agents }) {
	const { inbox, images, mcp } = agents;
	const offer = sandbox.fixtures.offerManySkus;
	const stored = () => sandbox.store.getOffer(offer.offerId);

	/** One purchase request through the gated tool; the reviewer's `decision` ('Approve' or 'Decline') is a click in the mail. */
	async function purchase(session, { reference, quantity, decision }) {
		sandbox.reset();
		const cart = [{ offerId: String(offer.offerId), specId: stored().skus[1].specId, quantity }];
		model.use(purchaseScript({ cart, reference }));
		const known = (await session.executionIds(ORDER_WORKFLOW_ID)).map((execution) => execution.id);
		const started = await fetch(orderUrl(session), {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ message: `Order ${quantity} pieces, request ${reference}` }),
		});
		assert.equal(started.status, 200, 'the purchase request was accepted');
		const mail = await inbox.next();
		assert.deepEqual(mail.to, [REVIEWER], 'the approval request went to purchasing');
		assert.ok(
			mail.text.includes(`The agent wants to run ${toolName(ORDER_TOOL)} with:`),
			`the mail names the tool: ${mail.text.slice(0, 300)}`,
		);
		assert.ok(
			mail.text.includes(reference) && mail.text.includes(cart[0].specId),
			'the mail shows the order the model asked for',
		);
		const [execution] = (await session.executionIds(ORDER_WORKFLOW_ID)).filter(
			(e) => !known.includes(e.id),
		);
		assert.equal(
			await waitForStatus(session, execution.id, ['waiting']),
			'waiting',
			'the execution waits for the reviewer',
		);
		assert.equal(
			sandbox.requests.filter((request) => request.api === CREATE_API).length,
			0,
			'nothing was sent to 1688 before the decision',
		);
		assert.equal(model.requests.length, 1, 'the model waits for the tool result');
		const link = mail.links.find((candidate) => candidate.text === decision);
		assert.ok(
			link,
			`the mail has a ${decision} link (${mail.links.map((l) => l.text).join(', ')})`,
		);
		const clicked = await fetch(link.href, { headers: { 'user-agent': BROWSER_USER_AGENT } });
		assert.equal(clicked.status, 200, `the ${decision} link answered HTTP ${clicked.status}`);
		const [run] = await session.waitForExecutions(ORDER_WORKFLOW_ID, known, { count: 1 });
		assert.equal(run.status, 'success', `the execution ended "${run.status}"`);
		return { run, cart, requests: [...sandbox.requests] };
	}

	/** The purchase workflow, activated once for both decisions (re-activating races n8n's asynchronous publication). */
	let activeOrderSession;
	async function orderSession() {
		if (!activeOrderSession) {
			const session = await live.get();
			await session.activate(ORDER_WORKFLOW_ID);
			activeOrderSession = session;
			await session.waitForWebhook(orderUrl(session), { method: 'GET' });
		}
		return activeOrderSession;
	}

	try {
		await test('agent: Order → Create waits for human review by email and runs once a person approves', async () => {
			const reference = 'PR-2026-0042';
			const { run, cart, requests } = await purchase(await orderSession(), {
				reference,
				quantity: 3,
				decision: 'Approve',
			});
			const offered = model.requests[0].tools.map(({ function: f }) => f);
			assert.deepEqual(
				offered.map((f) => f.name),
				[toolName(ORDER_TOOL)],
				'the model is offered the gated tool only',
			);
			assert.deepEqual(
				Object.keys(offered[0].parameters.properties.toolParameters.properties).sort(),
				['cart', 'reference'],
				"with the order's $fromAI parameters, under human review's toolParameters",
			);
			const creates = requests.filter((request) => request.api === CREATE_API);
			assert.equal(creates.length, 1, 'the order was sent exactly once');
			assert.equal(
				requests.filter((request) => request.api === DOMESTIC_CREATE_API).length,
				0,
				'and never again through the domestic API',
			);
			assert.equal(creates[0].params.outOrderId, reference, "with the model's reference");
			assert.deepEqual(
				JSON.parse(creates[0].params.cargoParamList).map((line) => [
					String(line.offerId),
					line.specId,
					line.quantity,
				]),
				cart.map((line) => [line.offerId, line.specId, line.quantity]),
			);
			const orders = [...sandbox.store.orders.values()].filter((o) => o.outOrderId === reference);
			assert.equal(orders.length, 1, 'one order in the sandbox');
			assert.equal(model.requests.length, 2, 'the model was asked again with the tool result');
			const toolMessage = model.requests[1].messages.find((m) => m.role === 'tool');
			const [created] = JSON.parse(toolMessage.content);
			assert.equal(created.orderId, orders[0].id, 'the model got the exact 19-digit order ID');
			assert.equal(
				agentOutput(run),
				`Purchase ${reference}: ${toolMessage.content}`,
				"the agent's answer is the workflow's output",
			);
			return `order ${orders[0].id} created after approval`;
		});

		await test('agent: a declined Order → Create is never sent, and the model is told', async () => {
			const reference = 'PR-2026-0043';
			const { run, requests } = await purchase(await orderSession(), {
				reference,
				quantity: 5,
				decision: 'Decline',
			});
			assert.equal(
				requests.filter((request) => [CREATE_API, DOMESTIC_CREATE_API].includes(request.api))
					.length,
				0,
				'no order was sent',
			);
			assert.equal(
				[...sandbox.store.orders.values()].filter((o) => o.outOrderId === reference).length,
				0,
			);
			const toolMessage = model.requests[1].messages.find((m) => m.role === 'tool');
			assert.match(
				toolMessage.content,
				/rejected the tool call/,
				'the model learns the reviewer said no',
			);
			assert.equal(
				agentOutput(run),
				`Purchase ${reference}: ${toolMessage.content}`,
				"the agent's answer is the workflow's output",
			);
			return 'declined: nothing sent';
		});
	} finally {
		if (activeOrderSession) await activeOrderSession.deactivate(ORDER_WORKFLOW_ID);
	}

	await test('agent: the sourcing tools as an MCP server, listed and called by the MCP client SDK', async () => {
		const session = await live.get();
		await session.activate(MCP_WORKFLOW_ID);
		const url = new URL(`${session.server.url}/mcp/${MCP_PATH}`);
		const client = new Client({ name: 'n8n-nodes-1688-e2e', version: '1.0.0' });
		try {
			await session.waitForWebhook(url.href, { method: 'GET' });
			const anonymous = await fetch(url, {
				method: 'POST',
				headers: {
					'content-type': 'application/json',
					accept: 'application/json, text/event-stream',
				},
				body: JSON.stringify({
					jsonrpc: '2.0',
					id: 1,
					method: 'initialize',
					params: {
						protocolVersion: '2025-06-18',
						capabilities: {},
						clientInfo: { name: 'anonymous', version: '1' },
					},
				}),
			});
			assert.ok(
				[401, 403].includes(anonymous.status),
				`a client without the token is refused (HTTP ${anonymous.status})`,
			);

			await client.connect(
				new StreamableHTTPClientTransport(url, {
					requestInit: { headers: { authorization: `Bearer ${MCP_TOKEN}` } },
				}),
			);
			assert.equal(
				client.getInstructions(),
				MCP_INSTRUCTIONS,
				'the client got the server instructions',
			);
			const { tools } = await client.listTools();
			const offered = Object.fromEntries(
				tools.map((tool) => [
					tool.name,
					{ description: tool.description, properties: tool.inputSchema.properties ?? {} },
				]),
			);
			assertOffered(offered, mcp, 'MCP tools/list');

			sandbox.reset();
			const found = await client.callTool({
				name: 'Search_1688_offers',
				arguments: { keyword: 'vacuum flask', max_price_cny: 30 },
			});
			assert.notEqual(
				found.isError,
				true,
				`the search failed: ${JSON.stringify(found.content).slice(0, 300)}`,
			);
			const hits = JSON.parse(found.content[0].text);
			assert.ok(hits.length >= 1, 'offers came back');
			for (const hit of hits)
				assert.equal(
					hit.titleTranslated,
					sandbox.store.getOffer(hit.offerId)?.subjectTrans,
					`hit ${hit.offerId} is the sandbox's offer`,
				);
			const query = JSON.parse(
				sandbox.requests.find(
					(r) => r.api === 'com.alibaba.fenxiao.crossborder:product.search.keywordQuery-1',
				).params.offerQueryParam,
			);
			assert.deepEqual(
				[query.keyword, Number(query.priceEnd)],
				['vacuum flask', 30],
				"the client's arguments reached the gateway",
			);

			// A picture that is not on 1688 (a shop's product photo): the tool downloads it and uploads it to 1688, then searches by its imageId.
			sandbox.reset();
			const pictured = sandbox.store.getOffer(sandbox.fixtures.offerManySkus.offerId);
			const photoUrl = images.offerImageUrl(pictured.offerId);
			const byImage = await client.callTool({
				name: 'Search_by_image',
				arguments: { image_url: photoUrl },
			});
			assert.notEqual(
				byImage.isError,
				true,
				`the image search failed: ${JSON.stringify(byImage.content).slice(0, 300)}`,
			);
			const lookalikes = JSON.parse(byImage.content[0].text);
			assert.equal(
				lookalikes[0]?.offerId,
				String(pictured.offerId),
				'the pictured offer comes first',
			);
			assert.ok(
				images.requests.some(
					(request) => request.method === 'GET' && photoUrl.endsWith(request.path),
				),
				'n8n downloaded the photo from its host',
			);
			assert.deepEqual(
				sandbox.requests.map((r) => r.api),
				[IMAGE_UPLOAD_API, IMAGE_SEARCH_API],
				'uploaded to 1688 once, then searched',
			);
			const imageQuery = JSON.parse(sandbox.requests[1].params.offerQueryParam);
			assert.ok(
				imageQuery.imageId && !imageQuery.imageAddress,
				`searched by the uploaded imageId: ${JSON.stringify(imageQuery)}`,
			);

			const missing = await client.callTool({
				name: 'Get_offer_details',
				arguments: { offer_id: String(sandbox.fixtures.unknownOfferId) },
			});
			const text = JSON.stringify(missing.content);
			assert.ok(
				missing.isError === true || /error/i.test(text),
				`an unknown offer comes back as an error: ${text.slice(0, 300)}`,
			);
			assert.match(
				text,
				/500_1|not exist|不存在|unknown|not found/i,
				`the error says what is wrong: ${text.slice(0, 300)}`,
			);
			return `${tools.length} tools listed; search returned ${hits.length} offers, a photo from outside 1688 ${lookalikes.length}; an unknown offer answered as an error`;
		} finally {
			await client.close().catch(() => undefined);
			await session.deactivate(MCP_WORKFLOW_ID);
		}
	});
}

module.exports = { prepareAgentTests, runAgentTests };
