'use strict';
/** The sandbox's refunds: reasons by goods status, createRefund's documented errors, the state machine, the queries and pickups. */
const { startSandbox, SANDBOX_FIXTURES: F } = require('..');
const { call, rawNumbers } = require('./helpers');

const api = (name, ns = 'com.alibaba.trade') => `${ns}:${name}-1`;
const REASONS = api('alibaba.trade.getRefundReasonList');
const MAX = api('alibaba.trade.getMaxRefundFee');
const UPLOAD = api('alibaba.trade.uploadRefundVoucher');
const CREATE = api('alibaba.trade.createRefund');
const RETURN = api('alibaba.trade.refund.returnGoods');
const CANCEL = api('alibaba.trade.cancelRefund');
const ARBITRATE = api('trade.arbitration.apply');
const DETAIL = api('alibaba.trade.refund.OpQueryOrderRefund');
const LIST = api('alibaba.trade.refund.buyer.queryOrderRefundList');
const BY_ORDER = api('alibaba.trade.refund.OpQueryBatchRefundByOrderIdAndStatus');
const HISTORY = api('alibaba.trade.refund.OpQueryOrderRefundOperationList');
const ADDRESS = api('refund.address.get', 'com.alibaba.fenxiao');
const COMPANIES = api('alibaba.logistics.OpQueryLogisticCompanyList', 'com.alibaba.logistics');
const PLANS = api('refundofficialdelivery.solution.get', 'com.alibaba.logistics');
const PICKUP = api('refundofficialdelivery.order.create', 'com.alibaba.logistics');
const PICKUP_GET = api('refundofficialdelivery.order.get', 'com.alibaba.logistics');
const PICKUP_CANCEL = api('refundofficialdelivery.order.cancel', 'com.alibaba.logistics');

const JPEG = Buffer.concat([Buffer.from('ffd8ffe000104a464946', 'hex'), Buffer.alloc(600, 3)]);

let sb;
beforeAll(async () => {
	sb = await startSandbox();
});
afterAll(() => sb.close());
beforeEach(() => sb.reset());

/** A successful order without a refund, and its first sub-order. */
function soldOrder() {
	const taken = new Set(Object.values(F.refunds).map((r) => r.orderId));
	const order = sb.store.getOrder(F.ordersByStatus.success.find((id) => !taken.has(id)));
	return { order, item: order.items[0] };
}

async function upload(bytes = JPEG) {
	const r = await call(sb, UPLOAD, { imageData: bytes });
	expect(r.json.result.success).toBe(true);
	const { imageDomain, imageRelativeUrl } = r.json.result.result;
	return `${imageDomain}/${imageRelativeUrl}`;
}

/** A return and refund of a sold order's first sub-order, damaged goods with evidence. */
async function createReturn(overrides = {}) {
	const { order, item } = soldOrder();
	const voucher = await upload();
	const params = {
		orderId: order.id,
		orderEntryIds: `[${item.subItemID}]`,
		disputeRequest: 'returnRefund',
		goodsStatus: 'aftersaleBuyerReceived',
		applyPayment: Math.round(item.itemAmount * 100),
		applyCarriage: 0,
		applyReasonId: 20025,
		description: '收到时外箱破损',
		vouchers: JSON.stringify([voucher]),
		...overrides,
	};
	const r = await call(sb, CREATE, params);
	return { r, order, item, voucher };
}

