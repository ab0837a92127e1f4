'use strict';
const { useSandbox, nodeRunner } = require('../support/sandboxSuite');
const { sandboxCredentials } = require('../support/engine');

const sandbox = useSandbox({ resetEach: true });
const run = nodeRunner(sandbox);
const runCrossBorder = nodeRunner(sandbox, 'crossBorder');

const paymentLink = (orderIds, paymentMethod) => ({
	resource: 'order',
	operation: 'getPaymentLink',
	orderIds,
	...(paymentMethod ? { paymentMethod } : {}),
});
const PREPARE = 'com.alibaba.trade:alibaba.trade.pay.protocolPay.preparePay-1';
const IS_OPEN = 'com.alibaba.trade:alibaba.trade.pay.protocolPay.isopen-1';
const ORDER_GET = 'com.alibaba.trade:alibaba.trade.get.buyerView-1';

describe('Order → Get Payment Link through the n8n engine', () => {
	test('one link for several unpaid orders, the IDs sent as exact JSON numbers', async () => {
		const [a, b] = sandbox().fixtures.ordersByStatus.waitbuyerpay;
		const { items, error } = await run(paymentLink(`${a}, ${b}`));
		expect(error).toBeUndefined();
		expect(items).toEqual([
			{
				payUrl: `https://trade.1688.com/order/cashier.htm?orderId=${a};${b}`,
				paymentMethod: 'alipay',
				orderIds: [a, b],
				failedOrderIds: [],
			},
		]);
		expect(sandbox().requests).toHaveLength(1);
		expect(sandbox().requests[0]).toMatchObject({
			api: 'com.alibaba.trade:alibaba.alipay.url.get-1',
			errorCode: null,
		});
		expect(sandbox().requests[0].params.orderIdList).toBe(`[${a},${b}]`);
	});

	test('an array from an expression works; orders that cannot be paid are listed apart', async () => {
		const [unpaid] = sandbox().fixtures.ordersByStatus.waitbuyerpay;
		const paid = sandbox().fixtures.orderIdByStatus.success;
		const { items } = await run(paymentLink('={{ $json.ids }}'), {
			items: [{ ids: [unpaid, paid] }],
		});
		expect(items).toEqual([
			{
				payUrl: `https://trade.1688.com/order/cashier.htm?orderId=${unpaid}`,
				paymentMethod: 'alipay',
				orderIds: [unpaid],
				failedOrderIds: [paid],
			},
		]);
	});

	test.each([
		['crossBorderPay', 'com.alibaba.trade:alibaba.crossBorderPay.url.get-1', 'kjpay'],
		['creditPay', 'com.alibaba.trade:alibaba.creditPay.url.get-1', 'creditpay'],
	])(
		'%s: the link of its own API on the cross-border app, cantPayOrderList as failed orders',
		async (method, api, channel) => {
			const [unpaid] = sandbox().fixtures.ordersByStatus.waitbuyerpay;
			const paid = sandbox().fixtures.orderIdByStatus.waitsellersend;
			const { items, error } = await runCrossBorder(paymentLink(`${unpaid},${paid}`, method));
			expect(error).toBeUndefined();
			expect(items).toEqual([
				{
					payUrl: `https://trade.1688.com/order/cashier.htm?orderId=${unpaid}&payChannel=${channel}`,
					paymentMethod: method,
					orderIds: [unpaid],
					failedOrderIds: [paid],
				},
			]);
			expect(sandbox().requests.map((r) => [r.api, r.appKey, r.params.orderIdList])).toEqual([
				[api, sandbox().apps.crossBorder.appKey, `[${unpaid},${paid}]`],
			]);
		},
	);

	test('cross-border and credit links take at most 30 orders: refused before sending', async () => {
		const many = Array.from({ length: 31 }, (_, i) => `23045678901234${10000 + i}`).join(',');
		const { error } = await runCrossBorder(paymentLink(many, 'creditPay'));
		expect(error.message).toBe(
			'Order IDs: at most 30 orders per payment link of this method, got 31 [item 0]',
		);
		expect(sandbox().requests).toHaveLength(0);
	});

	test("no payable order at all is 1688's own error", async () => {
		const { error } = await run(paymentLink(sandbox().fixtures.orderIdByStatus.cancel));
		expect(error.name).toBe('NodeApiError');
		expect(error.message).toContain('[ORDER_STATUS_ERROR]');
	});
});

