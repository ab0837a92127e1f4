'use strict';
/**
 * Product → Search by Image from a URL that outside text (an AI agent, a form) chose, against a hostile image host
 * on 127.0.0.1: internal addresses in every spelling, redirects back inside, a 64 MB body, a gzip bomb, a body
 * that drips one byte a second, bodies and URLs holding secrets. n8n's SSRF protection is off here (its default);
 * product.searchByImage.ssrf.test.js runs with it on.
 */
const { offerImagePng } = require('../sandbox/data/images');
const { operationRunner, useSandbox } = require('../support/sandboxSuite');
const { startImageHost } = require('../support/imageHost');
const { useTestNames } = require('../support/testNames');

const UPLOAD_API = 'com.alibaba.fenxiao.crossborder:product.image.upload-1';
const IMAGE_API = 'com.alibaba.fenxiao.crossborder:product.search.imageQuery-1';
const INTRANET = { allowPrivateNetwork: true };
const SIZE_ERROR =
	'is too large: the download passed the 3.0 MB the image search accepts and was stopped there [item 0]';

const sandbox = useSandbox();
// cdn.shop.example looks like a public server to the node's check and is answered by the host on 127.0.0.1, as a
// shop's CDN would be on the internet; files.shop.example is an intranet name (10.0.0.8 wherever it is looked up).
const names = useTestNames({
	'cdn.shop.example': { check: '93.184.215.14', connect: '127.0.0.1' },
	'files.shop.example': { check: '10.0.0.8' },
});

let host;
beforeAll(async () => {
	host = await startImageHost();
});
afterAll(() => host.close());
beforeEach(() => {
	host.requests.length = 0;
	names.lookups.length = 0;
});

const run = operationRunner(sandbox, 'product', 'searchByImage', 'crossBorder');
const byUrl = (imageUrl, downloadOptions, extra = {}) =>
	run(
		{ imageSource: 'url', imageUrl, limit: 1, ...(downloadOptions ? { downloadOptions } : {}) },
		extra,
	);
const publicUrl = (path) => `http://cdn.shop.example:${host.port}${path}`;
const uploads = () => sandbox().requests.filter((r) => r.api === UPLOAD_API);

/** Resolves once the host saw the reader of `path` go away (the node destroyed the stream), or after 10 s. */
async function readerGone(path) {
	for (let waited = 0; waited < 10_000 && !host.streams[path]?.closed; waited += 50)
		await new Promise((resolve) => setTimeout(resolve, 50));
	return host.streams[path]?.closed === true;
}

describe('an image URL may reach only public addresses by default', () => {
	const port = () => host.port;
	const LOOPBACK_SPELLINGS = [
		'127.0.0.1',
		'127.1',
		'127.0.1',
		'2130706433',
		'0x7f000001',
		'0177.0.0.1',
		'0x7f.1',
		'127.255.255.254',
		'localhost',
		'LOCALHOST.',
		'images.localhost',
		'[::1]',
		'[::ffff:127.0.0.1]',
		'[::ffff:7f00:1]',
		'[::127.0.0.1]',
		'[64:ff9b::7f00:1]',
		'[2002:7f00:1::1]',
	];

	test.each(LOOPBACK_SPELLINGS)(
		'%s (loopback) is refused before any request: nothing reaches the host or 1688',
		async (spelling) => {
			const imageUrl = `http://${spelling}:${port()}/offers/1.png`;
			const { error } = await byUrl(imageUrl);
			const { hostname, href } = new URL(imageUrl);
			expect(error.message).toBe(
				`Image URL: ${href} is refused: ${hostname.replace(/^\[(.*)\]$/, '$1')} is a loopback address (n8n's own machine) [item 0]`,
			);
			expect(error.description).toMatch(
				/^Only public internet addresses are downloaded.*Download Options → Allow Private Network Addresses/,
			);
			expect(host.requests).toHaveLength(0);
			expect(sandbox().requests).toHaveLength(0);
		},
	);

	test.each([
		['0.0.0.0', 'the unspecified address'],
		['[::]', 'the unspecified address'],
		['10.0.0.1', 'a private network address'],
		['172.16.0.1', 'a private network address'],
		['192.168.1.1', 'a private network address'],
		['100.64.0.1', 'a private network address'],
		['[fc00::1]', 'a private network address'],
		['[::ffff:192.168.0.1]', 'a private network address'],
		['169.254.1.1', 'a link-local address'],
		['[fe80::1]', 'a link-local address'],
		['169.254.169.254', 'a cloud metadata address'],
		['2852039166', 'a cloud metadata address'],
		['[fd00:ec2::254]', 'a cloud metadata address'],
		['metadata.google.internal', 'a cloud metadata address'],
		['100.100.100.200', 'a cloud metadata address'],
		['224.0.0.1', 'a multicast address'],
		['255.255.255.255', 'the broadcast address'],
		['192.0.2.1', 'a reserved address'],
		['printer.local', 'a name on a local network'],
		['intranet', 'a name on a local network'],
	])('%s is refused before any request: %s', async (spelling, what) => {
		const { error } = await byUrl(`http://${spelling}:${port()}/latest/meta-data/`);
		expect(error.message).toMatch(
			new RegExp(
				`^Image URL: http://\\S+ is refused: \\S+ is ${what.replace(/[()]/g, '\\$&')}.* \\[item 0\\]$`,
			),
		);
		expect(host.requests).toHaveLength(0);
		expect(sandbox().requests).toHaveLength(0);
	});

	test('a host name that resolves to a private address is refused before any connection', async () => {
		const { error } = await byUrl(`http://files.shop.example:${port()}/offers/1.png`);
		expect(error.message).toBe(
			`Image URL: http://files.shop.example:${port()}/offers/1.png is refused: files.shop.example resolves to 10.0.0.8, a private network address [item 0]`,
		);
		expect(names.lookups).toEqual([{ name: 'files.shop.example', by: 'check' }]);
		expect(host.requests).toHaveLength(0);
		expect(sandbox().requests).toHaveLength(0);
	});

	test('a public name is downloaded with the default options, uploaded and searched', async () => {
		const { items, error } = await byUrl(publicUrl('/offers/5.png'));
		expect(error).toBeUndefined();
		expect(items[0].offerId).toBe(String(sandbox().store.getOffer(items[0].offerId).offerId));
		expect(host.requests.map((r) => r.path)).toEqual(['/offers/5.png']);
		expect(names.lookups.map((l) => l.by)).toEqual(['check', 'connect']);
		expect(JSON.parse(uploads()[0].params.uploadImageParam)).toEqual({
			imageBase64: offerImagePng(5).toString('base64'),
		});
		expect(sandbox().requests.map((r) => r.api)).toEqual([UPLOAD_API, IMAGE_API]);
	});

	test('Allow Private Network Addresses lets a loopback image through; without it the same URL is refused', async () => {
		const imageUrl = host.offerImageUrl(5);
		const refused = await byUrl(imageUrl);
		expect(refused.error.message).toMatch(/is refused: 127\.0\.0\.1 is a loopback address/);
		expect(host.requests).toHaveLength(0);
		const allowed = await byUrl(imageUrl, INTRANET);
		expect(allowed.error).toBeUndefined();
		expect(host.requests.map((r) => r.path)).toEqual(['/offers/5.png']);
		expect(sandbox().requests.map((r) => r.api)).toEqual([UPLOAD_API, IMAGE_API]);
	});
});

