'use strict';
/**
 * 1688's order and payment refusals that used to come raw, now in words with a hint, through the n8n engine as the
 * cross-border app: CLOSE_ORDER_TOO_FAST, ORDER_STATUS_ERROR, 400_3, 400_4 and createCrossOrder's "not support
 * tradeType:【X】" (known by its message). The sandbox keeps 1688's 10-second rule here (closeTooFastMs default).
 */
const { useSandbox, operationRunner } = require('../support/sandboxSuite');

const sandbox = useSandbox({ resetEach: true });
const run = (operation) => operationRunner(sandbox, 'order', operation, 'crossBorder');

const CROSS = 'com.alibaba.trade:alibaba.trade.createCrossOrder-1';
const ADDRESS = {
	fullName: '赵六',
	mobile: '13511112222',
	provinceText: '浙江省',
	cityText: '杭州市',
	address: '网商路699号',
};

/** A cart line of a published offer with stock, of a supplier without an account period. */
function cartJson() {
	const offer = [...sandbox().store.offers.values()].find(
		(o) =>
			o.status === 'published' &&
			!['b2b-2216000000001', 'b2b-2201356780006', 'b2b-2201356780005'].includes(
				o.seller.memberId,
			) &&
			o.skus[0].amountOnSale >= 100,
	);
	return JSON.stringify([
		{
			offerId: String(offer.offerId),
			specId: offer.skus[0].specId,
			quantity: offer.minOrderQuantity,
		},
	]);
}

describe('order refusals in words', () => {
	test('CLOSE_ORDER_TOO_FAST: cancelling right after creating', async () => {
		const created = await run('create')({
			orderApi: 'crossBorder',
			...ADDRESS,
			cartSource: 'json',
			cartJson: cartJson(),
		});
		expect(created.error).toBeUndefined();
		const orderId = created.items[0].orderId;
		const { error } = await run('cancel')({ orderId, cancelReason: 'buyerCancel' });
		expect(error.message).toBe(
			'1688 does not cancel an order in the first 10 seconds after it was created [CLOSE_ORDER_TOO_FAST]',
		);
		expect(error.description).toMatch(
			/^Nothing was cancelled: wait a few seconds and run the item again\. 1688 said: "订单创建后10秒内不能关闭"/,
		);
		expect(sandbox().store.getOrder(orderId).status).toBe('waitbuyerpay');
	});

	test("400_3: cancelling another buyer's order", async () => {
		const orderId = sandbox().fixtures.orderIdByStatus.waitbuyerpay;
		sandbox().store.getOrder(orderId).buyer = {
			memberId: 'b2b-2299999999999',
			loginId: 'someone_else',
			companyName: 'Other',
		};
		const { error } = await run('cancel')({ orderId, cancelReason: 'buyerCancel' });
		expect(error.message).toBe(
			'This 1688 account may not cancel the order: it is neither its buyer nor its seller [400_3]',
		);
		expect(error.description).toMatch(/^Authorise the account that placed the order/);
	});

	test('ORDER_STATUS_ERROR of the follow-up writes, per API', async () => {
		const { fixtures } = sandbox();
		const cases = [
			[
				'confirmReceipt',
				{
					orderId: fixtures.orderIdByStatus.waitsellersend,
					confirmOptions: {
						subOrderIds: sandbox().store.getOrder(fixtures.orderIdByStatus.waitsellersend).items[0]
							.subItemID,
					},
				},
				'Receipt can only be confirmed for a shipped order waiting for the buyer to receive it',
			],
			[
				'urgeShipment',
				{ orderId: fixtures.orderIdByStatus.waitbuyerreceive },
				'Only a paid order that has not shipped yet can be urged',
			],
			[
				'requestAddressChange',
				{ orderId: fixtures.orderIdByStatus.success, ...ADDRESS },
				'The delivery address can only be changed before the order ships',
			],
			[
				'deleteClosedOrder',
				{ orderId: fixtures.orderIdByStatus.waitbuyerpay },
				'Only a closed (cancelled) order can be deleted',
			],
			[
				'getPaymentChannels',
				{ orderId: fixtures.orderIdByStatus.success },
				'The order is not waiting for payment, so it has no payment channels',
			],
		];
		for (const [operation, parameters, words] of cases) {
			const { error } = await run(operation)(parameters);
			expect([operation, error.message]).toEqual([operation, `${words} [ORDER_STATUS_ERROR]`]);
			expect(error.description).toContain('Order → Get');
		}
	});

	test('400_4: a memo on an order 1688 does not know (success true beside the code), and no order payable by Kuajingbao', async () => {
		const memo = await run('addMemo')({ orderId: sandbox().fixtures.unknownOrderId, memo: 'x' });
		expect(memo.error.message).toBe('The memo was not saved: 1688 did not find the order [400_4]');
		expect(memo.error.description).toContain('1688 said: "修改备注信息出错[ORDER_NOT_EXIST]');
		const link = await run('getPaymentLink')({
			orderIds: sandbox().fixtures.orderIdByStatus.success,
			paymentMethod: 'crossBorderPay',
		});
		expect(link.error.message).toBe(
			'None of the orders can be paid with Cross-Border Pay (Kuajingbao) [400_4]',
		);
		expect(link.error.description).toMatch(
			/^Pay them with another method \(Payment Method Alipay Cashier\)/,
		);
	});

	test("addFeedback's documented 500_2 and payWay's: in words", async () => {
		const orderId = sandbox().fixtures.orderIdByStatus.waitbuyerpay;
		sandbox().store.getOrder(orderId).buyerFeedback = 'y'.repeat(400);
		const long = await run('messageSeller')({ orderId, message: 'x'.repeat(200) });
		expect(long.error.message).toBe('1688 refused the message as invalid [500_2]');
		expect(long.error.description).toMatch(/at most 500 characters/);
		sandbox().store.getOrder(orderId).buyer = {
			memberId: 'b2b-2299999999999',
			loginId: 'someone_else',
			companyName: 'Other',
		};
		const foreign = await run('messageSeller')({ orderId, message: 'hi' });
		expect(foreign.error.message).toBe(
			"The order is not one of this 1688 account's orders [500_2]",
		);
		const channels = await run('getPaymentChannels')({ orderId });
		expect(channels.error.message).toBe(
			'This 1688 account may not see how the order can be paid [500_2]',
		);
	});

	test('"not support tradeType:【X】": a trade type Preview does not offer for the cart, nothing created', async () => {
		const before = sandbox().store.orders.size;
		const { error } = await run('create')({
			orderApi: 'crossBorder',
			...ADDRESS,
			cartSource: 'json',
			cartJson: cartJson(),
			createOptions: { tradeType: 'period' },
		});
		expect(error.message).toMatch(
			/1688 does not offer the trade type "period" for this cart \[400\]$/,
		);
		expect(error.description).toContain(
			'Leave Trade Type empty to let 1688 choose, or give one of the tradeTypes Order → Preview lists',
		);
		expect(sandbox().requests.filter((r) => r.api === CROSS)).toHaveLength(1);
		expect(sandbox().store.orders.size).toBe(before);
	});
});
