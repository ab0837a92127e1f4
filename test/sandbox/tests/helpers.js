'use strict';
/** Test helpers: signed calls to the sandbox over real HTTP, using the sandbox's own signature module. */
const http = require('node:http');
const { signedForm } = require('../protocol/signature');
const { SANDBOX_APPS } = require('../apps');

/**
 * @param {{url: string}} sb
 * @param {string} apiId 'namespace:apiName-version'
 * @param {Record<string, unknown>} [params] business params (objects are sent as JSON text, Buffers as multipart files)
 * @param {{app?: object, token?: string|null, secret?: string, method?: string, inQuery?: boolean, raw?: boolean}} [o]
 * @returns {Promise<{status: number, text: string, json: any, headers: Headers}>}
 */
async function call(sb, apiId, params = {}, o = {}) {
	const app = o.app || SANDBOX_APPS.full;
	const m = /^(.+):(.+)-(\d+)$/.exec(apiId);
	if (!m) throw new Error(`bad api id ${apiId}`);
	const [, namespace, apiName, version] = m;
	const urlPath = `param2/${version}/${namespace}/${apiName}/${app.appKey}`;
	// Buffer values are files: sent as multipart parts, outside the signature, the signed parameters in the query
	// (as uploadRefundVoucher-1's form sample sends imageData).
	const files = Object.entries(params).filter(([, value]) => Buffer.isBuffer(value));
	const all = Object.fromEntries(
		Object.entries(params).filter(([, value]) => !Buffer.isBuffer(value)),
	);
	const token = o.token === undefined ? app.accessToken : o.token;
	if (token !== null) all.access_token = token;
	const form = signedForm({ appSecret: o.secret || app.appSecret, urlPath, params: all });
	const url = `${sb.url}/openapi/${urlPath}`;
	let res;
	if (files.length) {
		const body = new FormData();
		for (const [name, bytes] of files) body.append(name, new Blob([bytes]), `${name}.bin`);
		res = await fetch(`${url}?${form}`, { method: 'POST', body });
	} else {
		res =
			o.method === 'GET' || o.inQuery
				? await fetch(`${url}?${form}`, { method: o.method || 'POST' })
				: await fetch(url, {
						method: 'POST',
						headers: { 'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8' },
						body: form.toString(),
					});
	}
	const text = await res.text();
	let json;
	try {
		json = JSON.parse(text);
	} catch {
		json = undefined;
	}
	return { status: res.status, text, json, headers: res.headers };
}

/** Pull the raw number literal of a JSON field (to check longs are emitted exactly). */
function rawNumbers(text, field) {
	const re = new RegExp(`"${field}":(-?\\d+)`, 'g');
	return [...text.matchAll(re)].map((x) => x[1]);
}

/**
 * An HTTP server on 127.0.0.1 standing for an app's push URL: each request's answer is `respond(req, body)`,
 * [status, text]. @returns {Promise<{url: string, close: () => Promise<void>}>}
 */
async function startReceiver(respond) {
	const server = http.createServer((req, res) => {
		let body = '';
		req.on('data', (c) => (body += c));
		req.on('end', () => {
			const [status, text] = respond(req, body);
			res.writeHead(status);
			res.end(text);
		});
	});
	await new Promise((r) => server.listen(0, '127.0.0.1', r));
	return {
		url: `http://127.0.0.1:${server.address().port}/hook`,
		close: () => new Promise((r) => server.close(r)),
	};
}

module.exports = { call, rawNumbers, startReceiver };