describe('reasons and the most that can be refunded', () => {
	test('reasons depend on the goods status; a status the order is not in is 5010, an unknown one 5003', async () => {
		const { order, item } = soldOrder();
		const received = await call(sb, REASONS, {
			orderId: order.id,
			orderEntryIds: `[${item.subItemID}]`,
			goodsStatus: 'aftersaleBuyerReceived',
		});
		expect(received.json.result.success).toBe(true);
		const reasons = received.json.result.result.reasons;
		expect(reasons.map((r) => r.id)).toEqual([20021, 20022, 20023, 20024, 20025, 20028]);
		expect(reasons.find((r) => r.id === 20025)).toMatchObject({
			name: '收到商品破损',
			needVoucher: true,
			noRefundCarriage: false,
		});
		const notReceived = await call(sb, REASONS, {
			orderId: order.id,
			orderEntryIds: `[${item.subItemID}]`,
			goodsStatus: 'aftersaleBuyerNotReceived',
		});
		expect(notReceived.json.result.result.reasons.map((r) => r.id)).toEqual([
			20041, 20042, 20043, 20028,
		]);
		const insale = await call(sb, REASONS, {
			orderId: order.id,
			orderEntryIds: `[${item.subItemID}]`,
			goodsStatus: 'refundWaitSellerSend',
		});
		expect(insale.json.result).toMatchObject({ success: false, code: '5010' });
		const unknown = await call(sb, REASONS, {
			orderId: order.id,
			orderEntryIds: `[${item.subItemID}]`,
			goodsStatus: 'received',
		});
		expect(unknown.json.result).toMatchObject({ success: false, code: '5003' });
	});

	test('sub-order IDs must be bare JSON numbers (Long[]): quoted IDs are refused', async () => {
		const { order, item } = soldOrder();
		const quoted = await call(sb, REASONS, {
			orderId: order.id,
			orderEntryIds: `["${item.subItemID}"]`,
			goodsStatus: 'aftersaleBuyerReceived',
		});
		expect(quoted.json.result).toMatchObject({ success: false, code: '5010' });
		expect(quoted.json.result.message).toMatch(/JSON array of numbers/);
	});

	test('getMaxRefundFee: goods and shipping in fen, less what another refund already took', async () => {
		const { order, item } = soldOrder();
		const input = (count) =>
			`{"goodsStatus":"aftersaleBuyerReceived","orderId":${order.id},"refundGoodsCountList":[{"id":${item.subItemID},"count":${count}}]}`;
		const whole = await call(sb, MAX, { input: input(item.quantity) });
		expect(whole.json.result.result).toEqual({
			maxGoodsFee: Math.round(item.itemAmount * 100),
			maxPostFee: Math.round(order.shippingFee * 100),
			maxRefundFee: Math.round(item.itemAmount * 100) + Math.round(order.shippingFee * 100),
			maxSubstituteFetchFee: 0,
		});
		const one = await call(sb, MAX, { input: input(1) });
		expect(one.json.result.result.maxGoodsFee).toBe(Math.round(item.price * 100));
		await createReturn();
		const after = await call(sb, MAX, { input: input(item.quantity) });
		expect(after.json.result.result.maxGoodsFee).toBe(0);
	});
});

describe('createRefund', () => {
	test('creates a refund waiting for the seller, with exact IDs and amounts in fen, and a refund message', async () => {
		const { r, order, item, voucher } = await createReturn({ applyCarriage: 100 });
		expect(r.json.result).toMatchObject({
			success: true,
			result: {
				innerReasonId: 20025,
				innerReason: '收到商品破损',
				innerPostFee: 100,
				isVoucher: '1',
				refundOfficialSolutionCost: 770,
			},
		});
		const refund = sb.store.afterSales.get(r.json.result.result.refundId);
		expect(refund).toMatchObject({
			orderId: order.id,
			entryIds: [item.subItemID],
			status: 'waitselleragree',
			applyPayment: Math.round(item.itemAmount * 100),
			applyCarriage: 100,
			vouchers: [voucher],
			stage: 'aftersale',
		});
		const message = sb.store.pushMessages[sb.store.pushMessages.length - 1];
		expect(message).toMatchObject({
			type: 'ORDER_BUYER_VIEW_ORDER_REFUND_AFTER_SALES',
			bizKey: refund.refundId,
			data: {
				currentStatus: 'waitselleragree',
				refundAction: 'BUYER_APPLY_REFUND',
				operator: 'buyer',
			},
		});
	});

	test.each([
		['goods status not one of the five', '5003', { goodsStatus: 'broken' }],
		['a reason of another goods status', '5004', { applyReasonId: 20041 }],
		['evidence missing for a reason that needs it', '5005', { vouchers: '[]' }],
		['a voucher not uploaded', '5005', { vouchers: '["https://example.com/a.jpg"]' }],
		[
			'shipping refunded for a reason without it',
			'5006',
			{ applyReasonId: 20028, vouchers: '[]', applyCarriage: 1 },
		],
		[
			'return and refund of goods not received',
			'5010',
			{ goodsStatus: 'aftersaleBuyerNotReceived', applyReasonId: 20041 },
		],
		['a sub-order of another order', '5010', { orderEntryIds: `[${'1'.repeat(19)}]` }],
		['more than was paid', '5011', { applyPayment: 99999999 }],
		['an amount that is not whole fen', '5011', { applyPayment: '12.5' }],
		['a one-character description', '5012', { description: '坏' }],
		['a 151-character description', '5012', { description: '坏'.repeat(151) }],
		['return quantities after sale', '5013', { orderEntryCountList: '[{"id":1,"count":1}]' }],
	])('%s is refused: %s', async (_, code, overrides) => {
		const { r } = await createReturn(overrides);
		expect(r.json.result).toMatchObject({ success: false, code });
		expect(sb.store.afterSales.list()).toHaveLength(4);
	});

	test('a second request for the same sub-order is 5010 (duplicate) while the first is open or refunded', async () => {
		const first = await createReturn();
		expect(first.r.json.result.success).toBe(true);
		const second = await createReturn();
		expect(second.r.json.result).toMatchObject({ success: false, code: '5010' });
		expect(second.r.json.result.message).toContain(first.r.json.result.result.refundId);
	});

	test('an unshipped order is refunded in full only; less is 5011', async () => {
		const order = sb.store.getOrder(F.ordersByStatus.waitsellersend[0]);
		const item = order.items[0];
		const base = {
			orderId: order.id,
			orderEntryIds: `[${item.subItemID}]`,
			disputeRequest: 'refund',
			goodsStatus: 'refundWaitSellerSend',
			applyCarriage: 0,
			applyReasonId: 20030,
			description: '不想要了',
		};
		const less = await call(sb, CREATE, {
			...base,
			applyPayment: Math.round(item.itemAmount * 100) - 1,
		});
		expect(less.json.result).toMatchObject({ success: false, code: '5011' });
		const full = await call(sb, CREATE, {
			...base,
			applyPayment: Math.round(item.itemAmount * 100),
		});
		expect(full.json.result.success).toBe(true);
		expect(sb.store.afterSales.get(full.json.result.result.refundId).stage).toBe('insale');
	});
});

