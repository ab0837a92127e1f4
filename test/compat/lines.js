'use strict';
/**
 * The n8n release lines the package is tested against, with the n8n-core / n8n-workflow versions that
 * n8n release ships, and the engine tests whose expectations only hold on a newer line (with why).
 */

/** The repository's own devDependencies: n8n 2.40.x. */
const CURRENT = {
	name: '2.x',
	n8n: '2.40.7',
	'n8n-core': '2.40.3',
	'n8n-workflow': '2.40.1',
	knownDifferences: [],
};

/** The last n8n 1.x release (`npm view n8n@1.123.81 dependencies`). */
const LAST_1X = {
	name: '1.x',
	n8n: '1.123.81',
	'n8n-core': '1.122.48',
	'n8n-workflow': '1.120.31',
	knownDifferences: [
		{
			tests: [
				'each poll stays in its budget and the rate limit, resumes where the last stopped, and covers everything',
				'Emit Existing on First Poll emits every order with previousStatus null, over polls when the budget is short, none twice',
				'a poll that runs out of budget stops between pages; the rest comes with the next poll, none twice',
			],
			why: 'n8n 1.x has no getPollBudgetMs: the trigger falls back to five minutes, so a test budget of one second is not seen',
		},
		{
			tests: ['an unreachable gateway reports the network error'],
			why:
				"n8n-workflow 1.x's NodeApiError drops its Error cause, so the credential dialog shows n8n's own text " +
				'("The service refused the connection - perhaps it is offline") instead of the code ECONNREFUSED',
		},
		{
			tests: [
				'a host name that resolves to a private address is refused before any connection',
				'a public URL redirecting to files.shop.example is refused after the first hop',
				'a public name is downloaded with the default options, uploaded and searched',
			],
			why: 'n8n 1.x offers nodes no egress filter (helpers.getSecureEgressFilter): Search by Image checks a host name by its spelling only, not by what it resolves to',
		},
		{
			tests: [
				"n8n blocks an address the node's option lets through",
				"a redirect n8n blocks: n8n's words, after the first hop only",
				"a host name n8n blocks (N8N_SSRF_BLOCKED_HOSTNAMES) is refused in n8n's words when the node resolves it",
			],
			why: 'n8n 1.x has no SSRF protection (N8N_SSRF_PROTECTION_ENABLED) to block a request',
		},
	],
};

/** A jest --testNamePattern that runs every test except the named ones. */
function excludingPattern(line) {
	const names = line.knownDifferences.flatMap((difference) => difference.tests);
	if (names.length === 0) return undefined;
	const escaped = names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
	return `^(?!.*(?:${escaped.join('|')})).*$`;
}

module.exports = { CURRENT, LAST_1X, LINES: { '1.x': LAST_1X, '2.x': CURRENT }, excludingPattern };
