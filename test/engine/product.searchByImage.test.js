'use strict';
const crypto = require('node:crypto');
const { offerImagePng } = require('../sandbox/data/images');
const { operationRunner, useSandbox } = require('../support/sandboxSuite');
const { startImageHost } = require('../support/imageHost');

const UPLOAD_API = 'com.alibaba.fenxiao.crossborder:product.image.upload-1';
const IMAGE_API = 'com.alibaba.fenxiao.crossborder:product.search.imageQuery-1';
const IMAGE_HOST = 'https://cbu01.alicdn.com/';
/** The test's image host is on 127.0.0.1: downloads from it need the intranet option (the default refuses loopback). */
const INTRANET = { allowPrivateNetwork: true };

const sandbox = useSandbox();

let host;
beforeAll(async () => {
	host = await startImageHost();
});
afterAll(() => host.close());
beforeEach(() => {
	host.requests.length = 0;
});

const run = operationRunner(sandbox, 'product', 'searchByImage');
const pngBinary = (bytes, property = 'data') => ({
	[property]: {
		data: bytes.toString('base64'),
		mimeType: 'image/png',
		fileName: 'offer.png',
		fileExtension: 'png',
	},
});
const queryOf = (request) => JSON.parse(request.params.offerQueryParam);
const md5 = (bytes) => crypto.createHash('md5').update(bytes).digest('hex');
const published = () =>
	[...sandbox().store.offers.values()].filter((o) => o.status === 'published');
/** A published offer of the largest top category (24 offers: two pages of 20). */
function offerOfLargestCategory() {
	const counts = new Map();
	for (const offer of published())
		counts.set(offer.topCategoryId, (counts.get(offer.topCategoryId) ?? 0) + 1);
	const [top] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
	return published().find((o) => o.topCategoryId === top);
}

