'use strict';
const {
	classifyHost,
	classifyIp,
	parseIpv4,
	parseIpv6,
	isAllowedAddress,
} = require('../../dist/nodes/Alibaba1688/helpers/networkAddress');
const { safeUrlText, safeUrlInput } = require('../../dist/nodes/Alibaba1688/helpers/urlText');

/** The verdict's kind and words for a hostname, as `new URL(…)` would leave it or as typed. */
const kindOf = (host) => classifyHost(host).kind;
const whatOf = (host) => classifyHost(host).what;

describe('the address classifier of downloads', () => {
	test('IPv4 in every spelling a browser or ping accepts', () => {
		const loopback = 0x7f000001;
		for (const spelling of [
			'127.0.0.1',
			'127.1',
			'127.0.1',
			'2130706433',
			'0x7f000001',
			'0X7F000001',
			'0177.0.0.1',
			'0177.0.0.01',
			'0x7f.1',
			'0x7f.0.0.0x1',
			'017700000001',
			'127.0.0.1.',
		]) {
			expect([spelling, parseIpv4(spelling)]).toEqual([spelling, loopback]);
		}
		expect(parseIpv4('0')).toBe(0);
		expect(parseIpv4('0x')).toBe(0);
		expect(parseIpv4('169.254.43518')).toBe(0xa9fea9fe);
		for (const notIp of [
			'',
			'example.com',
			'1.2.3.4.5',
			'256.0.0.1',
			'1.2.3.256',
			'08.0.0.1',
			'1.16777216',
			'4294967296',
			'0x1g',
			'1..2',
		]) {
			expect([notIp, parseIpv4(notIp)]).toEqual([notIp, undefined]);
		}
	});

	test('IPv6 forms: compressed, full, embedded IPv4, zone, brackets', () => {
		expect(parseIpv6('::1')).toEqual([0, 0, 0, 0, 0, 0, 0, 1]);
		expect(parseIpv6('[::1]')).toEqual([0, 0, 0, 0, 0, 0, 0, 1]);
		expect(parseIpv6('0:0:0:0:0:0:0:1')).toEqual([0, 0, 0, 0, 0, 0, 0, 1]);
		expect(parseIpv6('::ffff:127.0.0.1')).toEqual([0, 0, 0, 0, 0, 0xffff, 0x7f00, 1]);
		expect(parseIpv6('fe80::1%eth0')).toEqual([0xfe80, 0, 0, 0, 0, 0, 0, 1]);
		expect(parseIpv6('FD00:EC2::254')).toEqual([0xfd00, 0xec2, 0, 0, 0, 0, 0, 0x254]);
		for (const bad of [
			'1::2::3',
			'12345::',
			'1:2:3:4:5:6:7:8:9',
			'1:2:3:4:5:6:7',
			'::ffff:300.0.0.1',
			'g::1',
			':::',
		]) {
			expect([bad, parseIpv6(bad)]).toEqual([bad, undefined]);
		}
	});

	test.each([
		// loopback, every spelling
		...[
			'127.0.0.1',
			'127.1',
			'127.255.255.254',
			'2130706433',
			'0x7f000001',
			'0177.0.0.1',
			'localhost',
			'LOCALHOST',
			'localhost.',
			'images.localhost',
			'::1',
			'[::1]',
			'0:0:0:0:0:0:0:1',
			'::ffff:127.0.0.1',
			'[::ffff:7f00:1]',
			'::ffff:0:127.0.0.1',
			'::127.0.0.1',
			'64:ff9b::127.0.0.1',
			'2002:7f00:1::1',
		].map((host) => [host, 'local', /loopback/]),
		// private networks
		...[
			'10.0.0.1',
			'10.255.255.255',
			'172.16.0.1',
			'172.31.255.255',
			'192.168.1.1',
			'100.64.0.1',
			'100.127.255.255',
			'fc00::1',
			'fd12:3456::1',
			'fec0::1',
			'::ffff:10.1.2.3',
			'::ffff:a01:203',
			'64:ff9b:1::1',
		].map((host) => [host, 'local', /private network/]),
		...['169.254.1.1', 'fe80::1', 'febf::1', '::ffff:169.254.1.1'].map((host) => [
			host,
			'local',
			/link-local/,
		]),
		// names that only mean something on a local network
		...[
			'intranet',
			'nas',
			'printer.local',
			'build.internal',
			'router.home.arpa',
			'files.lan',
			'host.localdomain',
		].map((host) => [host, 'local', /local network/]),
		// never: metadata services, unspecified, multicast, broadcast, reserved
		...[
			'169.254.169.254',
			'0xa9fea9fe',
			'2852039166',
			'169.254.43518',
			'::ffff:169.254.169.254',
			'[::ffff:a9fe:a9fe]',
			'fd00:ec2::254',
			'fd20:ce::254',
			'100.100.100.200',
			'168.63.129.16',
			'192.0.0.192',
			'169.254.170.2',
			'metadata.google.internal',
			'metadata.google.internal.',
			'metadata',
			'metadata.goog',
			'instance-data',
		].map((host) => [host, 'never', /metadata/]),
		...['0.0.0.0', '0', '0.1.2.3', '::', '[::]', '::ffff:0.0.0.0'].map((host) => [
			host,
			'never',
			/unspecified/,
		]),
		...['224.0.0.1', '239.255.255.250', 'ff02::1', 'ff05::1:3'].map((host) => [
			host,
			'never',
			/multicast/,
		]),
		['255.255.255.255', 'never', /broadcast/],
		...[
			'240.0.0.1',
			'192.0.2.10',
			'198.51.100.7',
			'203.0.113.9',
			'198.18.0.1',
			'192.0.0.8',
			'2001:db8::1',
			'2001::1',
			'100::1',
			'::8.8.8.8',
			'4000::1',
			'1.2.3.4.5',
			'999.1.1.1',
			'1:2:3',
		].map((host) => [host, 'never', /reserved|not a valid/]),
		// public
		...[
			'8.8.8.8',
			'1.1.1.1',
			'93.184.215.14',
			'172.15.255.255',
			'172.32.0.1',
			'192.169.0.1',
			'100.63.255.255',
			'100.128.0.1',
			'169.253.1.1',
			'11.0.0.1',
			'::ffff:8.8.8.8',
			'64:ff9b::8.8.8.8',
			'2002:808:808::1',
			'2606:4700:4700::1111',
			'2a00:1450:4001::200e',
			'm.media-amazon.com',
			'cdn.shop.example.com',
			'localhost.example.com',
			'metadata.example.com',
			'internal.example.com',
		].map((host) => [host, 'public', /public/]),
	])('%s is %s (%s)', (host, kind, what) => {
		expect(kindOf(host)).toBe(kind);
		expect(whatOf(host)).toMatch(what);
	});

	test('names are told apart from addresses (a name is resolved and checked again)', () => {
		expect(classifyHost('cdn.example.com').isName).toBe(true);
		expect(classifyHost('localhost').isName).toBe(true);
		expect(classifyHost('127.1').isName).toBe(false);
		expect(classifyHost('[::1]').isName).toBe(false);
		expect(classifyIp('cdn.example.com')).toBeUndefined();
		expect(classifyIp('10.0.0.8')).toEqual({ kind: 'local', what: 'a private network address' });
	});

	test('Allow Private Network Addresses opens local addresses only, never metadata, multicast or reserved ones', () => {
		expect(isAllowedAddress(classifyHost('8.8.8.8'), false)).toBe(true);
		expect(isAllowedAddress(classifyHost('127.0.0.1'), false)).toBe(false);
		expect(isAllowedAddress(classifyHost('127.0.0.1'), true)).toBe(true);
		expect(isAllowedAddress(classifyHost('printer.local'), true)).toBe(true);
		for (const host of [
			'169.254.169.254',
			'fd00:ec2::254',
			'metadata.google.internal',
			'0.0.0.0',
			'224.0.0.1',
			'255.255.255.255',
			'192.0.2.1',
		]) {
			expect([host, isAllowedAddress(classifyHost(host), true)]).toEqual([host, false]);
		}
	});
});