describe('redirects are followed one by one, each checked before it is requested', () => {
	const redirect = (base, to) => `${base}/redirect?to=${encodeURIComponent(to)}`;

	test.each([
		['127.1', "127.0.0.1 is a loopback address (n8n's own machine)"],
		['0x7f000001', "127.0.0.1 is a loopback address (n8n's own machine)"],
		['[::ffff:127.0.0.1]', "::ffff:7f00:1 is a loopback address (n8n's own machine)"],
		['localhost', "localhost is a loopback address (n8n's own machine)"],
		['169.254.169.254', 'a cloud metadata address'],
		['files.shop.example', 'files.shop.example resolves to 10.0.0.8, a private network address'],
	])('a public URL redirecting to %s is refused after the first hop', async (target, what) => {
		const internal = `http://${target}:${host.port}/offers/1.png?token=t0k3n`;
		const { error } = await byUrl(redirect(publicUrl(''), internal));
		expect(error.message).toContain(
			`Image URL: http://cdn.shop.example:${host.port}/redirect?to=… redirected to http://`,
		);
		expect(error.message).toContain(`/offers/1.png?token=…, which is refused: `);
		expect(error.message).toContain(what);
		expect(error.message).not.toMatch(/t0k3n|SECRET/);
		expect(host.requests.map((r) => r.path)).toEqual(['/redirect']);
		expect(sandbox().requests).toHaveLength(0);
	});

	test('with the intranet option on, a redirect to a metadata address is still refused', async () => {
		const { error } = await byUrl(
			redirect(host.url, 'http://169.254.169.254/latest/meta-data/iam/'),
			INTRANET,
		);
		expect(error.message).toBe(
			`Image URL: ${host.url}/redirect?to=… redirected to http://169.254.169.254/latest/meta-data/iam/, which is refused: 169.254.169.254 is a cloud metadata address [item 0]`,
		);
		expect(error.description).toMatch(/never downloaded from, whatever the options/);
		expect(host.requests).toHaveLength(1);
	});

	test('a redirect to a public address is followed; a redirect loop stops after 5', async () => {
		const followed = await byUrl(redirect(publicUrl(''), publicUrl('/offers/9.png')));
		expect(followed.error).toBeUndefined();
		expect(host.requests.map((r) => r.path)).toEqual(['/redirect', '/offers/9.png']);
		host.requests.length = 0;
		sandbox().clearRequests();

		let loop = publicUrl('/offers/1.png');
		for (let i = 0; i < 6; i++) loop = redirect(publicUrl(''), loop);
		const { error } = await byUrl(loop);
		expect(error.message).toBe(
			`Image URL: http://cdn.shop.example:${host.port}/redirect?to=… redirected more than 5 times [item 0]`,
		);
		expect(host.requests).toHaveLength(6);
		expect(sandbox().requests).toHaveLength(0);
	});

	test('a redirect to another scheme is refused', async () => {
		const { error } = await byUrl(redirect(publicUrl(''), 'file:///etc/passwd'));
		expect(error.message).toBe(
			`Image URL: http://cdn.shop.example:${host.port}/redirect?to=… redirected to an address that is not http or https [item 0]`,
		);
	});
});

