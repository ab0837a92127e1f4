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
		expect(items).toEqual([{
			orderId,
			amount: stored.totalAmount,
			currency: 'CNY',
			payBefore: chinaIso(stored.createTime + 43200000).replace(/\.\d{3}/, '.000'),
			channels: [
				{ code: 1, name: 'Alipay', chineseName: '支付宝' },
				...(sandbox().store.creditAvailable >= stored.totalAmount ? [{ code: 3, name: 'Cheng-e-She credit', chineseName: '诚e赊' }] : []),
				{ code: 16, name: 'Cross-Border Pay (Kuajingbao)', chineseName: '跨境宝' },
			],
		}]);
		expect(sandbox().requests.map((r) => [r.api, r.params.orderId])).toEqual([[PAY_WAY, orderId]]);
	});

	test('Simplify off gives 1688\'s own answer, the fee in fen', async () => {
		const orderId = sandbox().fixtures.orderIdByStatus.waitbuyerpay;
		const { items } = await channels({ orderId, simplify: false });
		expect(items[0]).toMatchObject({ success: true, resultList: { orderId, payFee: Math.round(sandbox().store.getOrder(orderId).totalAmount * 100) } });
	});

	test('bad IDs are refused before any request; with continue-on-fail a paid order\'s refusal is its own item', async () => {
		const unpaid = sandbox().fixtures.orderIdByStatus.waitbuyerpay;
		const paid = sandbox().fixtures.orderIdByStatus.waitsellersend;
		const { items, pairedItems } = await channels({ orderId: '={{ $json.id }}' }, { items: [{ id: 'abc' }, { id: paid }, { id: unpaid }], continueOnFail: true });
		expect(items[0].error).toBe('Order ID: must be a numeric 1688 ID (digits only), got abc [item 0]');
		expect(items[1].error).toBe('The order is not waiting for payment, so it has no payment channels [ORDER_STATUS_ERROR]');
		expect(items[2].orderId).toBe(unpaid);
		expect(pairedItems).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(sandbox().requests.map((r) => r.params.orderId)).toEqual([paid, unpaid]);
	});

	test('1688\'s documented 500_2 (the order is not this buyer\'s) in words, with what to do', async () => {
		const orderId = sandbox().fixtures.orderIdByStatus.waitbuyerpay;
		sandbox().store.getOrder(orderId).buyer = { memberId: 'b2b-2299999999999', loginId: 'someone_else', companyName: 'Other' };
		const { error } = await channels({ orderId });
		expect(error.name).toBe('NodeApiError');
		expect(error.message).toBe('This 1688 account may not see how the order can be paid [500_2]');
		expect(error.description).toMatch(/^The authorised account must be the order's buyer, and its main account/);
	});
});

describe('Order → Get Shipping Insurance', () => {
	const withPolicy = (predicate) => sandbox().fixtures.ordersByStatus.success.find((id) => predicate(shippingInsuranceOf(sandbox().store.getOrder(id))));

	test('Automatic reads the order\'s kind first, then the policy with its claims in yuan and ISO times', async () => {
		const orderId = withPolicy((policy) => policy?.claims.length);
		const policy = shippingInsuranceOf(sandbox().store.getOrder(orderId));
		const { items, error } = await insurance({ orderId });
		expect(error).toBeUndefined();
		expect(items).toEqual([{
			orderId,
			insured: true,
			type: 'givenByPlatform',
			policyId: policy.insuranceId,
			claims: [{
				claimId: policy.claims[0].claimId,
				amount: policy.claims[0].claimAmount / 100,
				status: 'PAID',
				appliedAt: chinaIso(policy.claims[0].applicationTime),
				paidAt: chinaIso(policy.claims[0].payTime),
				alipayTradeNo: policy.claims[0].tradeNO,
			}],
		}]);
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
		expect(chosen.items).toEqual([{ orderId: merchant, insured: false, type: 'givenByPlatform', claims: [] }]);
		expect(sandbox().requests.map((r) => r.api)).toEqual([INSURANCE]);
	});

	test('Simplify off gives 1688\'s answer with the long IDs exact; bad input is refused before any request', async () => {
		const orderId = withPolicy((policy) => policy?.type === 'givenByMerchant');
		const { items } = await insurance({ orderId, insuranceType: 'givenByMerchant', simplify: false });
		expect(items[0].result).toMatchObject({ success: true, result: { orderId, insuranceId: Number(shippingInsuranceOf(sandbox().store.getOrder(orderId)).insuranceId), tradeClaimList: [] } });
		sandbox().clearRequests();
		const bad = await insurance({ orderId, insuranceType: 'both' });
		expect(bad.error.message).toBe('Insurance Type: "both" is not one of auto, givenByPlatform, givenByMerchant [item 0]');
		const badId = await insurance({ orderId: '12 34' });
		expect(badId.error.message).toMatch(/^Order ID: must be a numeric 1688 ID/);
		expect(sandbox().requests).toHaveLength(0);
	});

	test('an unknown order is 1688\'s error; continue-on-fail keeps the next item', async () => {
		const orderId = withPolicy((policy) => policy?.type === 'givenByMerchant');
		const { items } = await insurance({ orderId: '={{ $json.id }}', insuranceType: 'givenByMerchant' }, { items: [{ id: sandbox().fixtures.unknownOrderId }, { id: orderId }], continueOnFail: true });
		expect(items[0].error).toMatch(/\[ORDER_NOT_EXIST\]/);
		expect(items[1]).toMatchObject({ orderId, insured: true, type: 'givenByMerchant' });
	});
});
