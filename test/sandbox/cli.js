#!/usr/bin/env node
'use strict';
/**
 * `npm run sandbox -- [--port N] [--qps N] [--latency MS] [--orders N]`: starts the sandbox gateway and keeps it
 * running until Ctrl-C, printing what to put in an n8n credential.
 */
const { startSandbox } = require('./index');

function parseArgs(argv) {
	const out = {};
	for (let i = 0; i < argv.length; i++) {
		const [flag, inline] = argv[i].split('=');
		const value = inline !== undefined ? inline : argv[i + 1];
		const take = () => {
			if (inline === undefined) i++;
			const n = Number(value);
			if (!Number.isFinite(n) || n < 0)
				throw new Error(`${flag} needs a number >= 0, got "${value}"`);
			return n;
		};
		if (flag === '--port') out.port = take();
		else if (flag === '--qps') out.qps = take();
		else if (flag === '--latency') out.latencyMs = take();
		else if (flag === '--orders') out.orderCount = take();
		else if (flag === '--help' || flag === '-h') out.help = true;
		else throw new Error(`unknown option ${flag}`);
	}
	return out;
}

async function main() {
	let args;
	try {
		args = parseArgs(process.argv.slice(2));
	} catch (e) {
		console.error(String(e.message));
		process.exitCode = 2;
		return;
	}
	if (args.help) {
		console.log('usage: node test/sandbox/cli.js [--port N] [--qps N] [--latency MS] [--orders N]');
		return;
	}
	const { help, ...options } = args;
	const sb = await startSandbox({ port: 8688, ...options });
	const c = sb.credentials;
	console.log(`1688 sandbox gateway listening on ${sb.url}`);
	console.log('');
	console.log('n8n credential (1688 Open Platform API):');
	console.log(`  Gateway base URL : ${sb.url}`);
	console.log(`  App Key          : ${c.appKey}`);
	console.log(`  App Secret       : ${c.appSecret}`);
	console.log(`  Access Token     : ${c.accessToken}`);
	console.log(`  Refresh Token    : ${c.refreshToken}`);
	console.log('');
	const cb = sb.apps.crossBorder;
	console.log(
		`Cross-border app (the cross-border solution's APIs only, as an overseas reseller's app): ${cb.appKey} / ${cb.appSecret} / ${cb.accessToken} / refresh ${cb.refreshToken}`,
	);
	const dom = sb.apps.domestic;
	console.log(
		`Domestic buyer app (everything but createCrossOrder): ${dom.appKey} / ${dom.appSecret} / ${dom.accessToken} / refresh ${dom.refreshToken}`,
	);
	console.log(
		`Limited app (no trade/logistics): ${sb.apps.limited.appKey} / ${sb.apps.limited.appSecret} / ${sb.apps.limited.accessToken}`,
	);
	console.log(
		`OAuth authorise page: ${sb.url}/oauth/authorize?client_id=${c.appKey}&site=1688&redirect_uri=...`,
	);
	console.log(
		`Controls: ${sb.url}/_sandbox/info, /_sandbox/requests, POST /_sandbox/{config,fault,push,stock,price,order-status,reset}`,
	);
	console.log(
		`QPS per app: ${sb.config().qps}, latency: ${sb.config().latencyMs} ms. ${sb.apis().length} APIs. Ctrl-C to stop.`,
	);
	const stop = async () => {
		await sb.close();
		process.exit(0);
	};
	process.once('SIGINT', stop);
	process.once('SIGTERM', stop);
}

main().catch((e) => {
	console.error(e);
	process.exitCode = 1;
});
