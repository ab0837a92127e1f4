'use strict';
/**
 * `npm run demo`: starts the sandbox gateway on 127.0.0.1, runs a real workflow through the n8n
 * engine with the 1688 node (built package, signed requests over HTTP) as the sandbox's cross-border app
 * (an overseas reseller's: only the cross-border solution's APIs), and prints its items.
 */
const { startSandbox } = require('../sandbox');
const {
	runWorkflow,
	sandboxCredentials,
	CREDENTIAL_TYPE,
	NODE_TYPE,
} = require('../support/engine');

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
	return [...text].reduce(
		(width, ch) =>
			width +
			(/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
				ch,
			)
				? 2
				: 1),
		0,
	);
}

function printTable(rows, columns) {
	const widths = columns.map((column) =>
		Math.max(column.length, ...rows.map((row) => displayWidth(String(row[column] ?? '')))),
	);
	const pad = (cell, width) =>
		String(cell ?? '') + ' '.repeat(Math.max(0, width - displayWidth(String(cell ?? ''))));
	const line = (cells) => cells.map((cell, i) => pad(cell, widths[i])).join('  ');
	console.log(line(columns));
	console.log(line(widths.map((width) => '-'.repeat(width))));
	for (const row of rows) console.log(line(columns.map((column) => row[column])));
}

async function main() {
	const sandbox = await startSandbox();
	try {
		const offers = [
			sandbox.fixtures.offerManySkus.offerId,
			sandbox.fixtures.offerOneSku.offerId,
		].map(String);
		const app = sandbox.apps.crossBorder;
		console.log(
			`Sandbox 1688 gateway on ${sandbox.url}, as the cross-border app ${app.appKey} (granted only the cross-border solution's APIs, as an overseas reseller's app is)`,
		);
		console.log(
			`Workflow: 2 input items (offer IDs ${offers.join(', ')}) → 1688 "Product → Get" (Cross-Border Detail) → "Product → Estimate Shipping" (2 of the first SKU to 义乌) → ` +
				'"Any 1688 API → Call" (alibaba.account.basic) → "Order → Create" (Order API Automatic, both offers, the saved default address, reference DEMO-1) → "Order → Get Many" (5 newest, waiting to ship)\n',
		);

		const nodes = [
			node1688('Get Offers', [0, 0], {
				resource: 'product',
				operation: 'get',
				offerId: '={{ $json.offerId }}',
				source: 'crossBorder',
			}),
			node1688('Estimate Shipping', [220, 0], {
				resource: 'product',
				operation: 'estimateShipping',
				offerId: '={{ $json.offerId }}',
				districtCode: '330782',
				quantitiesSource: 'json',
				skuQuantitiesJson: '={{ [{ skuId: $json.skus[0].skuId, quantity: 2 }] }}',
			}),
			node1688('Who Am I', [440, 0], {
				resource: 'customApi',
				operation: 'call',
				namespace: 'com.alibaba.account',
				apiName: 'alibaba.account.basic',
				version: 1,
				parameters: '{}',
			}),
			node1688('Buy', [660, 0], {
				resource: 'order',
				operation: 'create',
				orderApi: 'automatic',
				addressSource: 'saved',
				savedAddress: {
					__rl: true,
					mode: 'id',
					value: String(sandbox.fixtures.defaultSavedAddressId),
				},
				cartSource: 'json',
				cartJson:
					"={{ $('Get Offers').all().map((item) => ({ offerId: item.json.offerId, specId: item.json.skus[0].specId, quantity: item.json.minOrderQuantity })) }}",
				outOrderId: 'DEMO-1',
			}),
			node1688('Orders To Ship', [880, 0], {
				resource: 'order',
				operation: 'getMany',
				returnAll: false,
				limit: 5,
				filters: { orderStatus: ['waitsellersend'] },
			}),
		];
		for (const name of ['Who Am I', 'Buy', 'Orders To Ship'])
			nodes.find((node) => node.name === name).executeOnce = true;
		const connections = {};
		for (let i = 0; i + 1 < nodes.length; i++)
			connections[nodes[i].name] = {
				main: [[{ node: nodes[i + 1].name, type: 'main', index: 0 }]],
			};
		const result = await runWorkflow({
			nodes,
			connections,
			credentials: { [CREDENTIAL_TYPE]: sandboxCredentials(sandbox, {}, 'crossBorder') },
			input: offers.map((offerId) => ({ json: { offerId } })),
		});
		if (result.error) throw new Error(`The workflow failed: ${result.error.message}`);

		const products = result.output('Get Offers').map((item) => item.json);
		console.log(`"Get Offers" emitted ${products.length} items:`);
		printTable(products, ['offerId', 'title', 'price', 'totalStock', 'minOrderQuantity', 'status']);
		console.log(`\nSKUs of ${products[0].offerId} (${products[0].skus.length}):`);
		printTable(products[0].skus, ['skuId', 'specId', 'attributes', 'price', 'stock']);
		const estimates = result.output('Estimate Shipping').map((item) => item.json);
		console.log(`\n"Estimate Shipping" emitted ${estimates.length} items (yuan, kg, cm):`);
		printTable(estimates, [
			'offerId',
			'quantity',
			'freight',
			'freeShipping',
			'weightKg',
			'lengthCm',
			'widthCm',
			'heightCm',
		]);
		const account = result.output('Who Am I')[0].json.result;
		console.log(
			`\n"Who Am I" says the token belongs to ${account.loginId} (${account.companyName ?? account.memberId}).`,
		);
		const bought = result.output('Buy').map((item) => item.json);
		console.log(
			`\n"Buy" placed ${bought.length} 1688 orders (one per supplier) with ${[...new Set(bought.map((order) => order.orderApi))].join(', ')}:`,
		);
		printTable(bought, ['orderId', 'part', 'supplierId', 'total', 'shippingFee', 'outOrderId']);
		const orders = result
			.output('Orders To Ship')
			.map((item) => ({ ...item.json, items: item.json.items?.length }));
		console.log(
			`\n"Orders To Ship" emitted ${orders.length} orders (19-digit IDs kept exact, times in ISO):`,
		);
		printTable(orders, ['orderId', 'status', 'total', 'createdAt', 'items']);
		const refused = sandbox.requests.filter((r) => r.errorCode);
		console.log(
			`\n${sandbox.requests.length} signed requests reached the gateway; ${refused.length} were refused.`,
		);
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
