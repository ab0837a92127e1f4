'use strict';
/**
 * Writes under n8n's own retries (issue 28): Retry On Fail runs the whole node again, every item, in the same
 * execution; so does a continue-on-fail node whose first output item is an error. A write must still happen
 * at most once per item per execution, and an error that stops the execution names what was already done.
 */
const { useSandbox, nodeRunner } = require('../support/sandboxSuite');
const { ADDRESS, buyableLines, uiCart, newOrders } = require('../support/orderLines');

const FAST_CREATE = 'com.alibaba.trade:alibaba.trade.fastCreateOrder-1';
const CROSS_CREATE = 'com.alibaba.trade:alibaba.trade.createCrossOrder-1';
const CANCEL = 'com.alibaba.trade:alibaba.trade.cancel-1';
// n8n reads a wait of 0 as its default of 1 s.
const RETRY = { retryOnFail: true, maxTries: 3, waitBetweenTries: 1 };

const sandbox = useSandbox({ resetEach: true, closeTooFastMs: 0 });
const run = nodeRunner(sandbox);
const runCrossBorder = nodeRunner(sandbox, 'crossBorder');

/** Order → Create of `lines` with the item's `ref` as External Order Reference and its `quantity` when given. */
function createParams(lines, extra = {}) {
	return {
		resource: 'order',
		operation: 'create',
		orderApi: 'domestic',
		...ADDRESS,
		cartSource: 'json',
		cartJson: `={{ ${JSON.stringify(uiCart(lines).line)}.map(line => ({ ...line, quantity: $json.quantity ?? line.quantity })) }}`,
		outOrderId: '={{ $json.ref }}',
		...extra,
	};
}

const requestsTo = (api) => sandbox().requests.filter((request) => request.api === api);

