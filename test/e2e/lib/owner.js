'use strict';
/** The instance owner `n8n start` creates from N8N_INSTANCE_OWNER_* (editor test and trigger examples sign in as this user). */
const OWNER = Object.freeze({
	email: 'owner@example.com',
	firstName: 'E2E',
	lastName: 'Owner',
	password: 'E2e-Password-1688',
});

/** The environment that makes `n8n start` create OWNER (no sign-up); the hash is made with n8n's own bcryptjs. */
function ownerEnv(n8n) {
	return {
		N8N_INSTANCE_OWNER_MANAGED_BY_ENV: 'true',
		N8N_INSTANCE_OWNER_EMAIL: OWNER.email,
		N8N_INSTANCE_OWNER_FIRST_NAME: OWNER.firstName,
		N8N_INSTANCE_OWNER_LAST_NAME: OWNER.lastName,
		N8N_INSTANCE_OWNER_PASSWORD_HASH: n8n.bcryptHash(OWNER.password),
	};
}

/** Signs in as OWNER (POST /rest/login) to the n8n at `url`; returns the session cookie. */
async function signIn(url) {
	const login = await fetch(`${url}/rest/login`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ emailOrLdapLoginId: OWNER.email, password: OWNER.password }),
	});
	if (!login.ok)
		throw new Error(
			`the owner from N8N_INSTANCE_OWNER_* cannot sign in to ${url} (HTTP ${login.status})`,
		);
	return login.headers.get('set-cookie').split(';')[0];
}

module.exports = { OWNER, ownerEnv, signIn };