describe('the state machine: agree → return shipped → refunded; refuse → arbitration; cancel', () => {
	test('a return: the seller agrees (address given), the buyer ships it, the seller receives it and refunds', async () => {
		const { r } = await createReturn();
		const refundId = r.json.result.result.refundId;
		expect(
			(
				await call(sb, RETURN, {
					refundId,
					logisticsCompanyNo: 'ZTO',
					freightBill: '78100000000001',
				})
			).json.result,
		).toMatchObject({ success: false, errorCode: '4007' });
		sb.store.afterSales.act(refundId, 'agree');
		const address = (await call(sb, DETAIL, { refundId })).json.result.opOrderRefundModelDetail;
		expect(address).toMatchObject({
			status: 'waitbuyersend',
			sellerRealName: expect.any(String),
			sellerReceiveAddress: expect.any(String),
		});
		expect(
			(
				await call(sb, RETURN, {
					refundId,
					logisticsCompanyNo: 'NOPE',
					freightBill: '78100000000001',
				})
			).json.result,
		).toMatchObject({ success: false, errorCode: '4004' });
		expect(
			(await call(sb, RETURN, { refundId, logisticsCompanyNo: '', freightBill: '' })).json.result,
		).toMatchObject({ success: false, errorCode: '4002' });
		expect(
			(
				await call(sb, RETURN, {
					refundId: 'TQ1',
					logisticsCompanyNo: 'ZTO',
					freightBill: '78100000000001',
				})
			).json.result,
		).toMatchObject({ success: false, errorCode: '4008' });
		expect(
			(
				await call(sb, RETURN, {
					refundId,
					logisticsCompanyNo: 'ZTO',
					freightBill: '78100000000001',
					description: '已寄回',
				})
			).json,
		).toEqual({ result: { success: true, errorCode: null, errorInfo: null } });
		expect(sb.store.afterSales.get(refundId)).toMatchObject({
			status: 'waitsellerreceive',
			freightBill: '78100000000001',
			buyerSendGoods: true,
			goodsStatus: 3,
		});
		sb.store.afterSales.act(refundId, 'receive');
		const done = sb.store.afterSales.get(refundId);
		expect(done).toMatchObject({ status: 'refundsuccess', refundPayment: done.applyPayment });
		const history = (await call(sb, HISTORY, { refundId, pageNo: 1, pageSize: 10 })).json.result
			.opOrderRefundOperationModels;
		expect(history.map((op) => [op.beforeOperateStatus, op.afterOperateStatus])).toEqual([
			['waitsellerreceive', 'refundsuccess'],
			['waitbuyersend', 'waitsellerreceive'],
			['waitselleragree', 'waitbuyersend'],
			[undefined, undefined],
		]);
		expect(history[1]).toMatchObject({
			freightBill: '78100000000001',
			logisticsCompany: { companyNo: 'ZTO' },
			operatorRoleId: 1,
		});
		expect(() => sb.store.afterSales.act(refundId, 'agree')).toThrow(
			/cannot agree in status refundsuccess/,
		);
	});

	test('refused by the seller: arbitration then possible; cancelling closes it; a closed refund cannot be cancelled again', async () => {
		const { r, order } = await createReturn();
		const refundId = r.json.result.result.refundId;
		const early = await call(sb, ARBITRATE, {
			param: `{"type":"RefundComplaint","refundId":"${refundId}","orderId":${order.id},"reasonText":"卖家拒绝","reasonId":12}`,
		});
		expect(early.json.result).toMatchObject({ success: false, code: 'ARBITRATION_NOT_ALLOWED' });
		sb.store.afterSales.act(refundId, 'refuse', { reason: '商品完好' });
		const applied = await call(sb, ARBITRATE, {
			param: `{"type":"RefundComplaint","refundId":"${refundId}","orderId":${order.id},"reasonText":"卖家拒绝","reasonId":12}`,
		});
		expect(applied.json.result.success).toBe(true);
		expect(rawNumbers(applied.text, 'result')).toEqual([sb.store.afterSales.arbitrations[0].id]);
		expect(sb.store.afterSales.get(refundId)).toMatchObject({
			status: 'waitbuyermodify',
			rejectTimes: 1,
			rejectReason: '商品完好',
		});
		expect((await call(sb, CANCEL, { refundId })).json).toEqual({
			result: { success: true, errorCode: null, errorInfo: null },
		});
		expect(sb.store.afterSales.get(refundId).status).toBe('refundclose');
		expect((await call(sb, CANCEL, { refundId })).json.result).toMatchObject({
			success: false,
			errorCode: 'REFUND_STATUS_ERROR',
		});
	});

	test('the admin control moves a refund as the seller would; a wrong move is 409', async () => {
		const { refundId } = F.refunds.open;
		const post = (body) =>
			fetch(`${sb.url}/_sandbox/refund`, { method: 'POST', body: JSON.stringify(body) });
		const agreed = await post({ refundId, action: 'agree' });
		expect(await agreed.json()).toEqual({ ok: true, refundId, status: 'refundsuccess' });
		expect((await post({ refundId, action: 'refuse' })).status).toBe(409);
		expect((await post({ refundId: 'TQ1', action: 'agree' })).status).toBe(404);
		expect((await post({ refundId, action: 'dance' })).status).toBe(400);
	});
});

