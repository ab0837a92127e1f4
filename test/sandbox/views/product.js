'use strict';
/**
 * Views of a stored offer in the shapes the product APIs answer with.
 */
const { format1688, formatDash } = require('../protocol/dates');
const { IMAGE_HOST } = require('../data/seed');
const { offerStock } = require('../data/store');
const { sellerProfile } = require('../data/sourcing');

/** Fixed CNY → foreign currency rates (sandbox values). */
const RATES = {
	CNY: 1,
	USD: 0.1389,
	EUR: 0.1282,
	GBP: 0.1095,
	HKD: 1.0851,
	JPY: 21.47,
	KRW: 190.6,
	AUD: 0.2126,
	CAD: 0.1901,
	RUB: 11.2,
	THB: 4.55,
	VND: 3620,
	IDR: 2260,
	MYR: 0.6187,
	SGD: 0.1792,
	BRL: 0.7745,
};

/** @param {number} cny @param {string} [currency] @returns {string|undefined} */
function foreign(cny, currency) {
	if (!currency) return undefined;
	const rate = RATES[String(currency).toUpperCase()];
	if (!rate) return undefined;
	return (Math.round(cny * rate * 100) / 100).toFixed(2);
}

const money = (n) => (Math.round(n * 100) / 100).toFixed(2);

/** The lowest SKU price of an offer, in yuan. */
const minPrice = (offer) => Math.min(...offer.skus.map((s) => s.price));

/** `alibaba.product.get` productInfo */
function toProductInfo(offer) {
	const stock = offerStock(offer);
	return {
		productID: offer.offerId,
		productType: 'wholesale',
		categoryID: offer.categoryId,
		categoryName: offer.categoryName,
		groupID: [],
		status: offer.status,
		subject: offer.subject,
		description: offer.description,
		language: 'CHINESE',
		periodOfValidity: 3650,
		bizType: 1,
		pictureAuth: false,
		image: { images: offer.images.slice() },
		attributes: [
			{
				attributeID: 346,
				attributeName: '产地',
				value: offer.seller.city || '杭州市',
				isCustom: false,
			},
			{
				attributeID: 1398,
				attributeName: '货号',
				value: offer.productCargoNumber,
				isCustom: false,
			},
		],
		skuInfos: offer.skus.map((s) => ({
			attributes: s.attributes.map((a) => ({
				attributeID: a.attributeID,
				attributeValue: a.attributeValue,
				skuImageUrl: a.skuImageUrl || undefined,
				attributeName: a.attributeName,
				attributeDisplayName: a.attributeName,
			})),
			cargoNumber: s.cargoNumber,
			amountOnSale: s.amountOnSale,
			retailPrice: s.retailPrice,
			price: s.price,
			consignPrice: s.price,
			skuCode: String(s.skuId),
			skuId: s.skuId,
			specId: s.specId,
		})),
		saleInfo: {
			supportOnlineTrade: true,
			mixWholeSale: true,
			priceAuth: false,
			priceRanges: offer.priceRanges.map((r) => ({
				startQuantity: r.startQuantity,
				price: r.price,
			})),
			amountOnSale: stock,
			unit: offer.unit,
			minOrderQuantity: offer.minOrderQuantity,
			batchNumber: 1,
			retailprice: offer.skus[0].retailPrice,
			quoteType: offer.quoteType,
			deliveryLimit: 3,
			invReduceType: '1',
			beginAmount: offer.minOrderQuantity,
		},
		shippingInfo: {
			unitWeight: offer.weightKg,
			sendGoodsAddressText: `${offer.seller.province || ''} ${offer.seller.city || ''}`.trim(),
			handlingTime: 3,
		},
		supplierLoginId: offer.seller.loginId,
		supplierUserId: String(offer.seller.userId),
		sellerLoginId: offer.seller.loginId,
		productCargoNumber: offer.productCargoNumber,
		crossBorderOffer: true,
		referencePrice: priceRangeText(offer),
		createTime: format1688(offer.createTime),
		lastUpdateTime: format1688(offer.modifyTime),
		modifyTime: format1688(offer.modifyTime),
		approvedTime: format1688(offer.createTime + 3600000),
		expireTime: format1688(offer.createTime + 3650 * 86400000),
		bookedCount: String(offer.monthSold),
		sevenDaysRefunds: true,
	};
}

function priceRangeText(offer) {
	const prices = offer.skus.map((s) => s.price).concat(offer.priceRanges.map((r) => r.price));
	const min = Math.min(...prices);
	const max = Math.max(...prices);
	return min === max ? money(min) : `${money(min)}~${money(max)}`;
}

const percent = (ratio) => `${(ratio * 100).toFixed(2)}%`;

