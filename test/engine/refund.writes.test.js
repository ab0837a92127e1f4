'use strict';
/**
 * Refund → Upload Evidence, Create, Submit Return Shipment, Cancel, Apply for Arbitration and the return pickups,
 * through the n8n engine as an overseas reseller's app: what reached the sandbox (the exact wire text), what it stored,
 * what came out, bad input refused before any request, 1688's errors in words, and every write sent once.
 */
const crypto = require('node:crypto');
const { operationRunner, useSandbox } = require('../support/sandboxSuite');
const { sandboxCredentials } = require('../support/engine');
const { runListSearch } = require('../support/listSearch');
const { startImageHost } = require('../support/imageHost');

const API = (name, ns = 'com.alibaba.trade') => `${ns}:${name}-1`;
const UPLOAD = API('alibaba.trade.uploadRefundVoucher');
const CREATE = API('alibaba.trade.createRefund');
const LIST = API('alibaba.trade.refund.buyer.queryOrderRefundList');
const ORDER_GET = API('alibaba.trade.get.buyerView');
const RETURN = API('alibaba.trade.refund.returnGoods');
const CANCEL = API('alibaba.trade.cancelRefund');
const ARBITRATE = API('trade.arbitration.apply');
const PICKUP_CREATE = API('refundofficialdelivery.order.create', 'com.alibaba.logistics');
const PICKUP_MODIFY = API('refundofficialdelivery.order.modify', 'com.alibaba.logistics');
const PICKUP_CANCEL = API('refundofficialdelivery.order.cancel', 'com.alibaba.logistics');

const sandbox = useSandbox({ resetEach: true });
const run = (operation, parameters, extra) =>
	operationRunner(sandbox, 'refund', operation, 'crossBorder')(parameters, extra);
const fixtures = () => sandbox().fixtures;
const calls = (api) => sandbox().requests.filter((r) => r.api === api);
const store = () => sandbox().store;

let host;
beforeAll(async () => {
	host = await startImageHost();
});
afterAll(() => host.close());

const JPEG = Buffer.concat([Buffer.from('ffd8ffe000104a464946', 'hex'), Buffer.alloc(3000, 5)]);
const binary = (bytes, mimeType = 'image/jpeg') => ({
	data: { data: bytes.toString('base64'), mimeType, fileName: 'photo.jpg' },
});
const md5 = (bytes) => crypto.createHash('md5').update(bytes).digest('hex');

/** A successful order without a refund, its first item. */
function soldOrder(index = 0) {
	const taken = new Set(Object.values(fixtures().refunds).map((r) => r.orderId));
	const order = store().getOrder(
		fixtures().ordersByStatus.success.filter((id) => !taken.has(id))[index],
	);
	return { order, item: order.items[0] };
}

/** A voucher URL the sandbox stored, as Upload Evidence would give it. */
function storedVoucher() {
	const { imageDomain, imageRelativeUrl } = store().afterSales.addVoucher(JPEG, 'jpg');
	return `${imageDomain}/${imageRelativeUrl}`;
}

/** Create parameters for a return and refund of damaged goods of `item`. */
function returnRequest(order, item, extra = {}) {
	return {
		orderId: order.id,
		refundType: 'returnRefund',
		goodsStatus: 'aftersaleBuyerReceived',
		subOrderIds: item.subItemID,
		reason: { __rl: true, mode: 'list', value: '20025' },
		refundAmount: item.itemAmount,
		shippingAmount: 0,
		refundDescription: '外箱破损，商品有裂痕',
		evidence: storedVoucher(),
		...extra,
	};
}

