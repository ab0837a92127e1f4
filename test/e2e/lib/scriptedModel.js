'use strict';
/**
 * A scripted OpenAI-compatible chat model on 127.0.0.1, for n8n's OpenAI Chat Model node (credential Base URL
 * `<url>`, chat completions). It answers `POST /v1/chat/completions` from the current script and records every
 * request it received, so a test can check what n8n sent the model: the tool schemas, the tool results.
 *
 *   const model = await startScriptedModel();
 *   model.use(rounds(({ tools }) => ({ toolCalls: [{ name, arguments }] }), ({ results }) => ({ content: 'text' })));
 *   ... run the agent ... model.requests  // the parsed request bodies, oldest first
 *
 * A script is `(body) => ({ toolCalls: [{ name, arguments }] } | { content: string })`. Streaming requests
 * (`stream: true`) get the same answer as server-sent chunks.
 */
const http = require('node:http');

const MODEL_ID = 'scripted-model';

/**
 * A conversation turn as rounds: round i (0-based) answers the model request made after i rounds of tool calls
 * since the user's last message. Each round returns `{ toolCalls: [...] }` or `{ content }`; it gets
 * `{ tools, toolMessages, results, body }`: the offered tools by name, the tool messages so far, and their
 * contents parsed as JSON by tool name (a later call of the same tool replaces an earlier one).
 * @param {Array<(turn: object) => object>} rounds
 */
function rounds(...steps) {
	return (body) => {
		const messages = body.messages ?? [];
		const lastUser = messages.map((m) => m.role).lastIndexOf('user');
		const since = messages.slice(lastUser + 1);
		// n8n replays parallel tool calls as one assistant message each: a round is one answer of this server,
		// recognised by the answer number in the tool call IDs it gave (call_<answer>_<index>).
		const answered = new Set(
			since.flatMap((m) =>
				(m.tool_calls ?? []).map((call) => /^call_(\d+)_/.exec(call.id)?.[1] ?? call.id),
			),
		);
		const round = answered.size;
		if (round >= steps.length)
			throw new Error(
				`the script has ${steps.length} rounds, the model was asked for round ${round + 1}`,
			);
		const toolMessages = since.filter((m) => m.role === 'tool');
		return steps[round]({ tools: toolsOf(body), toolMessages, results: toolResults(since), body });
	};
}

/** Tool results by tool name (parsed JSON when the content is JSON), matched to the calls by tool_call_id. */
function toolResults(messages) {
	const names = new Map();
	for (const message of messages) {
		for (const call of message.tool_calls ?? []) names.set(call.id, call.function.name);
	}
	const results = {};
	for (const message of messages.filter((m) => m.role === 'tool')) {
		let value = message.content;
		try {
			value = JSON.parse(message.content);
		} catch {
			// plain text (an error message, a denial): kept as it is
		}
		results[names.get(message.tool_call_id) ?? message.tool_call_id] = value;
	}
	return results;
}

/** The function tools of a request by name: { name → { description, parameters } }. */
function toolsOf(body) {
	return Object.fromEntries((body.tools ?? []).map((tool) => [tool.function.name, tool.function]));
}

function completion(reply, body, sequence) {
	const toolCalls = (reply.toolCalls ?? []).map((call, index) => ({
		id: `call_${sequence}_${index}`,
		type: 'function',
		function: { name: call.name, arguments: JSON.stringify(call.arguments ?? {}) },
	}));
	const message =
		toolCalls.length > 0
			? { role: 'assistant', content: null, tool_calls: toolCalls }
			: { role: 'assistant', content: String(reply.content ?? '') };
	return {
		id: `chatcmpl-scripted-${sequence}`,
		object: 'chat.completion',
		created: Math.floor(Date.now() / 1000),
		model: body.model ?? MODEL_ID,
		choices: [
			{
				index: 0,
				message,
				finish_reason: toolCalls.length > 0 ? 'tool_calls' : 'stop',
				logprobs: null,
			},
		],
		usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 },
	};
}

/** The same answer as `chat.completion.chunk` events. */
function chunks(full) {
	const [{ message, finish_reason: finishReason }] = full.choices;
	const base = {
		id: full.id,
		object: 'chat.completion.chunk',
		created: full.created,
		model: full.model,
	};
	const delta = message.tool_calls
		? {
				role: 'assistant',
				content: null,
				tool_calls: message.tool_calls.map((call, index) => ({ index, ...call })),
			}
		: { role: 'assistant', content: message.content };
	return [
		{ ...base, choices: [{ index: 0, delta, finish_reason: null }] },
		{ ...base, choices: [{ index: 0, delta: {}, finish_reason: finishReason }] },
		{ ...base, choices: [], usage: full.usage },
	];
}

function readBody(request) {
	return new Promise((resolve, reject) => {
		let text = '';
		request.setEncoding('utf8');
		request.on('data', (chunk) => (text += chunk));
		request.on('end', () => resolve(text));
		request.on('error', reject);
	});
}

function sendJson(response, status, value) {
	response.writeHead(status, { 'content-type': 'application/json' });
	response.end(JSON.stringify(value));
}

/** @returns {Promise<{ url: string, requests: object[], script: Function|undefined, close: () => Promise<void> }>} */
async function startScriptedModel() {
	const model = {
		requests: [],
		/** The answers it gave, in the order of `requests`: { toolCalls } or { content }. */
		replies: [],
		/** What went wrong answering a request (the script threw): the agent then fails with "not able to process". */
		errors: [],
		script: undefined,
		url: '',
		/** Starts a new conversation: the script for the next requests, nothing recorded yet. */
		use(script) {
			model.script = script;
			model.requests.length = 0;
			model.replies.length = 0;
			model.errors.length = 0;
		},
	};
	let sequence = 0;
	const server = http.createServer(async (request, response) => {
		try {
			const path = new URL(request.url, 'http://127.0.0.1').pathname.replace(/\/+$/, '');
			if (request.method === 'GET' && path === '/v1/models') {
				sendJson(response, 200, {
					object: 'list',
					data: [{ id: MODEL_ID, object: 'model', created: 0, owned_by: 'n8n-nodes-1688-e2e' }],
				});
				return;
			}
			if (request.method !== 'POST' || path !== '/v1/chat/completions') {
				sendJson(response, 404, {
					error: {
						message: `the scripted model answers POST /v1/chat/completions, not ${request.method} ${path}`,
					},
				});
				return;
			}
			const body = JSON.parse(await readBody(request));
			model.requests.push(body);
			if (typeof model.script !== 'function') throw new Error('no script set for this request');
			const reply = model.script(body);
			model.replies.push(reply);
			const full = completion(reply, body, ++sequence);
			if (!body.stream) {
				sendJson(response, 200, full);
				return;
			}
			response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
			for (const chunk of chunks(full)) response.write(`data: ${JSON.stringify(chunk)}\n\n`);
			response.end('data: [DONE]\n\n');
		} catch (error) {
			// An error answer, never a hang: the agent run then fails, and the test reports model.errors.
			model.errors.push(`request ${model.requests.length}: ${error.stack}`);
			sendJson(response, 500, {
				error: { message: `scripted model: ${error.message}`, type: 'server_error' },
			});
		}
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	model.url = `http://127.0.0.1:${server.address().port}/v1`;
	model.close = () => new Promise((resolve) => server.close(() => resolve()));
	return model;
}

module.exports = { startScriptedModel, rounds, toolsOf, toolResults, MODEL_ID };
