'use strict';
/**
 * Refund → Get Reasons, Get Max Refundable, Get Return Address, Get, Get Many, Get for Order, Get History,
 * Get Pickup Plans, Get Pickup, and the carrier picker of Submit Return Shipment; Upload Evidence, Create, Submit Return
 * Shipment, Cancel, Apply for Arbitration, Create / Modify / Cancel Pickup.
 */
const {
	refundReasonsOf,
	simplifyCarrier,
	simplifyCreatedRefund,
	simplifyMaxRefund,
	simplifyPickupOrder,
	simplifyPickupPlans,
	simplifyRefund,
	simplifyRefundReason,
	simplifyRefundStep,
	simplifyReturnAddress,
} = require('../../../dist/nodes/shared/helpers/simplifyRefund');
const { asArray, asId, asObject } = require('../../../dist/nodes/shared/helpers/values');
const { ISO, unfilled } = require('../assertions');

const LOGISTICS = 'com.alibaba.logistics';

/** What Get, Get Many and Get for Order promise of every refund. */
const REFUND_FIELDS = [
	'refundId',
	'orderId',
	'status',
	'statusCode',
	'type',
	'stage',
	'goods',
	'reason',
	'requestedAmount',
	'refundedAmount',
	'currency',
	'subOrderIds',
	'appliedAt',
	'modifiedAt',
];

/** Orders a write check took (the shared contract sandbox is not reset between checks). */
const taken = {};
const JPEG = Buffer.concat([Buffer.from('ffd8ffe000104a464946', 'hex'), Buffer.alloc(400, 9)]);

/**
 * A new refund of the next successful order without one (each call takes another order), made in the sandbox's store:
 * the write checks need refunds in given states without disturbing the seeded ones the read checks use.
 */
function freshRefund({ sandbox }, { type = 'returnRefund', then } = {}) {
	const store = sandbox.store;
	const order = sandbox.fixtures.ordersByStatus.success
		.map((id) => store.getOrder(id))
		.find((o) => !store.afterSales.ofOrder(o.id).length && !(o.id in taken));
	taken[order.id] = true;
	const refund = store.afterSales.create({
		order,
		entryIds: [order.items[0].subItemID],
		entryCounts: {},
		disputeRequest: type,
		goodsStatus: 'aftersaleBuyerReceived',
		applyPayment: 100,
		applyCarriage: 0,
		reason: { id: 20022, name: '尺寸/规格不符' },
		description: '尺寸不对',
		vouchers: [],
	});
	if (then) store.afterSales.act(refund.refundId, then);
	return refund;
}

/** A pickup order booked in the first slot of the first plan offered for `refundId`. */
async function bookPickup({ call }, refundId) {
	const plans = await call(`${LOGISTICS}:refundofficialdelivery.solution.get-1`, {
		param: JSON.stringify({ refundId, packageCount: 1 }),
	});
	const [plan] = plans.json.result.result.solutionDTOList;
	const [slot] = plan.appointmentTimeDTO.timeSlotDTOList;
	const booking = {
		refundId,
		solutionCode: plan.solutionCode,
		dateStr: slot.dateStr,
		gmtAcceptStart: slot.gmtStart,
		gmtAcceptEnd: slot.gmtEnd,
		goodsType: 'OTHER',
		packageCount: '1',
	};
	const created = await call(`${LOGISTICS}:refundofficialdelivery.order.create-1`, {
		param: JSON.stringify(booking),
	});
	return { id: /"result":(\d+)/.exec(created.text)[1], booking };
}

