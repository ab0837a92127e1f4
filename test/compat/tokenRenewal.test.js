'use strict';
/**
 * An expired access token is renewed and the call resent on every supported n8n line, with the same
 * requests: the transport recognises 1688's token error itself and asks n8n for one renewal (an emptied
 * expirable field, which both lines answer by running the credential's preAuthentication). Runs with
 * `npm test` (2.x) and in `npm run test:compat` (N8N_COMPAT_LINE=1.x).
 */
const { useSandbox } = require('../support/sandboxSuite');
const { runNode, sandboxCredentials, CREDENTIAL_TYPE } = require('../support/engine');

const LINE = process.env.N8N_COMPAT_LINE || '2.x';
/** The one refusal before the renewed call, on both lines. */
const REFUSALS = ['401'];

const ACCOUNT = 'com.alibaba.account:alibaba.account.basic-1';
const GET_TOKEN = 'system.oauth2:getToken-1';
const CREATE = 'com.alibaba.trade:alibaba.trade.fastCreateOrder-1';
const whoAmI = {
	resource: 'customApi',
	operation: 'call',
	namespace: 'com.alibaba.account',
	apiName: 'alibaba.account.basic',
	version: 1,
	parameters: '{}',
};

const sandbox = useSandbox({ resetEach: true });
const calls = (api) => sandbox().requests.filter((request) => request.api === api);

function buyableLine() {
	for (const offer of sandbox().store.offers.values()) {
		if (
			offer.status !== 'published' ||
			offer.seller.memberId === sandbox().fixtures.member.memberId
		)
			continue;
		const sku = offer.skus.find((candidate) => candidate.amountOnSale >= 100);
		if (sku)
			return {
				offerId: String(offer.offerId),
				specId: sku.specId,
				quantity: offer.minOrderQuantity + 1,
			};
	}
	throw new Error('no buyable offer in the sandbox');
}

describe(`an expired access token on n8n ${LINE}`, () => {
	test('is renewed from the refresh token once and the read resent with the new token', async () => {
		sandbox().expireAccessToken(sandbox().credentials.accessToken);
		const { items, error, credentialsHelper } = await runNode({
			parameters: whoAmI,
			credentials: sandboxCredentials(sandbox()),
		});
		expect(error).toBeUndefined();
		expect(items[0].result.loginId).toBe(sandbox().fixtures.member.loginId);
		expect(calls(ACCOUNT).map((r) => r.errorCode)).toEqual([...REFUSALS, null]);
		expect(calls(ACCOUNT).at(-1).params.access_token).toBe(
			credentialsHelper.store[CREDENTIAL_TYPE].oauthAccessToken,
		);
		expect(calls(GET_TOKEN)).toHaveLength(1);
	});

	test('a refused refresh token is one clear error after one attempt', async () => {
		sandbox().expireAccessToken(sandbox().credentials.accessToken);
		const credentials = sandboxCredentials(sandbox(), { refreshToken: 'not-a-refresh-token' });
		const { error } = await runNode({ parameters: whoAmI, credentials });
		expect(error.message).toBe('Could not get a valid 1688 access token [TOKEN_UNAVAILABLE]');
		expect(error.description).toMatch(/^1688 refused the refresh token \(invalid_grant: .+\)/);
		expect(calls(GET_TOKEN)).toHaveLength(1);
		expect(calls(ACCOUNT).map((r) => r.errorCode)).toEqual(REFUSALS);
	});

	test('Order → Create refused with 401 is sent again after the renewal and creates exactly one order', async () => {
		sandbox().expireAccessToken(sandbox().credentials.accessToken);
		const before = sandbox().store.orders.size;
		const line = buyableLine();
		const { items, error } = await runNode({
			parameters: {
				resource: 'order',
				operation: 'create',
				orderApi: 'domestic',
				fullName: '赵六',
				mobile: '13511112222',
				provinceText: '浙江省',
				cityText: '杭州市',
				areaText: '滨江区',
				address: '网商路699号',
				postCode: '310052',
				cartSource: 'ui',
				cart: { line: [line] },
			},
			credentials: sandboxCredentials(sandbox()),
		});
		expect(error).toBeUndefined();
		expect(calls(CREATE).map((r) => r.errorCode)).toEqual([...REFUSALS, null]);
		expect(sandbox().store.orders.size).toBe(before + 1);
		expect(items).toHaveLength(1);
		expect(String(items[0].orderId)).toMatch(/^\d{16,19}$/);
	});
});
