'use strict';
const { execFile } = require('node:child_process');
const path = require('node:path');
const { promisify } = require('node:util');

test('npm run demo prints real items from a workflow that used the node against the sandbox', async () => {
	const { stdout } = await promisify(execFile)(process.execPath, [path.join(__dirname, 'run-demo.js')], { timeout: 60000 });
	expect(stdout).toMatch(/"Get Offers" emitted 2 items:/);
	expect(stdout).toMatch(/SKUs of 672794704428 \(12\):/);
	expect(stdout).toMatch(/"Who Am I" says the token belongs to sandbox_buyer01/);
	expect(stdout).toMatch(/"Orders To Ship" emitted 5 orders/);
	expect(stdout).toMatch(/^\d{19} +waitsellersend/m);
	expect(stdout).toMatch(/4 signed requests reached the gateway; 0 were refused\./);
});
