'use strict';
/**
 * HTTP routing: /openapi/... → gateway (or the OAuth token endpoint), /oauth/authorize → OAuth page,
 * /_sandbox/... → admin controls.
 */
const http = require('node:http');
const { handleGateway } = require('./gateway');
const { handleAdmin } = require('./admin');
const { handleAuthorize, handleTokenHttp } = require('./oauth');
const { gatewayError } = require('./protocol/errors');
const { sendJson } = require('./respond');

/** @param {object} state internal sandbox state @param {object} publicApi the object startSandbox returns */
function createServer(state, publicApi) {
	return http.createServer((req, res) => {
		route(state, publicApi, req, res).catch((e) => {
			if (!res.headersSent)
				sendJson(
					res,
					500,
					gatewayError('gw.InternalError', `sandbox error: ${e && e.message}`).body,
				);
			else res.destroy();
		});
	});
}

async function route(state, publicApi, req, res) {
	const url = new URL(req.url || '/', 'http://127.0.0.1');
	const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
	if (parts[0] === 'openapi') {
		const segments = parts.slice(1);
		if (segments[0] === 'http' && segments.length === 5 && segments[2] === 'system.oauth2') {
			return handleTokenHttp(state, req, res, url, segments);
		}
		if (segments.length === 5 && segments[0] === 'param2')
			return handleGateway(state, req, res, url, segments);
		return sendJson(
			res,
			400,
			gatewayError(
				'gw.APIUnsupported',
				`Unsupported request path ${url.pathname}; expected /openapi/param2/{version}/{namespace}/{apiName}/{appKey}.`,
			).body,
		);
	}
	if (parts[0] === 'oauth' && parts[1] === 'authorize')
		return handleAuthorize(state, req, res, url);
	if (parts[0] === '_sandbox' && parts.length === 2)
		return handleAdmin(publicApi, req, res, parts[1]);
	if (url.pathname === '/' || url.pathname === '/_sandbox')
		return sendJson(res, 200, publicApi.info());
	return sendJson(res, 404, { error: 'not found', path: url.pathname });
}

module.exports = { createServer };