describe('Refund → Upload Evidence', () => {
	test('a binary photo goes as the multipart part imageData (signed query, file outside the signature): its address comes back', async () => {
		const { items, error } = await run(
			'uploadEvidence',
			{ binaryPropertyName: 'data' },
			{ binaries: [binary(JPEG)] },
		);
		expect(error).toBeUndefined();
		const [upload] = calls(UPLOAD);
		expect(upload.params).toMatchObject({
			access_token: sandbox().apps.crossBorder.accessToken,
			_aop_signature: expect.stringMatching(/^[0-9A-F]{40}$/),
		});
		expect(upload.params).not.toHaveProperty('imageData');
		const [stored] = store().afterSales.vouchers.values();
		expect(stored).toMatchObject({ bytes: JPEG.length, md5: md5(JPEG) });
		expect(items).toEqual([
			{
				voucherUrl: stored.url,
				imageDomain: 'https://cbu01.alicdn.com',
				imageRelativeUrl: stored.url.replace('https://cbu01.alicdn.com/', ''),
				format: 'JPEG',
				size: '3 KB',
			},
		]);
	});

	// The test's image host is on 127.0.0.1: a private address, downloaded only with the option on.
	const INTRANET = { downloadOptions: { allowPrivateNetwork: true } };

	test('a photo at a URL is downloaded without credentials, checked and uploaded', async () => {
		const { items, error } = await run('uploadEvidence', {
			imageSource: 'url',
			imageUrl: `${host.url}/photo.jpg`,
			...INTRANET,
		});
		expect(error).toBeUndefined();
		expect(host.requests.map((r) => r.path)).toContain('/photo.jpg');
		expect(items[0].voucherUrl).toMatch(
			/^https:\/\/cbu01\.alicdn\.com\/img\/ibank\/\d{4}\/\d{3}\/\d{3}\/\d+_\d{9}\.jpg$/,
		);
		expect(store().afterSales.vouchers.has(items[0].voucherUrl)).toBe(true);
	});

	test("by default an address on n8n's own machine is refused before any download or upload", async () => {
		const downloadsBefore = host.requests.length;
		const { error } = await run('uploadEvidence', {
			imageSource: 'url',
			imageUrl: `${host.url}/photo.jpg`,
		});
		expect(error.message).toBe(
			`Image URL: ${host.url}/photo.jpg is refused: 127.0.0.1 is a loopback address (n8n's own machine) [item 0]`,
		);
		expect(host.requests).toHaveLength(downloadsBefore);
		expect(sandbox().requests).toHaveLength(0);
	});

	test.each([
		[
			'a photo of 1 MB or more',
			{ binaryPropertyName: 'data' },
			[binary(Buffer.concat([JPEG, Buffer.alloc(1024 * 1024)]))],
			/^Input Binary Field: the binary property "data" is too large: 1\.0 MB \(\d+ bytes\), above the 1024 KB 1688 takes as refund evidence \(less than 1 MB\) \[item 0\]$/,
		],
		[
			'a WebP image',
			{ binaryPropertyName: 'data' },
			[
				binary(
					Buffer.concat([Buffer.from('RIFF0000WEBPVP8 ', 'latin1'), Buffer.alloc(100)]),
					'image/webp',
				),
			],
			/^Input Binary Field: the binary property "data" is not an image \(JPEG, PNG, GIF, BMP\): it is a WebP image \[item 0\]$/,
		],
		[
			'a web page at the URL',
			{ imageSource: 'url', imageUrl: null },
			[],
			/is not an image \(JPEG, PNG, GIF, BMP\): it is an HTML page/,
		],
	])('%s is refused before anything is uploaded', async (_, parameters, binaries, message) => {
		const params =
			parameters.imageUrl === null
				? { ...parameters, imageUrl: `${host.url}/product.html`, ...INTRANET }
				: parameters;
		const { error } = await run('uploadEvidence', params, { binaries });
		expect(error.message).toMatch(message);
		expect(error.description).toMatch(/JPEG, PNG, GIF or BMP photo of less than 1 MB/);
		expect(sandbox().requests).toHaveLength(0);
	});
});

