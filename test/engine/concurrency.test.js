'use strict';
const { runNode, sandboxCredentials } = require('../support/engine');
const { useSandbox } = require('../support/sandboxSuite');

const sandbox = useSandbox({ resetEach: true, latencyMs: 30, closeTooFastMs: 0 });

const PRODUCT_GET = 'com.alibaba.product:alibaba.product.get-1';
const CANCEL = 'com.alibaba.trade:alibaba.trade.cancel-1';

describe('many input items', () => {
	test('a read runs items side by side yet outputs them in input order with their pairing', async () => {
		const offerIds = [...sandbox().store.offers.keys()].slice(0, 40).map(String);
		const { items, pairedItems, error } = await runNode({
			parameters: {
				resource: 'product',
				operation: 'get',
				offerId: '={{ $json.id }}',
				oneItemPerSku: false,
			},
			credentials: sandboxCredentials(sandbox(), { requestsPerSecond: 100 }),
			items: offerIds.map((id) => ({ id })),
		});
		expect(error).toBeUndefined();
		expect(items.map((item) => item.offerId)).toEqual(offerIds);
		expect(pairedItems).toEqual(offerIds.map((_, item) => ({ item })));
		const calls = sandbox().requests.filter((r) => r.api === PRODUCT_GET);
		expect(calls).toHaveLength(40);
		// Side by side: the gateway was answering several of them at once.
		expect(Math.max(...calls.map((call) => call.inFlight))).toBeGreaterThan(1);
	});

	test('a write runs items one after another: after a failure, later items are never sent', async () => {
		const unpaid = sandbox().fixtures.ordersByStatus.waitbuyerpay;
		const { error } = await runNode({
			parameters: {
				resource: 'order',
				operation: 'cancel',
				orderId: '={{ $json.id }}',
				cancelReason: 'other',
			},
			credentials: sandboxCredentials(sandbox()),
			items: [{ id: unpaid[0] }, { id: sandbox().fixtures.unknownOrderId }, { id: unpaid[1] }],
		});
		expect(error.context.itemIndex).toBe(1);
		const cancels = sandbox().requests.filter((r) => r.api === CANCEL);
		expect(cancels.map((r) => r.params.tradeID)).toEqual([
			unpaid[0],
			sandbox().fixtures.unknownOrderId,
		]);
		expect(cancels.map((r) => r.inFlight)).toEqual([1, 1]);
	});
});
