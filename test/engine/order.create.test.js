'use strict';
const { useSandbox, nodeRunner } = require('../support/sandboxSuite');
const orderLines = require('../support/orderLines');

const CREATE_API = 'com.alibaba.trade:alibaba.trade.fastCreateOrder-1';
const PREVIEW_API = 'com.alibaba.trade:alibaba.createOrder.preview-1';

// Orders may be cancelled at once (the real gateway refuses within 10 s: CLOSE_ORDER_TOO_FAST).
const sandbox = useSandbox({ resetEach: true, closeTooFastMs: 0 });
const run = nodeRunner(sandbox);

const ADDRESS = orderLines.ADDRESS;
const buyableLines = () => orderLines.buyableLines(sandbox());
const { uiCart, jsonCart } = orderLines;
// These tests pin the Domestic Order API (fastCreateOrder); order.crossBorder.test.js covers Cross-Border and Automatic.
const orderParams = (operation, lines, extra = {}) => ({
	resource: 'order',
	operation,
	...(operation === 'create' ? { orderApi: 'domestic' } : {}),
	...ADDRESS,
	cartSource: 'ui',
	cart: uiCart(lines),
	...extra,
});
const newOrders = (before) => orderLines.newOrders(sandbox(), before);

describe('Order → Preview through the n8n engine', () => {
	test('sends the address and cart as 1688 JSON and returns price and freight in yuan', async () => {
		const lines = buyableLines();
		const { items, error } = await run(orderParams('preview', lines));
		expect(error).toBeUndefined();
		expect(sandbox().requests).toHaveLength(1);
		const { params } = sandbox().requests[0];
		expect(sandbox().requests[0].api).toBe(PREVIEW_API);
		expect(JSON.parse(params.addressParam)).toEqual({ ...ADDRESS, mobile: '13511112222' });
		expect(JSON.parse(params.cargoParamList)).toEqual(
			lines.map(({ offer, sku, quantity }) => ({
				offerId: offer.offerId,
				specId: sku.specId,
				quantity,
			})),
		);
		expect(params.flow).toBe('general');

		expect(items).toHaveLength(1);
		const [preview] = items;
		const goods =
			lines.reduce((sum, line) => sum + Math.round(line.sku.price * line.quantity * 100), 0) / 100;
		expect(preview.goodsTotal).toBeCloseTo(goods, 2);
		expect(preview.total).toBeCloseTo(preview.goodsTotal + preview.shippingFee, 2);
		expect(preview.shippingFee).toBeGreaterThan(0);
		expect(preview).toMatchObject({
			flow: 'general',
			currency: 'CNY',
			tradeTypes: ['assureTrade'],
		});
		expect(preview.items.map((item) => [item.offerId, item.specId])).toEqual(
			lines.map(({ offer, sku }) => [String(offer.offerId), sku.specId]),
		);
	});

	test("1688 refusing a cart (stock) is the API's own error", async () => {
		const [line] = buyableLines();
		const { error } = await run(
			orderParams('preview', [{ ...line, quantity: line.sku.amountOnSale + 1 }]),
		);
		expect(error.message).toMatch(
			/alibaba\.createOrder\.preview-1 failed: .*库存不足.* \[500_004\]/,
		);
	});
});