module.exports = {
	'com.alibaba.trade:alibaba.trade.getRefundReasonList-1': {
		everyField: true,
		check(json) {
			expect(refundReasonsOf(json).map(simplifyRefundReason)).toEqual([
				{
					reasonId: '20021',
					name: '颜色/图案/款式不符',
					evidenceRequired: true,
					shippingRefundable: true,
					tip: '请上传商品实拍照片',
				},
			]);
		},
		request: ({ fixtures }) => ({
			orderId: fixtures.refunds.refunded.orderId,
			orderEntryIds: `[${fixtures.refunds.refunded.subOrderId}]`,
			goodsStatus: 'aftersaleBuyerReceived',
		}),
	},
	'com.alibaba.trade:alibaba.trade.getMaxRefundFee-1': {
		everyField: true,
		check(json) {
			// Fen in the answer, yuan out of Simplify.
			expect(simplifyMaxRefund(asObject(json.result).result)).toEqual({
				maxGoods: 0.07,
				maxShipping: 0.02,
				maxTotal: 0.09,
				maxPickupServiceFee: 0,
				currency: 'CNY',
			});
		},
		request: ({ fixtures, sandbox }) => {
			const order = sandbox.store.getOrder(fixtures.ordersByStatus.success[0]);
			const [item] = order.items;
			return {
				input: `{"goodsStatus":"aftersaleBuyerReceived","orderId":${order.id},"refundGoodsCountList":[{"id":${item.subItemID},"count":1}]}`,
			};
		},
	},
	'com.alibaba.fenxiao:refund.address.get-1': {
		everyField: true,
		check(json) {
			const [address] = asArray(asObject(json.result).data).map(simplifyReturnAddress);
			expect(address).toEqual({
				offerId: '1',
				name: '1',
				mobile: '1',
				phone: '1',
				address: '1 1 1 1 1',
				province: '1',
				city: '1',
				district: '1',
				town: '1',
				street: '1',
				postCode: '1',
			});
		},
		request: ({ fixtures }) => ({ mainOrderId: fixtures.refunds.awaitingReturn.orderId }),
	},
	'com.alibaba.trade:alibaba.trade.refund.OpQueryOrderRefund-1': {
		check(json) {
			const refund = simplifyRefund(asObject(json.result).opOrderRefundModelDetail);
			expect(
				unfilled(refund, [
					...REFUND_FIELDS,
					'completedAt',
					'returnWaybill',
					'sellerReturnAddress',
					'history',
				]),
			).toEqual([]);
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
				sellerReturnAddress: {
					name: '琳琳',
					mobile: '19926555555',
					address: '山东 聊城 解决了交流交流链接连接',
				},
			});
			expect(refund.appliedAt).toMatch(ISO);
			expect(refund.history.map((step) => [step.by, step.action, step.statusAfter])).toEqual([
				['seller', '退款成功', 'waiting for seller to receive the return'],
				['buyer', '买家退货', 'waiting for buyer to return the goods'],
				['seller', '确认收货地址', 'waiting for seller to agree'],
				['buyer', '买家申请退款协议，等待卖家确认', undefined],
			]);
		},
		request: ({ fixtures }) => ({
			refundId: fixtures.refunds.refunded.refundId,
			needTimeOutInfo: true,
			needOrderRefundOperation: true,
		}),
	},
	'com.alibaba.trade:alibaba.trade.refund.buyer.queryOrderRefundList-1': {
		check(json) {
			expect(asObject(json.result).totalCount).toBe(1);
			const [refund] = asArray(asObject(json.result).opOrderRefundModels).map(simplifyRefund);
			// The list's sample answers no sub-order IDs (orderEntryIdList): the sandbox's do.
			expect(
				unfilled(refund, [
					...REFUND_FIELDS.filter((field) => field !== 'subOrderIds'),
					'completedAt',
				]),
			).toEqual([]);
			// The sample's id (10426553019961198) is within 2^53; orderId (18 digits) is not: both come out as exact text.
			expect(refund).toMatchObject({
				refundId: 'TQ10426553019961198',
				orderId: '177681528398969811',
				status: 'closed',
				type: 'returnRefund',
				goods: 'received',
				product: expect.stringMatching(/^短袖撞色领保罗衫/),
			});
			expect(refund.subOrderIds).toEqual([]);
		},
		request: () => ({ currentPageNum: 0, pageSize: 20 }),
	},
	'com.alibaba.trade:alibaba.trade.refund.OpQueryBatchRefundByOrderIdAndStatus-1': {
		check(json) {
			const [refund] = asArray(asObject(json.result).opOrderRefundModels).map(simplifyRefund);
			// The batch API names its flags isXxx: isRefundGoods gives the type.
			expect(refund).toMatchObject({
				refundId: 'TQ8651493722961198',
				orderId: '151267031008969811',
				status: 'refunded',
				type: 'returnRefund',
				stage: 'in-sale',
				returnWaybill: '12345134135435234',
			});
			expect(
				unfilled(
					refund,
					REFUND_FIELDS.filter((field) => field !== 'subOrderIds'),
				),
			).toEqual([]);
		},
		request: ({ fixtures }) => ({ orderId: fixtures.refunds.open.orderId, queryType: '1' }),
	},
	'com.alibaba.trade:alibaba.trade.refund.OpQueryOrderRefundOperationList-1': {
		check(json) {
			const steps = asArray(asObject(json.result).opOrderRefundOperationModels).map(
				simplifyRefundStep,
			);
			expect(steps).toEqual([
				{
					at: '2018-06-11T18:09:01.000+08:00',
					by: 'seller',
					action: '退款成功',
					description: '卖家同意仅退款协议，仅退款成功',
					statusBefore: 'waiting for seller to agree',
					statusAfter: 'waiting for seller to agree',
				},
				{
					at: '2018-06-11T18:04:14.000+08:00',
					by: 'buyer',
					action: '买家申请退款协议，等待卖家确认',
					description: expect.stringMatching(/^退款诉求：仅退款/),
				},
			]);
		},
		request: ({ fixtures }) => ({
			refundId: fixtures.refunds.refunded.refundId,
			pageNo: 1,
			pageSize: 10,
		}),
	},
	'com.alibaba.logistics:alibaba.logistics.OpQueryLogisticCompanyList-1': {
		everyField: true,
		check(json) {
			expect(asArray(json.result).map(simplifyCarrier)).toEqual([
				{ code: 'ZTO', name: '中通快递', phone: '95311', id: '7' },
			]);
		},
		request: () => ({}),
	},
	'com.alibaba.logistics:refundofficialdelivery.solution.get-1': {
		everyField: true,
		check(json) {
			expect(simplifyPickupPlans(asObject(json.result).result)).toEqual([
				{
					solutionCode: '422',
					name: '圆通快递当日取',
					carrier: '圆通速递',
					carrierCode: 'YTO',
					service: '当日上门',
					fee: 10,
					feeBeforeDiscount: 12,
					currency: 'CNY',
					delivery: 'x',
					slots: [{ date: '2025-06-18', from: '15:00', to: '17:00' }],
					priority: 1,
					remark: '圆通快递价格优惠覆盖广',
				},
			]);
		},
		request: ({ fixtures }) => ({
			param: JSON.stringify({
				refundId: fixtures.refunds.awaitingReturn.refundId,
				packageCount: 1,
				totalWeight: '1500',
			}),
		}),
	},
	'com.alibaba.logistics:refundofficialdelivery.order.get-1': {
		check(json) {
			expect(simplifyPickupOrder(asObject(json.result).result)).toEqual({
				pickupOrderId: '7210001',
				refundId: 'TQ284160529017092048',
				status: 'activated',
				date: '2024-07-11',
				from: '2024-07-11 10:00',
				to: '2024-07-11 22:00',
				waybill: 'sp981920934',
				solutionCode: '434',
				fee: 0.01,
				currency: 'CNY',
				sender: '浙江省 杭州市 滨江区 网商路699号',
				receiver: '浙江省 杭州市 滨江区 网商路699号',
				modifiedAt: '2024-07-10T17:37:24.000+08:00',
			});
		},
		request: async (ctx) => ({
			officialDeliveryOrderId: (await bookPickup(ctx, ctx.fixtures.refunds.awaitingReturn.refundId))
				.id,
		}),
	},
	'com.alibaba.trade:alibaba.trade.uploadRefundVoucher-1': {
		everyField: true,
		check(json) {
			// Upload Evidence joins domain and path into the voucher address Create takes.
			const stored = asObject(asObject(json.result).result);
			expect(`${stored.imageDomain}/${stored.imageRelativeUrl}`).toBe(
				'https://cbu01.alicdn.com/img/ibank/2019/901/930/11848039109.jpg',
			);
		},
		// A Buffer is sent as the multipart file part, as the page's form sample does.
		request: () => ({ imageData: JPEG }),
	},
	'com.alibaba.trade:alibaba.trade.createRefund-1': {
		everyField: true,
		check(json) {
			const request = {
				orderId: '506683458994743225',
				type: 'returnRefund',
				goodsStatus: 'refundBuyerReceived',
				subOrderIds: ['506683458996743225'],
				applyPayment: 1,
				applyCarriage: 0,
				vouchers: [],
			};
			expect(simplifyCreatedRefund(json, request)).toEqual({
				refundId: 'TQ34931008034741532',
				created: true,
				alreadyExisted: false,
				orderId: '506683458994743225',
				status: 'waiting for seller to agree',
				statusCode: 'waitselleragree',
				type: 'returnRefund',
				goodsStatus: 'refundBuyerReceived',
				subOrderIds: ['506683458996743225'],
				requestedAmount: 0.01,
				requestedShipping: 0,
				currency: 'CNY',
				evidence: [],
			});
		},
		request: ({ sandbox, fixtures }) => {
			const order = sandbox.store.getOrder(fixtures.ordersByStatus.success[3]);
			const [item] = order.items;
			taken[order.id] = true;
			return {
				orderId: order.id,
				orderEntryIds: `[${item.subItemID}]`,
				disputeRequest: 'returnRefund',
				applyPayment: Math.round(item.itemAmount * 100),
				applyCarriage: 0,
				applyReasonId: 20022,
				description: '尺寸不对',
				goodsStatus: 'aftersaleBuyerReceived',
			};
		},
	},
	'com.alibaba.trade:alibaba.trade.refund.returnGoods-1': {
		everyField: true,
		check(json) {
			// Submit Return Shipment needs only the call to succeed.
			expect(asObject(json.result).success).toBe(true);
		},
		request: (ctx) => ({
			refundId: freshRefund(ctx, { then: 'agree' }).refundId,
			logisticsCompanyNo: 'ZTO',
			freightBill: '3110044550034338',
			description: '发货说明',
		}),
	},
	'com.alibaba.trade:alibaba.trade.cancelRefund-1': {
		everyField: true,
		check(json) {
			expect(asObject(json.result).success).toBe(true);
		},
		request: (ctx) => ({ refundId: freshRefund(ctx).refundId }),
	},
	'com.alibaba.trade:trade.arbitration.apply-1': {
		everyField: true,
		check(json) {
			// Apply for Arbitration reports the appeal ID as text.
			expect(asId(asObject(json.result).result)).toBe('3655462545');
		},
		request: (ctx) => {
			const refund = freshRefund(ctx, { then: 'refuse' });
			return {
				param: `{"type":"RefundComplaint","refundId":"${refund.refundId}","orderId":${refund.orderId},"reasonText":"卖家拒绝退款","reasonId":12}`,
			};
		},
	},
	'com.alibaba.logistics:refundofficialdelivery.order.create-1': {
		everyField: true,
		check(json) {
			// Create Pickup reports the pickup order's ID as text.
			expect(asId(asObject(json.result).result)).toBe('19882');
		},
		request: async (ctx) => {
			const refund = freshRefund(ctx, { then: 'agree' });
			const plans = await ctx.call(`${LOGISTICS}:refundofficialdelivery.solution.get-1`, {
				param: JSON.stringify({ refundId: refund.refundId, packageCount: 1 }),
			});
			const [slot] = plans.json.result.result.solutionDTOList[0].appointmentTimeDTO.timeSlotDTOList;
			return {
				param: JSON.stringify({
					refundId: refund.refundId,
					solutionCode: '422',
					dateStr: slot.dateStr,
					gmtAcceptStart: slot.gmtStart,
					gmtAcceptEnd: slot.gmtEnd,
					goodsType: 'DAILY_NECESSITIES',
					packageCount: '1',
					totalWeight: '1000',
				}),
			};
		},
	},
	'com.alibaba.logistics:refundofficialdelivery.order.modify-1': {
		everyField: true,
		check(json) {
			expect(asObject(json.result).result).toBe(true);
		},
		request: async (ctx) => {
			const refund = freshRefund(ctx, { then: 'agree' });
			const { id, booking } = await bookPickup(ctx, refund.refundId);
			return {
				param: `{"officialDeliveryOrderId":${id},"refundId":"${refund.refundId}","solutionCode":"${booking.solutionCode}","dateStr":"${booking.dateStr}","gmtAcceptStart":"19:00","gmtAcceptEnd":"21:00","goodsType":"OTHER","packageCount":"2"}`,
			};
		},
	},
	'com.alibaba.logistics:refundofficialdelivery.order.cancel-1': {
		everyField: true,
		check(json) {
			expect(asObject(json.result).result).toBe(true);
		},
		request: async (ctx) => {
			const { id } = await bookPickup(ctx, freshRefund(ctx, { then: 'agree' }).refundId);
			return {
				param: `{"cancelText":"计划有变，暂时不需要寄了","cancelType":"PLAN_CHANGED","officialDeliveryOrderId":${id}}`,
			};
		},
	},
};
