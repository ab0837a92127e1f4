'use strict';
/**
 * Order → Create and Preview on each kind of app: the Order API option (Automatic on the full, cross-border,
 * domestic and limited apps), carts split per supplier and past 50 SKUs, multi-order answers, partial
 * failures, exactly one create per order under lost answers, the saved-address picker and flows per API.
 */
const { useSandbox, nodeRunner } = require('../support/sandboxSuite');
const { sandboxCredentials } = require('../support/engine');
const { runListSearch } = require('../support/listSearch');

const CROSS = 'com.alibaba.trade:alibaba.trade.createCrossOrder-1';
const FAST = 'com.alibaba.trade:alibaba.trade.fastCreateOrder-1';
const PREVIEW = 'com.alibaba.trade:alibaba.createOrder.preview-1';
const DETAIL = 'com.alibaba.fenxiao.crossborder:product.search.queryProductDetail-1';

const sandbox = useSandbox({ resetEach: true });
const runAs = (app) => nodeRunner(sandbox, app);
const apis = () => sandbox().requests.map((request) => request.api);
const creates = () =>
	sandbox().requests.filter((request) => request.api === CROSS || request.api === FAST);

const ADDRESS = {
	fullName: '王磊',
	mobile: '13800138000',
	provinceText: '浙江省',
	cityText: '义乌市',
	areaText: '稠城街道',
	address: '国际商贸城B区 3号仓',
	postCode: '322000',
};
const SPLIT_WAREHOUSE_SELLER = 'b2b-2201356780005';
/** The supplier that grants the buyer an account period: preview offers the trade mode period for its offers. */
const ACCOUNT_PERIOD_SELLER = 'b2b-2201356780006';

/** The seller's ID as the cross-border detail reports it (sellerOpenId). */
const openIdOf = (offer) => `sbx${String(offer.seller.userId).slice(-8)}`;

/** Buyable lines (stock for the minimum quantity) of published offers of other sellers: `count` lines from `suppliers` suppliers. */
function linesOf({
	suppliers = 1,
	perSupplier = 1,
	excludeSellers = [SPLIT_WAREHOUSE_SELLER, ACCOUNT_PERIOD_SELLER],
} = {}) {
	const store = sandbox().store;
	const bySeller = new Map();
	for (const offer of store.offers.values()) {
		const seller = offer.seller.memberId;
		if (
			offer.status !== 'published' ||
			seller === sandbox().fixtures.member.memberId ||
			excludeSellers.includes(seller)
		)
			continue;
		for (const sku of offer.skus) {
			if (sku.amountOnSale < offer.minOrderQuantity * 2) continue;
			const lines = bySeller.get(seller) ?? [];
			lines.push({
				offerId: String(offer.offerId),
				specId: sku.specId,
				quantity: offer.minOrderQuantity,
				offer,
				sku,
			});
			bySeller.set(seller, lines);
		}
	}
	const groups = [...bySeller.values()]
		.filter((lines) => lines.length >= perSupplier)
		.slice(0, suppliers);
	if (groups.length < suppliers)
		throw new Error(`the sandbox has no ${suppliers} suppliers with ${perSupplier} buyable SKUs`);
	return groups.map((lines) => lines.slice(0, perSupplier));
}

const cartLine = ({ offerId, specId, quantity }, extra = {}) => ({
	offerId,
	specId,
	quantity,
	...extra,
});
const createParams = (lines, extra = {}) => ({
	resource: 'order',
	operation: 'create',
	...ADDRESS,
	cartSource: 'json',
	cartJson: JSON.stringify(lines.map((line) => cartLine(line))),
	outOrderId: 'SHOP-1042',
	...extra,
});
const newOrders = (before) =>
	[...sandbox().store.orders.values()].filter((order) => !before.has(order.id));
const orderIds = () => new Set(sandbox().store.orders.keys());