describe('Product → Search by Image through the n8n engine', () => {
	test('a binary image is uploaded once, then every page is searched with its imageId; the pictured offer comes first', async () => {
		const offer = offerOfLargestCategory();
		const png = offerImagePng(offer);
		const similar = published().filter((o) => o.topCategoryId === offer.topCategoryId);
		expect(similar.length).toBeGreaterThan(20);
		const { items, error } = await run(
			{ imageSource: 'binary', binaryPropertyName: 'data', returnAll: true },
			{ binaries: [pngBinary(png)] },
		);
		expect(error).toBeUndefined();
		expect(items[0].offerId).toBe(String(offer.offerId));
		expect(items).toHaveLength(similar.length);
		expect(new Set(items.map((i) => i.offerId))).toEqual(
			new Set(similar.map((o) => String(o.offerId))),
		);

		expect(sandbox().requests.map((r) => r.api)).toEqual([UPLOAD_API, IMAGE_API, IMAGE_API]);
		expect(JSON.parse(sandbox().requests[0].params.uploadImageParam)).toEqual({
			imageBase64: png.toString('base64'),
		});
		const imageId = [...sandbox().store.images.keys()].pop();
		expect(sandbox().requests.slice(1).map(queryOf)).toEqual([
			{ country: 'en', imageId, beginPage: 1, pageSize: 20 },
			{ country: 'en', imageId, beginPage: 2, pageSize: 20 },
		]);
		for (const item of items) {
			const stored = sandbox().store.getOffer(item.offerId);
			expect(item).toMatchObject({
				title: stored.subject,
				monthSold: stored.monthSold,
				supplier: stored.seller.companyName,
				dropshipping: stored.sourcing.isOnePsale,
			});
			expect(typeof item.price).toBe('number');
		}
	});

	test('the same image gives the same results every time; Limit asks for no more than it needs', async () => {
		const offer = published()[10];
		const binaries = [pngBinary(offerImagePng(offer), 'photo')];
		const first = await run({ binaryPropertyName: 'photo', limit: 3 }, { binaries });
		const again = await run({ binaryPropertyName: 'photo', limit: 3 }, { binaries });
		expect(first.items).toHaveLength(3);
		expect(first.items[0].offerId).toBe(String(offer.offerId));
		expect(again.items.map((i) => i.offerId)).toEqual(first.items.map((i) => i.offerId));
		expect(queryOf(sandbox().requests[1])).toMatchObject({ beginPage: 1, pageSize: 3 });
	});

	test("an image URL on 1688's CDN is searched directly, without an upload", async () => {
		const offer = published()[3];
		const imageUrl = IMAGE_HOST + offer.images[0];
		const { items } = await run({ imageSource: 'url', imageUrl, limit: 5, language: 'ko' });
		expect(items[0].offerId).toBe(String(offer.offerId));
		expect(sandbox().requests.map((r) => r.api)).toEqual([IMAGE_API]);
		expect(queryOf(sandbox().requests[0])).toEqual({
			country: 'ko',
			imageAddress: imageUrl,
			beginPage: 1,
			pageSize: 5,
		});
	});

	test('price, sort and search-within-results filters reach offerQueryParam and apply', async () => {
		const offer = offerOfLargestCategory();
		const { items } = await run(
			{
				returnAll: true,
				sort: { rule: { field: 'price', direction: 'desc' } },
				filters: { minPrice: 10, maxPrice: 150, keyword: 'factory', offerFilters: ['isOnePsale'] },
			},
			{ binaries: [pngBinary(offerImagePng(offer))] },
		);
		expect(queryOf(sandbox().requests[1])).toMatchObject({
			sort: '{"price":"desc"}',
			priceStart: '10',
			priceEnd: '150',
			keyword: 'factory',
			filter: 'isOnePsale',
		});
		expect(items.length).toBeGreaterThan(0);
		const prices = items.map((i) => i.price);
		expect(prices).toEqual([...prices].sort((a, b) => b - a));
		for (const item of items) {
			const stored = sandbox().store.getOffer(item.offerId);
			expect(`${stored.subject} ${stored.subjectTrans}`.toLowerCase()).toContain('factory');
			expect(item.price).toBeGreaterThanOrEqual(10);
			expect(item.price).toBeLessThanOrEqual(150);
			expect(stored.sourcing.isOnePsale).toBe(true);
		}
	});

	test.each([
		[
			{ binaryPropertyName: 'photo' },
			[pngBinary(Buffer.from('x'), 'data')],
			'Input Binary Field: the input item has no binary property "photo" [item 0]',
			null,
		],
		[
			{},
			[],
			'Input Binary Field: the input item has no binary property "data" [item 0]',
			/binary file/,
		],
		[
			{},
			[
				{
					data: {
						data: Buffer.from('name,price\nbag,12\n').toString('base64'),
						mimeType: 'text/csv',
					},
				},
			],
			'Input Binary Field: the binary property "data" is not an image (PNG, JPEG, GIF, WebP, BMP): it is text starting "name,price bag,12" (text/csv) [item 0]',
			null,
		],
		[
			{ imageSource: 'url', imageUrl: 'ftp://example.com/bag.jpg' },
			[],
			'Image URL: must be an http or https address of an image, got ftp://example.com/bag.jpg [item 0]',
			null,
		],
		[
			{ filters: { minPrice: 9, maxPrice: 3 } },
			[pngBinary(offerImagePng(1))],
			'Min Price (CNY): 9 is above Max Price (CNY) 3 [item 0]',
			null,
		],
	])(
		'bad input %j stops before any request (nothing uploaded)',
		async (parameters, binaries, message, hint) => {
			const { error } = await run(parameters, { binaries });
			expect(error.message).toBe(message);
			if (hint) expect(error.description).toMatch(hint);
			expect(sandbox().requests).toHaveLength(0);
		},
	);

	test('a binary image over 3 MB is refused with its size before anything is uploaded', async () => {
		const huge = Buffer.concat([offerImagePng(published()[0]), Buffer.alloc(3 * 1024 * 1024)]);
		const { error } = await run({ limit: 1 }, { binaries: [pngBinary(huge)] });
		expect(error.message).toBe(
			`Input Binary Field: the binary property "data" is too large: 3.0 MB (${huge.length} bytes), above the 3.0 MB the image search accepts [item 0]`,
		);
		expect(sandbox().requests).toHaveLength(0);
	});
});

