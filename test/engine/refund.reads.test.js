'use strict';
/** Refund → the reads, as an overseas reseller's app (cross-border solution) runs them through the n8n engine. */
const { operationRunner, useSandbox } = require('../support/sandboxSuite');

const API = (name, ns = 'com.alibaba.trade') => `${ns}:${name}-1`;
const ORDER_GET = API('alibaba.trade.get.buyerView');
const REASONS = API('alibaba.trade.getRefundReasonList');
const MAX = API('alibaba.trade.getMaxRefundFee');
const LIST = API('alibaba.trade.refund.buyer.queryOrderRefundList');
const DETAIL = API('alibaba.trade.refund.OpQueryOrderRefund');
const HISTORY = API('alibaba.trade.refund.OpQueryOrderRefundOperationList');
const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+08:00$/;

const sandbox = useSandbox({ resetEach: true });
const run = (operation, parameters, extra) =>
	operationRunner(sandbox, 'refund', operation, 'crossBorder')(parameters, extra);
const fixtures = () => sandbox().fixtures;
const calls = () => sandbox().requests.map((r) => r.api);
const fen = (yuan) => Math.round(yuan * 100);

/** A successful order without a refund. */
function soldOrder(index = 0) {
	const taken = new Set(Object.values(fixtures().refunds).map((r) => r.orderId));
	return sandbox().store.getOrder(
		fixtures().ordersByStatus.success.filter((id) => !taken.has(id))[index],
	);
}

describe('Refund → Get Reasons, Get Max Refundable, Get Return Address', () => {
	test('reasons for every sub-order of the order: the order is read first, the IDs go out as bare JSON numbers', async () => {
		const order = soldOrder();
		const { items, error } = await run('getReasons', {
			orderId: order.id,
			goodsStatus: 'aftersaleBuyerReceived',
		});
		expect(error).toBeUndefined();
		expect(calls()).toEqual([ORDER_GET, REASONS]);
		expect(sandbox().requests[1].params.orderEntryIds).toBe(
			`[${order.items.map((it) => it.subItemID).join(',')}]`,
		);
		expect(items.map((r) => r.reasonId)).toEqual([
			'20021',
			'20022',
			'20023',
			'20024',
			'20025',
			'20028',
		]);
		expect(items[4]).toEqual({
			orderId: order.id,
			goodsStatus: 'aftersaleBuyerReceived',
			reasonId: '20025',
			name: '收到商品破损',
			evidenceRequired: true,
			shippingRefundable: true,
			tip: '请上传破损照片',
		});
		expect(items[5]).toMatchObject({ reasonId: '20028', shippingRefundable: false });
	});

	test("given sub-orders are used as they are; a goods status the order is not in is 1688's 5010 in words", async () => {
		const order = soldOrder();
		const subOrderId = order.items[0].subItemID;
		const { items } = await run('getReasons', {
			orderId: order.id,
			goodsStatus: 'aftersaleBuyerNotReceived',
			subOrderIds: ` ${subOrderId} `,
		});
		expect(calls()).toEqual([REASONS]);
		expect(sandbox().requests[0].params.orderEntryIds).toBe(`[${subOrderId}]`);
		expect(items.map((r) => r.reasonId)).toEqual(['20041', '20042', '20043', '20028']);
		const { error } = await run('getReasons', {
			orderId: order.id,
			goodsStatus: 'refundWaitSellerSend',
			subOrderIds: subOrderId,
		});
		expect(error.message).toBe('The goods status or the sub-orders do not fit this order [5010]');
		expect(error.description).toMatch(/^In-sale statuses need an order that is paid/);
	});

	test('the maximum in yuan: every piece by default, fewer with Quantities; the input JSON keeps the 19-digit IDs exact', async () => {
		const order = soldOrder();
		const [first] = order.items;
		const whole = await run('getMaxRefundable', {
			orderId: order.id,
			goodsStatus: 'aftersaleBuyerReceived',
			subOrderIds: first.subItemID,
		});
		expect(whole.error).toBeUndefined();
		expect(whole.items[0]).toEqual({
			orderId: order.id,
			goodsStatus: 'aftersaleBuyerReceived',
			maxGoods: first.itemAmount,
			maxShipping: order.shippingFee,
			maxTotal: (fen(first.itemAmount) + fen(order.shippingFee)) / 100,
			maxPickupServiceFee: 0,
			currency: 'CNY',
			subOrders: [{ subOrderId: first.subItemID, quantity: first.quantity }],
		});
		expect(calls()).toEqual([ORDER_GET, MAX]);
		expect(sandbox().requests[1].params.input).toBe(
			`{"goodsStatus":"aftersaleBuyerReceived","orderId":${order.id},"refundGoodsCountList":[{"id":${first.subItemID},"count":${first.quantity}}]}`,
		);
		const one = await run('getMaxRefundable', {
			orderId: order.id,
			goodsStatus: 'aftersaleBuyerReceived',
			subOrderIds: first.subItemID,
			quantities: { entry: [{ subOrderId: first.subItemID, count: 1 }] },
		});
		expect(one.items[0].maxGoods).toBe(first.price);
		expect(one.items[0].subOrders[0]).toEqual({ subOrderId: first.subItemID, quantity: 1 });
	});

	test("the seller's return address, one item per offer of the order", async () => {
		const order = sandbox().store.getOrder(fixtures().refunds.awaitingReturn.orderId);
		const { items } = await run('getReturnAddress', { orderId: order.id });
		expect(items.length).toBe(new Set(order.items.map((it) => it.offerId)).size);
		expect(items[0]).toMatchObject({
			orderId: order.id,
			offerId: String(order.items[0].offerId),
			name: expect.any(String),
			mobile: expect.stringMatching(/^1\d{10}$/),
			address: expect.stringContaining(order.seller.province),
		});
	});
});