describe('a hostile body cannot hold memory or time', () => {
	test('a 64 MB body (no Content-Length) is stopped once it passes 3 MB', async () => {
		const { error } = await byUrl(publicUrl('/big.png?mb=64'));
		expect(error.message).toBe(
			`Image URL: http://cdn.shop.example:${host.port}/big.png?mb=… ${SIZE_ERROR}`,
		);
		expect(await readerGone('/big.png')).toBe(true);
		// What the host handed to the socket: the 3 MB read plus what the connection's buffers held, far from 64 MB.
		expect(host.streams['/big.png'].bytes).toBeLessThan(16 * 1024 * 1024);
		expect(sandbox().requests).toHaveLength(0);
	});

	test('an endless gzip bomb is stopped at 3 MB of inflated bytes (the size error, not the time limit)', async () => {
		const { error } = await byUrl(publicUrl('/bomb.png'), { timeLimit: 60 });
		expect(error.message).toBe(
			`Image URL: http://cdn.shop.example:${host.port}/bomb.png ${SIZE_ERROR}`,
		);
		expect(await readerGone('/bomb.png')).toBe(true);
		expect(sandbox().requests).toHaveLength(0);
	});

	test('a body that drips one byte a second is given up at the time limit, and its connection closed', async () => {
		const { error } = await byUrl(publicUrl('/drip.png'), { timeLimit: 1 });
		expect(error.message).toBe(
			`Image URL: http://cdn.shop.example:${host.port}/drip.png could not be downloaded: no complete answer within 1 second [item 0]`,
		);
		expect(error.description).toMatch(/Download Options → Time Limit/);
		expect(await readerGone('/drip.png')).toBe(true);
		expect(sandbox().requests).toHaveLength(0);
	});

	test('a time limit outside 1-300 seconds is refused before any request', async () => {
		const { error } = await byUrl(publicUrl('/offers/1.png'), { timeLimit: 0 });
		expect(error.message).toBe(
			'Download Options: Time Limit (Seconds) must be a number of seconds from 1 to 300, got 0 [item 0]',
		);
		expect(host.requests).toHaveLength(0);
	});
});

describe('errors never repeat what came back, URL credentials or query values', () => {
	const SECRETS = /SECRET|hunter2|a1b2c3d4|t0k3n|s3cr3t/;

	test.each([
		['/secret.txt', 'is not an image (PNG, JPEG, GIF, WebP, BMP): it is text (text/plain)'],
		['/secret.json', 'is not an image (PNG, JPEG, GIF, WebP, BMP): it is JSON (application/json)'],
		['/missing.jpg?token=t0k3n&size=2', 'is not reachable: the server answered HTTP 404'],
	])('%s: the error names the kind of answer only', async (path, problem) => {
		const imageUrl = `http://alice:s3cr3t@cdn.shop.example:${host.port}${path}`;
		const { items } = await run(
			{ imageSource: 'url', imageUrl, limit: 1 },
			{ continueOnFail: true },
		);
		const shown = `http://cdn.shop.example:${host.port}${path.replace(/=[^&]*/g, '=…')}`;
		expect(items[0].error).toBe(`Image URL: ${shown} ${problem} [item 0]`);
		expect(JSON.stringify(items)).not.toMatch(SECRETS);
		expect(host.requests[0].headers.authorization).toBe(
			`Basic ${Buffer.from('alice:s3cr3t').toString('base64')}`,
		);
		expect(sandbox().requests).toHaveLength(0);
	});

	test('a refused URL is shown without its password or token', async () => {
		const { items } = await run(
			{
				imageSource: 'url',
				imageUrl: `http://alice:s3cr3t@127.0.0.1:${host.port}/a.png?token=t0k3n`,
				limit: 1,
			},
			{ continueOnFail: true },
		);
		expect(items[0].error).toBe(
			`Image URL: http://127.0.0.1:${host.port}/a.png?token=… is refused: 127.0.0.1 is a loopback address (n8n's own machine) [item 0]`,
		);
		expect(JSON.stringify(items)).not.toMatch(SECRETS);
	});

	test('the credentials in the URL go to its own host only, not to the address a redirect names', async () => {
		const to = publicUrl('/offers/2.png');
		const { error } = await byUrl(
			`http://alice:s3cr3t@cdn.shop.example:${host.port}/redirect?to=${encodeURIComponent(to)}`,
		);
		expect(error).toBeUndefined();
		expect(host.requests.map((r) => [r.path, r.headers.authorization])).toEqual([
			['/redirect', `Basic ${Buffer.from('alice:s3cr3t').toString('base64')}`],
			['/offers/2.png', undefined],
		]);
	});
});
