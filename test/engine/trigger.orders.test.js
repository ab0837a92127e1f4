'use strict';
const { useSandbox } = require('../support/sandboxSuite');
const { sandboxCredentials } = require('../support/engine');
const { createPoller } = require('../support/triggers');
const { useVirtualClock } = require('../support/virtualClock');

const ORDER_LIST = 'com.alibaba.trade:alibaba.trade.getBuyerOrderList-1';
const GATEWAY_TIME = /^\d{17}\+0800$/;

const sandbox = useSandbox({ resetEach: true });
// The polls' retries after a failed page in virtual time: what is retried matters here, not the wait.
useVirtualClock();
const fixtures = () => sandbox().fixtures;
const watchOrders = (options = {}, budgetMs) =>
	createPoller({
		parameters: { event: 'orderStatusChanged', options },
		credentials: sandboxCredentials(sandbox()),
		budgetMs,
	});
const listCalls = () => sandbox().requests.filter((r) => r.api === ORDER_LIST);
const transitions = (items) => items.map((e) => [e.orderId, e.previousStatus, e.currentStatus]);

/** A new order in the sandbox (as Order → Create makes one), waiting for payment. */
function placeOrder() {
	const store = sandbox().store;
	const offer = store.getOffer(fixtures().offerManySkus.offerId);
	const address = store.getOrder(fixtures().orderIdByStatus.waitbuyerpay).address;
	return store.createOrder({ lines: [{ offer, sku: offer.skus[0], quantity: 2 }], address }).id;
}

