'use strict';
/**
 * Freight templates per supplier (what product.freight.estimate reads): charged by weight (kg) or by piece,
 * a first unit and each further unit, or free shipping (the seller pays). Remote provinces (Tibet, Qinghai,
 * Xinjiang) cost double. 义乌市晨曦服饰's template is the one preview and create use for every order
 * (data/store.js freightFor: 6 yuan the first kilo, 2 each further one).
 */
const { round2 } = require('../data/seed');
const { REMOTE_PROVINCE_PREFIXES } = require('../data/regions');

const WEIGHT = '0';
const PIECE = '1';

/** by supplier memberId: [templateId, name, chargeType, firstUnit, firstFee, nextUnit, nextFee, free] */
const TEMPLATES = {
	'b2b-2201356780001': [2001001, '晨曦服饰快递运费', WEIGHT, 1, 6, 1, 2, false],
	'b2b-2201356780002': [2001002, '白云鞋业快递运费', WEIGHT, 1, 8, 1, 3, false],
	'b2b-2201356780003': [2001003, '极客数码全国包邮', WEIGHT, 1, 0, 1, 0, true],
	'b2b-2201356780004': [2001004, '云裳女装按件计费', PIECE, 1, 5, 1, 1, false],
	'b2b-2201356780005': [2001005, '白沟箱包快递运费', WEIGHT, 1, 10, 1, 4, false],
	'b2b-2201356780006': [2001006, '永康家居快递运费', WEIGHT, 1, 6, 1, 2, false],
};
const DEFAULT_TEMPLATE = [2001000, '默认运费模板', WEIGHT, 1, 6, 1, 2, false];

/** The package every SKU ships in (cm), as the cross-border detail reports it. */
const PACKAGE_CM = { width: 20, height: 10, length: 30 };

function templateOf(offer) {
	const [
		templateId,
		templateName,
		chargeType,
		firstUnit,
		firstFee,
		nextUnit,
		nextFee,
		freePostage,
	] = TEMPLATES[offer.seller.memberId] || DEFAULT_TEMPLATE;
	return {
		templateId,
		templateName,
		chargeType,
		firstUnit,
		firstFee,
		nextUnit,
		nextFee,
		freePostage,
	};
}

/** Freight in yuan for `quantity` pieces of `offer` to a district (its 6-digit code). */
function freightOf(offer, quantity, districtCode) {
	const t = templateOf(offer);
	if (t.freePostage) return 0;
	const amount = t.chargeType === WEIGHT ? offer.weightKg * quantity : quantity;
	const further = Math.max(0, Math.ceil(round2(amount - t.firstUnit) / t.nextUnit));
	const fee = t.firstFee + further * t.nextFee;
	return round2(
		REMOTE_PROVINCE_PREFIXES.includes(String(districtCode).slice(0, 2)) ? fee * 2 : fee,
	);
}

module.exports = { templateOf, freightOf, PACKAGE_CM };
