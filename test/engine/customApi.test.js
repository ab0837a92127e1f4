'use strict';
const { useSandbox } = require('../support/sandboxSuite');
const { runNode, sandboxCredentials } = require('../support/engine');

const sandbox = useSandbox();

const call = (namespace, apiName, parameters, extra = {}) => ({
	resource: 'customApi',
	operation: 'call',
	namespace,
	apiName,
	version: 1,
	parameters: typeof parameters === 'string' ? parameters : JSON.stringify(parameters),
	...extra,
});

function secretsOf(credentials) {
	return [credentials.appSecret, credentials.accessToken, credentials.refreshToken];
}

function expectNoSecrets(value, credentials) {
	const text = JSON.stringify(
		value,
		Object.getOwnPropertyNames(value ?? {}).concat([
			'message',
			'description',
			'cause',
			'context',
			'errorResponse',
		]),
	);
	for (const secret of secretsOf(credentials).filter(Boolean)) expect(text).not.toContain(secret);
	expect(text).not.toMatch(/_aop_signature=|"_aop_signature"/);
}

describe('Custom API Call through the n8n engine', () => {
	test('calls any API with a signed request and returns its JSON', async () => {
		const offerId = String(sandbox().fixtures.offerOneSku.offerId);
		const { items, error } = await runNode({
			parameters: call('com.alibaba.product', 'alibaba.product.get', {
				productID: offerId,
				webSite: '1688',
			}),
			credentials: sandboxCredentials(sandbox()),
		});
		expect(error).toBeUndefined();
		expect(String(items[0].productInfo.productID)).toBe(offerId);
	});

	test('sends object parameters as JSON text (Chinese kept as UTF-8) that the gateway accepts as signed', async () => {
		const query = { keyword: '连衣裙', beginPage: 1, pageSize: 5, country: 'en' };
		const { items, error } = await runNode({
			parameters: call('com.alibaba.fenxiao.crossborder', 'product.search.keywordQuery', {
				offerQueryParam: query,
			}),
			credentials: sandboxCredentials(sandbox()),
		});
		expect(error).toBeUndefined();
		expect(sandbox().requests[0].errorCode).toBeNull();
		expect(sandbox().requests[0].params.offerQueryParam).toBe(JSON.stringify(query));
		expect(items[0].result.success).toBe(true);
	});

	test('a 19-digit order ID written as a JSON number reaches 1688 exact (not rounded to a float)', async () => {
		const order = [...sandbox().store.orders.values()][0];
		expect(order.id).toMatch(/^\d{19}$/);
		const { items, error } = await runNode({
			parameters: call(
				'com.alibaba.trade',
				'alibaba.trade.get.buyerView',
				`{"orderId": ${order.id}, "webSite": "1688"}`,
				{ readOnly: true },
			),
			credentials: sandboxCredentials(sandbox()),
		});
		expect(error).toBeUndefined();
		expect(sandbox().requests[0].params.orderId).toBe(order.id);
		expect(items[0].result.baseInfo.idOfStr).toBe(order.id);
	});

	test('accepts the full API ID in Namespace', async () => {
		const { items } = await runNode({
			parameters: call('com.alibaba.account:alibaba.account.basic-1', '', {}),
			credentials: sandboxCredentials(sandbox()),
		});
		expect(items[0].result.loginId).toBe(sandbox().fixtures.member.loginId);
	});

	test('an API the catalogue knows keeps its facts: createCrossOrder naming an order beside success false is returned, not an error', async () => {
		// The sandbox's account-period supplier answers as createCrossOrder's doc sample: the order exists.
		const inStock = (o) => o.skus.find((candidate) => candidate.amountOnSale >= o.minOrderQuantity);
		const offer = [...sandbox().store.offers.values()].find(
			(o) => o.status === 'published' && o.seller.memberId === 'b2b-2201356780006' && inStock(o),
		);
		const sku = inStock(offer);
		const parameters = {
			flow: 'general',
			tradeType: 'period',
			cargoParamList: [
				{ offerId: offer.offerId, specId: sku.specId, quantity: offer.minOrderQuantity },
			],
			addressParam: {
				fullName: '王磊',
				mobile: '13800138000',
				provinceText: '浙江省',
				cityText: '义乌市',
				areaText: '稠城街道',
				address: '国际商贸城B区 3号仓',
			},
		};
		const before = new Set(sandbox().store.orders.keys());
		const { items, error } = await runNode({
			parameters: call('com.alibaba.trade', 'alibaba.trade.createCrossOrder', parameters),
			credentials: sandboxCredentials(sandbox()),
		});
		expect(error).toBeUndefined();
		const created = [...sandbox().store.orders.keys()].filter((id) => !before.has(id));
		expect(created).toHaveLength(1);
		expect(items[0].result).toMatchObject({
			orderId: created[0],
			success: false,
			accountPeriod: { tapType: 5 },
		});
	});

	test('keeps 19-digit order IDs exact', async () => {
		const orderId = sandbox().fixtures.orderIdByStatus.waitsellersend;
		const { items, error } = await runNode({
			parameters: call('com.alibaba.trade', 'alibaba.trade.get.buyerView', {
				orderId,
				webSite: '1688',
			}),
			credentials: sandboxCredentials(sandbox()),
		});
		expect(error).toBeUndefined();
		expect(String(items[0].result.baseInfo.id)).toBe(orderId);
	});

	test('bad JSON in Parameters names the field and item; nothing is sent', async () => {
		const { error } = await runNode({
			parameters: call('com.alibaba.product', 'alibaba.product.get', '{"productID": '),
			credentials: sandboxCredentials(sandbox()),
		});
		expect(error.message).toMatch(/^Parameters: is not valid JSON \(.+\) \[item 0\]$/);
		expect(sandbox().requests).toHaveLength(0);
	});

	test.each([
		[
			'a wrong App Secret',
			{ appSecret: 'wrong' },
			'com.alibaba.product',
			'alibaba.product.get',
			'gw.SignatureInvalid',
			/signature/,
			/App Secret/,
		],
		[
			'an API the app was not granted',
			{ appKey: '2000000', appSecret: 'limited-secret', accessToken: 'sandbox-limited-token' },
			'com.alibaba.trade',
			'alibaba.trade.getBuyerOrderList',
			'gw.APIACLDecline',
			/not allowed to call com\.alibaba\.trade:alibaba\.trade\.getBuyerOrderList-1/,
			/Apply for the API/,
		],
		[
			'an API that does not exist',
			{},
			'com.alibaba.product',
			'alibaba.product.nothing',
			'gw.APIUnsupported',
			/does not offer/,
			/namespace/,
		],
	])(
		'%s: a NodeApiError with the 1688 code, a hint, and no secrets',
		async (_label, overrides, namespace, apiName, code, message, hint) => {
			const credentials = sandboxCredentials(sandbox(), overrides);
			const { error } = await runNode({
				parameters: call(namespace, apiName, { productID: '1', webSite: '1688' }),
				credentials,
			});
			expect(error.name).toBe('NodeApiError');
			expect(error.message).toMatch(message);
			expect(error.message).toContain(`[${code}]`);
			expect(error.description).toMatch(hint);
			expect(error.description).toMatch(/Request ID: \w+/);
			expectNoSecrets(error, credentials);
		},
	);

	test('an expired token without a refresh token: says how to reconnect, without secrets', async () => {
		const credentials = sandboxCredentials(sandbox(), { accessToken: 'stale', refreshToken: '' });
		const { error } = await runNode({
			parameters: call('com.alibaba.product', 'alibaba.product.get', {}),
			credentials,
		});
		expect(error.message).toBe('Could not get a valid 1688 access token [TOKEN_UNAVAILABLE]');
		expect(error.description).toMatch(
			/^The access token has expired \(access tokens last 10 hours\) and the credential has no refresh token to renew it\. Authorise the app again/,
		);
		expect(sandbox().requests.map((r) => r.errorCode)).toEqual(['401']);
		expectNoSecrets(error, credentials);
	});

	test('with continue-on-fail a gateway error becomes an error item without secrets', async () => {
		const credentials = sandboxCredentials(sandbox(), { appSecret: 'wrong' });
		const { items } = await runNode({
			parameters: call('com.alibaba.product', 'alibaba.product.get', {}),
			credentials,
			continueOnFail: true,
		});
		expect(items).toHaveLength(1);
		expect(items[0].error).toContain('[gw.SignatureInvalid]');
		expect(items[0].details).toMatchObject({
			code: 'gw.SignatureInvalid',
			api: 'com.alibaba.product:alibaba.product.get-1',
			httpCode: '400',
		});
		expect(items[0].details.requestId).toBeTruthy();
		expectNoSecrets(items, credentials);
	});
});
