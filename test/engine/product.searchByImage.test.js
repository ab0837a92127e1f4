'use strict';
const { offerImagePng } = require('../sandbox/data/images');
const { operationRunner, useSandbox } = require('../support/sandboxSuite');

const UPLOAD_API = 'com.alibaba.fenxiao.crossborder:product.image.upload-1';
const IMAGE_API = 'com.alibaba.fenxiao.crossborder:product.search.imageQuery-1';
const IMAGE_HOST = 'https://cbu01.alicdn.com/';

const sandbox = useSandbox();

const run = operationRunner(sandbox, 'product', 'searchByImage');
const pngBinary = (bytes, property = 'data') => ({
	[property]: { data: bytes.toString('base64'), mimeType: 'image/png', fileName: 'offer.png', fileExtension: 'png' },
});
const queryOf = (request) => JSON.parse(request.params.offerQueryParam);
const published = () => [...sandbox().store.offers.values()].filter((o) => o.status === 'published');
/** A published offer of the largest top category (24 offers: two pages of 20). */
function offerOfLargestCategory() {
	const counts = new Map();
	for (const offer of published()) counts.set(offer.topCategoryId, (counts.get(offer.topCategoryId) ?? 0) + 1);
	const [top] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
	return published().find((o) => o.topCategoryId === top);
}

describe('Product → Search by Image through the n8n engine', () => {
	test('a binary image is uploaded once, then every page is searched with its imageId; the pictured offer comes first', async () => {
		const offer = offerOfLargestCategory();
		const png = offerImagePng(offer);
		const similar = published().filter((o) => o.topCategoryId === offer.topCategoryId);
		expect(similar.length).toBeGreaterThan(20);
		const { items, error } = await run({ imageSource: 'binary', binaryPropertyName: 'data', returnAll: true }, { binaries: [pngBinary(png)] });
		expect(error).toBeUndefined();
		expect(items[0].offerId).toBe(String(offer.offerId));
		expect(items).toHaveLength(similar.length);
		expect(new Set(items.map((i) => i.offerId))).toEqual(new Set(similar.map((o) => String(o.offerId))));

		expect(sandbox().requests.map((r) => r.api)).toEqual([UPLOAD_API, IMAGE_API, IMAGE_API]);
		expect(JSON.parse(sandbox().requests[0].params.uploadImageParam)).toEqual({ imageBase64: png.toString('base64') });
		const imageId = [...sandbox().store.images.keys()].pop();
		expect(sandbox().requests.slice(1).map(queryOf)).toEqual([
			{ country: 'en', imageId, beginPage: 1, pageSize: 20 },
			{ country: 'en', imageId, beginPage: 2, pageSize: 20 },
		]);
		for (const item of items) {
			expect(Object.keys(item)).toEqual(['offerId', 'title', 'titleTranslated', 'url', 'mainImage', 'price', 'monthSold', 'minOrderQuantity', 'categoryId']);
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

	test('an image URL on 1688\'s CDN is searched directly, without an upload', async () => {
		const offer = published()[3];
		const imageUrl = IMAGE_HOST + offer.images[0];
		const { items } = await run({ imageSource: 'url', imageUrl, limit: 5, language: 'ko' });
		expect(items[0].offerId).toBe(String(offer.offerId));
		expect(sandbox().requests.map((r) => r.api)).toEqual([IMAGE_API]);
		expect(queryOf(sandbox().requests[0])).toEqual({ country: 'ko', imageAddress: imageUrl, beginPage: 1, pageSize: 5 });
	});

	test('price, sort and search-within-results filters reach offerQueryParam and apply', async () => {
		const offer = offerOfLargestCategory();
		const { items } = await run(
			{ returnAll: true, sortBy: 'priceDesc', filters: { minPrice: 10, maxPrice: 150, keyword: 'factory' } },
			{ binaries: [pngBinary(offerImagePng(offer))] },
		);
		expect(queryOf(sandbox().requests[1])).toMatchObject({ sort: '{"price":"desc"}', priceStart: '10', priceEnd: '150', keyword: 'factory' });
		expect(items.length).toBeGreaterThan(0);
		const prices = items.map((i) => i.price);
		expect(prices).toEqual([...prices].sort((a, b) => b - a));
		for (const item of items) {
			const stored = sandbox().store.getOffer(item.offerId);
			expect(`${stored.subject} ${stored.subjectTrans}`.toLowerCase()).toContain('factory');
			expect(item.price).toBeGreaterThanOrEqual(10);
			expect(item.price).toBeLessThanOrEqual(150);
		}
	});

	test.each([
		[{ binaryPropertyName: 'photo' }, [pngBinary(Buffer.from('x'), 'data')], 'Input Binary Field: the input item has no binary property "photo" [item 0]'],
		[{}, [], 'Input Binary Field: the input item has no binary property "data" [item 0]'],
		[{}, [{ data: { data: Buffer.from('name,price\nbag,12\n').toString('base64'), mimeType: 'text/csv' } }], 'Input Binary Field: the binary property "data" is not a PNG, JPEG, GIF, WebP or BMP image (text/csv) [item 0]'],
		[{ imageSource: 'url', imageUrl: 'https://example.com/bag.jpg' }, [], "Image URL: must be an image URL on 1688's CDN (https://cbu01.alicdn.com/...), got https://example.com/bag.jpg [item 0]"],
		[{ filters: { minPrice: 9, maxPrice: 3 } }, [pngBinary(offerImagePng(1))], 'Min Price (CNY): 9 is above Max Price (CNY) 3 [item 0]'],
	])('bad input %j stops before any request (nothing uploaded)', async (parameters, binaries, message) => {
		const { error } = await run(parameters, { binaries });
		expect(error.message).toBe(message);
		expect(sandbox().requests).toHaveLength(0);
	});

	test('with continue-on-fail an item without the image is an error item; the next item is searched', async () => {
		const offer = published()[20];
		const { items, pairedItems, error } = await run({ limit: 2 }, { items: [{}, {}], binaries: [undefined, pngBinary(offerImagePng(offer))], continueOnFail: true });
		expect(error).toBeUndefined();
		expect(items[0]).toEqual({ error: 'Input Binary Field: the input item has no binary property "data" [item 0]', details: { hint: expect.stringMatching(/binary file/) } });
		expect(items[1].offerId).toBe(String(offer.offerId));
		expect(pairedItems).toEqual([{ item: 0 }, { item: 1 }, { item: 1 }]);
	});

	test('an upload 1688 refuses (image over 3 MB) is an API error with its code, and nothing is searched', async () => {
		const huge = Buffer.concat([offerImagePng(published()[0]), Buffer.alloc(3 * 1024 * 1024)]);
		const { error } = await run({ limit: 1 }, { binaries: [pngBinary(huge)] });
		expect(error.name).toBe('NodeApiError');
		expect(error.message).toMatch(/product\.image\.upload-1 failed: .*3 MB.*\[400\]/);
		expect(sandbox().requests.map((r) => r.api)).toEqual([UPLOAD_API]);
	});
});
