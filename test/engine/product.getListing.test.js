'use strict';
const { operationRunner, useSandbox } = require('../support/sandboxSuite');
const { RATES } = require('../sandbox/views/product');

const DETAIL_API = 'com.alibaba.fenxiao.crossborder:product.search.queryProductDetail-1';
const IMAGE_HOST = 'https://cbu01.alicdn.com/';

const sandbox = useSandbox();

const run = operationRunner(sandbox, 'product', 'get', 'crossBorder');
const runFull = operationRunner(sandbox, 'product', 'get');
const listing = (offerId, extra = {}) => ({
	offerId: String(offerId),
	source: 'crossBorder',
	output: 'listing',
	...extra,
});
const usd = (cny) => Math.round(cny * RATES.USD * 100) / 100;
const round2 = (n) => Math.round(n * 100) / 100;

/** The listing values the sandbox's own data gives for an offer and its SKUs (computed here, not by the node). */
function expectedOffer(offer) {
	const s = offer.sourcing;
	const minSku = Math.min(...offer.skus.map((sku) => sku.price));
	const ladder = offer.priceRanges.map((r) => ({
		minQuantity: r.startQuantity,
		price: r.price,
		foreignPrice: usd(r.price),
	}));
	return {
		offerId: String(offer.offerId),
		url: `https://detail.1688.com/offer/${offer.offerId}.html`,
		status: offer.status,
		title: offer.subject,
		titleTranslated: offer.subjectTrans,
		description: offer.description,
		descriptionTranslated: offer.descriptionTrans,
		categoryId: String(offer.categoryId),
		mainImage: IMAGE_HOST + offer.images[0],
		images: offer.images.map((path) => IMAGE_HOST + path),
		productAttributes: {
			'Place of origin': offer.seller.city,
			'Item number': offer.productCargoNumber,
			Material: s.material[1],
		},
		unit: offer.unit,
		unitTranslated: offer.unitTrans,
		minOrderQuantity: offer.minOrderQuantity,
		price: Math.min(minSku, ...offer.priceRanges.map((r) => r.price)),
		currency: 'USD',
		priceLadder: ladder,
		priceLadderText: ladder.map((r) => `${r.minQuantity}+: ${r.price}`).join('; '),
		dropshipping: s.isOnePsale,
		dropshipPrice: s.isOnePsale ? round2(minSku * s.onePieceFactor) : null,
		dropshipFreeShipping: s.isOnePsale ? s.onePieceFreePostage : null,
		totalStock: offer.skus.reduce((n, sku) => n + sku.amountOnSale, 0),
		weightKg: offer.weightKg,
		shippingPromise: s.shippingTimeGuarantee || null,
		supplier: offer.seller.companyName,
		monthSold: offer.monthSold,
	};
}

function expectedSku(offer, index) {
	const sku = offer.skus[index];
	const pack = offer.sourcing.skuShipping[index];
	const [colour, size] = sku.attributes;
	return {
		skuId: String(sku.skuId),
		specId: sku.specId,
		skuCode: sku.cargoNumber,
		attributes: sku.attributes.map((a) => `${a.attributeName}: ${a.attributeValue}`).join('; '),
		attributesTranslated: sku.attributes
			.map((a) => `${a.attributeNameTrans}: ${a.valueTrans}`)
			.join('; '),
		option1Name: colour.attributeNameTrans,
		option1Value: colour.valueTrans,
		option2Name: size ? size.attributeNameTrans : null,
		option2Value: size ? size.valueTrans : null,
		skuPrice: sku.price,
		skuForeignPrice: usd(sku.price),
		skuDropshipPrice: offer.sourcing.isOnePsale
			? round2(sku.price * offer.sourcing.onePieceFactor)
			: null,
		skuStock: sku.amountOnSale,
		skuImage: IMAGE_HOST + colour.skuImageUrl,
		skuWeightKg: pack.weightKg,
		skuLengthCm: pack.lengthCm,
		skuWidthCm: pack.widthCm,
		skuHeightCm: pack.heightCm,
	};
}

