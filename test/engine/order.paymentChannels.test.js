'use strict';
/** Order → Get Payment Channels and Get Shipping Insurance through the n8n engine, as the cross-border app. */
const { useSandbox, operationRunner } = require('../support/sandboxSuite');
const { shippingInsuranceOf } = require('../sandbox/data/shippingInsurance');

const sandbox = useSandbox({ resetEach: true });
const channels = operationRunner(sandbox, 'order', 'getPaymentChannels', 'crossBorder');
const insurance = operationRunner(sandbox, 'order', 'getShippingInsurance', 'crossBorder');

const PAY_WAY = 'com.alibaba.trade:alibaba.trade.payWay.query-1';
const INSURANCE = 'com.alibaba.trade:shipping.insurance.get-1';
const ORDER_GET = 'com.alibaba.trade:alibaba.trade.get.buyerView-1';
/** An instant as the ISO text Simplify gives (China time). */
const chinaIso = (ms) => new Date(ms + 8 * 3600000).toISOString().replace('Z', '+08:00');

describe('Order → Get Payment Channels', () => {
	test('an unpaid order: its channels in English, the amount in yuan, the deadline in ISO', async () => {
		const orderId = sandbox().fixtures.orderIdByStatus.waitbuyerpay;
		const stored = sandbox().store.getOrder(orderId);
		const { items, error } = await channels({ orderId });
		expect(error).toBeUndefined();
		expect(items).toEqual([
			{
				orderId,
				amount: stored.totalAmount,
				currency: 'CNY',
				payBefore: chinaIso(stored.createTime + 43200000).replace(/\.\d{3}/, '.000'),
				channels: [
					{ code: 1, name: 'Alipay', chineseName: '支付宝' },
					...(sandbox().store.creditAvailable >= stored.totalAmount
						? [{ code: 3, name: 'Cheng-e-She credit', chineseName: '诚e赊' }]
						: []),
					{ code: 16, name: 'Cross-Border Pay (Kuajingbao)', chineseName: '跨境宝' },
				],
			},
		]);
		expect(sandbox().requests.map((r) => [r.api, r.params.orderId])).toEqual([[PAY_WAY, orderId]]);
	});

	test("1688's documented 500_2 (the order is not this buyer's) in words, with what to do", async () => {
		const orderId = sandbox().fixtures.orderIdByStatus.waitbuyerpay;
		sandbox().store.getOrder(orderId).buyer = {
			memberId: 'b2b-2299999999999',
			loginId: 'someone_else',
			companyName: 'Other',
		};
		const { error } = await channels({ orderId });
		expect(error.name).toBe('NodeApiError');
		expect(error.message).toBe('This 1688 account may not see how the order can be paid [500_2]');
		expect(error.description).toMatch(
			/^The authorised account must be the order's buyer, and its main account/,
		);
	});
});

describe('Order → Get Shipping Insurance', () => {
	const withPolicy = (predicate) =>
		sandbox().fixtures.ordersByStatus.success.find((id) =>
			predicate(shippingInsuranceOf(sandbox().store.getOrder(id))),
		);

	test("Automatic reads the order's kind first, then the policy with its claims in yuan and ISO times", async () => {
		const orderId = withPolicy((policy) => policy?.claims.length);
		const policy = shippingInsuranceOf(sandbox().store.getOrder(orderId));
		const { items, error } = await insurance({ orderId });
		expect(error).toBeUndefined();
		expect(items).toEqual([
			{
				orderId,
				insured: true,
				type: 'givenByPlatform',
				policyId: policy.insuranceId,
				claims: [
					{
						claimId: policy.claims[0].claimId,
						amount: policy.claims[0].claimAmount / 100,
						status: 'PAID',
						appliedAt: chinaIso(policy.claims[0].applicationTime),
						paidAt: chinaIso(policy.claims[0].payTime),
						alipayTradeNo: policy.claims[0].tradeNO,
					},
				],
			},
		]);
		expect(sandbox().requests.map((r) => r.api)).toEqual([ORDER_GET, INSURANCE]);
		expect(sandbox().requests[1].params).toMatchObject({ orderId, type: 'givenByPlatform' });
	});

	test('an order without insurance: insured false after the order read, no policy call; a chosen type skips the read', async () => {
		const bare = withPolicy((policy) => policy === null);
		const { items } = await insurance({ orderId: bare });
		expect(items).toEqual([{ orderId: bare, insured: false, claims: [] }]);
		expect(sandbox().requests.map((r) => r.api)).toEqual([ORDER_GET]);
		sandbox().clearRequests();
		const merchant = withPolicy((policy) => policy?.type === 'givenByMerchant');
		const chosen = await insurance({ orderId: merchant, insuranceType: 'givenByPlatform' });
		expect(chosen.items).toEqual([
			{ orderId: merchant, insured: false, type: 'givenByPlatform', claims: [] },
		]);
		expect(sandbox().requests.map((r) => r.api)).toEqual([INSURANCE]);
	});

	test('an Insurance Type that is not one is refused before any request', async () => {
		const orderId = withPolicy((policy) => policy?.type === 'givenByMerchant');
		const bad = await insurance({ orderId, insuranceType: 'both' });
		expect(bad.error.message).toBe(
			'Insurance Type: "both" is not one of auto, givenByPlatform, givenByMerchant [item 0]',
		);
		expect(sandbox().requests).toHaveLength(0);
	});

	test("a merchant's policy read with its type chosen; an unknown order is 1688's error", async () => {
		const orderId = withPolicy((policy) => policy?.type === 'givenByMerchant');
		const { items } = await insurance({ orderId, insuranceType: 'givenByMerchant' });
		expect(items[0]).toMatchObject({
			orderId,
			insured: true,
			type: 'givenByMerchant',
			policyId: shippingInsuranceOf(sandbox().store.getOrder(orderId)).insuranceId,
		});
		const unknown = await insurance({
			orderId: sandbox().fixtures.unknownOrderId,
			insuranceType: 'givenByMerchant',
		});
		expect(unknown.error.message).toMatch(/\[ORDER_NOT_EXIST\]/);
	});
});
