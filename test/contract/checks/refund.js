'use strict';
/**
 * Refund → Get Reasons, Get Max Refundable, Get Return Address, Get, Get Many, Get for Order, Get History,
 * Get Pickup Plans, Get Pickup, and the carrier picker of Submit Return Shipment.
 */
const {
	refundReasonsOf, simplifyCarrier, simplifyMaxRefund, simplifyPickupOrder, simplifyPickupPlans, simplifyRefund, simplifyRefundReason,
	simplifyRefundStep, simplifyReturnAddress,
} = require('../../../dist/nodes/shared/helpers/simplifyRefund');
const { asArray, asObject } = require('../../../dist/nodes/shared/helpers/values');
const { ISO, unfilled } = require('../assertions');

const LOGISTICS = 'com.alibaba.logistics';

/** What Get, Get Many and Get for Order promise of every refund. */
const REFUND_FIELDS = ['refundId', 'orderId', 'status', 'statusCode', 'type', 'stage', 'goods', 'reason', 'requestedAmount', 'refundedAmount', 'currency', 'subOrderIds', 'appliedAt', 'modifiedAt'];

/** A booking in the first slot of the seeded return's first plan, as Create Pickup sends it. */
async function pickupOrderId({ fixtures, call }) {
	const refundId = fixtures.refunds.awaitingReturn.refundId;
	const plans = await call(`${LOGISTICS}:refundofficialdelivery.solution.get-1`, { param: JSON.stringify({ refundId, packageCount: 1 }) });
	const [plan] = plans.json.result.result.solutionDTOList;
	const [slot] = plan.appointmentTimeDTO.timeSlotDTOList;
	const booking = { refundId, solutionCode: plan.solutionCode, dateStr: slot.dateStr, gmtAcceptStart: slot.gmtStart, gmtAcceptEnd: slot.gmtEnd, goodsType: 'OTHER', packageCount: '1' };
	const created = await call(`${LOGISTICS}:refundofficialdelivery.order.create-1`, { param: JSON.stringify(booking) });
	return /"result":(\d+)/.exec(created.text)[1];
}