describe('Order API Automatic on each kind of app', () => {
	test('cross-border app: createCrossOrder, one request, one item with the reference', async () => {
		const [[line]] = linesOf();
		const before = orderIds();
		const { items, error } = await runAs('crossBorder')(createParams([line]));
		expect(error).toBeUndefined();
		expect(apis()).toEqual([CROSS]);
		expect(sandbox().requests[0].appKey).toBe(sandbox().apps.crossBorder.appKey);
		const [order] = newOrders(before);
		expect(items).toEqual([
			{
				orderId: order.id,
				total: order.totalAmount,
				shippingFee: order.shippingFee,
				currency: 'CNY',
				outOrderId: 'SHOP-1042',
				failedOffers: [],
				orderApi: 'alibaba.trade.createCrossOrder',
				part: 1,
				partCount: 1,
			},
		]);
		expect(order).toMatchObject({
			outOrderId: 'SHOP-1042',
			flow: 'general',
			crossBorder: { isvBizType: 'cross', dropshipping: 'n' },
		});
	});

	test('full app (granted both): createCrossOrder too, as documented', async () => {
		const [[line]] = linesOf();
		const { items } = await runAs('full')(createParams([line]));
		expect(apis()).toEqual([CROSS]);
		expect(items[0].orderApi).toBe('alibaba.trade.createCrossOrder');
	});

	test('domestic app: createCrossOrder is declined (nothing created), fastCreateOrder creates; the next item goes straight to it', async () => {
		const [[a, b]] = linesOf({ perSupplier: 2 });
		const before = orderIds();
		const { items, error } = await runAs('domestic')(
			{
				...createParams([a]),
				cartJson: '={{ JSON.stringify($json.cart) }}',
				outOrderId: '={{ $json.ref }}',
			},
			{
				items: [
					{ cart: [cartLine(a)], ref: 'D-1' },
					{ cart: [cartLine(b)], ref: 'D-2' },
				],
			},
		);
		expect(error).toBeUndefined();
		expect(sandbox().requests.map((r) => [r.api, r.errorCode])).toEqual([
			[CROSS, 'gw.APIACLDecline'],
			[FAST, null],
			[FAST, null],
		]);
		expect(
			newOrders(before)
				.map((order) => order.outOrderId)
				.sort(),
		).toEqual(['D-1', 'D-2']);
		expect(items.map((item) => [item.outOrderId, item.orderApi])).toEqual([
			['D-1', 'alibaba.trade.fastCreateOrder'],
			['D-2', 'alibaba.trade.fastCreateOrder'],
		]);
	});

	test('limited app (neither create API): both declined once, nothing created, the error names both', async () => {
		const [[line]] = linesOf();
		const before = orderIds();
		const { error } = await runAs('limited')(createParams([line]));
		expect(sandbox().requests.map((r) => [r.api, r.errorCode])).toEqual([
			[CROSS, 'gw.APIACLDecline'],
			[FAST, 'gw.APIACLDecline'],
		]);
		expect(newOrders(before)).toEqual([]);
		expect(error.name).toBe('NodeApiError');
		expect(error.message).toBe(
			`This 1688 app is not allowed to call ${CROSS} or ${FAST} [gw.APIACLDecline]`,
		);
		expect(error.description).toContain(`Apply for the API ${CROSS} or ${FAST} for your app`);
		expect(error.description).toContain(
			'this app is granted neither create API; nothing was created',
		);
	});

	test('cross-border-only options (Dropshipping) never fall back: the domestic app gets one declined request and the reason', async () => {
		const [[line]] = linesOf();
		const { error } = await runAs('domestic')(
			createParams([line], { createOptions: { dropshipping: true } }),
		);
		expect(apis()).toEqual([CROSS]);
		expect(error.message).toBe(`This 1688 app is not allowed to call ${CROSS} [gw.APIACLDecline]`);
		expect(error.description).toContain(
			'Dropshipping needs alibaba.trade.createCrossOrder, which this app is not granted; nothing was created',
		);
	});

	test('the cross-border options reach createCrossOrder', async () => {
		const [[line]] = linesOf();
		const before = orderIds();
		await runAs('crossBorder')(
			createParams([line], {
				orderApi: 'crossBorder',
				flow: 'repurchase',
				createOptions: {
					dropshipping: true,
					tradeType: 'assureTrade',
					crossBorderLogisticsSolutionId: 'GLOBAL_CAINIAO_VN_TRANSIT_LAND',
				},
			}),
		);
		expect(sandbox().requests[0].params).toMatchObject({
			flow: 'repurchase',
			dropshipping: 'y',
			tradeType: 'assureTrade',
			crossBorderLogisticsSolutionId: 'GLOBAL_CAINIAO_VN_TRANSIT_LAND',
			outOrderId: 'SHOP-1042',
		});
		expect(newOrders(before)[0]).toMatchObject({
			flow: 'repurchase',
			tradeMode: 'assureTrade',
			crossBorder: { dropshipping: 'y', logisticsSolutionId: 'GLOBAL_CAINIAO_VN_TRANSIT_LAND' },
		});
	});
});

