'use strict';
/**
 * A minimal SMTP server on 127.0.0.1 that keeps every message it receives (no TLS, no auth): the reviewer's
 * mailbox for n8n's human review by email (the Send Email node's "send and wait for approval"). Enough of
 * RFC 5321 for nodemailer: EHLO/HELO, MAIL, RCPT, DATA (dot-unstuffed), RSET, NOOP, QUIT.
 *
 *   const inbox = await startSmtpInbox();   // inbox.port
 *   const mail = await inbox.next();        // { from, to, raw, html, links: [{ text, href }] }
 */
const net = require('node:net');

function decodeQuotedPrintable(text) {
	const bytes = Buffer.from(
		text
			.replace(/=\r?\n/g, '')
			.replace(/=([0-9A-F]{2})/gi, (_, hex) => String.fromCharCode(parseInt(hex, 16))),
		'latin1',
	);
	return bytes.toString('utf8');
}

function decodePart(headers, body) {
	const encoding = /content-transfer-encoding:\s*([\w-]+)/i.exec(headers)?.[1]?.toLowerCase();
	if (encoding === 'quoted-printable') return decodeQuotedPrintable(body);
	if (encoding === 'base64')
		return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
	return body;
}

/** The decoded text/html part of a raw message (single part or multipart). */
function htmlOf(raw) {
	const split = raw.indexOf('\r\n\r\n');
	const headers = raw.slice(0, split);
	const body = raw.slice(split + 4);
	const boundary = /boundary="?([^";\r\n]+)"?/i.exec(headers)?.[1];
	if (!boundary) return decodePart(headers, body);
	for (const part of body.split(`--${boundary}`)) {
		const partSplit = part.indexOf('\r\n\r\n');
		if (partSplit < 0) continue;
		const partHeaders = part.slice(0, partSplit);
		// the CRLF before the next boundary belongs to the boundary (RFC 2046)
		if (/content-type:\s*text\/html/i.test(partHeaders))
			return decodePart(partHeaders, part.slice(partSplit + 4).replace(/\r\n$/, ''));
	}
	return '';
}

function unescapeHtml(text) {
	return text
		.replace(/&amp;/g, '&')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'");
}

/** The links of an HTML mail: [{ text, href }]. */
function linksOf(html) {
	return [...html.matchAll(/<a\b[^>]*href="([^"]+)"[^>]*>([\s\S]*?)<\/a>/gi)].map(
		([, href, text]) => ({
			href: unescapeHtml(href),
			text: text.replace(/<[^>]+>/g, '').trim(),
		}),
	);
}

function session(socket, deliver) {
	let buffer = '';
	let data = null;
	let envelope = { from: '', to: [] };
	const reply = (line) => socket.write(`${line}\r\n`);
	reply('220 n8n-nodes-1688-e2e ESMTP');
	socket.on('data', (chunk) => {
		buffer += chunk.toString('latin1');
		for (;;) {
			if (data !== null) {
				const end = buffer.indexOf('\r\n.\r\n');
				if (end < 0) return;
				data += buffer.slice(0, end);
				buffer = buffer.slice(end + 5);
				const raw = Buffer.from(data.replace(/\r\n\.\./g, '\r\n.'), 'latin1').toString('utf8');
				const html = htmlOf(raw);
				deliver({
					...envelope,
					raw,
					html,
					text: unescapeHtml(html.replace(/<[^>]+>/g, ' '))
						.replace(/\s+/g, ' ')
						.trim(),
					links: linksOf(html),
				});
				data = null;
				envelope = { from: '', to: [] };
				reply('250 OK: queued');
				continue;
			}
			const newline = buffer.indexOf('\r\n');
			if (newline < 0) return;
			const line = buffer.slice(0, newline);
			buffer = buffer.slice(newline + 2);
			const verb = line.slice(0, 4).toUpperCase();
			if (verb === 'EHLO' || verb === 'HELO') reply('250 n8n-nodes-1688-e2e');
			else if (verb === 'MAIL') {
				envelope.from = /<([^>]*)>/.exec(line)?.[1] ?? '';
				reply('250 OK');
			} else if (verb === 'RCPT') {
				envelope.to.push(/<([^>]*)>/.exec(line)?.[1] ?? '');
				reply('250 OK');
			} else if (verb === 'DATA') {
				data = '\r\n';
				reply('354 End data with <CR><LF>.<CR><LF>');
			} else if (verb === 'RSET') {
				envelope = { from: '', to: [] };
				reply('250 OK');
			} else if (verb === 'NOOP') reply('250 OK');
			else if (verb === 'QUIT') {
				reply('221 Bye');
				socket.end();
				return;
			} else reply('502 Command not implemented');
		}
	});
	socket.on('error', () => socket.destroy());
}

async function startSmtpInbox() {
	const messages = [];
	const waiting = [];
	let read = 0;
	const deliver = (message) => {
		messages.push(message);
		const next = waiting.shift();
		if (next) next();
	};
	const server = net.createServer((socket) => session(socket, deliver));
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	return {
		port: server.address().port,
		messages,
		/** The next message not yet returned by next(), waiting for it up to `timeoutMs`. */
		async next({ timeoutMs = 60000 } = {}) {
			if (read >= messages.length) {
				await new Promise((resolve, reject) => {
					const timer = setTimeout(
						() => reject(new Error(`no mail arrived within ${timeoutMs / 1000}s`)),
						timeoutMs,
					);
					waiting.push(() => {
						clearTimeout(timer);
						resolve();
					});
				});
			}
			return messages[read++];
		},
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}

module.exports = { startSmtpInbox, htmlOf, linksOf };