module.exports = {
	'com.alibaba.trade:alibaba.trade.getRefundReasonList-1': {
		everyField: true,
		check(json) {
			expect(refundReasonsOf(json).map(simplifyRefundReason)).toEqual([
				{ reasonId: '20021', name: '颜色/图案/款式不符', evidenceRequired: true, shippingRefundable: true, tip: '请上传商品实拍照片' },
			]);
		},
		request: ({ fixtures }) => ({ orderId: fixtures.refunds.refunded.orderId, orderEntryIds: `[${fixtures.refunds.refunded.subOrderId}]`, goodsStatus: 'aftersaleBuyerReceived' }),
	},
	'com.alibaba.trade:alibaba.trade.getMaxRefundFee-1': {
		everyField: true,
		check(json) {
			// Fen in the answer, yuan out of Simplify.
			expect(simplifyMaxRefund(asObject(json.result).result)).toEqual({ maxGoods: 0.07, maxShipping: 0.02, maxTotal: 0.09, maxPickupServiceFee: 0, currency: 'CNY' });
		},
		request: ({ fixtures, sandbox }) => {
			const order = sandbox.store.getOrder(fixtures.ordersByStatus.success[0]);
			const [item] = order.items;
			return { input: `{"goodsStatus":"aftersaleBuyerReceived","orderId":${order.id},"refundGoodsCountList":[{"id":${item.subItemID},"count":1}]}` };
		},
	},
	'com.alibaba.fenxiao:refund.address.get-1': {
		everyField: true,
		check(json) {
			const [address] = asArray(asObject(json.result).data).map(simplifyReturnAddress);
			expect(address).toEqual({ offerId: '1', name: '1', mobile: '1', phone: '1', address: '1 1 1 1 1', province: '1', city: '1', district: '1', town: '1', street: '1', postCode: '1' });
		},
		request: ({ fixtures }) => ({ mainOrderId: fixtures.refunds.awaitingReturn.orderId }),
	},
	'com.alibaba.trade:alibaba.trade.refund.OpQueryOrderRefund-1': {
		check(json) {
			const refund = simplifyRefund(asObject(json.result).opOrderRefundModelDetail);
			expect(unfilled(refund, [...REFUND_FIELDS, 'completedAt', 'returnWaybill', 'sellerReturnAddress', 'history'])).toEqual([]);
			expect(refund).toMatchObject({
				refundId: 'TQ8651493722961198',
				orderId: '151267031008969811',
				status: 'refunded',
				statusCode: 'refundsuccess',
				type: 'returnRefund',
				stage: 'in-sale',
				goods: 'returned',
				reason: '颜色/图案/款式不符',
				reasonId: '20021',
				requestedAmount: 0.01,
				refundedAmount: 0.01,
				subOrderIds: ['151267031009969811'],
				quantities: { '151267031009969811': 2 },
				returnWaybill: '12345134135435234',
				returnCarrier: '其他',
				sellerReturnAddress: { name: '琳琳', mobile: '19926555555', address: '山东 聊城 解决了交流交流链接连接' },
			});
			expect(refund.appliedAt).toMatch(ISO);
			expect(refund.history.map((step) => [step.by, step.action, step.statusAfter])).toEqual([
				['seller', '退款成功', 'waiting for seller to receive the return'],
				['buyer', '买家退货', 'waiting for buyer to return the goods'],
				['seller', '确认收货地址', 'waiting for seller to agree'],
				['buyer', '买家申请退款协议，等待卖家确认', undefined],
			]);
		},
		request: ({ fixtures }) => ({ refundId: fixtures.refunds.refunded.refundId, needTimeOutInfo: true, needOrderRefundOperation: true }),
	},
	'com.alibaba.trade:alibaba.trade.refund.buyer.queryOrderRefundList-1': {
		check(json) {
			expect(asObject(json.result).totalCount).toBe(1);
			const [refund] = asArray(asObject(json.result).opOrderRefundModels).map(simplifyRefund);
			// The list's sample answers no sub-order IDs (orderEntryIdList): the sandbox's do.
			expect(unfilled(refund, [...REFUND_FIELDS.filter((field) => field !== 'subOrderIds'), 'completedAt'])).toEqual([]);
			// The sample's id (10426553019961198) is within 2^53; orderId (18 digits) is not: both come out as exact text.
			expect(refund).toMatchObject({ refundId: 'TQ10426553019961198', orderId: '177681528398969811', status: 'closed', type: 'returnRefund', goods: 'received', product: expect.stringMatching(/^短袖撞色领保罗衫/) });
			expect(refund.subOrderIds).toEqual([]);
		},
		request: () => ({ currentPageNum: 0, pageSize: 20 }),
	},
	'com.alibaba.trade:alibaba.trade.refund.OpQueryBatchRefundByOrderIdAndStatus-1': {
		check(json) {
			const [refund] = asArray(asObject(json.result).opOrderRefundModels).map(simplifyRefund);
			// The batch API names its flags isXxx: isRefundGoods gives the type.
			expect(refund).toMatchObject({ refundId: 'TQ8651493722961198', orderId: '151267031008969811', status: 'refunded', type: 'returnRefund', stage: 'in-sale', returnWaybill: '12345134135435234' });
			expect(unfilled(refund, REFUND_FIELDS.filter((field) => field !== 'subOrderIds'))).toEqual([]);
		},
		request: ({ fixtures }) => ({ orderId: fixtures.refunds.open.orderId, queryType: '1' }),
	},
	'com.alibaba.trade:alibaba.trade.refund.OpQueryOrderRefundOperationList-1': {
		check(json) {
			const steps = asArray(asObject(json.result).opOrderRefundOperationModels).map(simplifyRefundStep);
			expect(steps).toEqual([
				{ at: '2018-06-11T18:09:01.000+08:00', by: 'seller', action: '退款成功', description: '卖家同意仅退款协议，仅退款成功', statusBefore: 'waiting for seller to agree', statusAfter: 'waiting for seller to agree' },
				{ at: '2018-06-11T18:04:14.000+08:00', by: 'buyer', action: '买家申请退款协议，等待卖家确认', description: expect.stringMatching(/^退款诉求：仅退款/) },
			]);
		},
		request: ({ fixtures }) => ({ refundId: fixtures.refunds.refunded.refundId, pageNo: 1, pageSize: 10 }),
	},
	'com.alibaba.logistics:alibaba.logistics.OpQueryLogisticCompanyList-1': {
		everyField: true,
		check(json) {
			expect(asArray(json.result).map(simplifyCarrier)).toEqual([{ code: 'ZTO', name: '中通快递', phone: '95311', id: '7' }]);
		},
		request: () => ({}),
	},
	'com.alibaba.logistics:refundofficialdelivery.solution.get-1': {
		everyField: true,
		check(json) {
			expect(simplifyPickupPlans(asObject(json.result).result)).toEqual([
				{
					solutionCode: '422', name: '圆通快递当日取', carrier: '圆通速递', carrierCode: 'YTO', service: '当日上门', fee: 10, feeBeforeDiscount: 12, currency: 'CNY',
					delivery: 'x', slots: [{ date: '2025-06-18', from: '15:00', to: '17:00' }], priority: 1, remark: '圆通快递价格优惠覆盖广',
				},
			]);
		},
		request: ({ fixtures }) => ({ param: JSON.stringify({ refundId: fixtures.refunds.awaitingReturn.refundId, packageCount: 1, totalWeight: '1500' }) }),
	},
	'com.alibaba.logistics:refundofficialdelivery.order.get-1': {
		check(json) {
			expect(simplifyPickupOrder(asObject(json.result).result)).toEqual({
				pickupOrderId: '7210001', refundId: 'TQ284160529017092048', status: 'activated', date: '2024-07-11', from: '2024-07-11 10:00', to: '2024-07-11 22:00',
				waybill: 'sp981920934', solutionCode: '434', fee: 0.01, currency: 'CNY', sender: '浙江省 杭州市 滨江区 网商路699号', receiver: '浙江省 杭州市 滨江区 网商路699号',
				modifiedAt: '2024-07-10T17:37:24.000+08:00',
			});
		},
		request: async (ctx) => ({ officialDeliveryOrderId: await pickupOrderId(ctx) }),
	},
};
