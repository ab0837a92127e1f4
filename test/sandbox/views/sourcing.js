'use strict';
/**
 * Item shapes of the sourcing APIs (shop search, recommendations, rankings, trending keywords, trends),
 * each as its doc page lists the fields.
 */
const { IMAGE_HOST } = require('../data/seed');
const { sellerProfile } = require('../data/sourcing');
const { money, minPrice, onePiecePrice, offerIdentities } = require('./product');
const { formatDash } = require('../protocol/dates');

/** `querySellerOfferList` data[] (`ProductInfoModelV2` of the shop search). */
function toShopItem(offer) {
	const s = offer.sourcing;
	const price = minPrice(offer);
	return {
		imageUrl: IMAGE_HOST + offer.images[0],
		aigcImageUrl: IMAGE_HOST + offer.images[0],
		subject: offer.subject,
		subjectTrans: offer.subjectTrans,
		offerId: offer.offerId,
		isJxhy: s.isJxhy,
		repurchaseRate: `${s.repurchaseRate}%`,
		monthSold: offer.monthSold,
		traceInfo: `object_id@${offer.offerId}^object_type@offer`,
		isOnePsale: s.isOnePsale,
		priceInfo: {
			price: money(price),
			jxhyPrice: s.isJxhy ? money(price) : undefined,
			pfJxhyPrice: s.isJxhy ? money(price) : undefined,
			consignPrice: onePiecePrice(offer, price) ?? money(price),
		},
		createDate: formatDash(offer.createTime),
		modifyDate: formatDash(offer.modifyTime),
		isPatentProduct: false,
		offerIdentities: offerIdentities(offer),
		isSelect: String(s.isSelect),
		token: `sbx${offer.offerId}`,
		promotionURL: `https://detail.1688.com/offer/${offer.offerId}.html`,
	};
}

/** `offerRecommend` result[] (`ProductInfoModel`; the doc's sample calls dropshipping `onePsale` and names Java's classes). */
function toRecommendItem(offer) {
	const price = minPrice(offer);
	return {
		subjectTrans: offer.subjectTrans,
		priceInfo: {
			price: money(price),
			consignPrice: onePiecePrice(offer, price) ?? money(price),
			class: 'com.alibaba.cbu.offer.model.PriceInfo',
		},
		monthSold: offer.monthSold,
		sellerIdentities: sellerProfile(offer.seller).identities,
		traceInfo: `object_id@${offer.offerId}^object_type@offer`,
		subject: offer.subject,
		imageUrl: IMAGE_HOST + offer.images[0],
		onePsale: offer.sourcing.isOnePsale,
		offerId: offer.offerId,
		repurchaseRate: `${offer.sourcing.repurchaseRate}%`,
		isSelect: offer.sourcing.isSelect,
		promotionURL: `https://detail.1688.com/offer/${offer.offerId}.html`,
		class: 'com.alibaba.cbu.offer.model.ProductInfoModel',
	};
}

/** `product.related.recommend` result[] (the price is the lowest wholesale price). */
function toRelatedItem(offer) {
	return {
		imageUrl: IMAGE_HOST + offer.images[0],
		subject: offer.subject,
		subjectTrans: offer.subjectTrans,
		priceInfo: { price: money(minPrice(offer)) },
		offerId: offer.offerId,
		// The page: "Number of items sold in the last 90 days", under the name the searches use for 30 days.
		monthSold: offer.sourcing.sales90d,
		sellerIdentities: sellerProfile(offer.seller).identities,
		offerIdentities: offerIdentities(offer),
		topCategoryId: offer.topCategoryId,
		secondCategoryId: offer.secondCategoryId,
		thirdCategoryId: offer.thirdCategoryId,
	};
}

/** `product.topList.query` rankProductModels[]: `sort` is the rank, from 1. */
function toRankItem(offer, rank) {
	const promise = offer.sourcing.shippingTimeGuarantee;
	return {
		itemId: offer.offerId,
		title: offer.subject,
		translateTitle: offer.subjectTrans,
		imgUrl: IMAGE_HOST + offer.images[0],
		sort: rank,
		serviceList:
			promise === 'shipIn24Hours'
				? ['sendGoods24H']
				: promise === 'shipIn48Hours'
					? ['sendGoods48H']
					: [],
		buyerNum: offer.sourcing.buyers30d,
		soldOut: offer.monthSold,
		goodsScore: offer.sourcing.tradeScore.toFixed(1),
	};
}

module.exports = { toShopItem, toRecommendItem, toRelatedItem, toRankItem };
