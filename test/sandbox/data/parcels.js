'use strict';
/**
 * The international parcel a shipped order travels in abroad (the cross-border solution's consolidation
 * warehouse sends the 1688 goods on with an international carrier). Its fields are named as the
 * LOGISTICS_GLOBAL_1688_PACKAGE_CHANGE topic names them (packageId, mailNo, carrierPartnerCode, stageType,
 * tradeOrderIds); bigcustomer.mailNo.query lists them by the buyer's external order ID (outOrderId) and
 * logistics.order.getOutOrderId finds the order of a waybill or of an unclaimed-parcel code.
 *
 * Derived from the order alone (a hash of its ID, like the sourcing figures), never from the seeded PRNG, so
 * adding parcels changes none of the seeded IDs: every order has one as soon as it has shipped, and the two
 * APIs always agree.
 */
const crypto = require('node:crypto');

/** International carriers, as carrierPartnerCode names them, with their waybill prefix. */
const CARRIERS = [
	{ code: 'CAINIAO', name: '菜鸟国际', prefix: 'LP' },
	{ code: 'YANWEN', name: '燕文物流', prefix: 'UG' },
	{ code: '4PX', name: '递四方', prefix: 'RF' },
	{ code: 'EMS', name: '中国邮政EMS', prefix: 'EE' },
];

const hash = (text) => crypto.createHash('md5').update(text).digest('hex');
/** `count` decimal digits from a hex hash. */
const digits = (hex, count) => BigInt(`0x${hex}`).toString().padStart(count, '0').slice(-count);

/**
 * The order's international parcel, or null while it has not shipped.
 * @param {object} order a stored order
 * @returns {{packageId: string, mailNo: string, carrierPartnerCode: string, carrierName: string, stageType: string,
 *   tradeOrderIds: string[], outOrderId: string, unclaimedCode: string, domesticWaybills: string[]} | null}
 */
function internationalParcel(order) {
	if (!order || !order.logistics || order.logistics.length === 0) return null;
	const h = hash(`parcel:${order.id}`);
	const carrier = CARRIERS[parseInt(h.slice(0, 2), 16) % CARRIERS.length];
	return {
		packageId: digits(h.slice(2, 14), 11).replace(/^0/, '9'),
		mailNo: `${carrier.prefix}${digits(h.slice(14, 24), 9)}CN`,
		carrierPartnerCode: carrier.code,
		carrierName: carrier.name,
		stageType: 'external',
		tradeOrderIds: [order.id],
		outOrderId: order.outOrderId || '',
		/** the code a warehouse gives the parcel when it arrives without a readable owner (无主件码) */
		unclaimedCode: `WZJ${digits(h.slice(24, 32), 8)}`,
		/** the sellers' domestic waybills that brought the goods to the warehouse */
		domesticWaybills: order.logistics.map((lg) => lg.logisticsBillNo),
	};
}

/** The buyer's shipped orders' parcels, optionally only those of one external order ID. */
function buyerParcels(store, { outOrderId } = {}) {
	const parcels = [];
	for (const order of store.orders.values()) {
		if (order.buyer.memberId !== store.member.memberId) continue;
		if (outOrderId !== undefined && order.outOrderId !== outOrderId) continue;
		const parcel = internationalParcel(order);
		if (parcel) parcels.push(parcel);
	}
	return parcels;
}

/**
 * The parcel a scanned waybill belongs to: its international waybill (mailNo) or one of the domestic waybills
 * in it; or the parcel of an unclaimed-parcel code.
 * @param {{waybill?: string, unclaimedCode?: string}} code
 */
function findParcel(store, { waybill, unclaimedCode }) {
	return (
		buyerParcels(store).find((p) =>
			waybill
				? p.mailNo === waybill || p.domesticWaybills.includes(waybill)
				: p.unclaimedCode === unclaimedCode,
		) || null
	);
}

module.exports = { internationalParcel, buyerParcels, findParcel };
