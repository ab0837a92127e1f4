'use strict';
const {
	listingFromCrossBorder,
	listingFromProductInfo,
	listingRowsPerSku,
	withListingKeys,
	priceLadderText,
} = require('../../dist/nodes/Alibaba1688/helpers/listingProduct');

const IMG = 'https://cbu01.alicdn.com/img/ibank/';

/** A queryProductDetail `result.result` with the fields a listing needs, in the documented shapes and units. */
const detail = {
	offerId: 624392716873,
	categoryId: 1031910,
	categoryName: 'T恤',
	subject: '夏季新款纯棉T恤',
	subjectTrans: 'Summer new cotton T-shirt',
	description: '<p>纯棉</p>',
	descriptionTrans: '<p>Pure cotton</p>',
	mainVideo: 'https://cloud.video.taobao.com/play/u/1/p/1/e/6/t/1/1.mp4',
	productImage: {
		images: [`${IMG}a.jpg`, 'img/ibank/b.jpg', '//cbu01.alicdn.com/img/ibank/c.jpg'],
		whiteImage: `${IMG}white.jpg`,
	},
	productAttribute: [
		{
			attributeId: '287',
			attributeName: '材质',
			value: '棉',
			attributeNameTrans: 'Material',
			valueTrans: 'Cotton',
		},
		{ attributeId: '346', attributeName: '产地', value: '杭州' },
		{
			attributeId: '7',
			attributeName: '适用季节',
			value: '夏',
			attributeNameTrans: 'Season',
			valueTrans: 'Summer',
		},
		{
			attributeId: '7',
			attributeName: '适用季节',
			value: '春',
			attributeNameTrans: 'Season',
			valueTrans: 'Spring',
		},
	],
	productSkuInfos: [
		{
			amountOnSale: 150,
			price: '19.80',
			skuId: 5104790281451,
			specId: '2b36920d5139fd431a2030090d1e2599',
			cargoNumber: 'K6873-11',
			foreignCurrencyPrice: 2.75,
			fenxiaoPriceInfo: { onePiecePrice: '23.50', offerPrice: '19.80' },
			skuAttributes: [
				{
					attributeId: 3216,
					attributeName: '颜色',
					attributeNameTrans: 'Color',
					value: '黑色',
					valueTrans: 'Black',
					skuImageUrl: `${IMG}black.jpg`,
				},
				{
					attributeId: 450,
					attributeName: '尺码',
					attributeNameTrans: 'Size',
					value: 'XL',
					valueTrans: 'XL',
				},
			],
		},
		{
			amountOnSale: 0,
			price: '21.00',
			skuId: 5104790281452,
			specId: '3c47031e6240fe542b3141101e2f36a0',
			foreignCurrencyPrice: 2.92,
			skuAttributes: [{ attributeId: 3216, attributeName: '颜色', value: '白色' }],
		},
	],
	productSaleInfo: {
		amountOnSale: 150,
		priceRangeList: [
			{ startQuantity: 2, price: '19.80', foreignCurrencyPrice: 2.75 },
			{ startQuantity: 50, price: '18.50', foreignCurrencyPrice: 2.57 },
		],
		unitInfo: { unit: '件', transUnit: 'piece' },
		fenxiaoSaleInfo: {
			onePieceFreePostage: true,
			startQuantity: 1,
			onePiecePrice: '23.50',
			offerPrice: '19.80',
		},
	},
	productShippingInfo: {
		sendGoodsAddressText: '浙江省杭州市',
		weight: 0.3,
		width: 20,
		height: 3,
		length: 30,
		// the doc: skuShippingInfoList weighs in grams, skuShippingDetails in kilograms
		skuShippingInfoList: [
			{
				specId: '2b36920d5139fd431a2030090d1e2599',
				skuId: 5104790281451,
				width: 21,
				length: 31,
				height: 4,
				weight: 320,
			},
			{
				specId: '3c47031e6240fe542b3141101e2f36a0',
				skuId: 5104790281452,
				width: 22,
				length: 32,
				height: 5,
				weight: 350,
			},
		],
		skuShippingDetails: [
			{ skuId: '5104790281452', width: 22, length: 33, height: 5, weight: 0.36 },
		],
		shippingTimeGuarantee: 'shipIn48Hours',
	},
	tagInfoList: [{ key: 'isOnePsale', value: true }],
	sellerOpenId: 'BBBpa4Td',
	minOrderQuantity: 2,
	status: 'published',
	soldOut: '12342',
	tradeScore: '4.8',
	companyName: '杭州宜路发发电子商务有限公司',
};

