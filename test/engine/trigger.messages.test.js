'use strict';
const { useSandbox, operationRunner } = require('../support/sandboxSuite');
const { sandboxCredentials } = require('../support/engine');
const { createPoller } = require('../support/triggers');
const { useVirtualClock } = require('../support/virtualClock');

const LIST_API = 'cn.alibaba.open:push.query.messageList-1';
const CONFIRM_API = 'cn.alibaba.open:push.message.confirm-1';
const PAY = 'ORDER_BUYER_VIEW_ORDER_PAY';
const SHIP = 'ORDER_BUYER_VIEW_ANNOUNCE_SENDGOODS';
const STOCK = 'PRODUCT_PRODUCT_INVENTORY_CHANGE';

const sandbox = useSandbox({ resetEach: true });
// The polls' retries after a failed page in virtual time: what is retried matters here, not the wait.
useVirtualClock();
const pullMessages = ({ messageTypes = [], options = {}, app = 'full', budgetMs } = {}) =>
	createPoller({
		parameters: { event: 'messagesPulled', messageTypes, options },
		credentials: sandboxCredentials(sandbox(), {}, app),
		budgetMs,
	});
const calls = (api) => sandbox().requests.filter((r) => r.api === api);
const confirmedIds = () => calls(CONFIRM_API).flatMap((r) => r.params.msgIdList.match(/\d+/g));
const stored = (type) => sandbox().store.pushMessages.filter((m) => !type || m.type === type);
const ids = (items) => items.map((item) => item.msgId);

/** `count` stock messages: a followed offer whose first SKU's stock changes `count` times. */
function stockMessages(count) {
	const store = sandbox().store;
	const offer = store.getOffer(sandbox().fixtures.offerManySkus.offerId);
	store.setFollowed(offer.offerId, true);
	for (let i = 1; i <= count; i++)
		store.setStock({ offerId: offer.offerId, skuId: offer.skus[0].skuId, amountOnSale: 1000 + i });
	return offer;
}