describe('Order → Create through the n8n engine', () => {
	test('a cart from UI rows creates one order, sent once, with the reference and the message', async () => {
		const lines = buyableLines();
		const before = new Set(sandbox().store.orders.keys());
		const { items, error } = await run(
			orderParams('create', lines, {
				outOrderId: 'SHOP-1001',
				sellerMessage: '请尽快发货',
				flow: 'saleproxy',
			}),
		);
		expect(error).toBeUndefined();
		const created = newOrders(before);
		expect(created).toHaveLength(1);
		const [order] = created;
		expect(items).toEqual([
			{
				orderId: order.id,
				total: order.totalAmount,
				shippingFee: order.shippingFee,
				currency: 'CNY',
				outOrderId: 'SHOP-1001',
				failedOffers: [],
				orderApi: 'alibaba.trade.fastCreateOrder',
				part: 1,
				partCount: 1,
			},
		]);
		expect(order.id).toMatch(/^\d{19}$/);
		expect(order).toMatchObject({
			outOrderId: 'SHOP-1001',
			buyerFeedback: '请尽快发货',
			flow: 'saleproxy',
			status: 'waitbuyerpay',
		});
		expect(order.address).toMatchObject({
			fullName: '赵六',
			mobile: '13511112222',
			areaText: '滨江区',
			postCode: '310052',
		});
		expect(order.items.map((item) => [item.specId, item.quantity])).toEqual(
			lines.map(({ sku, quantity }) => [sku.specId, quantity]),
		);
		expect(sandbox().requests.map((request) => request.api)).toEqual([CREATE_API]);
	});

	test('a cart given as JSON from the previous node works the same', async () => {
		const lines = buyableLines();
		const before = new Set(sandbox().store.orders.keys());
		const { items, error } = await run(
			{
				resource: 'order',
				operation: 'create',
				orderApi: 'domestic',
				...ADDRESS,
				cartSource: 'json',
				cartJson: '={{ $json.cart }}',
				outOrderId: '={{ $json.ref }}',
			},
			{ items: [{ cart: jsonCart(lines), ref: 'SHOP-2002' }] },
		);
		expect(error).toBeUndefined();
		const [order] = newOrders(before);
		expect(items[0]).toMatchObject({ orderId: order.id, outOrderId: 'SHOP-2002' });
		expect(JSON.parse(sandbox().requests[0].params.cargoParamList)).toEqual(
			lines.map(({ offer, sku, quantity }) => ({
				offerId: offer.offerId,
				specId: sku.specId,
				quantity,
			})),
		);
	});

	test("create → get → cancel → get round-trips through the order's states", async () => {
		const lines = buyableLines();
		const created = await run(orderParams('create', lines, { outOrderId: 'SHOP-3003' }));
		const { orderId } = created.items[0];

		const fetched = await run({ resource: 'order', operation: 'get', orderId });
		expect(fetched.items[0]).toMatchObject({
			orderId,
			status: 'waitbuyerpay',
			outOrderId: 'SHOP-3003',
			receiver: { name: '赵六', phone: '13511112222' },
		});
		expect(fetched.items[0].items.map((item) => item.specId)).toEqual(
			lines.map(({ sku }) => sku.specId),
		);

		const found = await run({
			resource: 'order',
			operation: 'getMany',
			returnAll: true,
			filters: { outOrderId: 'SHOP-3003' },
		});
		expect(found.items.map((order) => order.orderId)).toEqual([orderId]);

		const cancelled = await run({
			resource: 'order',
			operation: 'cancel',
			orderId,
			cancelReason: 'other',
			remark: '客户取消',
		});
		expect(cancelled.items).toEqual([
			{ orderId, cancelled: true, cancelReason: 'other', remark: '客户取消' },
		]);
		const cancelRequest = sandbox().requests.find(
			(request) => request.api === 'com.alibaba.trade:alibaba.trade.cancel-1',
		);
		expect(cancelRequest.params).toMatchObject({
			webSite: '1688',
			tradeID: orderId,
			cancelReason: 'other',
			remark: '客户取消',
		});

		const after = await run({ resource: 'order', operation: 'get', orderId });
		expect(after.items[0].status).toBe('cancel');
		// Stock went back to the SKUs.
		for (const { sku } of lines)
			expect(sandbox().store.findSku(lines[0].offer, { specId: sku.specId }).amountOnSale).toBe(
				sku.amountOnSale,
			);
	});

	test.each(['status500', 'reset', 'html', 'truncated', 'lostAnswer'])(
		'a lost answer (%s) is reported as "MAY have been created" and never re-sent',
		async (kind) => {
			const lines = buyableLines();
			sandbox().injectFault({ api: CREATE_API, kind, times: 3 });
			const { error, items } = await run(orderParams('create', lines, { outOrderId: 'SHOP-4004' }));
			expect(items).toEqual([]);
			expect(error.name).toBe('NodeApiError');
			expect(error.message).toMatch(
				/^The order MAY have been created on 1688: the request was sent but its answer was lost \[[\w.]+\]$/,
			);
			expect(error.description).toContain(
				'Do not run this item again before checking: use Order → Get Many with the filter External Order Reference "SHOP-4004"',
			);
			expect(error.description).toContain('never sends an order a second time');
			// Exactly one request reached the gateway: no automatic retry of a write.
			expect(sandbox().requests).toHaveLength(1);
			expect(sandbox().requests[0]).toMatchObject({ api: CREATE_API, fault: kind });
			expect(sandbox().pendingFaults()).toEqual([{ api: CREATE_API, kind, times: 2 }]);
		},
	);

	test('with continue-on-fail the uncertain create is an error item saying so, and the next item is created', async () => {
		const lines = buyableLines();
		sandbox().injectFault({ api: CREATE_API, kind: 'status500', times: 1 });
		const { items, error } = await run(
			{ ...orderParams('create', lines), outOrderId: '={{ $json.ref }}' },
			{ items: [{ ref: 'A-1' }, { ref: 'A-2' }], continueOnFail: true },
		);
		expect(error).toBeUndefined();
		expect(items[0].error).toMatch(/^The order MAY have been created on 1688/);
		expect(items[0].details.hint).toContain('External Order Reference "A-1"');
		expect(items[1]).toMatchObject({
			outOrderId: 'A-2',
			orderId: expect.stringMatching(/^\d{19}$/),
		});
		expect(sandbox().requests.map((request) => request.params.outOrderId)).toEqual(['A-1', 'A-2']);
	});

	test('an ordinary refusal by 1688 is its own error, not "may have been created"', async () => {
		const [line] = buyableLines();
		const { error } = await run(
			orderParams('create', [{ ...line, quantity: line.sku.amountOnSale + 1 }]),
		);
		expect(error.message).toMatch(/alibaba\.trade\.fastCreateOrder-1 failed: .* \[500_004\]$/);
		expect(sandbox().requests).toHaveLength(1);
	});

	test.each([
		[
			{ mobile: '0571-88888888' },
			'Mobile: must be a mainland China mobile number (11 digits starting with 1), got "0571-88888888" [item 0]',
		],
		[
			{ provinceText: '={{ $json.missing ?? "" }}' },
			'Province: is required and must not be empty [item 0]',
		],
		[
			{
				cart: {
					line: [
						{ offerId: '624392716873', specId: 'b266e0726506185beaf205cbae88530d', quantity: 0 },
					],
				},
			},
			'Quantity (cart line 1): must be a whole number of at least 1, got 0 [item 0]',
		],
		[
			{ cart: { line: [{ offerId: 'abc', specId: 's1', quantity: 1 }] } },
			'Offer ID (cart line 1): must be a numeric 1688 ID (digits only), got abc [item 0]',
		],
		[
			{ cart: { line: [{ offerId: '624392716873', specId: '', quantity: 1 }] } },
			'Spec ID (cart line 1): is required: 1688 needs the SKU of every line [item 0]',
		],
		[{ cart: {} }, 'Cart: needs at least one line [item 0]'],
		[
			{
				cartSource: 'json',
				cartJson: '[{"offerId": 624392716873, "specId": "s1", "quantity": 2.5}]',
			},
			'Quantity (cart line 1): must be a whole number of at least 1, got 2.5 [item 0]',
		],
		[
			{ cartSource: 'json', cartJson: '[{"offerId": 624392716873, "specId": "s1"}]' },
			'Quantity (cart line 1): must be a whole number of at least 1, got undefined [item 0]',
		],
		[
			{ cartSource: 'json', cartJson: '[{"specId": "s1", "quantity": 1}]' },
			'Offer ID (cart line 1): is required and must not be empty [item 0]',
		],
		[
			{ flow: '={{ "repurchase" }}' },
			/^Flow: "repurchase" is not a flow alibaba\.trade\.fastCreateOrder accepts; use one of .* \[item 0\]$/,
		],
		[
			{ cartSource: 'json', cartJson: '{"offerId": ' },
			/^Cart \(JSON\): is not valid JSON \(.+\) \[item 0\]$/,
		],
		[
			{ sellerMessage: 'x'.repeat(501) },
			'Message to Seller: must be at most 500 characters, got 501 [item 0]',
		],
	])('bad input %p stops the node before any request', async (override, message) => {
		const { error } = await run({ ...orderParams('create', buyableLines()), ...override });
		if (message instanceof RegExp) expect(error.message).toMatch(message);
		else expect(error.message).toBe(message);
		expect(sandbox().requests).toHaveLength(0);
	});
});

