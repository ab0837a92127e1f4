'use strict';
const { useSandbox, nodeRunner } = require('../support/sandboxSuite');

const sandbox = useSandbox();
const run = nodeRunner(sandbox);

/** An instant as the ISO text Simplify gives (China time). */
const chinaIso = (ms) => new Date(ms + 8 * 3600000).toISOString().replace('Z', '+08:00');
const getOrder = (orderId, extra = {}) => ({ resource: 'order', operation: 'get', orderId, ...extra });

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
		expect(order.items).toEqual(stored.items.map((it) => ({
			subOrderId: it.subItemID, offerId: String(it.offerId), skuId: String(it.skuId), specId: it.specId, title: it.name, quantity: it.quantity, price: it.price,
		})));
		expect(sandbox().requests).toHaveLength(1);
		expect(sandbox().requests[0]).toMatchObject({ api: 'com.alibaba.trade:alibaba.trade.get.buyerView-1', errorCode: null });
		expect(sandbox().requests[0].params).toMatchObject({ orderId, webSite: '1688' });
	});

	test('an unpaid order has no paidAt; Simplify off gives 1688\'s own JSON with the ID kept exact', async () => {
		const orderId = sandbox().fixtures.orderIdByStatus.waitbuyerpay;
		const simple = await run(getOrder(orderId));
		expect(simple.items[0].status).toBe('waitbuyerpay');
		expect(simple.items[0]).not.toHaveProperty('paidAt');
		const raw = await run(getOrder(orderId, { simplify: false }));
		expect(raw.items[0].success).toBe('true');
		expect(raw.items[0].result.baseInfo.id).toBe(orderId);
		expect(raw.items[0].result.baseInfo.createTime).toMatch(/^\d{17}\+0800$/);
	});

	test('a bad order ID stops before any request, naming the field and item', async () => {
		const { error } = await run(getOrder('23045678901234x'));
		expect(error.message).toBe('Order ID: must be a numeric 1688 ID (digits only), got 23045678901234x [item 0]');
		expect(sandbox().requests).toHaveLength(0);
	});

	test('an unknown order is 1688\'s own error; with continue-on-fail the other items carry on', async () => {
		const good = sandbox().fixtures.orderIdByStatus.success;
		const { items, pairedItems, error } = await run(getOrder('={{ $json.id }}'), {
			items: [{ id: sandbox().fixtures.unknownOrderId }, { id: good }, { id: '' }],
			continueOnFail: true,
		});
		expect(error).toBeUndefined();
		expect(items).toHaveLength(3);
		expect(items[0].error).toMatch(/alibaba\.trade\.get\.buyerView-1 failed: 订单不存在 \[ORDER_NOT_EXIST\]/);
		expect(items[0].details.code).toBe('ORDER_NOT_EXIST');
		expect(items[1].orderId).toBe(good);
		expect(items[2].error).toBe('Order ID: must be a numeric 1688 ID (digits only), got  [item 2]');
		expect(pairedItems).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(sandbox().requests).toHaveLength(2);
	});
});
