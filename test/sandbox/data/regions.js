'use strict';
/**
 * A small gazetteer for the address APIs: mainland China districts with their 6-digit administrative
 * codes (GB/T 2260: province = first 2 digits + 0000, city = first 4 + 00) and postal codes, and a few
 * overseas places with the long address codes alibaba.trade.address.parseText answers (its doc sample:
 * Казахстан / Акмолинская область / Г.Кокшетау / Кокшетау → 910800030036000000).
 */

/** [districtCode, province, city, district, postCode]; a city without districts repeats itself (东莞市). */
const DISTRICTS = [
	['110102', '北京市', '北京市', '西城区', '100032'],
	['110105', '北京市', '北京市', '朝阳区', '100020'],
	['310104', '上海市', '上海市', '徐汇区', '200030'],
	['310115', '上海市', '上海市', '浦东新区', '201203'],
	['320102', '江苏省', '南京市', '玄武区', '210018'],
	['330102', '浙江省', '杭州市', '上城区', '310002'],
	['330106', '浙江省', '杭州市', '西湖区', '310013'],
	['330108', '浙江省', '杭州市', '滨江区', '310051'],
	['330110', '浙江省', '杭州市', '余杭区', '311121'],
	['330702', '浙江省', '金华市', '婺城区', '321000'],
	['330782', '浙江省', '金华市', '义乌市', '322000'],
	['330784', '浙江省', '金华市', '永康市', '321300'],
	['130684', '河北省', '保定市', '高碑店市', '074000'],
	['420203', '湖北省', '黄石市', '西塞山区', '435001'],
	['440106', '广东省', '广州市', '天河区', '510630'],
	['440111', '广东省', '广州市', '白云区', '510440'],
	['440304', '广东省', '深圳市', '福田区', '518048'],
	['440305', '广东省', '深圳市', '南山区', '518057'],
	['441900', '广东省', '东莞市', '东莞市', '523000'],
	['540121', '西藏自治区', '拉萨市', '林周县', '851600'],
	['632122', '青海省', '海东市', '民和回族土族自治县', '810800'],
	['650102', '新疆维吾尔自治区', '乌鲁木齐市', '天山区', '830000'],
].map(([code, province, city, district, postCode]) => ({
	code,
	province,
	city,
	district,
	postCode,
}));

/** Provinces 1688 ships to at a higher freight (remote areas), by the first two digits of the code. */
const REMOTE_PROVINCE_PREFIXES = ['54', '63', '65'];

/** [addressCode, country, province, city, area] */
const OVERSEAS = [
	['910800030036000000', 'Казахстан', 'Акмолинская область', 'Г.Кокшетау', 'Кокшетау'],
	['910800010001000000', 'Kazakhstan', 'Almaty Region', 'Almaty', 'Almaly District'],
	['912760011000000000', 'Germany', 'Berlin', 'Berlin', 'Kreuzberg'],
	['918400060037000000', 'United States', 'California', 'Los Angeles', 'Downtown'],
	['917640010001000000', 'Thailand', 'Bangkok', 'Bangkok', 'Pathum Wan'],
].map(([addressCode, country, province, city, area]) => ({
	addressCode,
	country,
	province,
	city,
	area,
}));

/** The district with this 6-digit code, or null. */
function districtByCode(code) {
	return DISTRICTS.find((d) => d.code === String(code)) || null;
}

/** The overseas place with this address code, or null. */
function overseasByCode(code) {
	return OVERSEAS.find((o) => o.addressCode === String(code)) || null;
}

/** "浙江省 杭州市 滨江区" (a city without districts is named once). */
function regionText(d) {
	return [d.province, d.city, d.district]
		.filter((part, i, all) => all.indexOf(part) === i)
		.join(' ');
}

/** A province or city name as people also write it: 浙江省 → 浙江, 北京市 → 北京, 西藏自治区 → 西藏. */
function shortName(name) {
	return name.replace(/(维吾尔自治区|回族自治区|壮族自治区|自治区|省|市)$/, '');
}

/** Where `name` (or its short form) first occurs in `text` at or after `from`: [start, end] or null. */
function find(text, name, from) {
	for (const candidate of [name, shortName(name)]) {
		if (!candidate) continue;
		const at = text.indexOf(candidate, from);
		if (at !== -1) return [at, at + candidate.length];
	}
	return null;
}

/**
 * Reads a free-text mainland address, "浙江省 杭州市 滨江区网商路699号": the district whose province,
 * city and district names occur in order (the most of them wins), and the rest as the street.
 * @returns {{district: object, street: string} | null}
 */
function parseMainland(text) {
	let best = null;
	for (const d of DISTRICTS) {
		let from = 0;
		let score = 0;
		for (const part of [d.province, d.city, d.district]) {
			const hit = find(text, part, from);
			if (!hit) continue;
			score += 1;
			from = hit[1];
		}
		const hasDistrict = find(text, d.district, 0) !== null;
		if (!hasDistrict || score < 2) continue;
		if (!best || score > best.score) best = { district: d, score, end: from };
	}
	if (!best) return null;
	return { district: best.district, street: text.slice(best.end).trim() };
}

/** The overseas place named by country, province and city (area optional), case-insensitive. */
function parseOverseas({ country, province, city, area }) {
	const same = (a, b) =>
		String(a || '')
			.trim()
			.toLowerCase() ===
		String(b || '')
			.trim()
			.toLowerCase();
	return (
		OVERSEAS.find(
			(o) =>
				same(o.country, country) &&
				same(o.province, province) &&
				same(o.city, city) &&
				(!area || same(o.area, area)),
		) || null
	);
}

module.exports = {
	REMOTE_PROVINCE_PREFIXES,
	districtByCode,
	overseasByCode,
	regionText,
	parseMainland,
	parseOverseas,
};
