'use strict';
/**
 * `node test/bench/messageTrigger.js` (after `npm run build`; not part of `npm run bench`): the 1688 Message Trigger under hostile
 * input, through the webhook harness (n8n-core's WebhookContext behind a real HTTP server), printing:
 *
 * - executions started per message delivered N times at once (1688 repeating a message, or a replay),
 *   all N loading the static data before any is answered, as concurrent webhook calls do in n8n;
 * - the CPU time this process spends on one unsigned 15 MB body of about 3.9 million empty fields, and
 *   what it is answered: the node's handling (from the body read to the answer, wall time of one request
 *   alone) and the whole request's CPU (it runs in this process, so that includes sending the body);
 * - the bytes of saved static data per remembered message.
 */
const { startSandbox } = require('../sandbox');
const { sandboxCredentials } = require('../support/engine');
const { startMessageTrigger } = require('../support/triggers');

const TRIALS = 10;

async function repeatedDeliveries(sandbox, trigger, copies) {
	let executions = 0;
	for (let trial = 0; trial < TRIALS; trial++) {
		const msgId = 80000000000 + copies * 1000 + trial;
		const before = trigger.executions.length;
		trigger.race(copies);
		await Promise.all(
			Array.from({ length: copies }, () =>
				sandbox.deliverPush({
					url: trigger.url,
					type: 'ORDER_BUYER_VIEW_ORDER_PAY',
					data: { orderId: '3503514269397939267' },
					msgId,
				}),
			),
		);
		executions += trigger.executions.length - before;
	}
	return executions / TRIALS;
}

async function hugeUnsignedBody(trigger) {
	const body = 'ab=&'.repeat(3_900_000);
	const cpu = process.cpuUsage();
	const started = performance.now();
	const res = await fetch(trigger.url, {
		method: 'POST',
		headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
		body,
	});
	const text = await res.text();
	const used = process.cpuUsage(cpu);
	const handlingMs = Math.round(trigger.answers.at(-1).handlingMs);
	return {
		mb: (body.length / 1e6).toFixed(1),
		status: res.status,
		text: text.slice(0, 80),
		cpuMs: Math.round((used.user + used.system) / 1000),
		wallMs: Math.round(performance.now() - started),
		handlingMs,
	};
}

async function stateBytes(sandbox, trigger, count) {
	for (let i = 0; i < count; i++) {
		await sandbox.deliverPush({
			url: trigger.url,
			type: 'LOGISTICS_BUYER_VIEW_TRACE',
			data: { orderId: '3503514269397939267' },
			msgId: 90000000000 + i,
		});
	}
	const { activeUrl, ...memory } = trigger.state() ?? {};
	// Earlier versions: recentMessageIds, the last 500 msgIds; now seenMessages.keys, "key.minute36" entries.
	const remembered = memory.seenMessages
		? memory.seenMessages.keys.split(' ').length
		: memory.recentMessageIds.length;
	return { remembered, bytesEach: JSON.stringify(memory).length / remembered };
}

async function main() {
	const sandbox = await startSandbox();
	const credentials = sandboxCredentials(sandbox);
	try {
		const repeats = await startMessageTrigger({ parameters: {}, credentials });
		for (const copies of [2, 5])
			console.log(
				`same msgId delivered ${copies}× at once: ${(await repeatedDeliveries(sandbox, repeats, copies)).toFixed(1)} executions per message (${TRIALS} messages)`,
			);
		await repeats.close();

		const hostile = await startMessageTrigger({ parameters: {}, credentials });
		await hugeUnsignedBody(hostile); // warm-up
		for (let run = 0; run < 3; run++) {
			const r = await hugeUnsignedBody(hostile);
			console.log(
				`unsigned ${r.mb} MB body of 3.9 M empty fields: HTTP ${r.status} "${r.text}"; the node's handling ${r.handlingMs} ms; the whole request (sending, n8n's body read and parse, the node) CPU ${r.cpuMs} ms, wall ${r.wallMs} ms`,
			);
		}
		await hostile.close();

		const remembering = await startMessageTrigger({ parameters: {}, credentials });
		const count = 600;
		const { remembered, bytesEach } = await stateBytes(sandbox, remembering, count);
		console.log(
			`static data after ${count} messages (11-digit msgIds): ${remembered} remembered, ${bytesEach.toFixed(1)} bytes each`,
		);
		await remembering.close();
	} finally {
		await sandbox.close();
	}
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});
