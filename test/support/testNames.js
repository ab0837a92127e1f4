'use strict';
/**
 * Host names for the download tests, answered by a stand-in for `dns.lookup` (no DNS server is needed):
 * - what the node's own address check resolves (through n8n's lookup, which is plain dns.lookup while n8n's SSRF
 *   protection is off), and
 * - where a connection to the name goes (n8n's HTTP client: the lookup node:net makes to connect).
 * A name can so look like a public web server to the check while the test's host on 127.0.0.1 answers it, as a
 * shop's CDN would on the internet; or resolve to a private address for both, as an intranet name does.
 */
const dns = require('node:dns');

/** A lookup made by node:net to open a connection (anything else is the node's check). */
const CONNECTING = /\(node:net:/;

/**
 * Installs the names for the calling test file (restored after it).
 * @param {Record<string, { check: string, connect?: string }>} names name → the address the node's check gets, and
 *   the one a connection reaches (the check's address when not given)
 * @returns {{ lookups: Array<{ name: string, by: 'check'|'connect' }> }} every lookup of these names
 */
function useTestNames(names) {
	const lookups = [];
	let original;
	beforeAll(() => {
		original = dns.lookup;
		dns.lookup = function lookup(hostname, options, callback) {
			const entry = names[String(hostname).toLowerCase()];
			if (!entry) return original.apply(this, arguments);
			const done = typeof options === 'function' ? options : callback;
			const all = typeof options === 'object' && options !== null && options.all === true;
			const by = CONNECTING.test(new Error().stack) ? 'connect' : 'check';
			lookups.push({ name: hostname, by });
			const address = by === 'check' ? entry.check : (entry.connect ?? entry.check);
			const family = address.includes(':') ? 6 : 4;
			process.nextTick(() =>
				all ? done(null, [{ address, family }]) : done(null, address, family),
			);
		};
	});
	afterAll(() => {
		dns.lookup = original;
	});
	return { lookups };
}

module.exports = { useTestNames };
