'use strict';
/**
 * Logistics records of shipped orders: waybill, company, and the tracking steps.
 * A record is created when an order ships; receiving the order adds the delivery and sign-for steps.
 */
const { LOGISTICS_COMPANIES } = require('./catalog');

const HOUR = 3600000;

/** The seller's city → sorting centre names for the trace text. */
function hubOf(province, city) {
	const p = province.replace(/省$|市$/, '');
	const c = city.replace(/市$/, '');
	return p === c ? `${c}分拨中心` : `${p}${c}分拨中心`;
}

/**
 * @param {ReturnType<import('./prng').createRng>} rng
 * @param {object} order the order being shipped
 * @param {number} shipTime epoch ms
 * @returns {object} internal logistics record
 */
function buildLogistics(rng, order, shipTime) {
	const company = rng.pick(LOGISTICS_COMPANIES);
	const billNo =
		company.code === 'SF'
			? 'SF' + rng.digits(13)
			: company.code === 'YTO'
				? 'YT' + rng.digits(13)
				: rng.digits(company.code === 'ZTO' ? 14 : 13, '7');
	const seller = order.seller;
	const from = hubOf(seller.province || '浙江省', seller.city || '杭州市');
	const to = hubOf(order.address.provinceText, order.address.cityText);
	const record = {
		logisticsId: 'LP00' + rng.digits(12),
		logisticsBillNo: billNo,
		company,
		shipTime,
		signed: false,
		senderName: seller.loginId,
		senderMobile: '1' + rng.digits(10, '3578'),
		steps: [
			{
				at: shipTime + HOUR / 2,
				remark: `【${seller.city || '杭州市'}】${company.name.replace(/\(.*\)/, '')}已揽收`,
			},
			{ at: shipTime + 3 * HOUR, remark: `快件已发往 ${from}` },
			{ at: shipTime + 14 * HOUR, remark: `快件已到达 ${from}，即将发往：${to}` },
		],
		destinationHub: to,
	};
	return record;
}

/** Adds the delivery steps when the buyer receives the goods. */
function markReceived(record, order, receiveTime) {
	const last = record.steps[record.steps.length - 1].at;
	const steps = [
		{
			at: Math.max(last + HOUR, receiveTime - 10 * HOUR),
			remark: `快件已到达 ${record.destinationHub}`,
		},
		{
			at: Math.max(last + 2 * HOUR, receiveTime - 3 * HOUR),
			remark: `【${order.address.cityText}${order.address.areaText}】快件正在派送中`,
		},
		{
			at: Math.max(last + 3 * HOUR, receiveTime),
			remark: `【${order.address.cityText}${order.address.areaText}】快件已签收，签收人：${order.address.fullName}`,
		},
	];
	record.steps.push(...steps);
	record.signed = true;
}

module.exports = { buildLogistics, markReceived };