/** `sellerDataInfo` of the detail and search answers, from the seller's profile. */
function sellerDataInfo(seller, { detail = false } = {}) {
	const p = sellerProfile(seller);
	const info = {
		tradeMedalLevel: String(p.tradeMedalLevel),
		compositeServiceScore: p.compositeServiceScore.toFixed(1),
		logisticsExperienceScore: p.logisticsExperienceScore.toFixed(1),
		disputeComplaintScore: p.disputeComplaintScore.toFixed(1),
		offerExperienceScore: p.offerExperienceScore.toFixed(1),
		afterSalesExperienceScore: p.afterSalesExperienceScore.toFixed(1),
		consultingExperienceScore: p.consultingExperienceScore.toFixed(1),
		repeatPurchasePercent: String(p.repeatPurchasePercent),
	};
	// The detail adds 30-day pickup and refund rates; the search items add membership years.
	if (detail)
		return {
			...info,
			collect30DayWithin48HPercent: String(p.pickup48h),
			qualityRefundWithin30Day: String(p.qualityRefund),
		};
	return { ...info, tpYear: p.tpYear };
}

/** The one-piece (dropship, postage included) price of a SKU price; undefined when the offer does not dropship. */
function onePiecePrice(offer, price) {
	return offer.sourcing.isOnePsale ? money(price * offer.sourcing.onePieceFactor) : undefined;
}

/** `offerIdentities`: 严选 (yx) and cross-border select. */
function offerIdentities(offer) {
	return [
		offer.sourcing.selection1688 ? 'yx' : null,
		offer.sourcing.isSelect ? 'select' : null,
	].filter(Boolean);
}

/** cross-border `product.search.queryProductDetail` result.result */
function toCrossDetail(offer, { currency } = {}) {
	const s = offer.sourcing;
	const attrs = (a) => ({
		attributeId: a.attributeID,
		attributeName: a.attributeName,
		attributeNameTrans: a.attributeNameTrans,
		value: a.attributeValue,
		valueTrans: a.valueTrans,
		skuImageUrl: a.skuImageUrl ? IMAGE_HOST + a.skuImageUrl : undefined,
	});
	const minSkuPrice = minPrice(offer);
	const profile = sellerProfile(offer.seller);
	return {
		offerId: offer.offerId,
		categoryId: offer.categoryId,
		categoryName: offer.categoryName,
		subject: offer.subject,
		subjectTrans: offer.subjectTrans,
		description: offer.description,
		descriptionTrans: offer.descriptionTrans,
		productImage: {
			images: offer.images.map((i) => IMAGE_HOST + i),
			whiteImage: IMAGE_HOST + offer.images[0],
		},
		productAttribute: [
			{
				attributeId: '346',
				attributeName: '产地',
				value: offer.seller.city || '杭州市',
				attributeNameTrans: 'Place of origin',
				valueTrans: offer.seller.city || '杭州市',
			},
			{
				attributeId: '1398',
				attributeName: '货号',
				value: offer.productCargoNumber,
				attributeNameTrans: 'Item number',
				valueTrans: offer.productCargoNumber,
			},
			{
				attributeId: '287',
				attributeName: '材质',
				value: s.material[0],
				attributeNameTrans: 'Material',
				valueTrans: s.material[1],
			},
		],
		productSkuInfos: offer.skus.map((sku) => ({
			amountOnSale: sku.amountOnSale,
			price: money(sku.price),
			jxhyPrice: money(sku.price),
			skuId: sku.skuId,
			specId: sku.specId,
			skuAttributes: sku.attributes.map(attrs),
			cargoNumber: sku.cargoNumber,
			consignPrice: money(sku.price),
			fenxiaoPriceInfo: {
				onePiecePrice: onePiecePrice(offer, sku.price),
				offerPrice: money(sku.price),
			},
			retailPrice: money(sku.retailPrice),
			foreignCurrencyPrice: foreign(sku.price, currency),
			foreignCurrencyRetailPrice: foreign(sku.retailPrice, currency),
		})),
		productSaleInfo: {
			amountOnSale: offerStock(offer),
			priceRangeList: offer.priceRanges.map((r) => ({
				startQuantity: r.startQuantity,
				price: money(r.price),
				foreignCurrencyPrice: foreign(r.price, currency),
			})),
			quoteType: offer.quoteType === 1 ? 1 : 2,
			unitInfo: { unit: offer.unit, transUnit: offer.unitTrans },
			fenxiaoSaleInfo: s.isOnePsale
				? {
						onePieceFreePostage: s.onePieceFreePostage,
						startQuantity: 1,
						onePiecePrice: onePiecePrice(offer, minSkuPrice),
						offerPrice: money(minSkuPrice),
					}
				: undefined,
			retailPrice: money(offer.skus[0].retailPrice),
		},
		productShippingInfo: {
			sendGoodsAddressText: `${offer.seller.province || ''}${offer.seller.city || ''}`,
			weight: offer.weightKg,
			width: s.skuShipping[0].widthCm,
			height: s.skuShipping[0].heightCm,
			length: s.skuShipping[0].lengthCm,
			// per the doc: skuShippingInfoList weighs in grams, skuShippingDetails in kilograms
			skuShippingInfoList: offer.skus.map((sku, i) => ({
				specId: sku.specId,
				skuId: sku.skuId,
				width: s.skuShipping[i].widthCm,
				length: s.skuShipping[i].lengthCm,
				height: s.skuShipping[i].heightCm,
				weight: Math.round(s.skuShipping[i].weightKg * 1000),
			})),
			shippingTimeGuarantee: s.shippingTimeGuarantee || undefined,
			skuShippingDetails: offer.skus.map((sku, i) => ({
				skuId: String(sku.skuId),
				width: s.skuShipping[i].widthCm,
				length: s.skuShipping[i].lengthCm,
				height: s.skuShipping[i].heightCm,
				weight: s.skuShipping[i].weightKg,
				pkgSizeSource: '商家自填',
			})),
			pkgSizeSource: '商家自填',
		},
		isJxhy: s.isJxhy,
		sellerOpenId: profile.openId,
		minOrderQuantity: offer.minOrderQuantity,
		batchNumber: 1,
		status: offer.status,
		tagInfoList: [
			{ key: 'isOnePsale', value: s.isOnePsale },
			{ key: 'select', value: s.isSelect },
		],
		traceInfo: `object_id@${offer.offerId}^object_type@offer`,
		productCargoNumber: offer.productCargoNumber,
		sellerDataInfo: sellerDataInfo(offer.seller, { detail: true }),
		soldOut: String(offer.monthSold),
		tradeScore: s.tradeScore.toFixed(1),
		topCategoryId: offer.topCategoryId,
		secondCategoryId: offer.secondCategoryId,
		thirdCategoryId: offer.thirdCategoryId,
		offerIdentities: profile.identities,
		createDate: formatDash(offer.createTime),
		isSelect: String(s.isSelect),
		companyName: offer.seller.companyName,
	};
}

