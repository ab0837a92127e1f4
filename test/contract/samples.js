'use strict';
/**
 * The sample-answer fixtures (test/contract/samples/<namespace>.<apiName>-<version>.json, see README.md),
 * read the way the package reads 1688's answers: through its long-ID-safe parser, so IDs beyond 2^53 keep
 * every digit.
 */
const fs = require('node:fs');
const path = require('node:path');

const { parseJsonKeepingLongIds } = require('../../dist/nodes/shared/transport/json');
const { API } = require('../../dist/nodes/shared/apis');

const SAMPLES_DIR = path.join(__dirname, 'samples');

/** The OAuth endpoints the package calls besides the catalogue (nodes/shared/transport/oauth.ts). */
const OAUTH_APIS = [
	{ namespace: 'system.oauth2', name: 'getToken', version: 1 },
	{ namespace: 'system.oauth2', name: 'postponeToken', version: 1 },
];

const apiId = (api) => `${api.namespace}:${api.name}-${api.version}`;
const fixtureName = (api) => `${api.namespace}.${api.name}-${api.version}.json`;

/** Every API in the compiled catalogue (dist/nodes/shared/apis.js), by catalogue name. */
function catalogue() {
	return Object.entries(API).map(([name, api]) => ({
		name,
		api,
		id: apiId(api),
		file: fixtureName(api),
	}));
}

/**
 * The `"response"` member of a fixture, as text: the fixture convention puts it last, so it runs from
 * its key to the object's closing brace. The package's own parser then reads exactly that text.
 */
function responseText(fileText, file) {
	const key = '\n  "response": ';
	const start = fileText.indexOf(key);
	const end = fileText.lastIndexOf('}');
	if (start < 0 || end < start) throw new Error(`${file}: no "response" member as the last key`);
	return fileText.slice(start + key.length, end).trim();
}

/** One fixture: its doc citation, optional note and request, the response as text and parsed. */
function loadSample(file) {
	const text = fs.readFileSync(path.join(SAMPLES_DIR, file), 'utf8');
	const whole = parseJsonKeepingLongIds(text);
	const raw = responseText(text, file);
	return { file, ...whole, responseText: raw, response: parseJsonKeepingLongIds(raw) };
}

function sampleFiles() {
	return fs
		.readdirSync(SAMPLES_DIR)
		.filter((file) => file.endsWith('.json'))
		.sort();
}

module.exports = {
	OAUTH_APIS,
	SAMPLES_DIR,
	apiId,
	fixtureName,
	catalogue,
	loadSample,
	sampleFiles,
	responseText,
};
