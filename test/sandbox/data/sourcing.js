'use strict';
/**
 * What a reseller compares when sourcing, seeded per offer: dropshipping (one-piece) terms, shipping promise,
 * sales over 7/14/30 days and in total, repurchase rate, quality flags, per-SKU package weight and size, and
 * the daily figures behind the trend APIs. Every value comes from a hash of the offer (or SKU) ID and a key,
 * never from the seed's PRNG, so adding these figures changes none of the seeded IDs, prices or orders.
 */
const crypto = require('node:crypto');
const { MATERIALS } = require('./catalog');

const DAY = 86400000;
const CHINA_OFFSET_MS = 8 * 3600 * 1000;
const round2 = (n) => Math.round(n * 100) / 100;

/** A number in [0, 1) from the key: the same key always gives the same number. */
function unit(...key) {
	return crypto.createHash('md5').update(key.join(':')).digest().readUInt32BE(0) / 4294967296;
}

const between = (min, max, ...key) => min + Math.floor(unit(...key) * (max - min + 1));

/** Package size and weight of one SKU: around the offer's, larger sizes a little heavier. */
function skuShipping(offer, sku, index) {
	const base = offer.weightKg;
	return {
		weightKg: round2(
			Math.max(0.05, base * (0.9 + 0.05 * (index % 4)) + unit(sku.skuId, 'w') * 0.02),
		),
		lengthCm: between(20, 40, offer.offerId, 'length') + (index % 3),
		widthCm: between(15, 30, offer.offerId, 'width'),
		heightCm: between(3, 12, offer.offerId, 'height'),
	};
}

/**
 * The sourcing figures of one offer (`offer.sourcing`). `shippingTimeGuarantee` is the promise the doc
 * names (`shipIn24Hours`, `shipIn48Hours`) or '' for none; `shipsToday` marks the 24-hour ones that also
 * ship on the day (the `shipInToday` filter).
 */
function sourcingOf(offer, referenceTime) {
	const id = offer.offerId;
	const promise = unit(id, 'ship');
	const shippingTimeGuarantee =
		promise < 0.35 ? 'shipIn24Hours' : promise < 0.8 ? 'shipIn48Hours' : '';
	const dropship = unit(id, 'onePsale') < 0.6;
	const materials = MATERIALS[offer.topCategoryId];
	return {
		shippingTimeGuarantee,
		shipsToday: shippingTimeGuarantee === 'shipIn24Hours' && unit(id, 'today') < 0.4,
		isOnePsale: dropship,
		/** the one-piece (dropship, postage included) price is this factor times the SKU price */
		onePieceFactor: dropship ? round2(1.05 + unit(id, 'onePiecePrice') * 0.2) : undefined,
		onePieceFreePostage: dropship && unit(id, 'freePost') < 0.5,
		sales7d: Math.round(offer.monthSold * (0.18 + unit(id, 's7') * 0.1)),
		sales14d: Math.round(offer.monthSold * (0.4 + unit(id, 's14') * 0.12)),
		/** sold over 90 days: what product.related.recommend's `monthSold` counts (its page), not the searches' 30 */
		sales90d: Math.round(offer.monthSold * (2.6 + unit(id, 's90') * 0.8)),
		totalSales: offer.monthSold * between(3, 20, id, 'total'),
		/** percent, as the search shows it ("12%") */
		repurchaseRate: (id % 40) + 5,
		tradeScore: (40 + between(0, 10, id, 'score')) / 10,
		buyers30d: Math.round(offer.monthSold * 0.3),
		addCart30d: Math.round(offer.monthSold * 1.7),
		noReason7DReturn: unit(id, '7d') < 0.7,
		isJxhy: unit(id, 'jxhy') < 0.15,
		selection1688: unit(id, 'yx') < 0.2,
		isSelect: unit(id, 'select') < 0.25,
		isQqyx: unit(id, 'qqyx') < 0.1,
		isNew7: referenceTime - offer.createTime < 7 * DAY,
		isNew30: referenceTime - offer.createTime < 30 * DAY,
		material: materials[between(0, materials.length - 1, id, 'material')],
		skuShipping: offer.skus.map((sku, index) => skuShipping(offer, sku, index)),
	};
}

/** Adds `sourcing` to every offer. @param {Map<number, object>} offers @param {number} referenceTime */
function addSourcing(offers, referenceTime) {
	for (const offer of offers.values()) offer.sourcing = sourcingOf(offer, referenceTime);
}

/** The seller's identities, scores and openId (the masked store ID of `querySellerOfferList`). */
function sellerProfile(seller) {
	return { ...seller.profile, openId: 'sbx' + String(seller.userId).slice(-8) };
}

/** `20240701` (China time) for an instant. */
function chinaDate(ms) {
	return new Date(ms + CHINA_OFFSET_MS).toISOString().slice(0, 10).replace(/-/g, '');
}

/** The instant `yyyyMMdd` starts in China time; null for anything else. */
function parseChinaDate(text) {
	const m = /^(\d{4})(\d{2})(\d{2})$/.exec(String(text ?? ''));
	if (!m) return null;
	const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) - CHINA_OFFSET_MS;
	return chinaDate(ms) === text ? ms : null;
}

/**
 * One day's figure of a trend API, as the API writes it: units sold that day, the 30-day median price
 * (CNY) or the repurchase rate ("12.5%"). Days that have not ended yet have no figure ('').
 * @param {'sales'|'medianPrice'|'repurchaseRate'} metric
 */
function trendValue(offer, metric, date, now) {
	const start = parseChinaDate(date);
	if (start === null || start + DAY > now) return '';
	const u = unit(offer.offerId, metric, date);
	if (metric === 'sales') return String(Math.round((offer.monthSold / 30) * (0.5 + u)));
	if (metric === 'medianPrice') {
		const min = Math.min(...offer.skus.map((s) => s.price));
		return (min * (0.97 + u * 0.06)).toFixed(2);
	}
	return `${(offer.sourcing.repurchaseRate + (u - 0.5) * 4).toFixed(1)}%`;
}

module.exports = { addSourcing, sellerProfile, trendValue, chinaDate, parseChinaDate, DAY };
