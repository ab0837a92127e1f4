'use strict';
/** The instance owner `n8n start` creates from N8N_INSTANCE_OWNER_* (editor test and trigger examples sign in as this user). */
const OWNER = Object.freeze({ email: 'owner@example.com', firstName: 'E2E', lastName: 'Owner', password: 'E2e-Password-1688' });

/** Starts `n8n start` with OWNER and signs in; returns { server, cookie }. */
async function startSignedIn(n8n) {
	const server = await n8n.startServer({ owner: { ...OWNER, passwordHash: n8n.bcryptHash(OWNER.password) } });
	try {
		const login = await fetch(`${server.url}/rest/login`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ emailOrLdapLoginId: OWNER.email, password: OWNER.password }),
		});
		if (!login.ok) throw new Error(`the owner from N8N_INSTANCE_OWNER_* cannot sign in (HTTP ${login.status})`);
		return { server, cookie: login.headers.get('set-cookie').split(';')[0] };
	} catch (error) {
		await server.stop();
		throw error;
	}
}

module.exports = { OWNER, startSignedIn };
