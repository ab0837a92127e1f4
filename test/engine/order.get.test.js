'use strict';
const { useSandbox, nodeRunner } = require('../support/sandboxSuite');

const sandbox = useSandbox();
const run = nodeRunner(sandbox);

/** An instant as the ISO text Simplify gives (China time). */
const chinaIso = (ms) => new Date(ms + 8 * 3600000).toISOString().replace('Z', '+08:00');
const getOrder = (orderId, extra = {}) => ({
	resource: 'order',
	operation: 'get',
	orderId,
	...extra,
});

describe('Order → Get through the n8n engine', () => {
	test('returns the simplified order: exact 19-digit ID, numeric amounts, ISO times, items, seller, receiver', async () => {
		const orderId = sandbox().fixtures.orderIdByStatus.waitsellersend;
		const stored = sandbox().store.getOrder(orderId);
		const { items, error } = await run(getOrder(orderId));
		expect(error).toBeUndefined();
		expect(items).toHaveLength(1);
		const [order] = items;
		expect(order).toMatchObject({
			orderId,
			status: 'waitsellersend',
			total: stored.totalAmount,
			shippingFee: stored.shippingFee,
			currency: 'CNY',
			createdAt: chinaIso(stored.createTime),
			paidAt: chinaIso(stored.payTime),
			modifiedAt: chinaIso(stored.modifyTime),
			seller: { loginId: stored.seller.loginId, company: stored.seller.companyName },
			receiver: { name: stored.address.fullName, phone: stored.address.mobile },
		});
		expect(typeof order.total).toBe('number');
		expect(order.receiver.address).toContain(stored.address.address);
		expect(order.receiver.address.startsWith(stored.address.provinceText)).toBe(true);
		expect(order.items).toEqual(
			stored.items.map((it) => ({
				subOrderId: it.subItemID,
				offerId: String(it.offerId),
				skuId: String(it.skuId),
				specId: it.specId,
				title: it.name,
				quantity: it.quantity,
				price: it.price,
			})),
		);
		expect(sandbox().requests).toHaveLength(1);
		expect(sandbox().requests[0]).toMatchObject({
			api: 'com.alibaba.trade:alibaba.trade.get.buyerView-1',
			errorCode: null,
		});
		expect(sandbox().requests[0].params).toMatchObject({ orderId, webSite: '1688' });
	});

	test('an unpaid order has no paidAt', async () => {
		const orderId = sandbox().fixtures.orderIdByStatus.waitbuyerpay;
		const simple = await run(getOrder(orderId));
		expect(simple.items[0].status).toBe('waitbuyerpay');
		expect(simple.items[0]).not.toHaveProperty('paidAt');
	});

	test("an unknown order is 1688's own error", async () => {
		const { error } = await run(getOrder(sandbox().fixtures.unknownOrderId));
		expect(error.name).toBe('NodeApiError');
		expect(error.message).toMatch(
			/alibaba\.trade\.get\.buyerView-1 failed: 订单不存在 \[ORDER_NOT_EXIST\]/,
		);
	});
});
