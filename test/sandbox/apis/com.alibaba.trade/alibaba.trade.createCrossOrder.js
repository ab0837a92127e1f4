'use strict';
/**
 * com.alibaba.trade:alibaba.trade.createCrossOrder-1 — the cross-border solution's order creation
 * (Natawat-d/1688_Platform 1688-api-docs/en/com.alibaba.trade.alibaba.trade.createCrossOrder-1.md).
 * flow (required, the seven the doc lists), addressParam (addressId | districtCode | text), cargoParamList (one supplier),
 * message?, outOrderId?, tradeType? (from preview's tradeModeNameList, else `not support tradeType:【X】`),
 * dropshipping? (y|n), crossBorderLogisticsSolutionId?, isvBizType? (cross|cross_daigou|cross_distribution).
 *
 * One order → {"result":{"success":true,"totalSuccessAmount" (fen),"orderId" (String),"postFee" (fen),"failedOfferList":[]},"success":true}.
 * One order paid in the account period (tradeType period, only for ACCOUNT_PERIOD_SELLER, as preview offers it) →
 * the doc's "Example of order return for account period payment" as the result:
 * {"result":{"totalSuccessAmount","orderId","success":false,"accountPeriod":{tapType, tapDate, tapOverdue}},"success":true}:
 * the order is created although the result says success false.
 * "In some special cases several orders are created at once": here, more than 50 lines (the official Python SDK:
 * over 50 SKUs several orders are created, at most 100), or lines of the supplier that ships from two warehouses
 * (SPLIT_WAREHOUSE_SELLER: one per second-level category) → {"result":{"success":true,"orderList":[BizSimpleOrder…]},"success":true},
 * the shape of the doc's sample. Errors {"success":false,"code","message"}.
 */
const { checkOrderInput, fen } = require('../../views/cargo');
const { CROSS_BORDER_FLOWS, tradeModesFor } = require('../../views/flows');
const { ACCOUNT_PERIOD, SPLIT_WAREHOUSE_SELLER } = require('../../data/catalog');
const { round2 } = require('../../data/seed');

const MAX_LINES = 100;
const LINES_PER_ORDER = 50;
const BIZ_TYPES = ['cross', 'cross_daigou', 'cross_distribution'];

const fail = (code, message) => ({ success: false, code, message });

/** The warehouse a line ships from: one per supplier, except the supplier with two. */
const warehouseOf = (offer) =>
	offer.seller.memberId === SPLIT_WAREHOUSE_SELLER ? offer.secondCategoryId : 0;

/** Lines grouped by warehouse (first seen first), then in orders of at most 50. */
function ordersOf(lines) {
	const groups = new Map();
	for (const line of lines) {
		const key = warehouseOf(line.offer);
		groups.set(key, [...(groups.get(key) || []), line]);
	}
	const orders = [];
	for (const group of groups.values()) {
		for (let i = 0; i < group.length; i += LINES_PER_ORDER)
			orders.push(group.slice(i, i + LINES_PER_ORDER));
	}
	return orders;
}

module.exports = {
	namespace: 'com.alibaba.trade',
	name: 'alibaba.trade.createCrossOrder',
	version: '1',
	needsToken: true,
	handle({ params, store }) {
		if (!CROSS_BORDER_FLOWS.includes(params.flow))
			return fail('400', `flow is required and must be one of ${CROSS_BORDER_FLOWS.join(', ')}`);
		if (params.dropshipping && !['y', 'n'].includes(params.dropshipping))
			return fail('400', 'dropshipping must be y or n');
		if (params.isvBizType && !BIZ_TYPES.includes(params.isvBizType))
			return fail('400', `isvBizType must be one of ${BIZ_TYPES.join(', ')}`);
		const { lines, address, error } = checkOrderInput(params, store);
		if (error) return fail(error.errorCode, error.message);
		if (
			params.tradeType &&
			!tradeModesFor(lines).some((mode) => mode.tradeType === params.tradeType)
		)
			return fail('400', `not support tradeType:【${params.tradeType}】`);
		if (lines.length > MAX_LINES) return fail('400', `an order may hold at most ${MAX_LINES} SKUs`);
		for (const l of lines)
			store.setStock({
				offerId: l.offer.offerId,
				skuId: l.sku.skuId,
				amountOnSale: l.sku.amountOnSale - l.quantity,
			});
		const crossBorder = {
			isvBizType: params.isvBizType || 'cross',
			dropshipping: params.dropshipping || 'n',
			logisticsSolutionId: params.crossBorderLogisticsSolutionId || '',
		};
		const created = ordersOf(lines).map((group) =>
			store.createOrder({
				lines: group,
				address,
				message: params.message,
				outOrderId: params.outOrderId || '',
				flow: params.flow,
				tradeType: params.tradeType,
				crossBorder,
			}),
		);
		if (created.length === 1) {
			const [order] = created;
			if (params.tradeType === 'period') {
				return {
					result: {
						totalSuccessAmount: fen(order.totalAmount),
						orderId: order.id,
						success: false,
						accountPeriod: { ...ACCOUNT_PERIOD },
					},
					success: true,
				};
			}
			return {
				result: {
					success: true,
					totalSuccessAmount: fen(order.totalAmount),
					orderId: order.id,
					postFee: fen(order.shippingFee),
					failedOfferList: [],
				},
				success: true,
			};
		}
		return {
			result: {
				success: true,
				orderList: created.map((order) => ({
					postFee: fen(order.shippingFee),
					orderAmmount: fen(order.totalAmount),
					discount: 0,
					sumPaymentNoCarriageFromClient: fen(round2(order.totalAmount - order.shippingFee)),
					mergePay: false,
					orderId: order.id,
					chooseFreeFreight: false,
				})),
			},
			success: true,
		};
	},
};