describe('the queries', () => {
	test('the list: newest first, paged from 0, filtered by status, order, type and modified time; IDs exact', async () => {
		const all = await call(sb, LIST, { currentPageNum: 0, pageSize: 3 });
		expect(all.json).toMatchObject({ success: true, result: { totalCount: 4, currentPageNum: 0 } });
		expect(all.json.result.opOrderRefundModels).toHaveLength(3);
		const second = await call(sb, LIST, { currentPageNum: 1, pageSize: 3 });
		expect(second.json.result.opOrderRefundModels).toHaveLength(1);
		const open = await call(sb, LIST, { refundStatusSet: '["waitselleragree","waitbuyersend"]' });
		expect(open.json.result.opOrderRefundModels.map((r) => r.refundId).sort()).toEqual(
			[F.refunds.open.refundId, F.refunds.awaitingReturn.refundId].sort(),
		);
		const ofOrder = await call(sb, LIST, { orderId: F.refunds.refunded.orderId });
		expect(rawNumbers(ofOrder.text, 'orderId')).toEqual([F.refunds.refunded.orderId]);
		expect(ofOrder.text).toContain(`"orderEntryIdList":[${F.refunds.refunded.subOrderId}]`);
		const insale = await call(sb, LIST, { dipsuteType: 1 });
		expect(insale.json.result.opOrderRefundModels.map((r) => r.disputeType)).toEqual([1, 1]);
		const future = await call(sb, LIST, { modifyStartTime: '20990101000000000+0800' });
		expect(future.json.result.totalCount).toBe(0);
		expect((await call(sb, LIST, { applyStartTime: '20200101000000000+0800' })).json).toMatchObject(
			{ success: false, errorCode: 'APPLY_TIME_ERROR' },
		);
	});

	test('one refund with its records; an unknown refund is the documented 500 with a JSON message', async () => {
		const detail = await call(sb, DETAIL, {
			refundId: F.refunds.refunded.refundId,
			needOrderRefundOperation: true,
		});
		const model = detail.json.result.opOrderRefundModelDetail;
		expect(model).toMatchObject({
			refundId: F.refunds.refunded.refundId,
			status: 'refundsuccess',
			refundGoods: true,
			onlyRefund: false,
			disputeType: 2,
			freightBill: '78123456789012',
		});
		expect(model.refundOperationList).toHaveLength(4);
		const unknown = await call(sb, DETAIL, { refundId: 'TQ123' });
		expect(unknown.json).toMatchObject({ errorCode: '500', extErrorMessage: '退款单错误' });
		expect(JSON.parse(unknown.json.errorMessage).errorCode).toBe('003002');
	});

	test('by order: in-sale refunds only, active (1) or refunded (3), flags named isXxx', async () => {
		const active = await call(sb, BY_ORDER, { orderId: F.refunds.open.orderId, queryType: '1' });
		expect(active.json.result.opOrderRefundModels).toHaveLength(1);
		expect(active.json.result.opOrderRefundModels[0]).toMatchObject({
			refundId: F.refunds.open.refundId,
			isOnlyRefund: true,
			isRefundGoods: false,
			success: true,
		});
		const afterSale = await call(sb, BY_ORDER, {
			orderId: F.refunds.refunded.orderId,
			queryType: '3',
		});
		expect(afterSale.json.result.opOrderRefundModels).toEqual([]);
		const unknown = await call(sb, BY_ORDER, { orderId: F.unknownOrderId, queryType: '1' });
		expect(unknown.json.errorMessage).toContain('ORDER_NOT_EXIST');
	});

	test('return address per offer, logistics companies, evidence rules', async () => {
		const address = await call(sb, ADDRESS, { mainOrderId: F.refunds.awaitingReturn.orderId });
		expect(address.json.result.success).toBe(true);
		expect(address.json.result.data[0]).toMatchObject({
			receiverName: expect.any(String),
			mobile: expect.stringMatching(/^1\d{10}$/),
			streetAddress: expect.any(String),
		});
		const companies = await call(sb, COMPANIES, {});
		expect(companies.json.result.map((c) => c.companyNo)).toEqual(
			expect.arrayContaining(['ZTO', 'YTO', 'SF', 'EMS']),
		);
		expect((await call(sb, UPLOAD, { imageData: Buffer.from('hello') })).json.result).toMatchObject(
			{ success: false, code: '4000' },
		);
		expect(
			(await call(sb, UPLOAD, { imageData: Buffer.concat([JPEG, Buffer.alloc(1024 * 1024)]) })).json
				.result,
		).toMatchObject({ success: false, code: '4000' });
		expect((await call(sb, UPLOAD, {})).json.result).toMatchObject({
			success: false,
			code: '4000',
		});
	});
});

