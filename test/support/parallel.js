#!/usr/bin/env node
'use strict';
/**
 * Runs commands side by side and fails when any of them fails: `npm run lint` runs ESLint and Prettier's check at
 * once (each keeps one core busy for several seconds), printing each one's output when it ends.
 *
 *   node test/support/parallel.js "eslint ." "prettier --check ."
 */
const { spawn } = require('node:child_process');

const commands = process.argv.slice(2);
if (commands.length === 0) {
	console.error('usage: node test/support/parallel.js "<command>" ["<command>" …]');
	process.exit(2);
}

const runs = commands.map(
	(command) =>
		new Promise((resolve) => {
			const child = spawn(command, { shell: true, stdio: ['ignore', 'pipe', 'pipe'] });
			const output = [];
			child.stdout.on('data', (chunk) => output.push(chunk));
			child.stderr.on('data', (chunk) => output.push(chunk));
			child.on('close', (code) => {
				const text = Buffer.concat(output).toString();
				if (text.trim() !== '') process.stdout.write(`> ${command}\n${text}`);
				resolve(code);
			});
		}),
);

Promise.all(runs).then((codes) => {
	const failed = commands.filter((_, i) => codes[i] !== 0);
	if (failed.length > 0) console.error(`failed: ${failed.join(', ')}`);
	process.exit(failed.length > 0 ? 1 : 0);
});
