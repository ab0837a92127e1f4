'use strict';
/** Test helpers: signed calls to the sandbox over real HTTP, using the sandbox's own signature module. */
const { signedForm } = require('../protocol/signature');
const { SANDBOX_APPS } = require('../apps');

/**
 * @param {{url: string}} sb
 * @param {string} apiId 'namespace:apiName-version'
 * @param {Record<string, unknown>} [params] business params (objects are sent as JSON text)
 * @param {{app?: object, token?: string|null, secret?: string, method?: string, inQuery?: boolean, raw?: boolean}} [o]
 * @returns {Promise<{status: number, text: string, json: any, headers: Headers}>}
 */
async function call(sb, apiId, params = {}, o = {}) {
	const app = o.app || SANDBOX_APPS.full;
	const m = /^(.+):(.+)-(\d+)$/.exec(apiId);
	if (!m) throw new Error(`bad api id ${apiId}`);
	const [, namespace, apiName, version] = m;
	const urlPath = `param2/${version}/${namespace}/${apiName}/${app.appKey}`;
	const all = { ...params };
	const token = o.token === undefined ? app.accessToken : o.token;
	if (token !== null) all.access_token = token;
	const form = signedForm({ appSecret: o.secret || app.appSecret, urlPath, params: all });
	const url = `${sb.url}/openapi/${urlPath}`;
	const res = o.method === 'GET' || o.inQuery
		? await fetch(`${url}?${form}`, { method: o.method || 'POST' })
		: await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8' }, body: form.toString() });
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

module.exports = { call, rawNumbers };
