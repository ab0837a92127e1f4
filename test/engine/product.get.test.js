'use strict';
const { useSandbox } = require('../support/sandboxSuite');
const { runNode, sandboxCredentials } = require('../support/engine');

const sandbox = useSandbox();

const getProduct = (offerId, extra = {}) => ({
	resource: 'product',
	operation: 'get',
	offerId,
	...extra,
});

describe('Product → Get through the n8n engine', () => {
	test('returns the simplified offer with every SKU, prices as numbers', async () => {
		const fixture = sandbox().fixtures.offerManySkus;
		const stored =
			sandbox().store.offers.get(String(fixture.offerId)) ??
			sandbox().store.offers.get(fixture.offerId);
		const { items, error } = await runNode({
			parameters: getProduct(String(fixture.offerId)),
			credentials: sandboxCredentials(sandbox()),
		});
		expect(error).toBeUndefined();
		expect(items).toHaveLength(1);
		const [product] = items;
		expect(product.offerId).toBe(String(fixture.offerId));
		expect(product.title).toBe(fixture.subject);
		expect(product.url).toBe(`https://detail.1688.com/offer/${fixture.offerId}.html`);
		expect(product.skus).toHaveLength(fixture.skuCount);
		expect(product.skus[0].skuId).toBe(String(fixture.firstSkuId));
		expect(product.skus[0].specId).toBe(String(fixture.firstSpecId));
		for (const sku of product.skus) {
			expect(typeof sku.price).toBe('number');
			expect(typeof sku.stock).toBe('number');
			expect(sku.attributes).toMatch(/: /);
		}
		expect(product.totalStock).toBe(stored.skus.reduce((sum, sku) => sum + sku.amountOnSale, 0));
		expect(typeof product.price).toBe('number');
		// One signed request, carrying exactly the business parameters the API takes.
		expect(sandbox().requests).toHaveLength(1);
		expect(sandbox().requests[0]).toMatchObject({
			api: 'com.alibaba.product:alibaba.product.get-1',
			httpStatus: 200,
			errorCode: null,
		});
		expect(sandbox().requests[0].params).toMatchObject({
			productID: String(fixture.offerId),
			webSite: '1688',
			access_token: sandbox().credentials.accessToken,
		});
	});

	test('accepts the offer page URL and one item per input item, paired to its input', async () => {
		const a = sandbox().fixtures.offerManySkus.offerId;
		const b = sandbox().fixtures.offerOneSku.offerId;
		const { items, pairedItems } = await runNode({
			parameters: getProduct('={{ $json.offer }}'),
			credentials: sandboxCredentials(sandbox()),
			items: [{ offer: `https://detail.1688.com/offer/${a}.html` }, { offer: String(b) }],
		});
		expect(items.map((item) => item.offerId)).toEqual([String(a), String(b)]);
		expect(pairedItems).toEqual([{ item: 0 }, { item: 1 }]);
	});

	test('Simplify off returns the API response as 1688 sent it', async () => {
		const offerId = String(sandbox().fixtures.offerOneSku.offerId);
		const { items } = await runNode({
			parameters: getProduct(offerId, { simplify: false }),
			credentials: sandboxCredentials(sandbox()),
		});
		expect(items[0].success).toBe(true);
		expect(String(items[0].productInfo.productID)).toBe(offerId);
		expect(Array.isArray(items[0].productInfo.skuInfos)).toBe(true);
	});

	test("an unknown offer is an API error with 1688's code", async () => {
		const { error } = await runNode({
			parameters: getProduct(String(sandbox().fixtures.unknownOfferId)),
			credentials: sandboxCredentials(sandbox()),
		});
		expect(error.name).toBe('NodeApiError');
		expect(error.message).toMatch(
			/^1688 API com\.alibaba\.product:alibaba\.product\.get-1 failed: .+ \[.+\]$/,
		);
		expect(error.description).toMatch(/documentation page/);
	});
});
