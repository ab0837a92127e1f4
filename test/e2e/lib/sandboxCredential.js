'use strict';

/**
 * The 1688 credential (for `n8n import:credentials`) of one of the sandbox's apps, pointing at the sandbox gateway.
 * @param {object} sandbox the running sandbox (its URL and apps)
 * @param {{ id: string, name: string }} credential
 * @param {string} [app] the sandbox app: 'full' (default) or 'crossBorder'
 * @param {object} [data] more credential fields (e.g. requestsPerSecond)
 */
function sandboxCredential(sandbox, credential, app = 'full', data = {}) {
	const { appKey, appSecret, accessToken, refreshToken } = sandbox.apps[app];
	return {
		...credential,
		type: 'alibaba1688Api',
		data: { appKey, appSecret, accessToken, refreshToken, baseUrl: sandbox.url, ...data },
	};
}

module.exports = { sandboxCredential };
