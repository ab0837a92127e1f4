'use strict';
/**
 * The `filter` values of the cross-border searches (keywordQuery, imageQuery, querySellerOfferList), over the
 * seeded offers. The doc pages send the enumeration to "the solution introduction", which the doc mirror does
 * not carry; the values are those every published integration of these APIs lists (1688's own AI tool
 * descriptions among them). The region exclusions (JPFL, USFL, …) are accepted and change nothing here:
 * the seeded offers carry no export restrictions.
 */
const { sellerProfile } = require('../data/sourcing');

const profile = (offer) => sellerProfile(offer.seller);
const score = (offer) => profile(offer).compositeServiceScore;

/** @type {Record<string, (offer: object) => boolean>} */
const FILTERS = {
	shipInToday: (o) => o.sourcing.shipsToday,
	shipIn24Hours: (o) => o.sourcing.shippingTimeGuarantee === 'shipIn24Hours',
	shipIn48Hours: (o) => o.sourcing.shippingTimeGuarantee !== '',
	isOnePsale: (o) => o.sourcing.isOnePsale,
	isOnePsaleFreePost: (o) => o.sourcing.isOnePsale && o.sourcing.onePieceFreePostage,
	certifiedFactory: (o) => profile(o).certifiedFactory,
	noReason7DReturn: (o) => o.sourcing.noReason7DReturn,
	new7: (o) => o.sourcing.isNew7,
	new30: (o) => o.sourcing.isNew30,
	'1688Selection': (o) => o.sourcing.selection1688,
	jxhy: (o) => o.sourcing.isJxhy,
	isQqyx: (o) => o.sourcing.isQqyx,
	isSelect: (o) => o.sourcing.isSelect,
	totalEpScoreLv1: (o) => score(o) >= 5,
	totalEpScoreLv2: (o) => score(o) >= 4.5 && score(o) < 5,
	totalEpScoreLv3: (o) => score(o) >= 4 && score(o) < 4.5,
	totalEpScoreLv4: (o) => score(o) < 4,
	getRate24HLv1: (o) => profile(o).pickup24h < 0.95,
	getRate24HLv2: (o) => profile(o).pickup24h >= 0.95,
	getRate24HLv3: (o) => profile(o).pickup24h >= 0.99,
	getRate48HLv1: (o) => profile(o).pickup48h < 0.95,
	getRate48HLv2: (o) => profile(o).pickup48h >= 0.95,
	getRate48HLv3: (o) => profile(o).pickup48h >= 0.99,
	qrr0: (o) => profile(o).qualityRefund === 0,
	qrr1: (o) => profile(o).qualityRefund < 0.01,
	qrr5: (o) => profile(o).qualityRefund >= 0.01 && profile(o).qualityRefund < 0.05,
	qrr10: (o) => profile(o).qualityRefund >= 0.05 && profile(o).qualityRefund < 0.1,
};
const REGION_EXCLUSIONS = [
	'JPFL',
	'USFL',
	'KRFL',
	'VNFL',
	'SAFL',
	'RUFL',
	'KZFL',
	'HKFL',
	'MOFL',
	'TWFL',
];

/** saleFilterList's saleType → the seeded figure it bounds. */
const SALE_TYPES = {
	sales7: (o) => o.sourcing.sales7d,
	sales14: (o) => o.sourcing.sales14d,
	sales30: (o) => o.monthSold,
	totalSales: (o) => o.sourcing.totalSales,
};

/**
 * The predicate of a `filter` text ("shipIn48Hours,isOnePsale"): every value must hold.
 * @returns {{test?: (offer: object) => boolean, error?: string}}
 */
function filterPredicate(text) {
	const values = String(text ?? '')
		.split(',')
		.map((v) => v.trim())
		.filter(Boolean);
	const unknown = values.find((v) => !FILTERS[v] && !REGION_EXCLUSIONS.includes(v));
	if (unknown) return { error: `filter value ${unknown} is not supported` };
	const tests = values.filter((v) => FILTERS[v]).map((v) => FILTERS[v]);
	return { test: (offer) => tests.every((t) => t(offer)) };
}

/**
 * The predicate of `saleFilterList` ([{saleType, saleStart, saleEnd}], bounds as text; several are intersected).
 * @returns {{test?: (offer: object) => boolean, error?: string}}
 */
function salePredicate(list) {
	if (list === undefined || list === null || list === '') return { test: () => true };
	if (!Array.isArray(list)) return { error: 'saleFilterList must be a list' };
	const tests = [];
	for (const entry of list) {
		const figure = SALE_TYPES[entry && entry.saleType];
		if (!figure)
			return {
				error: `saleType ${entry && entry.saleType} is not one of ${Object.keys(SALE_TYPES).join(', ')}`,
			};
		const bound = (value) =>
			value === undefined || value === null || value === '' ? undefined : Number(value);
		const start = bound(entry.saleStart);
		const end = bound(entry.saleEnd);
		if ([start, end].some((b) => b !== undefined && !(Number.isFinite(b) && b >= 0)))
			return { error: 'saleStart and saleEnd must be numbers >= 0' };
		tests.push(
			(o) => (start === undefined || figure(o) >= start) && (end === undefined || figure(o) <= end),
		);
	}
	return { test: (offer) => tests.every((t) => t(offer)) };
}

module.exports = { FILTERS, filterPredicate, salePredicate };