describe('Order → Pay Automatically through the n8n engine', () => {
	const pay = (orderId, payChannel = 'auto') => ({
		resource: 'order',
		operation: 'payAutomatically',
		orderId,
		payChannel,
	});

	test('not enabled for the account: a clear error saying how to enable it, and no debit sent', async () => {
		const [orderId] = sandbox().fixtures.ordersByStatus.waitbuyerpay;
		const { error } = await runCrossBorder(pay(orderId));
		expect(error.name).toBe('NodeOperationError');
		expect(error.message).toBe(
			`Password-free payment (any channel) is not enabled for this 1688 account; order ${orderId} was not paid`,
		);
		expect(error.description).toMatch(
			/^Sign the password-free \(auto-debit\) payment agreement for Alipay or Cheng-e-She credit while logged in to 1688 as this account \(signing pages 1688 gave: SHEGOU: https:\/\/.+; ALIPAY: https:\/\/.+\), then run this item again\. Until then pay with Order → Get Payment Link\.$/,
		);
		expect(sandbox().requests.map((r) => r.api)).toEqual([IS_OPEN]);
		expect(sandbox().store.getOrder(orderId).status).toBe('waitbuyerpay');
	});

	test('enabled: the order is debited once, the 19-digit ID sent as an exact JSON number', async () => {
		const [orderId] = sandbox().fixtures.ordersByStatus.waitbuyerpay;
		sandbox().setProtocolPay('crossBorder', 'ALIPAY', true);
		const { items, error } = await runCrossBorder(pay(orderId, 'alipay'));
		expect(error).toBeUndefined();
		expect(items).toEqual([{ orderId, paid: true, payChannel: 'ALIPAY' }]);
		expect(sandbox().requests.map((r) => r.api)).toEqual([IS_OPEN, PREPARE]);
		expect(sandbox().requests[1].params.tradeWithholdPreparePayParam).toBe(
			`{"orderId":${orderId},"payChannel":"alipay"}`,
		);
		expect(sandbox().store.getOrder(orderId).status).toBe('waitsellersend');
	});

	test('a channel not signed is refused even when another is', async () => {
		const [orderId] = sandbox().fixtures.ordersByStatus.waitbuyerpay;
		const { error } = await run(pay(orderId, 'creditPay'));
		expect(error.message).toMatch(/^Password-free payment \(Cheng-e-She credit\) is not enabled/);
		expect(sandbox().requests.map((r) => r.api)).toEqual([IS_OPEN]);
	});

	test("paySuccess false but the order was paid (the doc's timeout caveat): the order's status confirms it, nothing re-sent", async () => {
		const [orderId] = sandbox().fixtures.ordersByStatus.waitbuyerpay;
		sandbox().loseDebitAnswers(1);
		const { items, error } = await run(pay(orderId));
		expect(error).toBeUndefined();
		expect(items).toEqual([
			{
				orderId,
				paid: true,
				payChannel: 'ALIPAY',
				status: 'waitsellersend',
				confirmedBy: 'order status',
			},
		]);
		expect(sandbox().requests.map((r) => r.api)).toEqual([IS_OPEN, PREPARE, ORDER_GET]);
	});

	test.each(['timeout', 'reset'])(
		'a lost debit answer (%s) says the order MAY have been paid and is never re-sent',
		async (kind) => {
			const [orderId] = sandbox().fixtures.ordersByStatus.waitbuyerpay;
			sandbox().injectFault({ api: PREPARE, kind, times: 3 });
			const { error } = await run(pay(orderId), {
				credentials: sandboxCredentials(sandbox(), { timeoutSeconds: 0.3 }),
			});
			expect(error.message).toMatch(
				/^The order MAY have been paid on 1688: the debit was sent but its answer was lost/,
			);
			expect(error.description).toContain(`Order → Get (order ${orderId})`);
			expect(sandbox().requests.filter((r) => r.api === PREPARE)).toHaveLength(1);
		},
	);

	test('1688 refusing the debit (an order already paid) is its own error', async () => {
		const orderId = sandbox().fixtures.orderIdByStatus.waitsellersend;
		const { error } = await run(pay(orderId));
		expect(error.message).toBe(
			'The order is not waiting for payment, so it was not debited [ORDER_STATUS_ERROR]',
		);
		expect(sandbox().requests.filter((r) => r.api === PREPARE)).toHaveLength(1);
	});
});

