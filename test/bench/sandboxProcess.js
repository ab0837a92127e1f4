'use strict';
/** Starts the sandbox gateway in its own process (so it shares no CPU time or memory figures with what is measured). */
const { spawn } = require('node:child_process');
const path = require('node:path');

async function startSandboxProcess({ qps, latencyMs, orders }) {
	const child = spawn(
		process.execPath,
		[
			path.join(__dirname, '../sandbox/cli.js'),
			'--port',
			'0',
			'--qps',
			String(qps),
			'--latency',
			String(latencyMs),
			'--orders',
			String(orders),
		],
		{ stdio: ['ignore', 'pipe', 'inherit'] },
	);
	const url = await new Promise((resolve, reject) => {
		let output = '';
		child.stdout.on('data', (chunk) => {
			output += chunk;
			const match = /listening on (http:\/\/\S+)/.exec(output);
			if (match) resolve(match[1]);
		});
		child.on('exit', (code) => reject(new Error(`sandbox exited with ${code}`)));
	});
	const control = async (method, route, body) => {
		const response = await fetch(`${url}/_sandbox/${route}`, {
			method,
			headers: { 'content-type': 'application/json' },
			body: body && JSON.stringify(body),
		});
		return await response.json();
	};
	return {
		url,
		credentials: {
			appKey: '1000000',
			appSecret: 'test123',
			accessToken: 'sandbox-access-token',
			refreshToken: 'sandbox-refresh-token',
			baseUrl: url,
		},
		requests: async () => (await control('GET', 'requests')).requests ?? [],
		clearRequests: async () => control('DELETE', 'requests'),
		stop: () => child.kill(),
	};
}

module.exports = { startSandboxProcess };