describe('exactly one create per order under lost answers', () => {
	test.each(['timeout', 'reset', 'status500'])(
		'Automatic, %s on createCrossOrder: one request, no fallback, "MAY have been created"',
		async (kind) => {
			const [[line]] = linesOf();
			sandbox().injectFault({ api: CROSS, kind, times: 3 });
			const { error } = await runAs('crossBorder')(createParams([line]), {
				credentials: sandboxCredentials(sandbox(), { timeoutSeconds: 0.3 }, 'crossBorder'),
			});
			expect(error.message).toMatch(
				/^The order MAY have been created on 1688: the request was sent but its answer was lost/,
			);
			expect(error.description).toContain('External Order Reference "SHOP-1042"');
			expect(apis()).toEqual([CROSS]);
			expect(sandbox().pendingFaults()).toEqual([{ api: CROSS, kind, times: 2 }]);
		},
	);

	test('a business refusal by createCrossOrder is its own error and never leads to fastCreateOrder', async () => {
		const [[line]] = linesOf();
		const { error } = await runAs('full')(
			createParams([{ ...line, quantity: line.sku.amountOnSale + 1 }]),
		);
		expect(error.message).toMatch(
			/alibaba\.trade\.createCrossOrder-1 failed: .*库存不足.* \[500_004\]$/,
		);
		expect(apis()).toEqual([CROSS]);
	});
});

describe('an order 1688 names although its answer says success false', () => {
	/** A buyable line of the account-period supplier. */
	function accountPeriodLine() {
		for (const offer of sandbox().store.offers.values()) {
			if (offer.status !== 'published' || offer.seller.memberId !== ACCOUNT_PERIOD_SELLER) continue;
			const sku = offer.skus.find(
				(candidate) => candidate.amountOnSale >= offer.minOrderQuantity * 2,
			);
			if (sku)
				return {
					offerId: String(offer.offerId),
					specId: sku.specId,
					quantity: offer.minOrderQuantity,
				};
		}
		throw new Error('the account-period supplier has no buyable offer');
	}

	// createCrossOrder's doc page gives its account-period (and Alipay) returns as {"totalSuccessAmount","orderId","success":false,…}.
	test('account-period payment: the order is reported created (ID, account period, a warning), sent once, never an error', async () => {
		const line = accountPeriodLine();
		const preview = await runAs('crossBorder')({
			...createParams([line]),
			operation: 'preview',
			flow: '',
		});
		expect(preview.items[0].tradeTypes).toEqual(['assureTrade', 'period']);
		const before = orderIds();
		const { items, error } = await runAs('crossBorder')(
			createParams([line], { createOptions: { tradeType: 'period' } }),
		);
		expect(error).toBeUndefined();
		expect(creates()).toHaveLength(1);
		const [order] = newOrders(before);
		expect(order).toMatchObject({ tradeMode: 'period', outOrderId: 'SHOP-1042' });
		expect(items).toEqual([
			{
				orderId: order.id,
				total: order.totalAmount,
				currency: 'CNY',
				outOrderId: 'SHOP-1042',
				failedOffers: [],
				accountPeriod: { tapType: 5, tapDate: 360, tapOverdue: 1 },
				warning:
					'1688 created this order but answered success: false; check it with Order → Get before paying, and do not place it again',
				orderApi: 'alibaba.trade.createCrossOrder',
				part: 1,
				partCount: 1,
			},
		]);
	});
});

