'use strict';
/** system.oauth2:getToken-1 over param2 (the official Java SDK signs it); same answers as the http endpoint. */
const { exchangeToken } = require('../../oauth');

module.exports = {
	namespace: 'system.oauth2',
	name: 'getToken',
	version: '1',
	needsToken: false,
	signature: 'optional',
	handle({ sandbox, appKey, params }) {
		return exchangeToken(sandbox, appKey, params);
	},
};