describe('Refund → Get, Get Many, Get for Order, Get History', () => {
	test('Get: status in words, amounts in yuan, ISO times, exact IDs, the history; without history and TQ as asked', async () => {
		const seeded = fixtures().refunds.refunded;
		const stored = sandbox().store.afterSales.get(seeded.refundId);
		const { items, error } = await run('get', { refundId: seeded.refundId });
		expect(error).toBeUndefined();
		const [refund] = items;
		expect(refund).toMatchObject({
			refundId: seeded.refundId,
			orderId: seeded.orderId,
			status: 'refunded',
			statusCode: 'refundsuccess',
			type: 'returnRefund',
			stage: 'after-sale',
			goods: 'returned',
			reasonId: '20023',
			requestedAmount: stored.applyPayment / 100,
			refundedAmount: stored.refundPayment / 100,
			currency: 'CNY',
			subOrderIds: [seeded.subOrderId],
			returnWaybill: '78123456789012',
			returnCarrier: '中通快递(ZTO)',
		});
		expect(refund.appliedAt).toMatch(ISO);
		expect(refund.history.map((step) => [step.by, step.statusAfter])).toEqual([
			['seller', 'refunded'],
			['buyer', 'waiting for seller to receive the return'],
			['seller', 'waiting for buyer to return the goods'],
			['buyer', undefined],
		]);
		expect(sandbox().requests[0].params).toMatchObject({
			refundId: seeded.refundId,
			needOrderRefundOperation: 'true',
			needTimeOutInfo: 'true',
		});
		const bare = await run('get', { refundId: seeded.refundId.slice(2), includeHistory: false });
		expect(sandbox().requests[1].params).toMatchObject({
			refundId: seeded.refundId,
			needOrderRefundOperation: 'false',
		});
		expect(bare.items[0]).toMatchObject({
			refundId: seeded.refundId,
			orderId: seeded.orderId,
			subOrderIds: [seeded.subOrderId],
		});
		expect(bare.items[0]).not.toHaveProperty('history');
	});

	test("Get of an unknown refund: 1688's 500 in words; an open refund: the seller's deadline", async () => {
		const { items } = await run(
			'get',
			{ refundId: '={{ $json.id }}' },
			{
				items: [{ id: 'TQ111111111' }, { id: fixtures().refunds.open.refundId }],
				continueOnFail: true,
			},
		);
		expect(items[0].error).toBe('1688 could not find this refund or order for your account [500]');
		expect(items[1]).toMatchObject({
			refundId: fixtures().refunds.open.refundId,
			status: 'waiting for seller to agree',
			sellerDeadline: expect.stringMatching(ISO),
		});
	});

	test('Get Many: every page from page 0 with Return All, filters as 1688 names them, Limit asks for no more', async () => {
		// 21 more refunds: 25 in all, two pages of 20.
		const store = sandbox().store;
		const reason = { id: 20022, name: '尺寸/规格不符' };
		const free = fixtures()
			.ordersByStatus.success.filter((id) => !store.afterSales.ofOrder(id).length)
			.concat(fixtures().ordersByStatus.waitbuyerreceive);
		for (const orderId of free.slice(0, 21)) {
			const order = store.getOrder(orderId);
			store.afterSales.create({
				order,
				entryIds: [order.items[0].subItemID],
				entryCounts: {},
				disputeRequest: 'refund',
				goodsStatus: order.status === 'success' ? 'aftersaleBuyerReceived' : 'refundBuyerReceived',
				applyPayment: 100,
				applyCarriage: 0,
				reason,
				description: '尺寸不对',
				vouchers: [],
			});
		}
		const all = await run('getMany', { returnAll: true });
		expect(all.items).toHaveLength(25);
		expect(sandbox().requests.map((r) => [r.params.currentPageNum, r.params.pageSize])).toEqual([
			['0', '20'],
			['1', '20'],
		]);
		expect(new Set(all.items.map((r) => r.refundId)).size).toBe(25);
		sandbox().clearRequests();
		const limited = await run('getMany', { limit: 3 });
		expect(limited.items).toHaveLength(3);
		expect(sandbox().requests.map((r) => [r.params.currentPageNum, r.params.pageSize])).toEqual([
			['0', '3'],
		]);
		sandbox().clearRequests();
		const filtered = await run('getMany', {
			returnAll: true,
			filters: {
				statuses: ['waitselleragree', 'waitbuyersend'],
				stage: '1',
				appliedAfter: '2025-01-01T00:00:00Z',
			},
		});
		expect(filtered.error).toBeUndefined();
		expect(sandbox().requests[0].params).toMatchObject({
			refundStatusSet: '["waitselleragree","waitbuyersend"]',
			dipsuteType: '1',
			applyStartTime: '20250101080000000+0800',
		});
		expect(
			filtered.items.every(
				(r) => r.stage === 'in-sale' && ['waitselleragree', 'waitbuyersend'].includes(r.statusCode),
			),
		).toBe(true);
		expect(filtered.items.map((r) => r.refundId)).toContain(fixtures().refunds.open.refundId);
		const ofOrder = await run('getMany', {
			returnAll: true,
			filters: { orderId: fixtures().refunds.refunded.orderId },
		});
		expect(ofOrder.items.map((r) => r.refundId)).toEqual([fixtures().refunds.refunded.refundId]);
	});

	test('Get Many further back than 1688 keeps: its APPLY_TIME_ERROR in words', async () => {
		const { error } = await run('getMany', { filters: { appliedAfter: '2020-01-01' } });
		expect(error.message).toBe('1688 lists only refunds of the last 730 days [APPLY_TIME_ERROR]');
		expect(error.description).toMatch(/^Set Applied After to a time within the last 730 days/);
	});

	test('Get for Order: in-sale refunds, in progress or refunded', async () => {
		const { orderId, refundId } = fixtures().refunds.open;
		const active = await run('getForOrder', { orderId });
		expect(active.items.map((r) => [r.refundId, r.statusCode, r.type, r.stage])).toEqual([
			[refundId, 'waitselleragree', 'refund', 'in-sale'],
		]);
		expect(sandbox().requests[0].params).toMatchObject({ orderId, queryType: '1' });
		sandbox().store.afterSales.act(refundId, 'agree');
		const refunded = await run('getForOrder', { orderId, which: '3' });
		expect(refunded.items.map((r) => r.statusCode)).toEqual(['refundsuccess']);
	});

	test('Get History: newest step first, Limit pages by 100', async () => {
		const { refundId } = fixtures().refunds.refunded;
		const { items } = await run('getHistory', { refundId, limit: 2 });
		expect(items.map((step) => step.action)).toEqual(['退款成功', '买家退货']);
		expect(items[1]).toMatchObject({
			refundId,
			by: 'buyer',
			returnWaybill: '78123456789012',
			returnCarrier: '中通快递(ZTO)',
			statusBefore: 'waiting for buyer to return the goods',
			at: expect.stringMatching(ISO),
		});
		expect(sandbox().requests.map((r) => r.api)).toEqual([HISTORY]);
		expect(sandbox().requests[0].params).toMatchObject({ refundId, pageNo: '1', pageSize: '2' });
	});

	test.each([
		[
			'get',
			{ refundId: 'refund-1' },
			'Refund ID: must be a 1688 refund ID (TQ followed by digits), got refund-1 [item 0]',
		],
		[
			'getReasons',
			{ orderId: '2304567890123456789', goodsStatus: 'broken' },
			'Goods Status: "broken" is not a goods status 1688 accepts; use aftersaleBuyerNotReceived, aftersaleBuyerReceived, refundWaitSellerSend, refundBuyerReceived, refundWaitBuyerReceive [item 0]',
		],
		[
			'getReasons',
			{
				orderId: '2304567890123456789',
				goodsStatus: 'aftersaleBuyerReceived',
				subOrderIds: '123, abc',
			},
			'Sub-Order IDs: must be a numeric 1688 ID (digits only), got abc [item 0]',
		],
		[
			'getMaxRefundable',
			{
				orderId: '2304567890123456789',
				goodsStatus: 'aftersaleBuyerReceived',
				subOrderIds: '1',
				quantities: { entry: [{ subOrderId: '2', count: 1 }] },
			},
			'Quantities: sub-order 2 is not one of the Sub-Order IDs [item 0]',
		],
		[
			'getMany',
			{ filters: { returnWaybill: '7812345' } },
			'Return Waybill Number: needs Seller Member ID as well (1688 looks a return waybill up per seller) [item 0]',
		],
		[
			'getMany',
			{ filters: { appliedAfter: '2025-02-01', appliedBefore: '2025-01-01' } },
			'Applied After: must not be later than Applied Before (20250201000000000+0800 > 20250101000000000+0800 in China time) [item 0]',
		],
		[
			'getMany',
			{ filters: { statuses: 'refundsuccess,lost' } },
			'Refund Status: "lost" is not a 1688 refund status; use refundclose, refundsuccess, waitbuyermodify, waitselleragree, waitsellerreceive, waitbuyersend [item 0]',
		],
	])('%s with %j is refused before any request', async (operation, parameters, message) => {
		const { error } = await run(operation, parameters);
		expect(error.message).toBe(message);
		expect(sandbox().requests).toHaveLength(0);
	});
});