describe('carts split per supplier and past the SKU limit', () => {
	test('two suppliers: the suppliers looked up, one order each, placed one after another, each item with the reference', async () => {
		const [[a], [b]] = linesOf({ suppliers: 2 });
		const before = orderIds();
		const { items, error } = await runAs('crossBorder')(createParams([a, b]));
		expect(error).toBeUndefined();
		expect(apis()).toEqual([DETAIL, DETAIL, CROSS, CROSS]);
		expect(
			sandbox()
				.requests.slice(2)
				.map((r) => JSON.parse(r.params.cargoParamList).map((l) => String(l.offerId))),
		).toEqual([[a.offerId], [b.offerId]]);
		const created = newOrders(before);
		expect(created).toHaveLength(2);
		expect(
			items.map((item) => [item.part, item.partCount, item.supplierId, item.outOrderId]),
		).toEqual([
			[1, 2, openIdOf(a.offer), 'SHOP-1042'],
			[2, 2, openIdOf(b.offer), 'SHOP-1042'],
		]);
		expect(new Set(items.map((item) => item.orderId))).toEqual(
			new Set(created.map((order) => order.id)),
		);
	});

	test('lines naming their supplier need no look-up; 51 SKUs of one supplier become orders of 50 and 1', async () => {
		const [lines] = linesOf({ perSupplier: 51 });
		const supplierId = openIdOf(lines[0].offer);
		const before = orderIds();
		const { items, error } = await runAs('crossBorder')({
			...createParams(lines),
			cartJson: JSON.stringify(lines.map((line) => cartLine(line, { supplierId }))),
		});
		expect(error).toBeUndefined();
		expect(apis()).toEqual([CROSS, CROSS]);
		expect(sandbox().requests.map((r) => JSON.parse(r.params.cargoParamList).length)).toEqual([
			50, 1,
		]);
		expect(items.map((item) => [item.part, item.partCount, item.supplierId])).toEqual([
			[1, 2, supplierId],
			[2, 2, supplierId],
		]);
		expect(
			newOrders(before)
				.map((order) => order.items.length)
				.sort((x, y) => y - x),
		).toEqual([50, 1]);
	});

	test('a later part failing: the error names the orders created (IDs) and the parts not sent; nothing re-sent', async () => {
		const [[a], [b], [c]] = linesOf({ suppliers: 3 });
		const before = orderIds();
		const { error, items } = await runAs('crossBorder')(
			createParams([a, { ...b, quantity: b.sku.amountOnSale + 1 }, c]),
		);
		expect(items).toEqual([]);
		const [first] = newOrders(before);
		expect(newOrders(before)).toHaveLength(1);
		expect(apis()).toEqual([DETAIL, DETAIL, DETAIL, CROSS, CROSS]);
		expect(error.message).toMatch(
			new RegExp(
				`^Part 2 of 3 of the cart failed; 1688 created 1 order for the parts before it \\(${first.id}\\): 1688 API ${CROSS} failed: .* \\[500_004\\]$`,
			),
		);
		expect(error.description).toContain(
			`Created: ${first.id}. Failed, not created: part 2 (supplier ${openIdOf(b.offer)}, offer ${b.offerId}). Not sent: part 3 (supplier ${openIdOf(c.offer)}, offer ${c.offerId}).`,
		);
		expect(error.description).toContain('Nothing is re-sent automatically');
	});

	test('a first part whose answer was lost: the later part is not sent, and the error says the failed part MAY exist', async () => {
		const [[a], [b]] = linesOf({ suppliers: 2 });
		sandbox().injectFault({ api: CROSS, kind: 'reset', times: 1 });
		const { error } = await runAs('crossBorder')(createParams([a, b]));
		expect(apis()).toEqual([DETAIL, DETAIL, CROSS]);
		expect(error.message).toMatch(
			/^Part 1 of 2 of the cart failed; no order was created for the parts before it: The order MAY have been created on 1688/,
		);
		expect(error.description).toContain(
			`Failed, and MAY have been created: part 1 (supplier ${openIdOf(a.offer)}, offer ${a.offerId}). Not sent: part 2`,
		);
	});

	test('one request answering several orders (orderList) gives one item per 1688 order', async () => {
		const cart = sandbox().fixtures.twoWarehouseOffers.map((o) => ({
			offerId: String(o.offerId),
			specId: o.specId,
			quantity: o.minOrderQuantity,
		}));
		const before = orderIds();
		const { items, error } = await runAs('crossBorder')(createParams(cart));
		expect(error).toBeUndefined();
		expect(apis()).toEqual([DETAIL, DETAIL, CROSS]);
		const created = newOrders(before);
		expect(created).toHaveLength(2);
		expect(items).toEqual(
			created.map((order) => ({
				orderId: order.id,
				total: order.totalAmount,
				shippingFee: order.shippingFee,
				currency: 'CNY',
				outOrderId: 'SHOP-1042',
				failedOffers: [],
				orderApi: 'alibaba.trade.createCrossOrder',
				part: 1,
				partCount: 1,
				supplierId: expect.stringMatching(/^sbx/),
			})),
		);
	});

	test('Preview splits the same way: one preview per supplier, items numbered by part', async () => {
		const [[a], [b]] = linesOf({ suppliers: 2 });
		const { items, error } = await runAs('crossBorder')({
			...createParams([a, b]),
			operation: 'preview',
			flow: '',
		});
		expect(error).toBeUndefined();
		expect(apis()).toEqual([DETAIL, DETAIL, PREVIEW, PREVIEW]);
		expect(sandbox().requests[2].params.flow).toBeUndefined();
		expect(
			items.map((item) => [
				item.part,
				item.partCount,
				item.supplierId,
				item.items.map((i) => i.offerId),
			]),
		).toEqual([
			[1, 2, openIdOf(a.offer), [a.offerId]],
			[2, 2, openIdOf(b.offer), [b.offerId]],
		]);
		expect(items[0]).toMatchObject({
			flow: 'general',
			tradeTypes: ['assureTrade'],
			currency: 'CNY',
		});
	});
});