describe('listing-ready shape', () => {
	const listing = listingFromCrossBorder(detail, 'USD');

	test('offer fields: all images, translations, attributes, dropship terms, MOQ ladder, foreign currency, package', () => {
		expect(listing).toMatchObject({
			offerId: '624392716873',
			url: 'https://detail.1688.com/offer/624392716873.html',
			status: 'published',
			title: '夏季新款纯棉T恤',
			titleTranslated: 'Summer new cotton T-shirt',
			description: '<p>纯棉</p>',
			descriptionTranslated: '<p>Pure cotton</p>',
			categoryId: '1031910',
			categoryName: 'T恤',
			mainImage: `${IMG}a.jpg`,
			images: [`${IMG}a.jpg`, `${IMG}b.jpg`, `${IMG}c.jpg`],
			video: detail.mainVideo,
			productAttributes: { Material: 'Cotton', 产地: '杭州', Season: 'Summer, Spring' },
			productAttributesText: 'Material: Cotton; 产地: 杭州; Season: Summer, Spring',
			unit: '件',
			unitTranslated: 'piece',
			minOrderQuantity: 2,
			price: 18.5,
			currency: 'USD',
			foreignPrice: 2.57,
			priceLadder: [
				{ minQuantity: 2, price: 19.8, foreignPrice: 2.75 },
				{ minQuantity: 50, price: 18.5, foreignPrice: 2.57 },
			],
			priceLadderText: '2+: 19.8; 50+: 18.5',
			dropshipping: true,
			dropshipPrice: 23.5,
			dropshipFreeShipping: true,
			totalStock: 150,
			weightKg: 0.3,
			lengthCm: 30,
			widthCm: 20,
			heightCm: 3,
			shipFrom: '浙江省杭州市',
			shippingPromise: 'shipIn48Hours',
			supplier: '杭州宜路发发电子商务有限公司',
			sellerOpenId: 'BBBpa4Td',
			monthSold: 12342,
			tradeScore: 4.8,
		});
	});

	test('SKUs: options as shops name them, SKU code, dropship price, package in kg (grams converted) and cm', () => {
		expect(listing.skus).toEqual([
			{
				skuId: '5104790281451',
				specId: '2b36920d5139fd431a2030090d1e2599',
				skuCode: 'K6873-11',
				attributes: '颜色: 黑色; 尺码: XL',
				attributesTranslated: 'Color: Black; Size: XL',
				option1Name: 'Color',
				option1Value: 'Black',
				option2Name: 'Size',
				option2Value: 'XL',
				price: 19.8,
				foreignPrice: 2.75,
				dropshipPrice: 23.5,
				stock: 150,
				image: `${IMG}black.jpg`,
				weightKg: 0.32,
				lengthCm: 31,
				widthCm: 21,
				heightCm: 4,
			},
			{
				skuId: '5104790281452',
				specId: '3c47031e6240fe542b3141101e2f36a0',
				attributes: '颜色: 白色',
				option1Name: '颜色',
				option1Value: '白色',
				price: 21,
				foreignPrice: 2.92,
				stock: 0,
				// skuShippingDetails (kg) wins over skuShippingInfoList (g)
				weightKg: 0.36,
				lengthCm: 33,
				widthCm: 22,
				heightCm: 5,
			},
		]);
	});

	test('one row per SKU: every offer field repeated, SKU fields under sku* names, the same columns for every row', () => {
		const rows = listingRowsPerSku(listing);
		expect(rows).toHaveLength(2);
		expect(Object.keys(rows[0])).toEqual(Object.keys(rows[1]));
		expect(rows[0]).not.toHaveProperty('skus');
		for (const row of rows) {
			expect(row).toMatchObject({
				offerId: '624392716873',
				titleTranslated: 'Summer new cotton T-shirt',
				dropshipPrice: 23.5,
				priceLadderText: '2+: 19.8; 50+: 18.5',
				weightKg: 0.3,
			});
		}
		expect(rows[0]).toMatchObject({
			skuId: '5104790281451',
			skuCode: 'K6873-11',
			skuPrice: 19.8,
			skuForeignPrice: 2.75,
			skuDropshipPrice: 23.5,
			skuStock: 150,
			skuImage: `${IMG}black.jpg`,
			skuWeightKg: 0.32,
			option2Value: 'XL',
		});
		expect(rows[1]).toMatchObject({
			skuId: '5104790281452',
			skuCode: null,
			skuDropshipPrice: null,
			skuStock: 0,
			skuWeightKg: 0.36,
			option2Name: null,
		});
		const noSkus = listingRowsPerSku(listingFromCrossBorder({ offerId: 1, subject: 'x' }));
		expect(noSkus).toHaveLength(1);
		expect(noSkus[0]).toMatchObject({ offerId: '1', skuId: null, skuPrice: null, images: [] });
		expect(Object.keys(noSkus[0])).toEqual(Object.keys(rows[0]));
	});

	test('the authorised product API gives the fields it has, under the same keys', () => {
		const fromProductGet = withListingKeys(
			listingFromProductInfo({
				productID: 624392716873,
				subject: '夏季新款纯棉T恤',
				description: '<p>纯棉</p>',
				image: { images: ['img/ibank/a.jpg'] },
				attributes: [{ attributeName: '材质', value: '棉' }],
				shippingInfo: { unitWeight: 0.3, sendGoodsAddressText: '浙江 杭州' },
				skuInfos: [
					{
						skuId: 7,
						price: 9.9,
						amountOnSale: 3,
						cargoNumber: 'K1',
						attributes: [{ attributeName: '颜色', attributeValue: '红色' }],
					},
				],
				saleInfo: { priceRanges: [{ startQuantity: 1, price: 9.9 }] },
				bookedCount: '88',
			}),
		);
		expect(Object.keys(fromProductGet)).toEqual(Object.keys(withListingKeys(listing)));
		expect(fromProductGet).toMatchObject({
			images: [`${IMG}a.jpg`],
			productAttributes: { 材质: '棉' },
			weightKg: 0.3,
			shipFrom: '浙江 杭州',
			monthSold: 88,
			titleTranslated: null,
			dropshipPrice: null,
			priceLadderText: '1+: 9.9',
		});
		expect(fromProductGet.skus[0]).toMatchObject({
			skuId: '7',
			skuCode: 'K1',
			option1Name: '颜色',
			option1Value: '红色',
			weightKg: 0.3,
			price: 9.9,
		});
	});

	test('priceLadderText skips ranges without a price', () => {
		expect(priceLadderText([{ minQuantity: 1 }, { minQuantity: 10, price: 8 }])).toBe('10+: 8');
		expect(priceLadderText([])).toBeUndefined();
	});
});