describe('official return pickup', () => {
	test('plans for an agreed return, book one, read it, cancel it; a refund not agreed has none', async () => {
		const { refundId } = F.refunds.awaitingReturn;
		const plans = await call(sb, PLANS, {
			param: JSON.stringify({ refundId, packageCount: 1, totalWeight: '2500' }),
		});
		expect(plans.json.result.success).toBe(true);
		const [yto] = plans.json.result.result.solutionDTOList;
		expect(yto).toMatchObject({
			cpCode: 'YTO',
			solutionCode: '422',
			chargeDetailDTO: { totalCost: 1600 },
		});
		const slot = yto.appointmentTimeDTO.timeSlotDTOList[1];
		const booking = {
			refundId,
			solutionCode: '422',
			dateStr: slot.dateStr,
			gmtAcceptStart: slot.gmtStart,
			gmtAcceptEnd: slot.gmtEnd,
			goodsType: 'DAILY_NECESSITIES',
			packageCount: '1',
		};
		const created = await call(sb, PICKUP, { param: JSON.stringify(booking) });
		expect(created.json.result.success).toBe(true);
		const [id] = rawNumbers(created.text, 'result');
		expect((await call(sb, PICKUP, { param: JSON.stringify(booking) })).json.result).toMatchObject({
			success: false,
			code: 'PICKUP_EXISTS',
		});
		const got = await call(sb, PICKUP_GET, { officialDeliveryOrderId: id });
		expect(got.json.result.result).toMatchObject({
			refundId,
			status: 'activated',
			solutionCode: '422',
			dateStr: slot.dateStr,
		});
		const cancelled = await call(sb, PICKUP_CANCEL, {
			param: `{"cancelText":"改为自己寄","cancelType":"WANT_TO_SEND_MYSELF","officialDeliveryOrderId":${id}}`,
		});
		expect(cancelled.json.result).toMatchObject({ success: true, result: true });
		expect(sb.store.afterSales.pickups.get(id).status).toBe('cancelled');
		const notAgreed = await call(sb, PLANS, {
			param: JSON.stringify({ refundId: F.refunds.open.refundId, packageCount: 1 }),
		});
		expect(notAgreed.json.result).toMatchObject({ success: false, code: 'REFUND_STATUS_ERROR' });
		const badDate = await call(sb, PICKUP, {
			param: JSON.stringify({ ...booking, dateStr: '2020-01-01' }),
		});
		expect(badDate.json.result).toMatchObject({ success: false, code: 'APPOINTMENT_TIME_ERROR' });
	});
});
