'use strict';
const { operationRunner, useSandbox } = require('../support/sandboxSuite');

const IMAGE_HOST = 'https://cbu01.alicdn.com/';
/** The sandbox's fixed CNY → USD rate. */
const USD = 0.1389;

const sandbox = useSandbox();

const run = operationRunner(sandbox, 'product', 'get');
const stored = (offerId) => sandbox().store.getOffer(offerId);
const usd = (cny) => Math.round(cny * USD * 100) / 100;

describe('Product → Get: Authorised Product API and Cross-Border Detail give the same flat shape', () => {
	test('the same keys, the same values where both APIs know them, translations from the cross-border API', async () => {
		const { offerId } = sandbox().fixtures.offerManySkus;
		const offer = stored(offerId);
		const authorised = await run({ offerId: String(offerId), source: 'authorised' });
		const crossBorder = await run({
			offerId: String(offerId),
			source: 'crossBorder',
			language: 'en',
		});
		expect(authorised.error).toBeUndefined();
		expect(crossBorder.error).toBeUndefined();
		const [a] = authorised.items;
		const [b] = crossBorder.items;
		expect(Object.keys(a)).toEqual(Object.keys(b));
		expect(Object.keys(a)).toEqual([
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
		for (const key of [
			'offerId',
			'title',
			'url',
			'mainImage',
			'price',
			'priceRanges',
			'minOrderQuantity',
			'unit',
			'totalStock',
			'status',
			'categoryId',
		]) {
			expect({ key, value: b[key] }).toEqual({ key, value: a[key] });
		}
		expect(a.title).toBe(offer.subject);
		expect(a.mainImage).toBe(IMAGE_HOST + offer.images[0]);
		expect(a.price).toBe(
			Math.min(...offer.skus.map((s) => s.price), ...offer.priceRanges.map((r) => r.price)),
		);
		expect(a.priceRanges).toEqual(
			offer.priceRanges.map((r) => ({ minQuantity: r.startQuantity, price: r.price })),
		);
		expect(a.totalStock).toBe(offer.skus.reduce((n, s) => n + s.amountOnSale, 0));
		expect(a.titleTranslated).toBeNull();
		expect(b.titleTranslated).toBe(offer.subjectTrans);
		expect(a.currency).toBeNull();
		expect(b.foreignPrice).toBeNull();

		expect(a.skus).toHaveLength(12);
		expect(b.skus).toHaveLength(12);
		offer.skus.forEach((sku, i) => {
			expect(Object.keys(a.skus[i])).toEqual(Object.keys(b.skus[i]));
			const shared = {
				skuId: String(sku.skuId),
				specId: sku.specId,
				price: sku.price,
				stock: sku.amountOnSale,
			};
			expect(a.skus[i]).toMatchObject(shared);
			expect(b.skus[i]).toMatchObject(shared);
			const text = sku.attributes.map((x) => `${x.attributeName}: ${x.attributeValue}`).join('; ');
			expect(a.skus[i].attributes).toBe(text);
			expect(b.skus[i].attributes).toBe(text);
			expect(b.skus[i].attributesTranslated).toBe(
				sku.attributes.map((x) => `${x.attributeNameTrans}: ${x.valueTrans}`).join('; '),
			);
			expect(a.skus[i].attributesTranslated).toBeNull();
			expect(a.skus[i].image).toBe(IMAGE_HOST + sku.attributes[0].skuImageUrl);
			expect(b.skus[i].image).toBe(a.skus[i].image);
		});

		expect(sandbox().requests.map((r) => r.api)).toEqual([
			'com.alibaba.product:alibaba.product.get-1',
			'com.alibaba.fenxiao.crossborder:product.search.queryProductDetail-1',
		]);
		expect(JSON.parse(sandbox().requests[1].params.offerDetailParam)).toEqual({
			offerId,
			country: 'en',
		});
	});

	test('Language and Currency go into offerDetailParam; converted prices come as foreignPrice numbers', async () => {
		const { offerId } = sandbox().fixtures.offerOneSku;
		const offer = stored(offerId);
		const { items, error } = await run({
			offerId: `https://detail.1688.com/offer/${offerId}.html`,
			source: 'crossBorder',
			language: 'ja',
			currency: 'USD',
		});
		expect(error).toBeUndefined();
		expect(JSON.parse(sandbox().requests[0].params.offerDetailParam)).toEqual({
			offerId,
			country: 'ja',
			currency: 'USD',
		});
		const [product] = items;
		expect(product.currency).toBe('USD');
		expect(product.skus[0].foreignPrice).toBe(usd(offer.skus[0].price));
		expect(product.priceRanges.map((r) => r.foreignPrice)).toEqual(
			offer.priceRanges.map((r) => usd(r.price)),
		);
		expect(product.foreignPrice).toBe(
			Math.min(usd(offer.skus[0].price), ...offer.priceRanges.map((r) => usd(r.price))),
		);
		for (const value of [
			product.price,
			product.foreignPrice,
			product.skus[0].price,
			product.skus[0].stock,
			product.totalStock,
		]) {
			expect(typeof value).toBe('number');
		}
	});

	test('a deleted offer is an API error with the cross-border code', async () => {
		const failed = await run({
			offerId: String(sandbox().fixtures.offerDeleted.offerId),
			source: 'crossBorder',
		});
		expect(failed.error.name).toBe('NodeApiError');
		expect(failed.error.message).toMatch(
			/product\.search\.queryProductDetail-1 failed: .*\[500_1\]$/,
		);
	});
});

describe('Product → Get: One Item per SKU', () => {
	test('one item per SKU with the offer fields and that SKU flattened, for either source', async () => {
		const { offerId, skuCount } = sandbox().fixtures.offerManySkus;
		const offer = stored(offerId);
		for (const source of ['authorised', 'crossBorder']) {
			const { items, pairedItems } = await run({
				offerId: String(offerId),
				source,
				oneItemPerSku: true,
			});
			expect(items).toHaveLength(skuCount);
			expect(pairedItems.every((p) => p.item === 0)).toBe(true);
			items.forEach((row, i) => {
				const sku = offer.skus[i];
				expect(row).not.toHaveProperty('skus');
				expect(row).toMatchObject({
					offerId: String(offerId),
					title: offer.subject,
					skuId: String(sku.skuId),
					specId: sku.specId,
					skuPrice: sku.price,
					skuStock: sku.amountOnSale,
					attributes: sku.attributes
						.map((x) => `${x.attributeName}: ${x.attributeValue}`)
						.join('; '),
				});
				expect(Object.keys(row)).toEqual(Object.keys(items[0]));
			});
			expect(new Set(items.map((row) => row.skuId)).size).toBe(skuCount);
		}
	});

	test('several offers: the rows add up to their SKUs, each paired to its input item', async () => {
		const many = sandbox().fixtures.offerManySkus;
		const one = sandbox().fixtures.offerOneSku;
		const { items, pairedItems } = await run(
			{ offerId: '={{ $json.offer }}', oneItemPerSku: true },
			{ items: [{ offer: String(one.offerId) }, { offer: String(many.offerId) }] },
		);
		expect(items).toHaveLength(one.skuCount + many.skuCount);
		expect(pairedItems.filter((p) => p.item === 0)).toHaveLength(one.skuCount);
		expect(pairedItems.filter((p) => p.item === 1)).toHaveLength(many.skuCount);
		expect(items[0].offerId).toBe(String(one.offerId));
	});

	test('One Item per SKU is ignored with Simplify off (raw answer, one item)', async () => {
		const { offerId } = sandbox().fixtures.offerManySkus;
		const { items } = await run({ offerId: String(offerId), simplify: false, oneItemPerSku: true });
		expect(items).toHaveLength(1);
		expect(items[0].productInfo.skuInfos).toHaveLength(12);
	});
});
