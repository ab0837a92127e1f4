'use strict';
/**
 * Product → Get (authorised product API or cross-border detail), Get Many, Update Stock, Search, Search by
 * Image, Search in Shop, Find Similar, Estimate Shipping, Follow, Unfollow.
 */
const {
	readFollowAnswer,
} = require('../../../dist/nodes/Alibaba1688/actions/product/followAnswer');
const { crossBorderPayload } = require('../../../dist/nodes/shared/helpers/crossBorder');
const {
	simplifyFreightEstimate,
} = require('../../../dist/nodes/Alibaba1688/helpers/simplifyFreight');
const {
	simplifyProductInfo,
	simplifyCrossBorderDetail,
	simplifySearchOffer,
	simplifyRelatedOffer,
} = require('../../../dist/nodes/shared/helpers/simplifyProduct');
const { offerImagePng } = require('../../sandbox/data/images');
const { unfilled } = require('../assertions');

const CROSS_BORDER = 'com.alibaba.fenxiao.crossborder';
const FOLLOW = 'com.alibaba.product:alibaba.product.follow.crossborder-1';
const UNFOLLOW = 'com.alibaba.product:alibaba.product.unfollow.crossborder-1';

/** Follow and Unfollow read `{code, message}`: code 0 is done, and the offer changed state. */
function checkFollowAnswer(action) {
	return (json) => {
		expect(json).toEqual({ code: 0, message: 'success' });
		expect(readFollowAnswer(action, json.code, json.message)).toEqual({
			done: true,
			changed: true,
			message: 'success',
		});
	};
}

/** A published offer the sandbox member does not follow yet. */
function unfollowedOffer(sandbox) {
	const offer = [...sandbox.store.offers.values()].find(
		(candidate) =>
			candidate.status === 'published' && !sandbox.store.followed.has(candidate.offerId),
	);
	if (!offer) throw new Error('every published offer of the sandbox is followed');
	return offer.offerId;
}

