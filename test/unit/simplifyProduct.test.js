'use strict';
const {
	simplifyProductInfo,
	skuAttributesText,
	absoluteImageUrl,
} = require('../../dist/nodes/shared/helpers/simplifyProduct');

const productInfo = {
	productID: 624392716873,
	subject: '夏季新款纯棉T恤',
	subjectTrans: 'Summer cotton T-shirt',
	categoryID: 1038378,
	status: 'published',
	image: { images: ['img/ibank/O1CN01abc.jpg', 'img/ibank/O1CN01def.jpg'] },
	saleInfo: {
		amountOnSale: 350,
		minOrderQuantity: 2,
		unit: '件',
		priceRanges: [
			{ startQuantity: 2, price: 19.8 },
			{ startQuantity: 100, price: '17.50' },
		],
	},
	skuInfos: [
		{
			skuId: 4512345678901,
			specId: 'a1b2c3',
			price: '19.80',
			amountOnSale: 150,
			attributes: [
				{ attributeName: '颜色', attributeValue: '黑色', skuImageUrl: 'img/ibank/black.jpg' },
				{ attributeName: '尺码', attributeValue: 'XL' },
			],
		},
		{
			skuId: 4512345678902,
			specId: 'd4e5f6',
			price: 18.5,
			amountOnSale: '200',
			attributes: [{ attributeDisplayName: '颜色', attributeValue: '白色' }],
		},
	],
};

describe('simplifyProductInfo', () => {
	test('flattens alibaba.product.get to the shared product shape with numeric prices', () => {
		expect(simplifyProductInfo(productInfo)).toEqual({
			offerId: '624392716873',
			title: '夏季新款纯棉T恤',
			titleTranslated: 'Summer cotton T-shirt',
			url: 'https://detail.1688.com/offer/624392716873.html',
			mainImage: 'https://cbu01.alicdn.com/img/ibank/O1CN01abc.jpg',
			price: 17.5,
			priceRanges: [
				{ minQuantity: 2, price: 19.8 },
				{ minQuantity: 100, price: 17.5 },
			],
			minOrderQuantity: 2,
			unit: '件',
			totalStock: 350,
			status: 'published',
			categoryId: '1038378',
			skus: [
				{
					skuId: '4512345678901',
					specId: 'a1b2c3',
					attributes: '颜色: 黑色; 尺码: XL',
					price: 19.8,
					stock: 150,
					image: 'https://cbu01.alicdn.com/img/ibank/black.jpg',
				},
				{
					skuId: '4512345678902',
					specId: 'd4e5f6',
					attributes: '颜色: 白色',
					price: 18.5,
					stock: 200,
				},
			],
		});
	});

	test('an offer without SKUs or sale info still gives a clean item', () => {
		expect(simplifyProductInfo({ productID: 1, subject: 'x' })).toEqual({
			offerId: '1',
			title: 'x',
			url: 'https://detail.1688.com/offer/1.html',
			priceRanges: [],
			skus: [],
		});
		expect(simplifyProductInfo(undefined)).toEqual({ priceRanges: [], skus: [] });
	});

	test('helpers', () => {
		expect(skuAttributesText([{ attributeValue: '红' }])).toBe('红');
		expect(absoluteImageUrl('//cbu01.alicdn.com/a.jpg')).toBe('https://cbu01.alicdn.com/a.jpg');
		expect(absoluteImageUrl('https://x/a.jpg')).toBe('https://x/a.jpg');
		expect(absoluteImageUrl('')).toBeUndefined();
	});
});