describe('bad input is refused before any request', () => {
	test.each([
		[
			[{ offerId: '624392716873', quantity: 1 }],
			'Spec ID (cart line 1): is required: 1688 needs the SKU of every line [item 0]',
		],
		[
			[{ specId: 'abc', quantity: 1 }],
			'Offer ID (cart line 1): is required and must not be empty [item 0]',
		],
		[
			[
				{ offerId: '624392716873', specId: 'abc', quantity: 1 },
				{ offerId: '624392716874', specId: 'abc' },
			],
			'Quantity (cart line 2): must be a whole number of at least 1, got undefined [item 0]',
		],
	])('cart %j', async (cart, message) => {
		const { error } = await runAs('crossBorder')({
			...createParams([]),
			cartJson: JSON.stringify(cart),
		});
		expect(error.message).toBe(message);
		expect(sandbox().requests).toEqual([]);
	});

	test('a flow the chosen API does not document: repurchase with Automatic', async () => {
		const [[line]] = linesOf();
		const { error } = await runAs('crossBorder')(
			createParams([line], { flow: '={{ "repurchase" }}' }),
		);
		expect(error.message).toMatch(
			/^Flow: "repurchase" is not a flow the Automatic Order API \(the flows both create APIs document\) accepts/,
		);
		expect(sandbox().requests).toEqual([]);
	});
});

describe('the saved-address picker', () => {
	const credentials = () => sandboxCredentials(sandbox(), {}, 'crossBorder');

	test('lists the saved addresses (default first) and filters them', async () => {
		const all = await runListSearch({
			method: 'searchSavedAddresses',
			credentials: credentials(),
			parameters: { resource: 'order', operation: 'create' },
			path: 'parameters.savedAddress',
		});
		expect(all.results.map((r) => r.value)).toEqual(sandbox().fixtures.savedAddressIds.map(String));
		expect(all.results[0]).toEqual({
			name: '王磊 · 浙江省 金华市 义乌市 稠城街道 国际商贸城B区 3号仓（集运仓） (default)',
			value: '322683081',
		});
		const shenzhen = await runListSearch({
			method: 'searchSavedAddresses',
			credentials: credentials(),
			filter: '深圳',
			path: 'parameters.savedAddress',
		});
		expect(shenzhen.results).toEqual([
			{ name: '李娜 · 广东省 深圳市 南山区 粤海街道 科技园南区8栋', value: '586953001' },
		]);
		expect(sandbox().requests.map((r) => r.api)).toEqual([
			'com.alibaba.trade:alibaba.trade.receiveAddress.get-1',
			'com.alibaba.trade:alibaba.trade.receiveAddress.get-1',
		]);
	});

	test('Create with a picked address sends its addressId and 1688 delivers there', async () => {
		const [[line]] = linesOf();
		const before = orderIds();
		const { error } = await runAs('crossBorder')({
			...createParams([line]),
			addressSource: 'saved',
			savedAddress: { __rl: true, mode: 'list', value: '586953001' },
		});
		expect(error).toBeUndefined();
		expect(sandbox().requests[0].params.addressParam).toBe('{"addressId":586953001}');
		expect(newOrders(before)[0].address).toMatchObject({
			fullName: '李娜',
			provinceText: '广东省',
			cityText: '深圳市',
			areaText: '南山区',
		});
	});

	test("Preview by ID with a typed ID; a bad ID is refused before sending (by n8n's own check of the locator)", async () => {
		const [[line]] = linesOf();
		const { items } = await runAs('crossBorder')({
			...createParams([line]),
			operation: 'preview',
			addressSource: 'saved',
			savedAddress: { __rl: true, mode: 'id', value: '560954849' },
		});
		expect(sandbox().requests[0].params.addressParam).toBe('{"addressId":560954849}');
		expect(items).toHaveLength(1);
		sandbox().clearRequests();
		// n8n 2.x names the locator's own message; 1.x only says the workflow has issues.
		await expect(
			runAs('crossBorder')({
				...createParams([line]),
				addressSource: 'saved',
				savedAddress: { __rl: true, mode: 'id', value: 'home' },
			}),
		).rejects.toThrow(
			/A saved address ID is a number, e\.g\. 322683081|The workflow has issues and cannot be executed/,
		);
		const fromExpression = await runAs('crossBorder')({
			...createParams([line]),
			addressSource: 'saved',
			savedAddress: { __rl: true, mode: 'list', value: '={{ "home" }}' },
		});
		expect(fromExpression.error.message).toMatch(
			/^Saved Address: must be a numeric 1688 ID \(digits only\), got home \[item 0\]$/,
		);
		expect(sandbox().requests).toEqual([]);
	});
});
