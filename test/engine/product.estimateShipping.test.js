'use strict';
const { useSandbox, operationRunner } = require('../support/sandboxSuite');

const sandbox = useSandbox();
const estimate = operationRunner(sandbox, 'product', 'estimateShipping', 'crossBorder');
const FREIGHT = 'com.alibaba.fenxiao.crossborder:product.freight.estimate-1';

/** A published offer of a supplier, with its first SKU. */
function offerOf(sellerId) {
	const offer = [...sandbox().store.offers.values()].find(
		(o) => o.status === 'published' && o.seller.memberId === sellerId,
	);
	return { offer, sku: offer.skus[0] };
}

describe('Product → Estimate Shipping through the n8n engine (cross-border app)', () => {
	test('one item per input item: freight in yuan, free-shipping flag, weight and package size', async () => {
		const paid = offerOf('b2b-2201356780001');
		const free = offerOf('b2b-2201356780003');
		const { items, pairedItems, error } = await estimate(
			{
				offerId: '={{ $json.offerId }}',
				districtCode: '330108',
				quantitiesSource: 'json',
				skuQuantitiesJson: '={{ $json.skus }}',
			},
			{
				items: [
					{
						offerId: `https://detail.1688.com/offer/${paid.offer.offerId}.html`,
						skus: [{ skuId: String(paid.sku.skuId), quantity: 3 }],
					},
					{
						offerId: String(free.offer.offerId),
						skus: [{ skuId: String(free.sku.skuId), quantity: 2 }],
					},
				],
			},
		);
		expect(error).toBeUndefined();
		expect(pairedItems).toEqual([{ item: 0 }, { item: 1 }]);
		const extraKilos = Math.max(
			0,
			Math.ceil(Math.round((paid.offer.weightKg * 3 - 1) * 100) / 100),
		);
		expect(items[0]).toEqual({
			offerId: String(paid.offer.offerId),
			destinationCode: '330108',
			quantity: 3,
			freight: 6 + extraKilos * 2,
			currency: 'CNY',
			freeShipping: false,
			weightKg: paid.offer.weightKg,
			lengthCm: 30,
			widthCm: 20,
			heightCm: 10,
			template: {
				templateId: '2001001',
				name: '晨曦服饰快递运费',
				chargedBy: 'weight',
				firstUnit: 1,
				firstFee: 6,
				nextUnit: 1,
				nextFee: 2,
			},
		});
		expect(items[1]).toMatchObject({
			offerId: String(free.offer.offerId),
			freight: 0,
			freeShipping: true,
			quantity: 2,
		});
		const sent = JSON.parse(sandbox().requests[0].params.productFreightQueryParamsNew);
		expect(sent).toEqual({
			offerId: paid.offer.offerId,
			toProvinceCode: '330000',
			toCityCode: '330100',
			toCountryCode: '330108',
			totalNum: 3,
			logisticsSkuNumModels: [{ skuId: String(paid.sku.skuId), number: 3 }],
		});
		expect(sandbox().requests.map((r) => r.api)).toEqual([FREIGHT, FREIGHT]);
	});

	test('SKU quantities from the UI list add up; a remote province costs more', async () => {
		const { offer } = offerOf('b2b-2201356780002');
		const skuQuantities = {
			sku: offer.skus.slice(0, 2).map((sku) => ({ skuId: String(sku.skuId), quantity: 2 })),
		};
		const near = await estimate({
			offerId: String(offer.offerId),
			districtCode: '330108',
			skuQuantities,
		});
		const far = await estimate({
			offerId: String(offer.offerId),
			districtCode: '650102',
			skuQuantities,
		});
		expect(near.items[0].quantity).toBe(offer.skus.slice(0, 2).length * 2);
		expect(far.items[0].freight).toBeCloseTo(near.items[0].freight * 2, 2);
	});

	test('bad input is refused before any request', async () => {
		const { offer, sku } = offerOf('b2b-2201356780001');
		const cases = [
			[
				{ districtCode: '3301' },
				/^District Code: must be the 6-digit code of a mainland China district/,
			],
			[{ skuQuantities: {} }, /^SKU Quantities: needs at least one SKU with a quantity/],
			[
				{ skuQuantities: { sku: [{ skuId: 'red', quantity: 1 }] } },
				/^SKU ID \(SKU 1\): must be a numeric 1688 ID/,
			],
			[
				{ skuQuantities: { sku: [{ skuId: String(sku.skuId), quantity: 0 }] } },
				/^Quantity \(SKU 1\): must be a whole number of at least 1/,
			],
			[
				{ quantitiesSource: 'json', skuQuantitiesJson: '[{"skuId": 1' },
				/^SKU Quantities \(JSON\): is not valid JSON/,
			],
		];
		for (const [override, message] of cases) {
			const { error } = await estimate({
				offerId: String(offer.offerId),
				districtCode: '330108',
				skuQuantities: { sku: [{ skuId: String(sku.skuId), quantity: 1 }] },
				...override,
			});
			expect(error.message).toMatch(message);
		}
		expect(sandbox().requests).toEqual([]);
	});

	test('1688 refusing an SKU of another offer is its own error', async () => {
		const { offer } = offerOf('b2b-2201356780001');
		const { error } = await estimate({
			offerId: String(offer.offerId),
			districtCode: '330108',
			skuQuantities: { sku: [{ skuId: '1', quantity: 1 }] },
		});
		expect(error.message).toMatch(
			/product\.freight\.estimate-1 failed: sku 1 does not belong to offer .* \[400\]$/,
		);
	});
});