describe('Order → Create under Retry On Fail', () => {
	test('an answer lost after 1688 created the order: one order and one request in 3 tries, reported as MAY have been created', async () => {
		const lines = buyableLines(sandbox());
		const before = new Set(sandbox().store.orders.keys());
		sandbox().injectFault({ api: FAST_CREATE, kind: 'lostAnswer', times: 3 });
		const { error, items } = await run(createParams(lines), {
			items: [{ ref: 'SHOP-R1' }],
			settings: RETRY,
		});

		expect(items).toEqual([]);
		expect(newOrders(sandbox(), before)).toHaveLength(1);
		expect(requestsTo(FAST_CREATE)).toHaveLength(1);
		expect(error.message).toBe(
			'The order MAY have been created on 1688: the request was sent but its answer was lost [ECONNRESET]',
		);
		expect(error.description).toContain('External Order Reference "SHOP-R1"');
		expect(error.description).toContain(
			"An earlier try of this node in this execution (n8n's Retry On Fail) sent this request and lost its answer (ECONNRESET); it was not sent again.",
		);
	});

	test("3 items, the 2nd refused by 1688: item 1 is ordered once, item 3 never, and the error names item 1's order", async () => {
		const lines = buyableLines(sandbox());
		const before = new Set(sandbox().store.orders.keys());
		const tooMany = lines[0].sku.amountOnSale + 1;
		const { error } = await run(createParams(lines), {
			items: [{ ref: 'SHOP-A' }, { ref: 'SHOP-B', quantity: tooMany }, { ref: 'SHOP-C' }],
			settings: RETRY,
		});

		const created = newOrders(sandbox(), before);
		expect(created.map((order) => order.outOrderId)).toEqual(['SHOP-A']);
		// Each try: item 1 from the journal (no request), item 2 sent and refused (nothing created), item 3 never reached.
		expect(requestsTo(FAST_CREATE).map((request) => request.params.outOrderId)).toEqual([
			'SHOP-A',
			'SHOP-B',
			'SHOP-B',
			'SHOP-B',
		]);
		expect(error.message).toMatch(/\[500_004\]$/);
		expect(error.description).toContain(
			`Already done in this execution, and not undone (a retry of the node does not send these again): item 0 of "1688": order ${created[0].id} (SHOP-A).`,
		);
		expect(error.context.alreadyDone).toEqual([
			{ nodeName: '1688', itemIndex: 0, summary: `order ${created[0].id} (SHOP-A)` },
		]);
	});

	test('a try that succeeds after a refusal outputs the orders of the earlier try unchanged, each created once', async () => {
		const lines = buyableLines(sandbox());
		const before = new Set(sandbox().store.orders.keys());
		// Item 2's first call: the token is refused, renewed, and refused again (1688 did not act): the try fails.
		sandbox().injectFault({ api: FAST_CREATE, kind: 'tokenRefused', times: 2, after: 1 });
		const { error, items } = await run(createParams(lines), {
			items: [{ ref: 'SHOP-X' }, { ref: 'SHOP-Y' }],
			settings: RETRY,
		});

		expect(error).toBeUndefined();
		const created = newOrders(sandbox(), before);
		expect(created.map((order) => order.outOrderId)).toEqual(['SHOP-X', 'SHOP-Y']);
		expect(items.map((item) => [item.orderId, item.outOrderId])).toEqual(
			created.map((order) => [order.id, order.outOrderId]),
		);
		expect(requestsTo(FAST_CREATE).map((request) => request.params.outOrderId)).toEqual([
			'SHOP-X',
			'SHOP-Y',
			'SHOP-Y',
			'SHOP-Y',
		]);
	});

	test('continue-on-fail with the first item refused (n8n retries that too): the second item is ordered once', async () => {
		const lines = buyableLines(sandbox());
		const before = new Set(sandbox().store.orders.keys());
		const tooMany = lines[0].sku.amountOnSale + 1;
		const { error, items } = await run(createParams(lines), {
			items: [{ ref: 'SHOP-F', quantity: tooMany }, { ref: 'SHOP-G' }],
			settings: RETRY,
			continueOnFail: true,
		});

		expect(error).toBeUndefined();
		expect(newOrders(sandbox(), before).map((order) => order.outOrderId)).toEqual(['SHOP-G']);
		expect(items[0].error).toMatch(/\[500_004\]$/);
		expect(items[1]).toMatchObject({ outOrderId: 'SHOP-G' });
		expect(
			requestsTo(FAST_CREATE).filter((request) => request.params.outOrderId === 'SHOP-G'),
		).toHaveLength(1);
	});

	test('a cart split over two suppliers: the part created in the first try is not created again', async () => {
		const lines = buyableLines(sandbox());
		const other = [...sandbox().store.offers.values()].find(
			(offer) =>
				offer.status === 'published' &&
				offer.seller.memberId !== lines[0].offer.seller.memberId &&
				offer.seller.memberId !== sandbox().fixtures.member.memberId &&
				offer.skus.some((sku) => sku.amountOnSale >= 100),
		);
		const otherSku = other.skus.find((sku) => sku.amountOnSale >= 100);
		const cart = [
			{
				offerId: String(lines[0].offer.offerId),
				specId: lines[0].sku.specId,
				quantity: lines[0].quantity,
				supplierId: 'S1',
			},
			{
				offerId: String(other.offerId),
				specId: otherSku.specId,
				quantity: other.minOrderQuantity + 1,
				supplierId: 'S2',
			},
		];
		const before = new Set(sandbox().store.orders.keys());
		sandbox().injectFault({ api: CROSS_CREATE, kind: 'lostAnswer', times: 1, after: 1 });
		const { error } = await runCrossBorder(
			{
				resource: 'order',
				operation: 'create',
				orderApi: 'crossBorder',
				...ADDRESS,
				cartSource: 'json',
				cartJson: JSON.stringify(cart),
				outOrderId: 'SHOP-P',
			},
			{ settings: RETRY },
		);

		expect(newOrders(sandbox(), before)).toHaveLength(2);
		expect(requestsTo(CROSS_CREATE)).toHaveLength(2);
		expect(error.message).toMatch(
			/^Part 2 of 2 of the cart failed; 1688 created 1 order for the parts before it \(\d{19}\): The order MAY have been created/,
		);
	});
});

