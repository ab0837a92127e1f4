'use strict';
/** The e2e's stand-ins for the outside world of an AI agent: the scripted chat model and the reviewer's SMTP inbox. */
const net = require('node:net');
const { startScriptedModel, rounds } = require('../lib/scriptedModel');
const { startSmtpInbox, htmlOf, linksOf } = require('../lib/smtpInbox');

const post = (url, body) =>
	fetch(`${url}/chat/completions`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(body),
	});

describe('scripted model', () => {
	let model;
	beforeAll(async () => {
		model = await startScriptedModel();
	});
	afterAll(() => model.close());

	const tools = [
		{
			type: 'function',
			function: {
				name: 'Search',
				description: 'd',
				parameters: { type: 'object', properties: { keyword: { type: 'string' } } },
			},
		},
	];
	const script = () =>
		rounds(
			() => ({
				toolCalls: [
					{ name: 'Search', arguments: { keyword: 'cup' } },
					{ name: 'Search', arguments: { keyword: 'mug' } },
				],
			}),
			({ results, toolMessages }) => ({
				content: `${toolMessages.length} results, last ${results.Search[0].id}`,
			}),
		);

	test('answers tool calls, then text once the tool results are in (n8n replays parallel calls one message each), and records both sides', async () => {
		model.use(script());
		const user = { role: 'user', content: 'find cups' };
		const first = await (await post(model.url, { model: 'm', messages: [user], tools })).json();
		const calls = first.choices[0].message.tool_calls;
		expect(first.choices[0].finish_reason).toBe('tool_calls');
		expect(calls.map((c) => [c.function.name, JSON.parse(c.function.arguments)])).toEqual([
			['Search', { keyword: 'cup' }],
			['Search', { keyword: 'mug' }],
		]);
		const replay = calls.flatMap((call, i) => [
			{ role: 'assistant', content: '', tool_calls: [call] },
			{ role: 'tool', tool_call_id: call.id, content: JSON.stringify([{ id: `offer${i}` }]) },
		]);
		const second = await (
			await post(model.url, { model: 'm', messages: [user, ...replay], tools })
		).json();
		expect(second.choices[0]).toMatchObject({
			finish_reason: 'stop',
			message: { role: 'assistant', content: '2 results, last offer1' },
		});
		expect(model.requests.map((r) => r.messages.length)).toEqual([1, 5]);
		expect(model.replies[1]).toEqual({ content: '2 results, last offer1' });
		expect(model.errors).toEqual([]);
	});

	test('streams the same answer as chat.completion.chunk events when asked to', async () => {
		model.use(script());
		const response = await post(model.url, {
			model: 'm',
			stream: true,
			messages: [{ role: 'user', content: 'x' }],
			tools,
		});
		expect(response.headers.get('content-type')).toBe('text/event-stream');
		const events = (await response.text())
			.split('\n\n')
			.filter(Boolean)
			.map((line) => line.replace(/^data: /, ''));
		expect(events.at(-1)).toBe('[DONE]');
		const chunks = events.slice(0, -1).map((event) => JSON.parse(event));
		expect(chunks[0].choices[0].delta.tool_calls.map((c) => [c.index, c.function.name])).toEqual([
			[0, 'Search'],
			[1, 'Search'],
		]);
		expect(chunks[1].choices[0].finish_reason).toBe('tool_calls');
	});

	test('a script that cannot answer gives an error answer, kept in model.errors, never a hang', async () => {
		model.use(rounds(() => ({ content: 'only one round' })));
		const messages = [
			{ role: 'user', content: 'x' },
			{
				role: 'assistant',
				content: '',
				tool_calls: [
					{ id: 'call_9_0', type: 'function', function: { name: 'Search', arguments: '{}' } },
				],
			},
			{ role: 'tool', tool_call_id: 'call_9_0', content: '[]' },
		];
		const response = await post(model.url, { model: 'm', messages });
		expect(response.status).toBe(500);
		expect((await response.json()).error.message).toBe(
			'scripted model: the script has 1 rounds, the model was asked for round 2',
		);
		expect(model.errors).toHaveLength(1);
	});
});

describe('SMTP inbox', () => {
	/** Speaks SMTP to the inbox the way nodemailer does, waiting for each reply. */
	function send(port, raw) {
		return new Promise((resolve, reject) => {
			const socket = net.connect(port, '127.0.0.1');
			const lines = [
				'EHLO test',
				'MAIL FROM:<agent@example.com>',
				'RCPT TO:<purchasing@example.com>',
				'DATA',
				`${raw.replace(/\r\n\./g, '\r\n..')}\r\n.`,
				'QUIT',
			];
			const replies = [];
			socket.on('data', (chunk) => {
				replies.push(...chunk.toString().trim().split('\r\n'));
				const next = lines.shift();
				if (next !== undefined) socket.write(`${next}\r\n`);
			});
			socket.on('end', () => resolve(replies));
			socket.on('error', reject);
		});
	}

	const html =
		'<p>The agent wants to run Create_order with: {"cart":"[]"}</p><a href="http://n8n/webhook-waiting/7/n5?approved=false&amp;signature=ab">Decline</a> <a class="b" href="http://n8n/webhook-waiting/7/n5?approved=true&amp;signature=cd">Approve</a>';
	const quotedPrintable = html.replace(/=/g, '=3D').replace(/(.{70})/g, '$1=\r\n');
	const raw = [
		'Subject: Approve a 1688 order',
		'Content-Type: multipart/alternative; boundary="--b1"',
		'',
		'----b1',
		'Content-Type: text/html; charset=utf-8',
		'Content-Transfer-Encoding: quoted-printable',
		'',
		quotedPrintable,
		'----b1--',
	].join('\r\n');

	test('keeps a message with its envelope, decoded HTML, text and links', async () => {
		const inbox = await startSmtpInbox();
		try {
			const replies = await send(inbox.port, raw);
			expect(replies[0]).toMatch(/^220 /);
			expect(replies).toContain('250 OK: queued');
			const mail = await inbox.next({ timeoutMs: 5000 });
			expect(mail.from).toBe('agent@example.com');
			expect(mail.to).toEqual(['purchasing@example.com']);
			expect(mail.html).toBe(html);
			expect(mail.text).toContain('The agent wants to run Create_order with: {"cart":"[]"}');
			expect(mail.links).toEqual([
				{ text: 'Decline', href: 'http://n8n/webhook-waiting/7/n5?approved=false&signature=ab' },
				{ text: 'Approve', href: 'http://n8n/webhook-waiting/7/n5?approved=true&signature=cd' },
			]);
			await expect(inbox.next({ timeoutMs: 50 })).rejects.toThrow('no mail arrived within 0.05s');
		} finally {
			await inbox.close();
		}
	});

	test('reads single-part and base64 bodies too', () => {
		const single = `Content-Type: text/html\r\nContent-Transfer-Encoding: base64\r\n\r\n${Buffer.from('<a href="x">Go</a>').toString('base64')}`;
		expect(htmlOf(single)).toBe('<a href="x">Go</a>');
		expect(linksOf(htmlOf(single))).toEqual([{ text: 'Go', href: 'x' }]);
	});
});
