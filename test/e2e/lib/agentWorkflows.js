'use strict';
/**
 * The workflows of the agent tests (agents.js), built here rather than shipped as examples:
 *   - orderApprovalWorkflow: a webhook → AI Agent 3.1 whose only tool is 1688 Order → Create, gated by n8n's human
 *     review (the Send Email node's send-and-wait approval as a "Human review" tool between the tool and the agent),
 *   - mcpServerWorkflow: n8n's MCP Server Trigger (bearer auth) exposing the sourcing template's own 1688 tool nodes.
 */
const { TOOL_TYPE } = require('./agentTools');

const AGENT = '@n8n/n8n-nodes-langchain.agent';
const CHAT_MODEL = '@n8n/n8n-nodes-langchain.lmChatOpenAi';
const HUMAN_REVIEW_BY_EMAIL = 'n8n-nodes-base.emailSendHitlTool';
const MCP_TRIGGER = '@n8n/n8n-nodes-langchain.mcpTrigger';

const ORDER_WEBHOOK_PATH = 'e2e-agent-order';
const REVIEWER = 'purchasing@example.com';
const ORDER_TOOL = 'Create 1688 order';
const REVIEW_TOOL = 'Ask purchasing to approve';

const aiLink = (type, target) => ({ [type]: [[{ node: target, type, index: 0 }]] });

/**
 * @param {{ id: string, credential: object, modelCredential: object, smtpCredential: object }} options credentials as
 *   { id, name } of the 1688 sandbox, the scripted model (OpenAI) and the reviewer's mailbox (SMTP)
 */
function orderApprovalWorkflow({ id, credential, modelCredential, smtpCredential }) {
	const nodes = [
		{
			id: 'e2e-order-1',
			name: 'Purchase request',
			type: 'n8n-nodes-base.webhook',
			typeVersion: 2.1,
			position: [0, 0],
			webhookId: 'a1688e2e-0000-4000-8000-00000000a001',
			parameters: {
				httpMethod: 'POST',
				path: ORDER_WEBHOOK_PATH,
				responseMode: 'onReceived',
				options: {},
			},
		},
		{
			id: 'e2e-order-2',
			name: 'Purchasing agent',
			type: AGENT,
			typeVersion: 3.1,
			position: [260, 0],
			parameters: {
				promptType: 'define',
				text: '={{ $json.body.message }}',
				options: {
					systemMessage:
						'You place 1688 orders for the purchasing team, to the warehouse address the order tool has.',
				},
			},
		},
		{
			id: 'e2e-order-3',
			name: 'Chat model',
			type: CHAT_MODEL,
			typeVersion: 1.3,
			position: [0, 260],
			parameters: {
				model: { __rl: true, mode: 'id', value: 'scripted-model' },
				responsesApiEnabled: false,
				options: {},
			},
			credentials: { openAiApi: { ...modelCredential } },
		},
		{
			id: 'e2e-order-4',
			name: REVIEW_TOOL,
			type: HUMAN_REVIEW_BY_EMAIL,
			typeVersion: 2.1,
			position: [300, 260],
			webhookId: 'a1688e2e-0000-4000-8000-00000000a004',
			parameters: {
				fromEmail: 'agent@example.com',
				toEmail: REVIEWER,
				subject: 'Approve a 1688 order',
				message:
					'=The agent wants to run {{ $tool.name }} with:\n{{ JSON.stringify($tool.parameters) }}',
				approvalOptions: { values: { approvalType: 'double' } },
				options: {},
			},
			credentials: { smtp: { ...smtpCredential } },
		},
		{
			id: 'e2e-order-5',
			name: ORDER_TOOL,
			type: TOOL_TYPE,
			typeVersion: 1,
			position: [300, 480],
			parameters: {
				descriptionType: 'manual',
				toolDescription:
					"Place a real 1688 order for cart lines of one seller, shipped to the team's warehouse. A person approves it first.",
				resource: 'order',
				operation: 'create',
				fullName: '采购部 Purchasing',
				mobile: '13800138000',
				provinceText: '广东省',
				cityText: '广州市',
				areaText: '白云区',
				address: '机场路1688号 1号仓库',
				cartSource: 'json',
				cartJson:
					'={{ $fromAI(\'cart\', `JSON array of cart lines of one seller: [{"offerId": "...", "specId": "...", "quantity": 2}]`, \'string\') }}',
				outOrderId:
					"={{ $fromAI('reference', `The purchase request number, kept by 1688 as the order's external reference`, 'string') }}",
			},
			credentials: { alibaba1688Api: { ...credential } },
		},
	];
	return {
		id,
		name: 'e2e: an agent orders on 1688 after human review',
		active: false,
		settings: { executionOrder: 'v1' },
		nodes,
		connections: {
			'Purchase request': { main: [[{ node: 'Purchasing agent', type: 'main', index: 0 }]] },
			'Chat model': aiLink('ai_languageModel', 'Purchasing agent'),
			[ORDER_TOOL]: aiLink('ai_tool', REVIEW_TOOL),
			[REVIEW_TOOL]: aiLink('ai_tool', 'Purchasing agent'),
		},
	};
}

/**
 * The test's photo host is on 127.0.0.1, which Search by Image refuses by default (only public addresses): the
 * e2e copy of the tool turns on Download Options → Allow Private Network Addresses; the template keeps it off.
 */
function onLoopback(parameters) {
	return parameters.operation === 'searchByImage'
		? {
				...parameters,
				downloadOptions: { ...parameters.downloadOptions, allowPrivateNetwork: true },
			}
		: parameters;
}

/**
 * @param {{ id: string, template: object, credential: object, bearerCredential: object, path: string, instructions: string }} options
 *   template: the sourcing-assistant example, whose 1688 tool nodes the MCP server exposes
 */
function mcpServerWorkflow({ id, template, credential, bearerCredential, path, instructions }) {
	const trigger = {
		id: 'e2e-mcp-1',
		name: 'MCP Server Trigger',
		type: MCP_TRIGGER,
		typeVersion: 2.1,
		position: [0, 0],
		webhookId: 'a1688e2e-0000-4000-8000-00000000b001',
		parameters: { authentication: 'bearerAuth', path, instructions },
		credentials: { httpBearerAuth: { ...bearerCredential } },
	};
	const tools = template.nodes
		.filter((node) => node.type === TOOL_TYPE)
		.map((node) => ({
			...node,
			parameters: onLoopback(node.parameters),
			credentials: { alibaba1688Api: { ...credential } },
		}));
	return {
		id,
		name: 'e2e: the sourcing tools as an MCP server',
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: [trigger, ...tools],
		connections: Object.fromEntries(
			tools.map((tool) => [tool.name, aiLink('ai_tool', trigger.name)]),
		),
	};
}

module.exports = {
	orderApprovalWorkflow,
	mcpServerWorkflow,
	ORDER_WEBHOOK_PATH,
	REVIEWER,
	ORDER_TOOL,
	REVIEW_TOOL,
};