/** one `data[]` entry of the cross-border keyword search (`ProductInfoModelV2`) */
function toSearchItem(offer, { currency } = {}) {
	const s = offer.sourcing;
	const profile = sellerProfile(offer.seller);
	const price = minPrice(offer);
	return {
		imageUrl: IMAGE_HOST + offer.images[0],
		subject: offer.subject,
		subjectTrans: offer.subjectTrans,
		offerId: offer.offerId,
		isJxhy: s.isJxhy,
		priceInfo: {
			price: money(price),
			jxhyPrice: s.isJxhy ? money(price) : undefined,
			consignPrice: onePiecePrice(offer, price) ?? money(price),
			foreignCurrencyPrice: foreign(price, currency),
		},
		repurchaseRate: `${s.repurchaseRate}%`,
		monthSold: offer.monthSold,
		traceInfo: `object_id@${offer.offerId}^object_type@offer`,
		isOnePsale: s.isOnePsale,
		sellerIdentities: profile.identities,
		offerIdentities: offerIdentities(offer),
		tradeScore: s.tradeScore.toFixed(1),
		whiteImage: IMAGE_HOST + offer.images[0],
		promotionModel: { hasPromotion: false },
		topCategoryId: offer.topCategoryId,
		secondCategoryId: offer.secondCategoryId,
		thirdCategoryId: offer.thirdCategoryId,
		isPatentProduct: false,
		createDate: formatDash(offer.createTime),
		modifyDate: formatDash(offer.modifyTime),
		isSelect: s.isSelect,
		minOrderQuantity: offer.minOrderQuantity,
		sellerDataInfo: sellerDataInfo(offer.seller),
		productSimpleShippingInfo: {
			shippingTimeGuarantee: s.shippingTimeGuarantee || undefined,
			pickupWithin24hRate30d: percent(profile.pickup24h),
			qualityReturnRate30d: percent(profile.qualityRefund),
		},
		promotionURL: `https://detail.1688.com/offer/${offer.offerId}.html`,
		sales7d: String(s.sales7d),
		productTradeInfo: {
			addCartCount30d: String(s.addCart30d),
			payBuyerCount30d: String(s.buyers30d),
		},
	};
}

/** one `data[]` entry of the image search (`ProductInfoModelV3`): the keyword search's, plus the shop. */
function toImageSearchItem(offer, options) {
	const { whiteImage, ...item } = toSearchItem(offer, options);
	return {
		...item,
		companyName: offer.seller.companyName,
		companyAddress: `${offer.seller.province || ''}${offer.seller.city || ''}`,
		offerDataInfo: {
			repurchaseRate30d: `${offer.sourcing.repurchaseRate}%`,
			pickupRate24h30d: percent(sellerProfile(offer.seller).pickup24h),
		},
	};
}

module.exports = {
	toProductInfo,
	toCrossDetail,
	toSearchItem,
	toImageSearchItem,
	onePiecePrice,
	offerIdentities,
	foreign,
	money,
	minPrice,
	RATES,
};
