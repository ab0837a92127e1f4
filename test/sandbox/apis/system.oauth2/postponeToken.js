'use strict';
/**
 * system.oauth2:postponeToken-1 — extend a refresh token, allowed only in its last 30 days.
 * params: client_id, client_secret, refresh_token, access_token. Unsigned per the guide and the official Python
 * SDK (need_sign False); the PHP/Java SDKs sign it, so a signature is checked when present.
 */
const { format1688 } = require('../../protocol/dates');

const WINDOW_MS = 30 * 86400000;
const EXTEND_MS = 180 * 86400000;

module.exports = {
	namespace: 'system.oauth2',
	name: 'postponeToken',
	version: '1',
	needsToken: false,
	signature: 'optional',
	handle({ sandbox, appKey, app, params }) {
		const err = (status, error, description) => ({
			status,
			body: { error, error_description: description },
		});
		if (params.client_secret !== undefined && params.client_secret !== app.appSecret)
			return err(401, 'invalid_client', 'client_secret is wrong');
		const entry = params.refresh_token && sandbox.apps.refreshTokens.get(params.refresh_token);
		const now = Date.now();
		if (!entry || entry.appKey !== appKey || entry.expiresAt <= now)
			return err(400, 'invalid_grant', 'refresh_token is invalid or expired');
		if (entry.expiresAt - now > WINDOW_MS)
			return err(400, 'invalid_request', 'refresh_token can only be postponed in its last 30 days');
		entry.expiresAt = now + EXTEND_MS;
		const member = sandbox.store.member;
		return {
			status: 200,
			body: {
				// The token JSON of getToken (1688's guide): the access token that was sent, with its lifetime.
				aliId: String(member.userId),
				resource_owner: member.loginId,
				memberId: member.memberId,
				expires_in: String(Math.floor(sandbox.apps.accessTokenTtlMs / 1000)),
				access_token: params.access_token,
				refresh_token: entry.token,
				refresh_token_timeout: format1688(entry.expiresAt),
			},
		};
	},
};
