'use strict';
const zlib = require('node:zlib');
const { startSandbox, SANDBOX_FIXTURES: F } = require('..');
const { call } = require('./helpers');
const {
	encodePng,
	decodePng,
	averageColour,
	offerColour,
	offerImagePng,
	crc32,
	pngChunk,
} = require('../data/images');
const { IMAGE_HOST } = require('../data/seed');

const UPLOAD = 'com.alibaba.fenxiao.crossborder:product.image.upload-1';
const IMAGE = 'com.alibaba.fenxiao.crossborder:product.search.imageQuery-1';
const STOCK = 'com.alibaba.product:alibaba.product.modifyStock-1';
const LIST = 'com.alibaba.product:alibaba.product.list.get-1';

describe('offer images (data/images.js)', () => {
	test('crc32 is the PNG one', () => {
		expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
	});

	test('every offer has its own real PNG: signature, 16×16 RGB, its colour around a darker centre', () => {
		const png = offerImagePng(F.offerManySkus.offerId);
		expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
		expect(png.toString('latin1', 12, 16)).toBe('IHDR');
		expect(offerImagePng(F.offerManySkus.offerId).equals(png)).toBe(true);
		const image = decodePng(png);
		expect([image.width, image.height]).toEqual([16, 16]);
		const tile = offerColour(F.offerManySkus.offerId);
		expect(image.rgb[0]).toEqual(tile);
		expect(image.rgb[8 * 16 + 8]).toEqual(tile.map((v) => Math.round(v * 0.6)));
		expect(offerImagePng(F.offerOneSku.offerId).equals(png)).toBe(false);
	});

	test('decodes every PNG row filter, grey and RGBA images; other bytes are not decoded', () => {
		// A 2×2 RGBA image whose rows use the Sub and Paeth filters, written by hand.
		const header = Buffer.alloc(13);
		header.writeUInt32BE(2, 0);
		header.writeUInt32BE(2, 4);
		header[8] = 8;
		header[9] = 6;
		const rows = Buffer.from([1, 10, 20, 30, 255, 5, 5, 5, 0, 4, 0, 0, 0, 0, 1, 1, 1, 0]);
		const png = Buffer.concat([
			Buffer.from('89504e470d0a1a0a', 'hex'),
			pngChunk('IHDR', header),
			pngChunk('IDAT', zlib.deflateSync(rows)),
			pngChunk('IEND', Buffer.alloc(0)),
		]);
		expect(decodePng(png).rgb).toEqual([
			[10, 20, 30],
			[15, 25, 35],
			[10, 20, 30],
			[16, 26, 36],
		]);
		const grey = encodePng(2, 1, (x) => [x * 100, x * 100, x * 100]);
		expect(averageColour(grey)).toEqual([50, 50, 50]);
		expect(averageColour(Buffer.from('ffd8ffe000104a464946', 'hex'))).toBeNull();
		expect(averageColour(Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'))).toBeNull();
	});
});

describe('image search matches an uploaded offer image to that offer', () => {
	let sb;
	beforeAll(async () => {
		sb = await startSandbox();
	});
	afterAll(() => sb.close());
	beforeEach(() => sb.reset());

	const upload = async (bytes) =>
		(await call(sb, UPLOAD, { uploadImageParam: { imageBase64: bytes.toString('base64') } })).json
			.result.result;
	const search = (q) =>
		call(sb, IMAGE, { offerQueryParam: { country: 'en', beginPage: 1, pageSize: 50, ...q } });
	const published = () => [...sb.store.offers.values()].filter((o) => o.status === 'published');

	test('the offer whose picture was uploaded comes first, then its top category by colour', async () => {
		for (const offer of published().slice(0, 12)) {
			const imageId = await upload(offerImagePng(offer));
			const page = (await search({ imageId })).json.result.result;
			expect(page.data[0].offerId).toBe(offer.offerId);
			const sameTop = published().filter((o) => o.topCategoryId === offer.topCategoryId);
			expect(page.totalRecords).toBe(sameTop.length);
			expect(page.data.every((d) => d.topCategoryId === offer.topCategoryId)).toBe(true);
		}
	});

	test('an offer image URL (imageAddress) finds that offer first too; filters and sort still apply', async () => {
		const offer = published()[7];
		const byUrl = (await search({ imageAddress: IMAGE_HOST + offer.images[0] })).json.result.result;
		expect(byUrl.data[0].offerId).toBe(offer.offerId);
		const sorted = (
			await search({ imageAddress: IMAGE_HOST + offer.images[0], sort: '{"price":"desc"}' })
		).json.result.result.data;
		const prices = sorted.map((d) => Number(d.priceInfo.price));
		expect(prices).toEqual([...prices].sort((a, b) => b - a));
	});
});

describe('seller APIs as 1688 documents them', () => {
	let sb;
	beforeAll(async () => {
		sb = await startSandbox();
	});
	afterAll(() => sb.close());
	beforeEach(() => sb.reset());

	test('modifyStock takes the specId in skuId and the delta in stockChange', async () => {
		const offer = sb.store.getOffer(F.ownOfferIds[0]);
		const sku = offer.skus[0];
		const before = sku.amountOnSale;
		const r = await call(sb, STOCK, {
			webSite: '1688',
			productStockChange: [
				{ productId: offer.offerId, skuStocks: [{ skuId: sku.specId, stockChange: -1 }] },
			],
		});
		expect(r.json.success).toBe(true);
		expect(sku.amountOnSale).toBe(before - 1);
	});

	test('product.list.get serves at most 20 a page', async () => {
		const r = await call(sb, LIST, { pageNo: 1, pageSize: 50 });
		expect(r.json.result.pageResult.sizePerPage).toBe(20);
		expect(r.json.result.pageResult.resultList).toHaveLength(Math.min(20, F.ownOfferIds.length));
	});
});
