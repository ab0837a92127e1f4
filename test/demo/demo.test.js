'use strict';
const { execFile } = require('node:child_process');
const path = require('node:path');
const { promisify } = require('node:util');

test('npm run demo runs the cross-border buying path through the node against the sandbox, as the cross-border app', async () => {
	const { stdout } = await promisify(execFile)(
		process.execPath,
		[path.join(__dirname, 'run-demo.js')],
		{ timeout: 60000 },
	);
	expect(stdout).toMatch(
		/as the cross-border app 3000000 \(granted only the cross-border solution's APIs/,
	);
	expect(stdout).toMatch(/"Get Offers" emitted 2 items:/);
	expect(stdout).toMatch(/SKUs of 672794704428 \(12\):/);
	expect(stdout).toMatch(/"Estimate Shipping" emitted 2 items \(yuan, kg, cm\):/);
	expect(stdout).toMatch(/^672794704428 +2 +6 +false +0\.94 +30 +20 +10/m);
	expect(stdout).toMatch(/"Who Am I" says the token belongs to sandbox_buyer01/);
	expect(stdout).toMatch(
		/"Buy" placed 2 1688 orders \(one per supplier\) with alibaba\.trade\.createCrossOrder:/,
	);
	expect(stdout).toMatch(/^\d{19} +1 +sbx56780004 +[\d.]+ +6 +DEMO-1/m);
	expect(stdout).toMatch(/^\d{19} +2 +sbx56780001 +[\d.]+ +10 +DEMO-1/m);
	expect(stdout).toMatch(/"Orders To Ship" emitted 5 orders/);
	expect(stdout).toMatch(/^\d{19} +waitsellersend/m);
	expect(stdout).toMatch(/10 signed requests reached the gateway; 0 were refused\./);
}, 60000);