describe('URLs in errors', () => {
	test('credentials removed, every query value hidden, the fragment dropped', () => {
		expect(
			safeUrlText(
				new URL(
					'https://alice:s3cret@cdn.example.com:8443/img/a.png?token=abc123&size=2&flag#frag',
				),
			),
		).toBe('https://cdn.example.com:8443/img/a.png?token=…&size=…&flag=…');
		expect(safeUrlText(new URL('http://127.0.0.1:5000/offers/1.png'))).toBe(
			'http://127.0.0.1:5000/offers/1.png',
		);
		expect(safeUrlText(new URL(`https://cdn.example.com/${'a'.repeat(300)}`))).toHaveLength(160);
	});

	test('text that is not an http URL: parsed when it can be, else credentials and query values hidden', () => {
		expect(safeUrlInput('ftp://bob:pw@example.com/bag.jpg?sig=xyz')).toBe(
			'ftp://example.com/bag.jpg?sig=…',
		);
		expect(safeUrlInput('file:///etc/passwd')).toBe('file:///etc/passwd');
		expect(safeUrlInput('bob:hunter2@example.com/a.png?key=k1&x=2')).toBe(
			'…@example.com/a.png?key=…&x=…',
		);
		expect(safeUrlInput('not a url')).toBe('not a url');
	});
});