describe('other writes under Retry On Fail', () => {
	test('Order → Cancel with its answer lost: one cancel request in 3 tries', async () => {
		const orderId = sandbox().fixtures.orderIdByStatus.waitbuyerpay;
		sandbox().injectFault({ api: CANCEL, kind: 'lostAnswer', times: 3 });
		const { error } = await run(
			{ resource: 'order', operation: 'cancel', orderId, cancelReason: 'buyerCancel' },
			{ settings: RETRY },
		);
		expect(error.message).toMatch(/^The order MAY have been cancelled on 1688/);
		expect(requestsTo(CANCEL)).toHaveLength(1);
		expect(sandbox().store.getOrder(orderId).status).toBe('cancel');
	});

	test("Order → Pay Automatically with the debit's answer lost: one debit in 3 tries, the order paid once", async () => {
		const [orderId] = sandbox().fixtures.ordersByStatus.waitbuyerpay;
		sandbox().setProtocolPay('crossBorder', 'ALIPAY', true);
		const prepare = 'com.alibaba.trade:alibaba.trade.pay.protocolPay.preparePay-1';
		sandbox().injectFault({ api: prepare, kind: 'lostAnswer', times: 3 });
		const { error } = await runCrossBorder(
			{ resource: 'order', operation: 'payAutomatically', orderId, payChannel: 'alipay' },
			{ settings: RETRY },
		);
		expect(error.message).toMatch(/^The order MAY have been paid on 1688/);
		expect(requestsTo(prepare)).toHaveLength(1);
		expect(sandbox().store.getOrder(orderId).status).toBe('waitsellersend');
	});

	test('Any API with Read-Only off: an answer lost is reported as a change that MAY have happened, sent once in 3 tries', async () => {
		const orderId = sandbox().fixtures.orderIdByStatus.waitbuyerpay;
		sandbox().injectFault({ api: CANCEL, kind: 'lostAnswer', times: 3 });
		const { error } = await run(
			{
				resource: 'customApi',
				operation: 'call',
				namespace: 'com.alibaba.trade',
				apiName: 'alibaba.trade.cancel',
				version: 1,
				parameters: JSON.stringify({
					webSite: '1688',
					tradeID: orderId,
					cancelReason: 'buyerCancel',
				}),
			},
			{ settings: RETRY },
		);
		expect(error.message).toBe(
			'The call of alibaba.trade.cancel MAY have changed something on 1688: the request was sent but its answer was lost [ECONNRESET]',
		);
		expect(requestsTo(CANCEL)).toHaveLength(1);
	});
});

describe('an error that stops the execution names the writes already done', () => {
	test('without Retry On Fail: the 3rd item fails, the error names the orders of items 1 and 2 with their references', async () => {
		const lines = buyableLines(sandbox());
		const before = new Set(sandbox().store.orders.keys());
		const { error } = await run(createParams(lines), {
			items: [
				{ ref: 'SHOP-1' },
				{ ref: 'SHOP-2' },
				{ ref: 'SHOP-3', quantity: lines[0].sku.amountOnSale + 1 },
			],
		});
		const [first, second] = newOrders(sandbox(), before);
		expect(error.description).toContain(
			`item 0 of "1688": order ${first.id} (SHOP-1); item 1 of "1688": order ${second.id} (SHOP-2).`,
		);
		expect(error.context.alreadyDone.map((write) => write.itemIndex)).toEqual([0, 1]);
	});

	test("a refusal inside a success-shaped answer (Add Memo's 400_4) is no write done: the error lists nothing", async () => {
		const { error } = await run({
			resource: 'order',
			operation: 'addMemo',
			orderId: '2999999999999999999',
			memo: 'check the colour',
		});
		expect(error.message).toMatch(/\[400_4\]$/);
		expect(error.description ?? '').not.toContain('Already done');
		expect(error.context.alreadyDone).toBeUndefined();
	});

	test('a read that fails after nothing was written adds nothing', async () => {
		const { error } = await run({
			resource: 'order',
			operation: 'get',
			orderId: '9999999999999999999',
		});
		expect(error.description ?? '').not.toContain('Already done');
		expect(error.context.alreadyDone).toBeUndefined();
	});
});