describe('Product → Get, Output "Listing-Ready"', () => {
	test("one row per SKU: the offer's listing fields repeated, each SKU's options, prices, stock, weight and size", async () => {
		const offer = sandbox().store.getOffer(sandbox().fixtures.offerManySkus.offerId);
		const { items, error } = await run(
			listing(offer.offerId, { currency: 'USD', oneItemPerSku: true }),
		);
		expect(error).toBeUndefined();
		expect(items).toHaveLength(12);
		const columns = Object.keys(items[0]);
		items.forEach((row, index) => {
			expect(Object.keys(row)).toEqual(columns);
			expect(row).toMatchObject(expectedOffer(offer));
			expect(row).toMatchObject(expectedSku(offer, index));
			expect(row).not.toHaveProperty('skus');
		});
		expect(sandbox().requests.map((r) => [r.api, JSON.parse(r.params.offerDetailParam)])).toEqual([
			[DETAIL_API, { offerId: offer.offerId, country: 'en', currency: 'USD' }],
		]);
	});

	test('one item per offer: the listing with its SKU list; every key present for every offer', async () => {
		const one = sandbox().store.getOffer(sandbox().fixtures.offerOneSku.offerId);
		const many = sandbox().store.getOffer(sandbox().fixtures.offerManySkus.offerId);
		const { items } = await run(listing('={{ $json.offer }}', { currency: 'USD' }), {
			items: [
				{ offer: String(one.offerId) },
				{ offer: `https://detail.1688.com/offer/${many.offerId}.html` },
			],
		});
		expect(items).toHaveLength(2);
		expect(Object.keys(items[0])).toEqual(Object.keys(items[1]));
		expect(items[0]).toMatchObject(expectedOffer(one));
		expect(items[0].skus).toHaveLength(1);
		expect(items[1].skus).toHaveLength(12);
		expect(items[1].skus[3]).toMatchObject({
			skuId: String(many.skus[3].skuId),
			weightKg: many.sourcing.skuShipping[3].weightKg,
			dropshipPrice: expectedSku(many, 3).skuDropshipPrice,
		});
	});

	test('without a currency the foreign prices are null; the default output stays compact (about 15 keys)', async () => {
		const offerId = sandbox().fixtures.offerManySkus.offerId;
		const rows = (await run(listing(offerId, { oneItemPerSku: true }))).items;
		expect(rows[0]).toMatchObject({ currency: null, foreignPrice: null, skuForeignPrice: null });
		const compact = (await run({ offerId: String(offerId), source: 'crossBorder' })).items[0];
		expect(Object.keys(compact)).toEqual([
			'offerId',
			'title',
			'titleTranslated',
			'url',
			'mainImage',
			'price',
			'currency',
			'foreignPrice',
			'priceRanges',
			'minOrderQuantity',
			'unit',
			'totalStock',
			'status',
			'categoryId',
			'skus',
		]);
		const compactRows = (
			await run({ offerId: String(offerId), source: 'crossBorder', oneItemPerSku: true })
		).items;
		expect(Object.keys(compactRows[0])).not.toContain('images');
		expect(compactRows).toHaveLength(12);
	});

	test('from the authorised product API: the fields it has, under the same columns', async () => {
		const offer = sandbox().store.getOffer(sandbox().fixtures.offerManySkus.offerId);
		const crossBorderColumns = Object.keys(
			(await run(listing(offer.offerId, { oneItemPerSku: true }))).items[0],
		);
		const { items, error } = await runFull({
			offerId: String(offer.offerId),
			output: 'listing',
			oneItemPerSku: true,
		});
		expect(error).toBeUndefined();
		expect(items).toHaveLength(12);
		expect(Object.keys(items[0])).toEqual(crossBorderColumns);
		expect(items[0]).toMatchObject({
			offerId: String(offer.offerId),
			description: offer.description,
			images: offer.images.map((path) => IMAGE_HOST + path),
			weightKg: offer.weightKg,
			titleTranslated: null,
			skuId: String(offer.skus[0].skuId),
			skuCode: offer.skus[0].cargoNumber,
			option1Name: '颜色',
			option1Value: offer.skus[0].attributes[0].attributeValue,
			skuPrice: offer.skus[0].price,
		});
		expect(sandbox().requests.at(-1).api).toBe('com.alibaba.product:alibaba.product.get-1');
	});

	test("Simplify off still returns 1688's own answer, whatever Output says", async () => {
		const offerId = sandbox().fixtures.offerOneSku.offerId;
		const { items } = await run(listing(offerId, { simplify: false }));
		expect(items[0].result).toMatchObject({ success: true, code: '200' });
		expect(items[0].result.result.productShippingInfo.skuShippingInfoList).toHaveLength(1);
	});
});
