'use strict';
const { useSandbox, nodeRunner } = require('../support/sandboxSuite');

const sandbox = useSandbox();
const run = nodeRunner(sandbox);

const paymentLink = (orderIds) => ({ resource: 'order', operation: 'getPaymentLink', orderIds });

describe('Order → Get Payment Link through the n8n engine', () => {
	test('one link for several unpaid orders, the IDs sent as exact JSON numbers', async () => {
		const [a, b] = sandbox().fixtures.ordersByStatus.waitbuyerpay;
		const { items, error } = await run(paymentLink(`${a}, ${b}`));
		expect(error).toBeUndefined();
		expect(items).toEqual([{ payUrl: `https://trade.1688.com/order/cashier.htm?orderId=${a};${b}`, orderIds: [a, b], failedOrderIds: [] }]);
		expect(sandbox().requests).toHaveLength(1);
		expect(sandbox().requests[0]).toMatchObject({ api: 'com.alibaba.trade:alibaba.alipay.url.get-1', errorCode: null });
		expect(sandbox().requests[0].params.orderIdList).toBe(`[${a},${b}]`);
	});

	test('an array from an expression works; orders that cannot be paid are listed apart', async () => {
		const [unpaid] = sandbox().fixtures.ordersByStatus.waitbuyerpay;
		const paid = sandbox().fixtures.orderIdByStatus.success;
		const { items } = await run(paymentLink('={{ $json.ids }}'), { items: [{ ids: [unpaid, paid] }] });
		expect(items).toEqual([{ payUrl: `https://trade.1688.com/order/cashier.htm?orderId=${unpaid}`, orderIds: [unpaid], failedOrderIds: [paid] }]);
	});

	test('no payable order at all is 1688\'s own error', async () => {
		const { error } = await run(paymentLink(sandbox().fixtures.orderIdByStatus.cancel));
		expect(error.name).toBe('NodeApiError');
		expect(error.message).toContain('[ORDER_STATUS_ERROR]');
	});

	test('bad IDs stop before any request; with continue-on-fail other items still get links', async () => {
		const [unpaid] = sandbox().fixtures.ordersByStatus.waitbuyerpay;
		const { items, pairedItems } = await run(paymentLink('={{ $json.ids }}'), {
			items: [{ ids: `${unpaid}, 12ab` }, { ids: unpaid }],
			continueOnFail: true,
		});
		expect(items[0].error).toBe('Order IDs: must be a numeric 1688 ID (digits only), got 12ab [item 0]');
		expect(items[1].orderIds).toEqual([unpaid]);
		expect(pairedItems).toEqual([{ item: 0 }, { item: 1 }]);
		expect(sandbox().requests).toHaveLength(1);
	});
});
