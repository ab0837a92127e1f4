'use strict';
/**
 * `npm run demo`: starts the sandbox gateway on 127.0.0.1, runs a real workflow through the n8n
 * engine with the 1688 node (built package, signed requests over HTTP), and prints its items.
 */
const { startSandbox } = require('../sandbox');
const { runWorkflow, sandboxCredentials, CREDENTIAL_TYPE, NODE_TYPE } = require('../support/engine');

function node1688(name, position, parameters) {
	return {
		id: name,
		name,
		type: NODE_TYPE,
		typeVersion: 1,
		position,
		parameters,
		credentials: { [CREDENTIAL_TYPE]: { id: 'sandbox', name: '1688 sandbox' } },
	};
}

/** Terminal width of a text: CJK characters take two columns. */
function displayWidth(text) {
	return [...text].reduce((width, ch) => width + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1), 0);
}

function printTable(rows, columns) {
	const widths = columns.map((column) => Math.max(column.length, ...rows.map((row) => displayWidth(String(row[column] ?? '')))));
	const pad = (cell, width) => String(cell ?? '') + ' '.repeat(Math.max(0, width - displayWidth(String(cell ?? ''))));
	const line = (cells) => cells.map((cell, i) => pad(cell, widths[i])).join('  ');
	console.log(line(columns));
	console.log(line(widths.map((width) => '-'.repeat(width))));
	for (const row of rows) console.log(line(columns.map((column) => row[column])));
}

async function main() {
	const sandbox = await startSandbox();
	try {
		const offers = [sandbox.fixtures.offerManySkus.offerId, sandbox.fixtures.offerOneSku.offerId].map(String);
		console.log(`Sandbox 1688 gateway on ${sandbox.url} (app key ${sandbox.credentials.appKey})`);
		console.log(`Workflow: 2 input items (offer IDs ${offers.join(', ')}) → 1688 "Product → Get" → 1688 "Any 1688 API → Call" (alibaba.account.basic) → 1688 "Order → Get Many" (5 newest, waiting to ship)\n`);

		const nodes = [
			node1688('Get Offers', [0, 0], { resource: 'product', operation: 'get', offerId: '={{ $json.offerId }}' }),
			node1688('Who Am I', [220, 0], { resource: 'customApi', operation: 'call', namespace: 'com.alibaba.account', apiName: 'alibaba.account.basic', version: 1, parameters: '{}' }),
		];
		nodes.push(node1688('Orders To Ship', [440, 0], { resource: 'order', operation: 'getMany', returnAll: false, limit: 5, filters: { orderStatus: ['waitsellersend'] } }));
		nodes[1].executeOnce = true;
		nodes[2].executeOnce = true;
		const connections = {
			'Get Offers': { main: [[{ node: 'Who Am I', type: 'main', index: 0 }]] },
			'Who Am I': { main: [[{ node: 'Orders To Ship', type: 'main', index: 0 }]] },
		};
		const result = await runWorkflow({
			nodes,
			connections,
			credentials: { [CREDENTIAL_TYPE]: sandboxCredentials(sandbox) },
			input: offers.map((offerId) => ({ json: { offerId } })),
		});
		if (result.error) throw new Error(`The workflow failed: ${result.error.message}`);

		const products = result.output('Get Offers').map((item) => item.json);
		console.log(`"Get Offers" emitted ${products.length} items:`);
		printTable(products, ['offerId', 'title', 'price', 'totalStock', 'minOrderQuantity', 'status']);
		console.log(`\nSKUs of ${products[0].offerId} (${products[0].skus.length}):`);
		printTable(products[0].skus, ['skuId', 'specId', 'attributes', 'price', 'stock']);
		const account = result.output('Who Am I')[0].json.result;
		console.log(`\n"Who Am I" says the token belongs to ${account.loginId} (${account.companyName ?? account.memberId}).`);
		const orders = result.output('Orders To Ship').map((item) => ({ ...item.json, items: item.json.items?.length }));
		console.log(`\n"Orders To Ship" emitted ${orders.length} orders (19-digit IDs kept exact, times in ISO):`);
		printTable(orders, ['orderId', 'status', 'total', 'createdAt', 'items']);
		console.log(`\n${sandbox.requests.length} signed requests reached the gateway; ${sandbox.requests.filter((r) => r.errorCode).length} were refused.`);
		console.log('\nSecond item as n8n sees it:');
		console.log(JSON.stringify({ ...products[1] }, null, 2));
	} finally {
		await sandbox.close();
	}
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});