describe('Refund → Get Pickup Plans, Get Pickup', () => {
	test('plans for the agreed return: fees in yuan and bookable slots; a pickup order read back', async () => {
		const { refundId } = fixtures().refunds.awaitingReturn;
		const plans = await run('getPickupPlans', {
			refundId,
			packageCount: 2,
			pickupOptions: { totalWeight: 2500 },
		});
		expect(plans.error).toBeUndefined();
		expect(JSON.parse(sandbox().requests[0].params.param)).toEqual({
			refundId,
			packageCount: 2,
			totalWeight: '2500',
		});
		expect(plans.items.map((p) => [p.solutionCode, p.carrierCode, p.fee])).toEqual([
			['422', 'YTO', 16],
			['434', 'ZTO', 12],
		]);
		expect(plans.items[0].slots[0]).toEqual({
			date: expect.stringMatching(/^\d{4}-\d\d-\d\d$/),
			from: '09:00',
			to: '11:00',
		});
		const [slot] = plans.items[1].slots;
		const booked = await fetchPickup(refundId, slot);
		const { items } = await run('getPickup', { pickupOrderId: booked });
		expect(items[0]).toMatchObject({
			pickupOrderId: booked,
			refundId,
			status: 'activated',
			date: slot.date,
			from: `${slot.date} ${slot.from}`,
			solutionCode: '434',
			fee: 8,
			currency: 'CNY',
		});
	});

	test("a refund the seller has not agreed to return has no plans: 1688's own error", async () => {
		const { error } = await run('getPickupPlans', { refundId: fixtures().refunds.open.refundId });
		expect(error.message).toMatch(/REFUND_STATUS_ERROR/);
	});

	test('a pickup address without a mobile is refused before any request', async () => {
		const { error } = await run('getPickupPlans', {
			refundId: fixtures().refunds.awaitingReturn.refundId,
			pickupOptions: {
				senderInfo:
					'{"fullName":"王磊","provinceText":"浙江省","cityText":"金华市","address":"3号仓"}',
			},
		});
		expect(error.message).toBe('Pickup Address (JSON): lacks mobile [item 0]');
		expect(sandbox().requests).toHaveLength(0);
	});
});

/** Books a pickup straight in the sandbox (Create Pickup is tested with the writes) and returns its ID. */
async function fetchPickup(refundId, slot) {
	const { call } = require('../sandbox/tests/helpers');
	const booking = {
		refundId,
		solutionCode: '434',
		dateStr: slot.date,
		gmtAcceptStart: slot.from,
		gmtAcceptEnd: slot.to,
		goodsType: 'OTHER',
		packageCount: '1',
	};
	const created = await call(
		sandbox(),
		'com.alibaba.logistics:refundofficialdelivery.order.create-1',
		{ param: JSON.stringify(booking) },
	);
	return /"result":(\d+)/.exec(created.text)[1];
}