describe('Product → Search by Image from any public image URL', () => {
	test('an image elsewhere (a shop, a CDN) is downloaded without credentials, checked, uploaded, then searched', async () => {
		const offer = offerOfLargestCategory();
		const imageUrl = host.offerImageUrl(offer.offerId);
		const { items, error } = await run({
			imageSource: 'url',
			imageUrl,
			downloadOptions: INTRANET,
			limit: 5,
		});
		expect(error).toBeUndefined();
		expect(items[0].offerId).toBe(String(offer.offerId));
		expect(items).toHaveLength(5);
		expect(host.requests).toHaveLength(1);
		expect(host.requests[0]).toMatchObject({ method: 'GET', path: `/offers/${offer.offerId}.png` });
		expect(JSON.stringify(host.requests[0].headers)).not.toMatch(
			/sandbox-access-token|test123|_aop_signature|authorization/i,
		);
		expect(sandbox().requests.map((r) => r.api)).toEqual([UPLOAD_API, IMAGE_API]);
		expect(JSON.parse(sandbox().requests[0].params.uploadImageParam)).toEqual({
			imageBase64: offerImagePng(offer).toString('base64'),
		});
		const uploaded = [...sandbox().store.images.values()].find(
			(image) => image.md5 === md5(offerImagePng(offer)),
		);
		expect(queryOf(sandbox().requests[1])).toEqual({
			country: 'en',
			imageId: uploaded.imageId,
			beginPage: 1,
			pageSize: 5,
		});
	});

	test('the format is read from the bytes, not the Content-Type; redirects are followed; a JPEG is uploaded as it is', async () => {
		const offer = published()[7];
		const mislabelled = await run({
			imageSource: 'url',
			imageUrl: `${host.url}/cdn/${offer.offerId}`,
			downloadOptions: INTRANET,
			limit: 1,
		});
		expect(mislabelled.items[0].offerId).toBe(String(offer.offerId));
		const moved = await run({
			imageSource: 'url',
			imageUrl: `${host.url}/moved.png`,
			downloadOptions: INTRANET,
			limit: 1,
		});
		expect(moved.error).toBeUndefined();
		expect(host.requests.map((r) => r.path)).toEqual([
			`/cdn/${offer.offerId}`,
			'/moved.png',
			'/offers/1.png',
		]);
		sandbox().clearRequests();
		const jpeg = await run({
			imageSource: 'url',
			imageUrl: `${host.url}/photo.jpg`,
			downloadOptions: INTRANET,
			limit: 2,
		});
		expect(jpeg.error).toBeUndefined();
		expect(jpeg.items).toHaveLength(2);
		expect(
			Buffer.from(JSON.parse(sandbox().requests[0].params.uploadImageParam).imageBase64, 'base64')
				.subarray(0, 3)
				.toString('hex'),
		).toBe('ffd8ff');
	});

	test.each([
		[
			'/missing.jpg',
			(url) => `Image URL: ${url} is not reachable: the server answered HTTP 404 [item 0]`,
		],
		[
			'/product.html',
			(url) =>
				`Image URL: ${url} is not an image (PNG, JPEG, GIF, WebP, BMP): it is an HTML page (text/html) [item 0]`,
		],
		[
			'/huge.png',
			(url) =>
				`Image URL: ${url} is too large: 3.0 MB (${3 * 1024 * 1024 + offerImagePng(1).length} bytes), above the 3.0 MB the image search accepts [item 0]`,
		],
	])('%s: the error says what was wrong, and nothing reaches 1688', async (path, message) => {
		const imageUrl = `${host.url}${path}`;
		const { error } = await run({
			imageSource: 'url',
			imageUrl,
			downloadOptions: INTRANET,
			limit: 1,
		});
		expect(error.message).toBe(message(imageUrl));
		expect(error.name).toBe('NodeOperationError');
		expect(sandbox().requests).toHaveLength(0);
	});

	test('an address nobody answers is reported with the network error', async () => {
		const closed = await startImageHost();
		const imageUrl = closed.offerImageUrl(1);
		await closed.close();
		const { error } = await run({
			imageSource: 'url',
			imageUrl,
			downloadOptions: INTRANET,
			limit: 1,
		});
		expect(error.message).toBe(
			`Image URL: ${imageUrl} could not be downloaded: the server refused the connection [item 0]`,
		);
		expect(sandbox().requests).toHaveLength(0);
	});
});