describe('Refund → Create', () => {
	test('a return and refund: amounts in fen from yuan digits, sub-orders as bare JSON numbers, evidence; read back first, then sent once', async () => {
		const { order, item } = soldOrder();
		const parameters = returnRequest(order, item, { shippingAmount: 0.29 });
		const { items, error } = await run('create', parameters);
		expect(error).toBeUndefined();
		expect(sandbox().requests.map((r) => r.api)).toEqual([LIST, CREATE]);
		const [list] = calls(LIST);
		expect(list.params).toMatchObject({
			orderId: order.id,
			refundStatusSet:
				'["waitselleragree","waitbuyermodify","waitbuyersend","waitsellerreceive","refundsuccess"]',
			currentPageNum: '0',
		});
		const [sent] = calls(CREATE);
		expect(sent.params).toMatchObject({
			orderId: order.id,
			orderEntryIds: `[${item.subItemID}]`,
			disputeRequest: 'returnRefund',
			applyPayment: String(Math.round(item.itemAmount * 100)),
			applyCarriage: '29',
			applyReasonId: '20025',
			goodsStatus: 'aftersaleBuyerReceived',
			description: '外箱破损，商品有裂痕',
			vouchers: JSON.stringify([parameters.evidence]),
		});
		expect(sent.params).not.toHaveProperty('orderEntryCountList');
		const refund = store().afterSales.ofOrder(order.id)[0];
		expect(refund).toMatchObject({
			entryIds: [item.subItemID],
			applyPayment: Math.round(item.itemAmount * 100),
			applyCarriage: 29,
			vouchers: [parameters.evidence],
			status: 'waitselleragree',
		});
		expect(items).toEqual([
			{
				refundId: refund.refundId,
				created: true,
				alreadyExisted: false,
				orderId: order.id,
				status: 'waiting for seller to agree',
				statusCode: 'waitselleragree',
				type: 'returnRefund',
				goodsStatus: 'aftersaleBuyerReceived',
				subOrderIds: [item.subItemID],
				requestedAmount: item.itemAmount,
				requestedShipping: 0.29,
				currency: 'CNY',
				reasonId: '20025',
				reason: '收到商品破损',
				evidence: [parameters.evidence],
				pickupServiceFee: 7.7,
			},
		]);
	});

	test('a second run for the same order finds the refund instead of opening another: one createRefund in all', async () => {
		const { order, item } = soldOrder();
		const first = await run('create', returnRequest(order, item));
		const second = await run(
			'create',
			returnRequest(order, item, { refundDescription: '再次提交' }),
		);
		expect(second.error).toBeUndefined();
		expect(calls(CREATE)).toHaveLength(1);
		expect(store().afterSales.ofOrder(order.id)).toHaveLength(1);
		expect(second.items[0]).toMatchObject({
			refundId: first.items[0].refundId,
			created: false,
			alreadyExisted: true,
			statusCode: 'waitselleragree',
			subOrderIds: [item.subItemID],
			notice: expect.stringContaining('nothing was asked again'),
		});
		// Refunded counts too; a cancelled refund does not.
		store().afterSales.act(first.items[0].refundId, 'refund');
		expect((await run('create', returnRequest(order, item))).items[0]).toMatchObject({
			alreadyExisted: true,
			statusCode: 'refundsuccess',
		});
		expect(calls(CREATE)).toHaveLength(1);
	});

	test('a refund only before shipping, for every sub-order of the order (read from it): the whole amount paid', async () => {
		const order = store().getOrder(fixtures().ordersByStatus.waitsellersend[0]);
		const total = order.items.reduce((sum, it) => sum + Math.round(it.itemAmount * 100), 0);
		const { items, error } = await run('create', {
			orderId: order.id,
			refundType: 'refund',
			goodsStatus: 'refundWaitSellerSend',
			reason: { __rl: true, mode: 'id', value: '20030' },
			refundAmount: (total / 100).toFixed(2),
			refundDescription: '不想要了',
		});
		expect(error).toBeUndefined();
		expect(sandbox().requests.map((r) => r.api)).toEqual([ORDER_GET, LIST, CREATE]);
		expect(calls(CREATE)[0].params).toMatchObject({
			orderEntryIds: `[${order.items.map((it) => it.subItemID).join(',')}]`,
			applyPayment: String(total),
			applyCarriage: '0',
		});
		expect(calls(CREATE)[0].params).not.toHaveProperty('vouchers');
		expect(items[0]).toMatchObject({
			created: true,
			type: 'refund',
			subOrderIds: order.items.map((it) => it.subItemID),
			requestedAmount: total / 100,
		});
	});

	test('part of a sub-order returned before receipt is confirmed: its count goes out as [{"id":<bare>,"count":n}]', async () => {
		const order = store().getOrder(fixtures().ordersByStatus.waitbuyerreceive[0]);
		const item = order.items.find((it) => it.quantity > 1);
		const { error } = await run('create', {
			orderId: order.id,
			refundType: 'returnRefund',
			goodsStatus: 'refundBuyerReceived',
			subOrderIds: item.subItemID,
			reason: { __rl: true, mode: 'id', value: '20022' },
			refundAmount: item.price,
			refundDescription: '尺码偏小',
			quantities: { entry: [{ subOrderId: item.subItemID, count: 1 }] },
		});
		expect(error).toBeUndefined();
		expect(calls(CREATE)[0].params.orderEntryCountList).toBe(
			`[{"id":${item.subItemID},"count":1}]`,
		);
		expect(store().afterSales.ofOrder(order.id)[0].entryCounts).toEqual({ [item.subItemID]: 1 });
	});

	test('under a connection reset the request is sent exactly once and the error says the refund MAY have been created', async () => {
		const { order, item } = soldOrder();
		sandbox().injectFault({ api: CREATE, kind: 'reset', times: 3 });
		const { error } = await run('create', returnRequest(order, item));
		expect(calls(CREATE)).toHaveLength(1);
		expect(error.message).toMatch(
			/^The refund MAY have been created on 1688: the request was sent but its answer was lost/,
		);
		expect(error.description).toMatch(
			/Check with Refund → Get for Order or Get Many \(Order ID \d{19}\) before trying again/,
		);
	});

	test.each([
		[
			'an amount with 3 decimals',
			{ refundAmount: '12.345' },
			'Refund Amount (CNY): has more than 2 decimals (fen are the smallest unit), got 12.345 [item 0]',
		],
		[
			'an amount computed with float drift',
			{ refundAmount: '={{ 0.1 + 0.2 }}' },
			'Refund Amount (CNY): has more than 2 decimals (fen are the smallest unit), got 0.30000000000000004 [item 0]',
		],
		['no amount', { refundAmount: 0 }, 'Refund Amount (CNY): must be more than 0 [item 0]'],
		[
			'a one-character description',
			{ refundDescription: '坏' },
			'Description: must have 2 to 150 characters, has 1 [item 0]',
		],
		[
			'a 151-character description',
			{ refundDescription: '坏'.repeat(151) },
			'Description: must have 2 to 150 characters, has 151 [item 0]',
		],
		[
			'six photos',
			{
				evidence: Array.from({ length: 6 }, (_, i) => `https://cbu01.alicdn.com/${i}.jpg`).join(
					',',
				),
			},
			'Evidence: has 6 photos; 1688 takes 1 to 5 [item 0]',
		],
		[
			'evidence that is no address',
			{ evidence: 'photo.jpg' },
			'Evidence: must be photo addresses from Refund → Upload Evidence (voucherUrl), got photo.jpg [item 0]',
		],
		[
			'a return of goods not received',
			{ goodsStatus: 'aftersaleBuyerNotReceived' },
			'Refund Type: Return and Refund needs goods that arrived: Goods Status "In-Sale: Received, Not Confirmed" or "After-Sale: Received" [item 0]',
		],
		[
			'a reason that is no ID',
			{ reason: { __rl: true, mode: 'id', value: '={{ "damaged" }}' } },
			'Reason: must be a numeric 1688 ID (digits only), got damaged [item 0]',
		],
		[
			'a sub-order ID as a rounded number',
			{ subOrderIds: '={{ 2672172281284059620 }}' },
			'Sub-Order IDs: must be a numeric 1688 ID (digits only), got 2672172281284059600 [item 0]',
		],
	])('%s is refused before any request', async (_, override, message) => {
		const { order, item } = soldOrder();
		const { error } = await run('create', returnRequest(order, item, override));
		expect(error.message).toBe(message);
		expect(sandbox().requests).toHaveLength(0);
	});

	test.each([
		[
			'a reason of another goods status',
			{ reason: { __rl: true, mode: 'id', value: '20041' } },
			'The refund reason does not fit this goods status [5004]',
			/^Pick the reason from the Reason list/,
		],
		[
			'no evidence for a reason that needs it',
			{ evidence: '' },
			'This refund reason needs evidence (photos), or a voucher is not one 1688 stored [5005]',
			/Refund → Upload Evidence/,
		],
		[
			'more than was paid',
			{ refundAmount: 99999 },
			'The refund amount is not allowed [5011]',
			/Refund → Get Max Refundable/,
		],
	])('1688 refuses %s: its code in words, sent once', async (_, override, message, hint) => {
		const { order, item } = soldOrder();
		const { error } = await run('create', returnRequest(order, item, override));
		expect(error.message).toBe(message);
		expect(error.description).toMatch(hint);
		expect(calls(CREATE)).toHaveLength(1);
	});

	test("the Reason picker lists 1688's reasons for the order, sub-orders and goods status being edited", async () => {
		const { order, item } = soldOrder();
		const credentials = sandboxCredentials(sandbox(), {}, 'crossBorder');
		const { results } = await runListSearch({
			method: 'searchRefundReasons',
			credentials,
			path: 'parameters.reason',
			parameters: {
				resource: 'refund',
				operation: 'create',
				orderId: order.id,
				goodsStatus: 'aftersaleBuyerReceived',
				subOrderIds: item.subItemID,
			},
		});
		expect(results).toContainEqual({
			name: '收到商品破损 (20025): evidence required',
			value: '20025',
		});
		expect(results).toContainEqual({
			name: '不想买了，已与卖家协商一致 (20028): no shipping refund',
			value: '20028',
		});
		expect(calls(API('alibaba.trade.getRefundReasonList'))[0].params.orderEntryIds).toBe(
			`[${item.subItemID}]`,
		);
		const filtered = await runListSearch({
			method: 'searchRefundReasons',
			credentials,
			path: 'parameters.reason',
			filter: '尺寸',
			parameters: {
				orderId: order.id,
				goodsStatus: 'aftersaleBuyerReceived',
				subOrderIds: item.subItemID,
			},
		});
		expect(filtered.results).toEqual([{ name: '尺寸/规格不符 (20022)', value: '20022' }]);
		await expect(
			runListSearch({
				method: 'searchRefundReasons',
				credentials,
				path: 'parameters.reason',
				parameters: { goodsStatus: 'aftersaleBuyerReceived' },
			}),
		).rejects.toThrow(/Set the Order ID/);
	});
});

