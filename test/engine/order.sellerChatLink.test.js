'use strict';
/** Order → Get Seller Chat Link, and Order → Get's Add Seller Chat Link option, through the n8n engine as the cross-border app. */
const { useSandbox, operationRunner } = require('../support/sandboxSuite');
const { sellerProfile } = require('../sandbox/data/sourcing');

const sandbox = useSandbox({ resetEach: true });
const chatLink = operationRunner(sandbox, 'order', 'getSellerChatLink', 'crossBorder');
const getOrder = operationRunner(sandbox, 'order', 'get', 'crossBorder');

const ORDER_GET = 'com.alibaba.trade:alibaba.trade.get.buyerView-1';
const ENCRYPT = 'com.alibaba.account:loginid.openuid.encrypt-1';
const CHAT_URL = 'com.alibaba.account:account.wangwangUrl.get-1';
const CHAT_PAGE = 'https://air.1688.com/app/ocms-fusion-components-1688/def_cbu_web_im/index.html';

const apis = () => sandbox().requests.map((request) => request.api);
const sellerOf = (orderId) => sandbox().store.getOrder(orderId).seller;

describe('Order → Get Seller Chat Link', () => {
	test("by order: its sellerLoginId → the seller's OpenUID → the chat link", async () => {
		const orderId = sandbox().fixtures.orderIdByStatus.waitsellersend;
		const seller = sellerOf(orderId);
		const openUid = sellerProfile(seller).openId;
		const { items, error } = await chatLink({ orderId });
		expect(error).toBeUndefined();
		expect(items).toEqual([
			{
				orderId,
				sellerLoginId: seller.loginId,
				sellerOpenUid: openUid,
				chatLink: `${CHAT_PAGE}?touid=${openUid}#/`,
			},
		]);
		expect(apis()).toEqual([ORDER_GET, ENCRYPT, CHAT_URL]);
		expect(sandbox().requests[1].params.loginId).toBe(seller.loginId);
		expect(sandbox().requests[2].params.toOpenUid).toBe(openUid);
	});

	test("by a seller's OpenUID (the sellerOpenId of its products' cross-border detail): one call", async () => {
		const sellerOpenUid = sellerProfile(
			sellerOf(sandbox().fixtures.orderIdByStatus.waitsellersend),
		).openId;
		const { items, error } = await chatLink({
			sellerFrom: 'openUid',
			sellerOpenUid: ` ${sellerOpenUid} `,
		});
		expect(error).toBeUndefined();
		expect(items).toEqual([{ sellerOpenUid, chatLink: `${CHAT_PAGE}?touid=${sellerOpenUid}#/` }]);
		expect(sandbox().requests.map((r) => [r.api, r.params.toOpenUid])).toEqual([
			[CHAT_URL, sellerOpenUid],
		]);
	});

	test("an OpenUID that is not one is refused before any request; an unknown one is 1688's error", async () => {
		const bad = await chatLink({ sellerFrom: 'openUid', sellerOpenUid: 'not an id!' });
		expect(bad.error.message).toBe(
			'Seller Open UID: must be the seller\'s OpenUID (letters and digits, e.g. sellerOpenId of a product), got "not an id!" [item 0]',
		);
		expect(sandbox().requests).toHaveLength(0);
		const unknown = await chatLink({ sellerFrom: 'openUid', sellerOpenUid: 'sbx-nobody' });
		expect(unknown.error.message).toMatch(
			/account\.wangwangUrl\.get-1 failed: toOpenUid\[sbx-nobody\]无效 \[400\]$/,
		);
	});

	test("an app not granted the chat APIs gets 1688's refusal in words", async () => {
		sandbox().injectFault({ api: ENCRYPT, kind: 'aclDecline' });
		const { error } = await chatLink({
			orderId: sandbox().fixtures.orderIdByStatus.waitsellersend,
		});
		expect(error.name).toBe('NodeApiError');
		expect(error.message).toBe(
			`This 1688 app is not allowed to call ${ENCRYPT} [gw.APIACLDecline]`,
		);
		expect(apis()).toEqual([ORDER_GET, ENCRYPT]);
	});
});

describe('Order → Get with Add Seller Chat Link', () => {
	test('off (the default): one call, no link', async () => {
		const orderId = sandbox().fixtures.orderIdByStatus.waitsellersend;
		const { items } = await getOrder({ orderId });
		expect(items[0]).not.toHaveProperty('sellerChatLink');
		expect(apis()).toEqual([ORDER_GET]);
	});

	test("on: the simplified order with sellerChatLink; Simplify off keeps 1688's JSON and adds it beside", async () => {
		const orderId = sandbox().fixtures.orderIdByStatus.waitsellersend;
		const link = `${CHAT_PAGE}?touid=${sellerProfile(sellerOf(orderId)).openId}#/`;
		const { items, error } = await getOrder({ orderId, getOptions: { sellerChatLink: true } });
		expect(error).toBeUndefined();
		expect(items[0]).toMatchObject({
			orderId,
			status: 'waitsellersend',
			seller: { loginId: sellerOf(orderId).loginId },
			sellerChatLink: link,
		});
		expect(apis()).toEqual([ORDER_GET, ENCRYPT, CHAT_URL]);
		const raw = await getOrder({ orderId, simplify: false, getOptions: { sellerChatLink: true } });
		expect(raw.items[0]).toMatchObject({
			success: 'true',
			result: { baseInfo: { idOfStr: orderId } },
			sellerChatLink: link,
		});
	});

	test('the app not granted the chat APIs: the order still comes, with sellerChatLink null and the reason in words', async () => {
		const orderId = sandbox().fixtures.orderIdByStatus.waitsellersend;
		sandbox().injectFault({ api: ENCRYPT, kind: 'aclDecline' });
		const { items, error } = await getOrder({ orderId, getOptions: { sellerChatLink: true } });
		expect(error).toBeUndefined();
		expect(items[0]).toMatchObject({
			orderId,
			status: 'waitsellersend',
			sellerChatLink: null,
			sellerChatLinkError: `This 1688 app is not allowed to call ${ENCRYPT} [gw.APIACLDecline]`,
		});
		expect(apis()).toEqual([ORDER_GET, ENCRYPT]);
	});
});
