'use strict';
/**
 * OAuth: the auto-approving authorise page and the token endpoints. Each grant type is answered only where
 * 1688's authorisation guide (open.1688.com/api/sysAuth.htm) says it is used, as the official SDKs call them:
 * `POST /openapi/http/1/system.oauth2/getToken/{appKey}` exchanges an authorisation code;
 * `POST /openapi/param2/1/system.oauth2/getToken/{appKey}` (apis/system.oauth2/getToken.js) exchanges a
 * refresh token. Both unsigned. The other grant at either endpoint is refused as an unsupported grant type,
 * the OAuth answer a token endpoint gives for a grant it does not serve.
 */
const { readParams } = require('./protocol/params');
const { format1688 } = require('./protocol/dates');
const { sendText, sendJson, sleep } = require('./respond');

const escapeHtml = (s) =>
	String(s).replace(
		/[&<>"']/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
	);

/** GET /oauth/authorize?client_id&site=1688&redirect_uri&state → 302 to redirect_uri?code&state */
async function handleAuthorize(state, req, res, url) {
	const q = url.searchParams;
	const app = state.apps.getApp(q.get('client_id') || '');
	const redirectUri = q.get('redirect_uri') || '';
	await sleep(state.config.latencyMs);
	if (!app)
		return sendText(
			res,
			400,
			page('授权失败', `Unknown client_id "${escapeHtml(q.get('client_id') || '')}".`),
			'text/html;charset=UTF-8',
		);
	let target;
	try {
		target = new URL(redirectUri);
	} catch {
		return sendText(
			res,
			400,
			page('授权失败', 'redirect_uri is missing or not an absolute URL.'),
			'text/html;charset=UTF-8',
		);
	}
	const { code } = state.apps.createCode(app.appKey, redirectUri);
	target.searchParams.set('code', code);
	if (q.has('state')) target.searchParams.set('state', q.get('state'));
	const html = page(
		'授权成功',
		`The sandbox member ${escapeHtml(state.store.member.loginId)} authorised ${escapeHtml(app.name)}. <a href="${escapeHtml(target.href)}">Continue</a>.`,
	);
	return sendText(res, 302, html, 'text/html;charset=UTF-8', { Location: target.href });
}

const page = (title, body) =>
	`<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title} - 1688 sandbox</title></head><body><h1>${title}</h1><p>${body}</p></body></html>`;

/** The grant type each token endpoint serves. */
const GRANT_AT = { http: 'authorization_code', param2: 'refresh_token' };

/**
 * Shared token logic of both getToken endpoints.
 * @param {'http'|'param2'} protocol the endpoint asked
 * @returns {{status: number, body: object}}
 */
function exchangeToken(state, appKey, p, protocol) {
	const app = state.apps.getApp(appKey);
	if (!app) return oauthError(400, 'invalid_client', `appKey ${appKey} not found`);
	if (p.client_id !== undefined && p.client_id !== appKey)
		return oauthError(400, 'invalid_client', 'client_id does not match the appKey');
	if (p.client_secret !== undefined && p.client_secret !== app.appSecret)
		return oauthError(401, 'invalid_client', 'client_secret is wrong');
	const member = state.store.member;
	const base = {
		aliId: String(member.userId),
		resource_owner: member.loginId,
		memberId: member.memberId,
	};
	const expiresIn = String(Math.floor(state.apps.accessTokenTtlMs / 1000));
	if (p.grant_type !== GRANT_AT[protocol] && Object.values(GRANT_AT).includes(p.grant_type)) {
		const other = protocol === 'http' ? 'param2' : 'http';
		return oauthError(
			400,
			'unsupported_grant_type',
			`grant_type ${p.grant_type} is not served at ${protocol}/1/system.oauth2/getToken; use ${other}/1/system.oauth2/getToken`,
		);
	}
	if (p.grant_type === 'authorization_code') {
		if (!p.code) return oauthError(400, 'invalid_request', 'code is required');
		const entry = state.apps.takeCode(p.code);
		if (!entry || entry.appKey !== appKey)
			return oauthError(400, 'invalid_grant', 'code is invalid or expired');
		if (p.redirect_uri !== undefined && p.redirect_uri !== entry.redirectUri)
			return oauthError(400, 'invalid_grant', 'redirect_uri does not match');
		const withRefresh = p.need_refresh_token !== 'false';
		const { access, refresh } = state.apps.issueTokens(appKey, { withRefreshToken: withRefresh });
		const body = { ...base, expires_in: expiresIn, access_token: access.token };
		if (refresh)
			Object.assign(body, {
				refresh_token: refresh.token,
				refresh_token_timeout: format1688(refresh.expiresAt),
			});
		return { status: 200, body };
	}
	if (p.grant_type === 'refresh_token') {
		const token = p.refresh_token || p.refreshToken;
		const entry = token && state.apps.refreshTokens.get(token);
		if (!entry || entry.appKey !== appKey || entry.expiresAt <= Date.now())
			return oauthError(400, 'invalid_grant', 'refresh_token is invalid or expired');
		const { access } = state.apps.issueTokens(appKey, { withRefreshToken: false });
		return {
			status: 200,
			body: {
				...base,
				expires_in: expiresIn,
				access_token: access.token,
				refresh_token: entry.token,
				refresh_token_timeout: format1688(entry.expiresAt),
			},
		};
	}
	return oauthError(
		400,
		'unsupported_grant_type',
		`grant_type must be authorization_code or refresh_token`,
	);
}

const oauthError = (status, error, description) => ({
	status,
	body: { error, error_description: description },
});

/** POST /openapi/http/1/system.oauth2/getToken/{appKey} */
async function handleTokenHttp(state, req, res, url, segments) {
	const [, version, , apiName, appKey] = segments;
	const { params } = await readParams(req, url);
	let answer;
	if (apiName !== 'getToken' || version !== '1')
		answer = oauthError(400, 'invalid_request', `unsupported endpoint ${apiName}`);
	else answer = exchangeToken(state, appKey, params, 'http');
	state.requests.push({
		api: `system.oauth2:${apiName}-${version}`,
		protocol: 'http',
		appKey,
		params,
		httpStatus: answer.status,
		errorCode: answer.body.error || null,
		at: Date.now(),
	});
	await sleep(state.config.latencyMs);
	return sendJson(res, answer.status, answer.body);
}

module.exports = { handleAuthorize, handleTokenHttp, exchangeToken };
