'use strict';
/**
 * Views of a stored offer in the shapes the product APIs answer with.
 */
const { format1688, formatDash } = require('../protocol/dates');
const { IMAGE_HOST } = require('../data/seed');
const { offerStock } = require('../data/store');

/** Fixed CNY → foreign currency rates (sandbox values). */
const RATES = { CNY: 1, USD: 0.1389, EUR: 0.1282, GBP: 0.1095, HKD: 1.0851, JPY: 21.47, KRW: 190.6, AUD: 0.2126, CAD: 0.1901, RUB: 11.2, THB: 4.55, VND: 3620, IDR: 2260, MYR: 0.6187, SGD: 0.1792, BRL: 0.7745 };

/** @param {number} cny @param {string} [currency] @returns {string|undefined} */
function foreign(cny, currency) {
	if (!currency) return undefined;
	const rate = RATES[String(currency).toUpperCase()];
	if (!rate) return undefined;
	return (Math.round(cny * rate * 100) / 100).toFixed(2);
}

const money = (n) => (Math.round(n * 100) / 100).toFixed(2);

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
			{ attributeID: 346, attributeName: '产地', value: offer.seller.city || '杭州市', isCustom: false },
			{ attributeID: 1398, attributeName: '货号', value: offer.productCargoNumber, isCustom: false },
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
			priceRanges: offer.priceRanges.map((r) => ({ startQuantity: r.startQuantity, price: r.price })),
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

/** cross-border `product.search.queryProductDetail` result.result */
function toCrossDetail(offer, { currency } = {}) {
	const attrs = (a) => ({
		attributeId: a.attributeID,
		attributeName: a.attributeName,
		attributeNameTrans: a.attributeNameTrans,
		value: a.attributeValue,
		valueTrans: a.valueTrans,
		skuImageUrl: a.skuImageUrl ? IMAGE_HOST + a.skuImageUrl : undefined,
	});
	return {
		offerId: offer.offerId,
		categoryId: offer.categoryId,
		categoryName: offer.categoryName,
		subject: offer.subject,
		subjectTrans: offer.subjectTrans,
		description: offer.description,
		productImage: { images: offer.images.map((i) => IMAGE_HOST + i), whiteImage: IMAGE_HOST + offer.images[0] },
		productAttribute: [
			{ attributeId: '1398', attributeName: '货号', value: offer.productCargoNumber, attributeNameTrans: 'Item number', valueTrans: offer.productCargoNumber },
		],
		productSkuInfos: offer.skus.map((s) => ({
			amountOnSale: s.amountOnSale,
			price: money(s.price),
			jxhyPrice: money(s.price),
			skuId: s.skuId,
			specId: s.specId,
			skuAttributes: s.attributes.map(attrs),
			cargoNumber: s.cargoNumber,
			consignPrice: money(s.price),
			fenxiaoPriceInfo: { offerPrice: money(s.price) },
			retailPrice: money(s.retailPrice),
			foreignCurrencyPrice: foreign(s.price, currency),
			foreignCurrencyRetailPrice: foreign(s.retailPrice, currency),
		})),
		productSaleInfo: {
			amountOnSale: offerStock(offer),
			priceRangeList: offer.priceRanges.map((r) => ({ startQuantity: r.startQuantity, price: money(r.price), foreignCurrencyPrice: foreign(r.price, currency) })),
			quoteType: offer.quoteType === 1 ? 1 : 2,
			unitInfo: { unit: offer.unit, transUnit: offer.unitTrans },
			retailPrice: money(offer.skus[0].retailPrice),
		},
		productShippingInfo: {
			sendGoodsAddressText: `${offer.seller.province || ''}${offer.seller.city || ''}`,
			weight: offer.weightKg,
			width: 20,
			height: 10,
			length: 30,
			shippingTimeGuarantee: 'shipIn48Hours',
		},
		isJxhy: false,
		sellerOpenId: 'sbx' + String(offer.seller.userId).slice(-8),
		minOrderQuantity: offer.minOrderQuantity,
		batchNumber: 1,
		status: offer.status,
		traceInfo: `object_id@${offer.offerId}^object_type@offer`,
		productCargoNumber: offer.productCargoNumber,
		soldOut: String(offer.monthSold),
		tradeScore: '4.8',
		topCategoryId: offer.topCategoryId,
		secondCategoryId: offer.secondCategoryId,
		thirdCategoryId: offer.thirdCategoryId,
		createDate: formatDash(offer.createTime),
		companyName: offer.seller.companyName,
	};
}

/** one `data[]` entry of the cross-border search answers */
function toSearchItem(offer, { currency } = {}) {
	const price = Math.min(...offer.skus.map((s) => s.price));
	return {
		imageUrl: IMAGE_HOST + offer.images[0],
		subject: offer.subject,
		subjectTrans: offer.subjectTrans,
		offerId: offer.offerId,
		isJxhy: false,
		priceInfo: { price: money(price), consignPrice: money(price), foreignCurrencyPrice: foreign(price, currency) },
		repurchaseRate: `${(offer.offerId % 40) + 5}%`,
		monthSold: offer.monthSold,
		traceInfo: `object_id@${offer.offerId}^object_type@offer`,
		isOnePsale: true,
		tradeScore: '4.8',
		topCategoryId: offer.topCategoryId,
		secondCategoryId: offer.secondCategoryId,
		thirdCategoryId: offer.thirdCategoryId,
		createDate: formatDash(offer.createTime),
		modifyDate: formatDash(offer.modifyTime),
		minOrderQuantity: offer.minOrderQuantity,
	};
}

module.exports = { toProductInfo, toCrossDetail, toSearchItem, foreign, money, RATES };