describe('Refund → Submit Return Shipment, Cancel, Apply for Arbitration', () => {
	test('the return parcel of an agreed return: carrier code and waybill as sent, refund waiting for the seller to receive it', async () => {
		const { refundId } = fixtures().refunds.awaitingReturn;
		const voucher = storedVoucher();
		const { items, error } = await run('submitReturnShipment', {
			refundId,
			carrier: { __rl: true, mode: 'list', value: 'ZTO' },
			waybillNumber: '78100000000001',
			shipmentOptions: { note: '已寄回，请查收', evidence: voucher },
		});
		expect(error).toBeUndefined();
		expect(calls(RETURN)).toHaveLength(1);
		expect(calls(RETURN)[0].params).toMatchObject({
			refundId,
			logisticsCompanyNo: 'ZTO',
			freightBill: '78100000000001',
			description: '已寄回，请查收',
			vouchers: JSON.stringify([voucher]),
		});
		expect(store().afterSales.get(refundId)).toMatchObject({
			status: 'waitsellerreceive',
			freightBill: '78100000000001',
		});
		expect(items[0]).toEqual({
			refundId,
			returnShipped: true,
			carrier: 'ZTO',
			returnWaybill: '78100000000001',
			status: 'waiting for seller to receive the return',
			statusCode: 'waitsellerreceive',
			evidence: [voucher],
		});
	});

	test("a refund the seller has not agreed to is 1688's 4007 in words; a bad waybill is refused before any request", async () => {
		const { error } = await run('submitReturnShipment', {
			refundId: fixtures().refunds.open.refundId,
			carrier: { __rl: true, mode: 'code', value: 'zto' },
			waybillNumber: '78100000000001',
		});
		expect(error.message).toBe('The refund is not waiting for a return [4007]');
		expect(calls(RETURN)[0].params.logisticsCompanyNo).toBe('ZTO');
		sandbox().clearRequests();
		const bad = await run('submitReturnShipment', {
			refundId: fixtures().refunds.awaitingReturn.refundId,
			carrier: { __rl: true, mode: 'code', value: 'ZTO' },
			waybillNumber: '781 000',
		});
		expect(bad.error.message).toBe(
			"Waybill Number: must be the tracking number's letters and digits, got 781 000 [item 0]",
		);
		expect(sandbox().requests).toHaveLength(0);
	});

	test("the Carrier picker lists 1688's logistics companies by name and code", async () => {
		const { results } = await runListSearch({
			method: 'searchCarriers',
			credentials: sandboxCredentials(sandbox(), {}, 'crossBorder'),
			path: 'parameters.carrier',
			filter: 'zhongtong',
		});
		expect(results).toEqual([{ name: '中通快递(ZTO) (ZTO)', value: 'ZTO' }]);
	});

	test('Cancel closes an open refund; under a reset it is sent once and MAY have happened', async () => {
		const { refundId } = fixtures().refunds.open;
		const { items } = await run('cancel', { refundId });
		expect(items).toEqual([
			{ refundId, cancelled: true, status: 'closed', statusCode: 'refundclose' },
		]);
		expect(store().afterSales.get(refundId).status).toBe('refundclose');
		const again = await run('cancel', { refundId });
		expect(again.error.message).toBe('The refund can no longer be withdrawn [REFUND_STATUS_ERROR]');
		sandbox().clearRequests();
		sandbox().injectFault({ api: CANCEL, kind: 'reset', times: 3 });
		const lost = await run('cancel', { refundId: fixtures().refunds.awaitingReturn.refundId });
		expect(calls(CANCEL)).toHaveLength(1);
		expect(lost.error.message).toMatch(/^The refund MAY have been cancelled on 1688/);
	});

	test('arbitration after the seller refused: the param JSON keeps the 19-digit order ID bare; the appeal ID comes back', async () => {
		const { refundId, orderId } = fixtures().refunds.open;
		store().afterSales.act(refundId, 'refuse', { reason: '商品完好' });
		const { items, error } = await run('applyForArbitration', {
			complaintType: 'RefundComplaint',
			orderId,
			arbitrationRefundId: refundId,
			reasonText: '卖家拒绝退款，商品缺货未发',
			reasonId: 12,
		});
		expect(error).toBeUndefined();
		expect(calls(ARBITRATE)[0].params.param).toBe(
			`{"type":"RefundComplaint","refundId":"${refundId}","orderId":${orderId},"reasonText":"卖家拒绝退款，商品缺货未发","reasonId":12}`,
		);
		expect(items).toEqual([
			{
				appealId: store().afterSales.arbitrations[0].id,
				orderId,
				refundId,
				complaintType: 'RefundComplaint',
				applied: true,
			},
		]);
	});

	test('a refund complaint needs its refund (refused before any request); before a refusal 1688 says no, in words', async () => {
		const { refundId, orderId } = fixtures().refunds.open;
		const missing = await run('applyForArbitration', {
			complaintType: 'RefundComplaint',
			orderId,
			reasonText: '卖家拒绝',
			reasonId: 12,
		});
		expect(missing.error.message).toBe('Refund ID: is required for a refund complaint [item 0]');
		expect(sandbox().requests).toHaveLength(0);
		const early = await run('applyForArbitration', {
			complaintType: 'RefundComplaint',
			orderId,
			arbitrationRefundId: refundId,
			reasonText: '卖家拒绝',
			reasonId: 12,
		});
		expect(early.error.message).toBe(
			'1688 does not take this complaint now [ARBITRATION_NOT_ALLOWED]',
		);
	});
});

