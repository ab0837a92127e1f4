'use strict';
/** The baseline: identically signed requests sent with undici directly, no n8n and no node code. */
const { request } = require('undici');
const { signApiRequest } = require('../..');

async function callBare(credentials, apiId, params) {
	const { url, form } = signApiRequest(credentials, apiId, params);
	const response = await request(url, {
		method: 'POST',
		headers: { 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams(form).toString(),
	});
	const text = await response.body.text();
	if (response.statusCode !== 200)
		throw new Error(`HTTP ${response.statusCode}: ${text.slice(0, 200)}`);
	return JSON.parse(text);
}

/** Runs `count` calls with `concurrency` workers; resolves with the elapsed milliseconds. */
async function timeBare(count, concurrency, makeCall) {
	let next = 0;
	const started = performance.now();
	await Promise.all(
		Array.from({ length: concurrency }, async () => {
			while (next < count) await makeCall(next++);
		}),
	);
	return performance.now() - started;
}

module.exports = { callBare, timeBare };