describe('1688 Trigger → Order Status Changed', () => {
	test('baseline of every order, then status changes and new orders, each once, from a modified-time window', async () => {
		const poller = watchOrders();
		const baseline = await poller.poll();
		expect(baseline.error).toBeUndefined();
		expect(baseline.emitted).toBeNull();
		expect(Object.keys(poller.state.orders.statuses)).toHaveLength(fixtures().orderCount);
		// The baseline lists every order, all pages, without a time window.
		expect(listCalls().map((r) => [r.params.page, r.params.modifyStartTime])).toEqual([
			['1', undefined],
			['2', undefined],
		]);

		const unpaid = fixtures().orderIdByStatus.waitbuyerpay;
		const paid = fixtures().orderIdByStatus.waitsellersend;
		sandbox().store.setOrderStatus(unpaid, 'waitsellersend');
		sandbox().store.setOrderStatus(paid, 'waitbuyerreceive');
		const placed = placeOrder();
		sandbox().clearRequests();

		const changed = await poller.poll();
		expect(changed.error).toBeUndefined();
		expect(transitions(changed.items).sort()).toEqual(
			[
				[unpaid, 'waitbuyerpay', 'waitsellersend'],
				[paid, 'waitsellersend', 'waitbuyerreceive'],
				[placed, null, 'waitbuyerpay'],
			].sort(),
		);
		const shipped = changed.items.find((e) => e.orderId === paid);
		expect(shipped).toMatchObject({
			event: 'orderStatusChanged',
			currency: 'CNY',
			items: expect.any(Array),
			modifiedAt: expect.any(String),
		});
		expect(shipped).not.toHaveProperty('status');
		// Later polls list only what changed in the window since the previous one (minus an overlap), all pages.
		const [window] = listCalls();
		expect(window.params).toMatchObject({
			page: '1',
			pageSize: '50',
			modifyStartTime: expect.stringMatching(GATEWAY_TIME),
			modifyEndTime: expect.stringMatching(GATEWAY_TIME),
		});
		expect(window.params.modifyStartTime < window.params.modifyEndTime).toBe(true);

		const again = await poller.poll();
		expect(again.error).toBeUndefined();
		expect(again.emitted).toBeNull();
	});

	test('Order Status filters what is emitted; every status is still followed', async () => {
		const poller = watchOrders({ orderStatuses: ['waitbuyerreceive'] });
		await poller.poll();
		const order = fixtures().orderIdByStatus.waitbuyerpay;
		sandbox().store.setOrderStatus(order, 'waitsellersend');
		expect((await poller.poll()).emitted).toBeNull();
		sandbox().store.setOrderStatus(order, 'waitbuyerreceive');
		expect(transitions((await poller.poll()).items)).toEqual([
			[order, 'waitsellersend', 'waitbuyerreceive'],
		]);
		sandbox().store.setOrderStatus(order, 'success');
		expect((await poller.poll()).emitted).toBeNull();
		expect(poller.state.orders.statuses[order]).toBe('success');
	});

	test('Emit Existing on First Poll emits every order with previousStatus null, over polls when the budget is short, none twice', async () => {
		const poller = watchOrders({ emitExisting: true }, 1);
		const first = await poller.poll();
		expect(first.items).toHaveLength(50);
		expect(poller.state.orders.listing).toMatchObject({ page: 2 });
		expect(poller.state.orders.since).toBeUndefined();
		const second = await poller.poll();
		expect(second.items).toHaveLength(fixtures().orderCount - 50);
		expect(poller.state.orders).not.toHaveProperty('listing');
		expect(poller.state.orders.since).toEqual(expect.any(Number));
		const all = [...first.items, ...second.items];
		expect(new Set(all.map((e) => e.orderId)).size).toBe(fixtures().orderCount);
		expect(
			all.every(
				(e) =>
					e.previousStatus === null &&
					e.currentStatus === sandbox().store.getOrder(e.orderId).status,
			),
		).toBe(true);
		expect((await poller.poll()).emitted).toBeNull();
	});

	test('a failed poll saves nothing and the next one emits the change once', async () => {
		const poller = watchOrders({}, undefined);
		await poller.poll();
		const savedBefore = JSON.stringify(poller.saved);
		const order = fixtures().orderIdByStatus.waitsellersend;
		sandbox().store.setOrderStatus(order, 'waitbuyerreceive');
		sandbox().injectFault({ api: ORDER_LIST, kind: 'html', times: 3 });
		const failed = await poller.poll();
		expect(failed.error.message).toBe(
			'The 1688 gateway sent a web page instead of data [HTML_RESPONSE]',
		);
		expect(JSON.stringify(poller.saved)).toBe(savedBefore);
		expect(transitions((await poller.poll()).items)).toEqual([
			[order, 'waitsellersend', 'waitbuyerreceive'],
		]);
		expect((await poller.poll()).emitted).toBeNull();
	}, 20_000);

	test('Fetch Test Event shows the latest order as it is now and saves nothing', async () => {
		const poller = watchOrders();
		const placed = placeOrder();
		const sample = await poller.poll({ mode: 'manual' });
		expect(sample.error).toBeUndefined();
		expect(transitions(sample.items)).toEqual([[placed, 'waitbuyerpay', 'waitbuyerpay']]);
		expect(sample.changed).toBe(false);
		expect(poller.state).toBeUndefined();
		expect(listCalls().map((r) => r.params.pageSize)).toEqual(['1']);
	});

	test('Fetch Test Event with an Order Status filter shows the latest order in that status', async () => {
		const sample = await watchOrders({ orderStatuses: ['success'] }).poll({ mode: 'manual' });
		expect(sample.items).toHaveLength(1);
		expect(sample.items[0]).toMatchObject({ previousStatus: 'success', currentStatus: 'success' });
		expect(fixtures().ordersByStatus.success).toContain(sample.items[0].orderId);
		expect(listCalls().map((r) => r.params.orderStatus)).toEqual(['success']);
	});

	test('a status that is not a 1688 order status fails the poll before any request', async () => {
		const { error } = await watchOrders({ orderStatuses: ['shipped'] }).poll();
		expect(error.message).toBe(
			'Order Status: "shipped" is not a 1688 order status; use cancel, waitsellersend, waitbuyerreceive, success, waitbuyerpay',
		);
		expect(sandbox().requests).toHaveLength(0);
	});
});
