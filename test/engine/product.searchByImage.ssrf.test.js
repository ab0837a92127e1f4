/**
 * @jest-environment node
 *
 * Its own n8n-core (jest's plain environment, see test/support/n8nModules.js): n8n reads the SSRF settings set
 * below when it loads, so this file cannot share the worker's n8n-core.
 */
'use strict';
/**
 * Product → Search by Image with n8n's own SSRF protection on (n8n-core 2.40.3 implements it in
 * @n8n/backend-network): its rules still apply under the node's (even with Allow Private Network Addresses on), and
 * when n8n blocks a download the error keeps n8n's explanation. The sandbox gateway stays reachable through
 * N8N_SSRF_ALLOWED_IP_RANGES=127.0.0.1/32; the photo host listens on 127.0.0.2, which n8n's default rules block.
 */
process.env.N8N_SSRF_PROTECTION_ENABLED = 'true';
process.env.N8N_SSRF_ALLOWED_IP_RANGES = '127.0.0.1/32';
process.env.N8N_SSRF_BLOCKED_HOSTNAMES = 'blocked.shop.example';

const { offerImagePng } = require('../sandbox/data/images');
const { operationRunner, useSandbox } = require('../support/sandboxSuite');
const { startImageHost } = require('../support/imageHost');

const UPLOAD_API = 'com.alibaba.fenxiao.crossborder:product.image.upload-1';
const IMAGE_API = 'com.alibaba.fenxiao.crossborder:product.search.imageQuery-1';
const INTRANET = { allowPrivateNetwork: true };
const N8N_IP_BLOCK =
	"was blocked by n8n's SSRF protection: The request was blocked because it resolves to a restricted IP address";

const sandbox = useSandbox();
let blockedHost;
let allowedHost;
beforeAll(async () => {
	blockedHost = await startImageHost({ host: '127.0.0.2' });
	allowedHost = await startImageHost();
});
afterAll(() => Promise.all([blockedHost.close(), allowedHost.close()]));
beforeEach(() => {
	blockedHost.requests.length = 0;
	allowedHost.requests.length = 0;
});

const run = operationRunner(sandbox, 'product', 'searchByImage', 'crossBorder');
const byUrl = (imageUrl, downloadOptions = INTRANET) =>
	run({ imageSource: 'url', imageUrl, limit: 1, downloadOptions });

describe('with N8N_SSRF_PROTECTION_ENABLED=true', () => {
	test('an address n8n allows (N8N_SSRF_ALLOWED_IP_RANGES) is downloaded when the node allows it too', async () => {
		const { items, error } = await byUrl(allowedHost.offerImageUrl(4));
		expect(error).toBeUndefined();
		expect(items).toHaveLength(1);
		expect(allowedHost.requests.map((r) => r.path)).toEqual(['/offers/4.png']);
		expect(JSON.parse(sandbox().requests[0].params.uploadImageParam)).toEqual({
			imageBase64: offerImagePng(4).toString('base64'),
		});
		expect(sandbox().requests.map((r) => r.api)).toEqual([UPLOAD_API, IMAGE_API]);
	});

	test("n8n blocks an address the node's option lets through: the error keeps n8n's words, nothing is requested", async () => {
		const imageUrl = blockedHost.offerImageUrl(4);
		const { error } = await byUrl(imageUrl);
		expect(error.message).toBe(`Image URL: ${imageUrl} ${N8N_IP_BLOCK} [item 0]`);
		expect(error.description).toBe(
			'The target 127.0.0.2 is not allowed. This is a security measure to prevent Server-Side Request Forgery (SSRF). If you need to access internal resources, ask your n8n administrator to allowlist the hostname or IP range in the environment configuration.',
		);
		expect(blockedHost.requests).toHaveLength(0);
		expect(sandbox().requests).toHaveLength(0);
	});

	test("a redirect n8n blocks: n8n's words, after the first hop only", async () => {
		const target = blockedHost.offerImageUrl(4);
		const { error } = await byUrl(`${allowedHost.url}/redirect?to=${encodeURIComponent(target)}`);
		expect(error.message).toBe(
			`Image URL: ${allowedHost.url}/redirect?to=… redirected to ${target}, which ${N8N_IP_BLOCK} [item 0]`,
		);
		expect(allowedHost.requests.map((r) => r.path)).toEqual(['/redirect']);
		expect(blockedHost.requests).toHaveLength(0);
		expect(sandbox().requests).toHaveLength(0);
	});

	test("a host name n8n blocks (N8N_SSRF_BLOCKED_HOSTNAMES) is refused in n8n's words when the node resolves it", async () => {
		const { error } = await byUrl(
			`http://blocked.shop.example:${allowedHost.port}/offers/4.png`,
			{},
		);
		expect(error.message).toBe(
			`Image URL: http://blocked.shop.example:${allowedHost.port}/offers/4.png was blocked by n8n's SSRF protection: The request was blocked because the destination hostname is restricted [item 0]`,
		);
		expect(error.description).toMatch(
			/^The hostname 'blocked\.shop\.example' is on the configured deny-list/,
		);
		expect(allowedHost.requests).toHaveLength(0);
		expect(sandbox().requests).toHaveLength(0);
	});

	test("the node's own default still applies: a loopback address n8n allows is refused without the intranet option", async () => {
		const { error } = await byUrl(allowedHost.offerImageUrl(4), {});
		expect(error.message).toBe(
			`Image URL: ${allowedHost.offerImageUrl(4)} is refused: 127.0.0.1 is a loopback address (n8n's own machine) [item 0]`,
		);
		expect(allowedHost.requests).toHaveLength(0);
	});
});
