'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync } = require('node:child_process');

const REPO = path.resolve(__dirname, '..', '..', '..');

/** `npm pack` into a temporary folder; the package must have been built (dist/). */
function packPackage() {
	if (!fs.existsSync(path.join(REPO, 'dist', 'nodes', 'Alibaba1688', 'Alibaba1688.node.js'))) {
		throw new Error(
			'dist/ is missing: build first (npm run build), or use the npm script that builds',
		);
	}
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-nodes-1688-pack-'));
	const output = execFileSync(
		'npm',
		['pack', '--json', '--pack-destination', dir, '--loglevel=error'],
		{ cwd: REPO, encoding: 'utf8' },
	);
	const [{ filename, files }] = JSON.parse(output);
	return { tarball: path.join(dir, path.basename(filename)), dir, fileCount: files.length };
}

module.exports = { packPackage };