describe('Order → Link Shop Order through the n8n engine', () => {
	const RELATION = 'com.alibaba.fenxiao.crossborder:order.relation.write-1';

	test('records the shop order for a 1688 order (whole order: sub-order IDs are the main IDs), IDs exact', async () => {
		const [orderId] = sandbox().fixtures.ordersByStatus.waitbuyerpay;
		const { items, error } = await runCrossBorder({
			resource: 'order',
			operation: 'linkShopOrder',
			orderId,
			shopOrderId: 'SHOP-1042',
		});
		expect(error).toBeUndefined();
		expect(items).toEqual([
			{
				orderId,
				subOrderId: orderId,
				shopOrderId: 'SHOP-1042',
				shopSubOrderId: 'SHOP-1042',
				linked: true,
			},
		]);
		expect(JSON.parse(sandbox().requests[0].params.orderRelationParam)).toEqual({
			orderId: 'SHOP-1042',
			parentOrderId: 'SHOP-1042',
			purchaseOrderId: orderId,
			purchaseParentOrderId: orderId,
		});
		expect(sandbox().store.orderRelations.at(-1)).toMatchObject({
			parentOrderId: 'SHOP-1042',
			purchaseParentOrderId: orderId,
			appKey: sandbox().apps.crossBorder.appKey,
		});
	});

	test('one line: a 1688 sub-order to a shop line', async () => {
		const [orderId] = sandbox().fixtures.ordersByStatus.waitbuyerpay;
		const subOrderId = sandbox().store.getOrder(orderId).items[0].subItemID;
		const { items } = await runCrossBorder({
			resource: 'order',
			operation: 'linkShopOrder',
			orderId,
			shopOrderId: 'SHOP-7',
			linkOptions: { subOrderId, shopSubOrderId: 'SHOP-7-2' },
		});
		expect(items[0]).toMatchObject({ subOrderId, shopSubOrderId: 'SHOP-7-2' });
		expect(sandbox().store.orderRelations.at(-1)).toMatchObject({
			orderId: 'SHOP-7-2',
			parentOrderId: 'SHOP-7',
			purchaseOrderId: subOrderId,
		});
	});

	test('bad input before sending; 1688 refusing an unknown order is its own error; a lost answer is not re-sent', async () => {
		const bad = await runCrossBorder({
			resource: 'order',
			operation: 'linkShopOrder',
			orderId: '123',
			shopOrderId: ' ',
		});
		expect(bad.error.message).toBe('Shop Order ID: is required and must not be empty [item 0]');
		expect(sandbox().requests).toHaveLength(0);
		const unknown = await runCrossBorder({
			resource: 'order',
			operation: 'linkShopOrder',
			orderId: sandbox().fixtures.unknownOrderId,
			shopOrderId: 'S',
		});
		expect(unknown.error.message).toMatch(/order\.relation\.write-1 failed: .* \[400\]$/);
		sandbox().clearRequests();
		sandbox().injectFault({ api: RELATION, kind: 'status500', times: 2 });
		const lost = await runCrossBorder({
			resource: 'order',
			operation: 'linkShopOrder',
			orderId: sandbox().fixtures.orderIdByStatus.waitbuyerpay,
			shopOrderId: 'S',
		});
		expect(lost.error.message).toMatch(/^The link MAY have been recorded on 1688/);
		expect(sandbox().requests).toHaveLength(1);
	});
});