module.exports = {
	'com.alibaba.product:alibaba.product.get-1': {
		check(json) {
			const product = simplifyProductInfo(json.productInfo);
			expect(
				unfilled(product, [
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
					'skus',
				]),
			).toEqual([]);
			expect(product.offerId).toBe('521234567890');
			expect(
				unfilled(product.skus[0], ['skuId', 'specId', 'attributes', 'price', 'stock', 'image']),
			).toEqual([]);
			expect(product.skus[0].skuId).toBe('3812345678901');
		},
		request: ({ fixtures }) => ({ productID: fixtures.offerManySkus.offerId, webSite: '1688' }),
	},
	'com.alibaba.product:alibaba.product.list.get-1': {
		check(json) {
			const page = json.result.pageResult;
			expect(page.totalRecords).toBe(1);
			const product = simplifyProductInfo(page.resultList[0]);
			expect(
				unfilled(product, ['offerId', 'title', 'price', 'totalStock', 'status', 'skus']),
			).toEqual([]);
		},
		request: () => ({ pageNo: 1, pageSize: 2 }),
	},
	'com.alibaba.product:alibaba.product.modifyStock-1': {
		check(json) {
			// Update Stock reports its own plan; it needs only the call to succeed.
			expect(json.success).toBe(true);
			expect(json.result[0]).toEqual({ productId: 521234567890, result: true });
		},
		request: ({ fixtures }) => ({
			webSite: '1688',
			productStockChange: [{ productId: fixtures.ownOfferIds[0], productAmountChange: 1 }],
		}),
	},
	[`${CROSS_BORDER}:product.search.queryProductDetail-1`]: {
		check(json) {
			const product = simplifyCrossBorderDetail(crossBorderPayload(json));
			expect(
				unfilled(product, [
					'offerId',
					'title',
					'titleTranslated',
					'url',
					'price',
					'priceRanges',
					'minOrderQuantity',
					'unit',
					'totalStock',
					'status',
					'categoryId',
					'skus',
				]),
			).toEqual([]);
			expect(product.offerId).toBe('34513534353434');
			// The sample's SKU price is a placeholder text ("价格"): Simplify falls back to its consignPrice, 1.
			expect(product.price).toBe(1);
			expect(unfilled(product.skus[0], ['skuId', 'specId', 'attributes', 'stock'])).toEqual([]);
		},
		request: ({ fixtures }) => ({
			offerDetailParam: { offerId: fixtures.offerManySkus.offerId, country: 'en' },
		}),
	},
	[`${CROSS_BORDER}:product.search.keywordQuery-1`]: {
		check(json) {
			const page = crossBorderPayload(json);
			expect(page.totalRecords).toBe(123);
			const offer = simplifySearchOffer(page.data[0]);
			expect(
				unfilled(offer, [
					'offerId',
					'title',
					'titleTranslated',
					'url',
					'mainImage',
					'price',
					'monthSold',
					'minOrderQuantity',
					'categoryId',
				]),
			).toEqual([]);
			expect(offer).toMatchObject({ offerId: '2', price: 10, monthSold: 1213, categoryId: '3' });
		},
		request: () => ({
			offerQueryParam: { keyword: '连衣裙', beginPage: 1, pageSize: 2, country: 'en' },
		}),
	},
	[`${CROSS_BORDER}:product.search.imageQuery-1`]: {
		check(json) {
			// `success` is a placeholder text in this sample ("是否成功"): it is not a failure.
			const offer = simplifySearchOffer(crossBorderPayload(json).data[0]);
			expect(
				unfilled(offer, [
					'offerId',
					'title',
					'titleTranslated',
					'url',
					'mainImage',
					'price',
					'monthSold',
					'minOrderQuantity',
					'categoryId',
				]),
			).toEqual([]);
			expect(offer.offerId).toBe('123');
		},
		async request({ sandbox, fixtures, call }) {
			const offer = sandbox.store.getOffer(fixtures.offerManySkus.offerId);
			const uploaded = await call(`${CROSS_BORDER}:product.image.upload-1`, {
				uploadImageParam: { imageBase64: offerImagePng(offer).toString('base64') },
			});
			return {
				offerQueryParam: {
					imageId: uploaded.json.result.result,
					beginPage: 1,
					pageSize: 2,
					country: 'en',
				},
			};
		},
	},
	[`${CROSS_BORDER}:product.image.upload-1`]: {
		check(json) {
			expect(crossBorderPayload(json)).toBe('<imageId>');
		},
		request: ({ sandbox, fixtures }) => ({
			uploadImageParam: {
				imageBase64: offerImagePng(sandbox.store.getOffer(fixtures.offerOneSku.offerId)).toString(
					'base64',
				),
			},
		}),
	},
	[`${CROSS_BORDER}:product.search.querySellerOfferList-1`]: {
		check(json) {
			// Search in Shop pages like Search (searchOffers): result.result holds data and totalRecords.
			const page = crossBorderPayload(json);
			expect(page.totalRecords).toBe(123);
			const offer = simplifySearchOffer(page.data[0]);
			// The page documents no category or minimum order for a shop's offers: Simplify gives neither.
			expect(
				unfilled(offer, [
					'offerId',
					'title',
					'titleTranslated',
					'url',
					'mainImage',
					'price',
					'dropshipPrice',
					'monthSold',
					'repurchaseRatePercent',
					'dropshipping',
				]),
			).toEqual([]);
			expect(offer).toMatchObject({
				offerId: '2',
				url: 'https://detail.1688.com/offer/2.html',
				price: 10,
				dropshipPrice: 10,
				monthSold: 1213,
				repurchaseRatePercent: 10,
				dropshipping: true,
			});
			// The sample's imageUrl is a placeholder text ("图片地址"), read as a path on 1688's image host.
			expect(offer.mainImage).toBe('https://cbu01.alicdn.com/图片地址');
		},
		// The shop's sellerOpenId comes from the cross-border detail of one of its offers, as Search in Shop gets it.
		async request({ fixtures, call }) {
			const detail = await call(`${CROSS_BORDER}:product.search.queryProductDetail-1`, {
				offerDetailParam: { offerId: fixtures.offerManySkus.offerId, country: 'en' },
			});
			return {
				offerQueryParam: {
					sellerOpenId: detail.json.result.result.sellerOpenId,
					beginPage: 1,
					pageSize: 2,
					country: 'en',
				},
			};
		},
	},
	[`${CROSS_BORDER}:product.related.recommend-1`]: {
		check(json) {
			// Find Similar (Related Offers): the payload is the list itself, without a total.
			const offers = crossBorderPayload(json);
			expect(offers).toHaveLength(1);
			const offer = simplifyRelatedOffer(offers[0]);
			// The page documents no repurchase rate, dropship flag or minimum order for related offers.
			expect(
				unfilled(offer, [
					'offerId',
					'title',
					'titleTranslated',
					'url',
					'mainImage',
					'price',
					'sold90d',
					'sellerIdentities',
					'categoryId',
				]),
			).toEqual([]);
			// Its monthSold is "Number of items sold in the last 90 days": sold90d, never the searches' 30-day monthSold.
			expect(offer).toMatchObject({
				offerId: '688766724221',
				price: 178,
				sold90d: 98374,
				sellerIdentities: ['super_factory'],
				categoryId: '1',
			});
			expect(offer).not.toHaveProperty('monthSold');
		},
		request: ({ fixtures }) => ({
			relatedQueryParams: {
				offerId: fixtures.offerManySkus.offerId,
				pageNo: 1,
				pageSize: 10,
				language: 'en',
			},
		}),
	},
	[`${CROSS_BORDER}:product.freight.estimate-1`]: {
		everyField: true,
		check(json) {
			// Freight, package and template; the per-SKU sizes because sizeValueType is 2.
			expect(
				simplifyFreightEstimate(crossBorderPayload(json), { districtCode: '330108', quantity: 3 }),
			).toEqual({
				offerId: '111111111',
				destinationCode: '330108',
				quantity: 3,
				freight: 12.3,
				currency: 'CNY',
				freeShipping: false,
				weightKg: 0.15,
				lengthCm: 10,
				widthCm: 10,
				heightCm: 10,
				skus: [{ skuId: '12345678', weightKg: 1, lengthCm: 1, widthCm: 1, heightCm: 1 }],
				template: {
					templateId: '2324342',
					name: '测试',
					chargedBy: 'weight',
					firstUnit: 1,
					firstFee: 2.9,
					nextUnit: 1,
					nextFee: 2,
				},
			});
		},
		request({ sandbox, fixtures }) {
			const offer = sandbox.store.getOffer(fixtures.offerManySkus.offerId);
			return {
				productFreightQueryParamsNew: {
					offerId: offer.offerId,
					toProvinceCode: '330000',
					toCityCode: '330100',
					toCountryCode: '330108',
					totalNum: 3,
					logisticsSkuNumModels: [{ skuId: String(offer.skus[0].skuId), number: 3 }],
				},
			};
		},
	},
	[FOLLOW]: {
		everyField: true,
		check: checkFollowAnswer('follow'),
		request: ({ sandbox }) => ({ productId: unfollowedOffer(sandbox) }),
	},
	[UNFOLLOW]: {
		everyField: true,
		check: checkFollowAnswer('unfollow'),
		// Unfollowing needs a followed offer: one is followed first.
		async request({ sandbox, call }) {
			const productId = unfollowedOffer(sandbox);
			await call(FOLLOW, { productId });
			return { productId };
		},
	},
};
