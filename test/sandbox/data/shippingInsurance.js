'use strict';
/**
 * Shipping insurance (运费险) of the buyer's orders: which kind an order carries (orderBizInfo.shippingInsurance:
 * givenByPlatform, givenByMerchant, or none) and its policy with claims (shipping.insurance.get). Derived from the
 * order alone (a hash of its ID), never from the seeded PRNG, so it changes none of the seeded IDs. Only paid
 * orders are insured; a completed order with platform insurance may carry one paid claim.
 */
const crypto = require('node:crypto');

const HOUR = 3600000;
const TYPES = ['givenByPlatform', 'givenByMerchant', ''];

const hash = (text) => crypto.createHash('md5').update(text).digest('hex');
const digits = (hex, count) => BigInt(`0x${hex}`).toString().padStart(count, '0').slice(-count);

/**
 * @param {object} order a stored order
 * @returns {{type: string, insuranceId: string, claims: {claimId: string, claimAmount: number, applicationTime: number,
 *   payTime: number, status: string, tradeNO: string}[]} | null} null when the order is not insured
 */
function shippingInsuranceOf(order) {
	if (!order.payTime || order.status === 'cancel') return null;
	const h = hash(`insurance:${order.id}`);
	const type = TYPES[parseInt(h.slice(0, 2), 16) % TYPES.length];
	if (!type) return null;
	const claims = [];
	if (
		order.status === 'success' &&
		type === 'givenByPlatform' &&
		parseInt(h.slice(2, 4), 16) % 2 === 0
	) {
		const applied = order.receivingTime + 2 * HOUR;
		claims.push({
			claimId: `LP${digits(h.slice(4, 16), 14)}`,
			claimAmount: 600 + (parseInt(h.slice(16, 18), 16) % 5) * 100,
			applicationTime: applied,
			payTime: applied + 20 * HOUR,
			status: 'PAID',
			tradeNO: `2025${digits(h.slice(18, 32), 24)}`,
		});
	}
	return { type, insuranceId: `8${digits(h.slice(32 - 14), 15)}`, claims };
}

module.exports = { shippingInsuranceOf, INSURANCE_TYPES: TYPES.filter(Boolean) };