describe('1688 Trigger → Messages (Pulled)', () => {
	test("each pending message once, in the Message Trigger's item shape; confirmed at the next poll, after its poll succeeded", async () => {
		const poller = pullMessages();
		const [paid, shipped] = stored();
		const first = await poller.poll();
		expect(first.error).toBeUndefined();
		expect(first.items).toEqual([
			{
				msgId: String(paid.msgId),
				type: PAY,
				bizKey: null,
				userInfo: sandbox().store.member.memberId,
				gmtBorn: paid.gmtBorn,
				gmtBornAt: new Date(paid.gmtBorn).toISOString(),
				// The 19-digit order ID stays exact.
				data: expect.objectContaining({ orderId: paid.bizKey, currentStatus: 'waitsellersend' }),
				// The topic's fields, as the Message Trigger gives them too.
				orderId: paid.bizKey,
				status: 'waitsellersend',
				sentAt: new Date(Math.floor(paid.gmtBorn / 1000) * 1000 + 8 * 3600_000)
					.toISOString()
					.replace('Z', '+08:00'),
				buyerMemberId: sandbox().store.member.memberId,
				sellerMemberId: sandbox().store.getOrder(paid.bizKey).seller.memberId,
			},
			expect.objectContaining({ msgId: String(shipped.msgId), type: SHIP }),
		]);
		// Listed, not confirmed yet: the items are not handed to n8n until the poll returns.
		expect(sandbox().requests.map((r) => r.api)).toEqual([LIST_API]);
		expect(sandbox().requests[0].params).toMatchObject({ page: '1', pageSize: '200' });
		expect(sandbox().requests[0].params).not.toHaveProperty('type');
		expect(stored().some((m) => m.confirmed)).toBe(false);
		expect(poller.state.messages.unconfirmed).toEqual(ids(first.items));

		sandbox().clearRequests();
		const second = await poller.poll();
		expect(second.error).toBeUndefined();
		expect(second.emitted).toBeNull();
		expect(sandbox().requests.map((r) => r.api)).toEqual([CONFIRM_API, LIST_API]);
		expect(sandbox().requests[0].params.msgIdList).toBe(`[${paid.msgId},${shipped.msgId}]`);
		expect(stored().every((m) => m.confirmed)).toBe(true);

		sandbox().store.setOrderStatus(
			sandbox().fixtures.orderIdByStatus.waitbuyerpay,
			'waitsellersend',
		);
		sandbox().clearRequests();
		const third = await poller.poll();
		expect(third.items.map((item) => item.type)).toEqual([PAY]);
		expect(sandbox().requests.map((r) => r.api)).toEqual([LIST_API]);
		expect(new Set([...ids(first.items), ...ids(third.items)]).size).toBe(3);
	});

	test('a poll that fails on page 2 emits, confirms and saves nothing; the next emits every message once, across pages', async () => {
		stockMessages(230);
		const poller = pullMessages();
		sandbox().injectFault({ api: LIST_API, kind: 'status500', after: 1, times: 3 });
		const failed = await poller.poll();
		expect(failed.error).toBeDefined();
		expect(failed.error.message).toMatch(/^Listing 1688 messages failed/);
		expect(failed.emitted).toBeNull();
		expect(poller.saved).toEqual({});
		expect(calls(CONFIRM_API)).toEqual([]);

		sandbox().clearRequests();
		const recovered = await poller.poll();
		expect(recovered.error).toBeUndefined();
		expect(recovered.items).toHaveLength(232);
		expect(new Set(ids(recovered.items)).size).toBe(232);
		expect(calls(LIST_API).map((r) => r.params.page)).toEqual(['1', '2']);
		expect(calls(CONFIRM_API)).toEqual([]);

		// The next poll's confirm fails: nothing is emitted, nothing confirmed, the state stays as it was.
		const before = poller.saved;
		sandbox().injectFault({ api: CONFIRM_API, kind: 'status500', times: 3 });
		sandbox().clearRequests();
		const confirmFailed = await poller.poll();
		expect(confirmFailed.error.message).toMatch(
			/^Confirming the messages the last poll emitted failed/,
		);
		expect(confirmFailed.emitted).toBeNull();
		expect(poller.saved).toEqual(before);
		expect(stored().filter((m) => m.confirmed)).toEqual([]);

		sandbox().clearRequests();
		const confirmed = await poller.poll();
		expect(confirmed.error).toBeUndefined();
		expect(confirmed.emitted).toBeNull();
		// 232 IDs in batches of 200, then the (now empty) list.
		expect(sandbox().requests.map((r) => r.api)).toEqual([CONFIRM_API, CONFIRM_API, LIST_API]);
		expect(confirmedIds().sort()).toEqual(ids(recovered.items).sort());
		expect(stored().every((m) => m.confirmed)).toBe(true);
	});

	test('a poll that runs out of budget stops between pages; the rest comes with the next poll, none twice', async () => {
		stockMessages(230);
		const poller = pullMessages({ budgetMs: 1 });
		const first = await poller.poll();
		expect(first.items).toHaveLength(200);
		expect(calls(LIST_API)).toHaveLength(1);
		const second = await poller.poll();
		expect(second.items).toHaveLength(32);
		expect(new Set([...ids(first.items), ...ids(second.items)]).size).toBe(232);
		const third = await poller.poll();
		expect(third.emitted).toBeNull();
		expect(stored().every((m) => m.confirmed)).toBe(true);
	});

	test('Message Types: each wanted topic is listed on its own; other topics stay pending, unconfirmed, for other consumers', async () => {
		stockMessages(3);
		const poller = pullMessages({
			messageTypes: [PAY],
			options: { otherTypes: 'product_product_inventory_change' },
		});
		const first = await poller.poll();
		expect(first.items.map((item) => item.type)).toEqual([PAY, STOCK, STOCK, STOCK]);
		expect(calls(LIST_API).map((r) => r.params.type)).toEqual([PAY, STOCK]);
		await poller.poll();
		expect(stored(SHIP).map((m) => m.confirmed)).toEqual([false]);
		expect(stored().filter((m) => m.confirmed)).toHaveLength(4);
	});

	test('a message 1688 lists again after it was emitted is confirmed again, not emitted twice', async () => {
		const poller = pullMessages();
		const first = await poller.poll();
		await poller.poll();
		// 1688 lags behind a confirm: the messages show up once more.
		for (const message of stored()) message.confirmed = false;
		sandbox().clearRequests();
		const again = await poller.poll();
		expect(again.emitted).toBeNull();
		expect(poller.state.messages.unconfirmed.sort()).toEqual(ids(first.items).sort());
		await poller.poll();
		expect(stored().every((m) => m.confirmed)).toBe(true);
	});

	test("a gmtBorn out of range or not a number gives gmtBornAt null (the Message Trigger's item), and the poll goes on", async () => {
		for (const at of [1e20, -1e20, 'abc'])
			sandbox().store.queuePush(STOCK, '624392716873', { OfferInventoryChangeList: [] }, at);
		const { items, error } = await pullMessages().poll();
		expect(error).toBeUndefined();
		// Oldest first: -1e20, then the one without a time, the two seeded messages, 1e20.
		expect(items.map((item) => [item.gmtBorn, item.gmtBornAt === null ? null : 'dated'])).toEqual([
			[-1e20, null],
			[null, null],
			[stored()[0].gmtBorn, 'dated'],
			[stored()[1].gmtBorn, 'dated'],
			[1e20, null],
		]);
		expect(new Set(items.map((item) => item.msgId)).size).toBe(5);
	});

	test('Fetch Test Event shows the oldest pending message of the first wanted topic, and changes nothing', async () => {
		const poller = pullMessages({ messageTypes: [SHIP] });
		const sample = await poller.poll({ mode: 'manual' });
		expect(sample.items).toEqual([
			expect.objectContaining({ type: SHIP, msgId: String(stored(SHIP)[0].msgId) }),
		]);
		expect(calls(LIST_API).map((r) => r.params)).toEqual([
			expect.objectContaining({ type: SHIP, page: '1', pageSize: '20' }),
		]);
		expect(calls(CONFIRM_API)).toEqual([]);
		expect(poller.saved).toEqual({});
		expect((await poller.poll()).items).toHaveLength(1);
	});

	test('no public URL needed: follow an offer, its stock changes, the poll emits the stock message (cross-border app)', async () => {
		const offerId = String(sandbox().fixtures.offerOneSku.offerId);
		const follow = operationRunner(sandbox, 'product', 'follow', 'crossBorder');
		expect((await follow({ offerId })).items).toEqual([
			{ offerId, following: true, changed: true },
		]);
		const poller = pullMessages({ messageTypes: [STOCK], app: 'crossBorder' });
		expect((await poller.poll()).emitted).toBeNull();

		const offer = sandbox().store.getOffer(offerId);
		const before = offer.skus[0].amountOnSale;
		sandbox().store.setStock({ offerId, amountOnSale: 4 });
		sandbox().store.setStock({
			offerId: sandbox().fixtures.offerManySkus.offerId,
			amountOnSale: 4,
		}); // not followed
		const { items, error } = await poller.poll();
		expect(error).toBeUndefined();
		expect(items).toEqual([
			expect.objectContaining({
				type: STOCK,
				data: {
					OfferInventoryChangeList: [
						{
							offerId: offer.offerId,
							offerOnSale: 4,
							skuId: offer.skus[0].skuId,
							skuOnSale: 4,
							quantity: 4 - before,
							bizTime: expect.any(String),
						},
					],
				},
			}),
		]);
		expect(
			calls(LIST_API).every(
				(r) => r.appKey === sandbox().apps.crossBorder.appKey && r.params.type === STOCK,
			),
		).toBe(true);
	});
});
