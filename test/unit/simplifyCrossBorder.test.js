'use strict';
const {
	simplifyCrossBorderDetail,
	simplifySearchOffer,
	simplifyProductInfo,
	skuAttributesTranslatedText,
	sellerIdentityCodes,
} = require('../../dist/nodes/shared/helpers/simplifyProduct');
const {
	withProductKeys,
	productRowsPerSku,
} = require('../../dist/nodes/Alibaba1688/helpers/productRows');

/** A queryProductDetail `result.result` in the documented shape: prices as strings, foreign prices as numbers. */
const detail = {
	offerId: 624392716873,
	categoryId: 1031910,
	categoryName: 'T恤',
	subject: '夏季新款纯棉T恤',
	subjectTrans: 'Summer new cotton T-shirt',
	productImage: {
		images: ['https://cbu01.alicdn.com/img/ibank/O1CN01abc.jpg'],
		whiteImage: 'https://cbu01.alicdn.com/img/ibank/white.jpg',
	},
	productSkuInfos: [
		{
			amountOnSale: 150,
			price: '19.80',
			skuId: 5104790281451,
			specId: '2b36920d5139fd431a2030090d1e2599',
			foreignCurrencyPrice: 2.75,
			skuAttributes: [
				{
					attributeId: 3216,
					attributeName: '颜色',
					attributeNameTrans: 'Color',
					value: '黑色',
					valueTrans: 'Black',
					skuImageUrl: 'https://cbu01.alicdn.com/img/ibank/black.jpg',
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
			amountOnSale: '0',
			price: '21.00',
			skuId: 5104790281452,
			specId: '9c1d3c0e1b2a4f5e6d7c8b9a0f1e2d3c',
			foreignCurrencyPrice: 2.92,
			skuAttributes: [{ attributeName: '颜色', value: '白色' }],
		},
	],
	productSaleInfo: {
		amountOnSale: 150,
		priceRangeList: [
			{ startQuantity: 2, price: '19.80', foreignCurrencyPrice: 2.75 },
			{ startQuantity: 100, price: '17.50', foreignCurrencyPrice: 2.43 },
		],
		unitInfo: { unit: '件', transUnit: 'piece' },
	},
	minOrderQuantity: 2,
	status: 'published',
};

describe('simplifyCrossBorderDetail', () => {
	test('flattens product.search.queryProductDetail to the shared shape with numeric prices', () => {
		expect(simplifyCrossBorderDetail(detail, 'USD')).toEqual({
			offerId: '624392716873',
			title: '夏季新款纯棉T恤',
			titleTranslated: 'Summer new cotton T-shirt',
			url: 'https://detail.1688.com/offer/624392716873.html',
			mainImage: 'https://cbu01.alicdn.com/img/ibank/O1CN01abc.jpg',
			price: 17.5,
			currency: 'USD',
			foreignPrice: 2.43,
			priceRanges: [
				{ minQuantity: 2, price: 19.8, foreignPrice: 2.75 },
				{ minQuantity: 100, price: 17.5, foreignPrice: 2.43 },
			],
			minOrderQuantity: 2,
			unit: '件',
			totalStock: 150,
			status: 'published',
			categoryId: '1031910',
			skus: [
				{
					skuId: '5104790281451',
					specId: '2b36920d5139fd431a2030090d1e2599',
					attributes: '颜色: 黑色; 尺码: XL',
					attributesTranslated: 'Color: Black; Size: XL',
					price: 19.8,
					foreignPrice: 2.75,
					stock: 150,
					image: 'https://cbu01.alicdn.com/img/ibank/black.jpg',
				},
				{
					skuId: '5104790281452',
					specId: '9c1d3c0e1b2a4f5e6d7c8b9a0f1e2d3c',
					attributes: '颜色: 白色',
					price: 21,
					foreignPrice: 2.92,
					stock: 0,
				},
			],
		});
	});

	test('without a currency there is no currency key; without images the white-background image is used', () => {
		const noCurrency = {
			...detail,
			productSkuInfos: [{ ...detail.productSkuInfos[1], foreignCurrencyPrice: undefined }],
			productSaleInfo: { priceRangeList: [] },
			productImage: { whiteImage: 'img/ibank/white.jpg' },
		};
		const product = simplifyCrossBorderDetail(noCurrency);
		expect(product).not.toHaveProperty('currency');
		expect(product).not.toHaveProperty('foreignPrice');
		expect(product.mainImage).toBe('https://cbu01.alicdn.com/img/ibank/white.jpg');
		expect(product.totalStock).toBe(0);
		expect(product.price).toBe(21);
		expect(simplifyCrossBorderDetail(undefined)).toEqual({ priceRanges: [], skus: [] });
	});

	test('translated attribute text only when 1688 sent translations', () => {
		expect(skuAttributesTranslatedText([{ attributeName: '颜色', value: '红' }])).toBeUndefined();
		expect(
			skuAttributesTranslatedText([
				{ attributeNameTrans: 'Color', valueTrans: 'Red' },
				{ valueTrans: 'Large' },
			]),
		).toBe('Color: Red; Large');
	});
});

describe('simplifySearchOffer', () => {
	test('maps a search hit to the flat keys it has, with what a buyer compares', () => {
		const hit = {
			imageUrl: 'https://cbu01.alicdn.com/img/ibank/O1CN01q5lIoD1ZPh3gN3www.jpg',
			subject: '猫砂盆',
			subjectTrans: 'Cat litter box',
			offerId: 710891050473,
			priceInfo: { price: '12.50', consignPrice: '15.00' },
			monthSold: 1213,
			minOrderQuantity: 3,
			topCategoryId: 1,
			secondCategoryId: 2,
			thirdCategoryId: 3,
			repurchaseRate: '10%',
			isOnePsale: true,
			sellerIdentities: ['super_factory', 'tp_member'],
			tradeScore: '4.5',
			sellerDataInfo: { compositeServiceScore: '4.8' },
			productSimpleShippingInfo: { shippingTimeGuarantee: 'shipIn24Hours' },
			companyName: '浙江省一路发发商贸公司',
		};
		expect(simplifySearchOffer(hit)).toEqual({
			offerId: '710891050473',
			title: '猫砂盆',
			titleTranslated: 'Cat litter box',
			url: 'https://detail.1688.com/offer/710891050473.html',
			mainImage: 'https://cbu01.alicdn.com/img/ibank/O1CN01q5lIoD1ZPh3gN3www.jpg',
			price: 12.5,
			dropshipPrice: 15,
			monthSold: 1213,
			repurchaseRatePercent: 10,
			minOrderQuantity: 3,
			dropshipping: true,
			shippingPromise: 'shipIn24Hours',
			sellerIdentities: ['super_factory', 'tp_member'],
			sellerServiceScore: 4.8,
			tradeScore: 4.5,
			supplier: '浙江省一路发发商贸公司',
			categoryId: '3',
		});
		expect(simplifySearchOffer({ offerId: '1', priceInfo: { consignPrice: '9' } })).toEqual({
			offerId: '1',
			url: 'https://detail.1688.com/offer/1.html',
			price: 9,
			dropshipPrice: 9,
		});
	});

	test("no dropship price for an offer that does not dropship; offerRecommend's onePsale counts too", () => {
		expect(
			simplifySearchOffer({
				offerId: 2,
				isOnePsale: false,
				priceInfo: { price: '5', consignPrice: '5' },
			}),
		).toEqual({
			offerId: '2',
			url: 'https://detail.1688.com/offer/2.html',
			price: 5,
			dropshipping: false,
		});
		expect(
			simplifySearchOffer({
				offerId: 3,
				onePsale: true,
				priceInfo: { price: '5', consignPrice: '6' },
			}),
		).toMatchObject({ dropshipping: true, dropshipPrice: 6 });
	});

	test('seller identities: the codes, also from the doc samples\' "code-名称 code-名称" entries', () => {
		expect(
			sellerIdentityCodes([
				'super_factory-超级工厂 powerful_merchants-实力商家 tp_member-诚信通会员',
			]),
		).toEqual(['super_factory', 'powerful_merchants', 'tp_member']);
		expect(sellerIdentityCodes(['powerful_merchants', 'powerful_merchants'])).toEqual([
			'powerful_merchants',
		]);
		expect(sellerIdentityCodes([])).toEqual([]);
		expect(sellerIdentityCodes(undefined)).toBeUndefined();
	});
});

describe('withProductKeys and productRowsPerSku', () => {
	const product = simplifyCrossBorderDetail(detail, 'USD');

	test('every key of the flat shape is present, null where the API sent nothing', () => {
		const authorised = withProductKeys(
			simplifyProductInfo({
				productID: 1,
				subject: 'x',
				skuInfos: [{ skuId: 7, price: '1.5', attributes: [] }],
			}),
		);
		expect(Object.keys(authorised)).toEqual(Object.keys(withProductKeys(product)));
		expect(authorised).toMatchObject({
			offerId: '1',
			title: 'x',
			titleTranslated: null,
			currency: null,
			foreignPrice: null,
			status: null,
			priceRanges: [],
		});
		expect(authorised.skus).toEqual([
			{
				skuId: '7',
				specId: null,
				attributes: '',
				attributesTranslated: null,
				price: 1.5,
				foreignPrice: null,
				stock: null,
				image: null,
			},
		]);
	});

	test('one row per SKU: the offer fields without the SKU list, the SKU under sku* names', () => {
		const rows = productRowsPerSku(product);
		expect(rows).toHaveLength(2);
		expect(rows[0]).not.toHaveProperty('skus');
		expect(rows[0]).toMatchObject({
			offerId: '624392716873',
			titleTranslated: 'Summer new cotton T-shirt',
			price: 17.5,
			skuId: '5104790281451',
			specId: '2b36920d5139fd431a2030090d1e2599',
			attributes: '颜色: 黑色; 尺码: XL',
			attributesTranslated: 'Color: Black; Size: XL',
			skuPrice: 19.8,
			skuForeignPrice: 2.75,
			skuStock: 150,
			skuImage: 'https://cbu01.alicdn.com/img/ibank/black.jpg',
		});
		expect(rows[1]).toMatchObject({
			skuId: '5104790281452',
			skuPrice: 21,
			skuStock: 0,
			skuImage: null,
			attributesTranslated: null,
		});
		expect(Object.keys(rows[0])).toEqual(Object.keys(rows[1]));
	});

	test('an offer without SKUs still gives one row, its SKU fields empty', () => {
		const rows = productRowsPerSku(
			simplifyProductInfo({ productID: 5, subject: 'no skus', saleInfo: { amountOnSale: 9 } }),
		);
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({
			offerId: '5',
			totalStock: 9,
			skuId: null,
			specId: null,
			skuPrice: null,
			skuStock: null,
		});
	});
});