describe('Order → Cancel through the n8n engine', () => {
	test("a paid order cannot be cancelled: 1688's ORDER_STATUS_ERROR in words, its own text kept in the description", async () => {
		const orderId = sandbox().fixtures.orderIdByStatus.waitsellersend;
		const { error } = await run({
			resource: 'order',
			operation: 'cancel',
			orderId,
			cancelReason: 'buyerCancel',
		});
		expect(error.name).toBe('NodeApiError');
		expect(error.message).toBe(
			'The order cannot be cancelled in its current status [ORDER_STATUS_ERROR]',
		);
		expect(error.description).toMatch(
			/^Only unpaid orders \(waiting for buyer payment\) can be cancelled.* 1688 said: "订单状态错误/,
		);
		expect(sandbox().store.getOrder(orderId).status).toBe('waitsellersend');
	});

	test('a reason 1688 does not know is refused before sending', async () => {
		const { error } = await run({
			resource: 'order',
			operation: 'cancel',
			orderId: sandbox().fixtures.orderIdByStatus.waitbuyerpay,
			cancelReason: '={{ "changedMind" }}',
		});
		expect(error.message).toBe(
			'Cancel Reason: "changedMind" is not a reason 1688 accepts; use buyerCancel, other, sellerGoodsLack [item 0]',
		);
		expect(sandbox().requests).toHaveLength(0);
	});

	test('a lost answer says the order MAY have been cancelled and is not re-sent', async () => {
		const orderId = sandbox().fixtures.orderIdByStatus.waitbuyerpay;
		sandbox().injectFault({
			api: 'com.alibaba.trade:alibaba.trade.cancel-1',
			kind: 'reset',
			times: 2,
		});
		const { error } = await run({
			resource: 'order',
			operation: 'cancel',
			orderId,
			cancelReason: 'buyerCancel',
		});
		expect(error.message).toMatch(/^The order MAY have been cancelled on 1688/);
		expect(error.description).toContain(`Order → Get (order ${orderId})`);
		expect(sandbox().requests).toHaveLength(1);
	});
});