describe('Refund → Create Pickup, Modify Pickup, Cancel Pickup', () => {
	/** The plan and a slot the sandbox offers for the seeded agreed return. */
	async function slot() {
		const { items } = await run('getPickupPlans', {
			refundId: fixtures().refunds.awaitingReturn.refundId,
		});
		sandbox().clearRequests();
		return { plan: items[0], slot: items[0].slots[1] };
	}

	test('book, change and cancel a courier pickup: each sent once, IDs bare in the param JSON', async () => {
		const { refundId } = fixtures().refunds.awaitingReturn;
		const { plan, slot: chosen } = await slot();
		const booking = {
			refundId,
			solutionCode: plan.solutionCode,
			pickupDate: chosen.date,
			pickupFrom: chosen.from,
			pickupTo: chosen.to,
			goodsType: 'DIGITAL',
			packageCount: 1,
			pickupOptions: { totalWeight: 1500 },
		};
		const created = await run('createPickup', booking);
		expect(created.error).toBeUndefined();
		expect(JSON.parse(calls(PICKUP_CREATE)[0].params.param)).toEqual({
			refundId,
			solutionCode: plan.solutionCode,
			dateStr: chosen.date,
			gmtAcceptStart: chosen.from,
			gmtAcceptEnd: chosen.to,
			goodsType: 'DIGITAL',
			packageCount: '1',
			totalWeight: '1500',
		});
		const [pickup] = store().afterSales.pickups.values();
		expect(created.items[0]).toEqual({
			pickupOrderId: pickup.id,
			refundId,
			booked: true,
			date: chosen.date,
			from: chosen.from,
			to: chosen.to,
			solutionCode: plan.solutionCode,
		});

		const again = await run('createPickup', booking);
		expect(again.error.message).toBe(
			'The refund already has an active pickup order [PICKUP_EXISTS]',
		);

		const modified = await run('modifyPickup', {
			...booking,
			pickupOrderId: pickup.id,
			pickupFrom: '19:00',
			pickupTo: '21:00',
			packageCount: 2,
		});
		expect(modified.error).toBeUndefined();
		expect(calls(PICKUP_MODIFY)[0].params.param).toMatch(
			new RegExp(`^\\{"officialDeliveryOrderId":${pickup.id},"refundId":"${refundId}"`),
		);
		expect(pickup).toMatchObject({
			gmtAcceptStart: '19:00',
			gmtAcceptEnd: '21:00',
			packageCount: 2,
		});

		const cancelled = await run('cancelPickup', {
			pickupOrderId: pickup.id,
			cancelType: 'WANT_TO_SEND_MYSELF',
			cancelText: '改为自己寄',
		});
		expect(cancelled.items[0]).toEqual({
			pickupOrderId: pickup.id,
			cancelled: true,
			cancelType: 'WANT_TO_SEND_MYSELF',
		});
		expect(calls(PICKUP_CANCEL)[0].params.param).toBe(
			`{"cancelText":"改为自己寄","cancelType":"WANT_TO_SEND_MYSELF","officialDeliveryOrderId":${pickup.id}}`,
		);
		expect(pickup.status).toBe('cancelled');
	});

	test.each([
		[
			'a date that is no date',
			{ pickupDate: 'soon' },
			'Pickup Date: must be a date (yyyy-MM-dd), got soon [item 0]',
		],
		[
			'a window that ends before it starts',
			{ pickupFrom: '17:00', pickupTo: '15:00' },
			'From: must be before To (17:00 ≥ 15:00) [item 0]',
		],
		[
			'a time that is no time',
			{ pickupFrom: '9am' },
			'From: must be a time HH:mm, got 9am [item 0]',
		],
	])('%s is refused before any request', async (_, override, message) => {
		const { error } = await run('createPickup', {
			refundId: fixtures().refunds.awaitingReturn.refundId,
			solutionCode: '422',
			pickupDate: '2099-01-01',
			pickupFrom: '09:00',
			pickupTo: '11:00',
			...override,
		});
		expect(error.message).toBe(message);
		expect(sandbox().requests).toHaveLength(0);
	});

	test("a day the plan does not offer is 1688's refusal in words", async () => {
		const { error } = await run('createPickup', {
			refundId: fixtures().refunds.awaitingReturn.refundId,
			solutionCode: '422',
			pickupDate: '2099-01-01',
			pickupFrom: '09:00',
			pickupTo: '11:00',
		});
		expect(error.message).toBe(
			'That pickup day or time window cannot be booked [APPOINTMENT_TIME_ERROR]',
		);
		expect(calls(PICKUP_CREATE)).toHaveLength(1);
	});
});
