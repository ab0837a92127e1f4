'use strict';
/**
 * system.oauth2:getToken-1 over param2: the refresh-token exchange (grant_type=refresh_token, client_id,
 * client_secret, refresh_token; the PHP SDK spells it refreshToken). Unsigned per the guide, though the PHP
 * and Java SDKs sign it: a signature is checked when present. The code exchange is at http/1 (../../oauth.js).
 */
const { exchangeToken } = require('../../oauth');

module.exports = {
	namespace: 'system.oauth2',
	name: 'getToken',
	version: '1',
	needsToken: false,
	signature: 'optional',
	handle({ sandbox, appKey, params }) {
		return exchangeToken(sandbox, appKey, params, 'param2');
	},
};
