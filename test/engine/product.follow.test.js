'use strict';
const { operationRunner, useSandbox } = require('../support/sandboxSuite');

const FOLLOW_API = 'com.alibaba.product:alibaba.product.follow.crossborder-1';
const UNFOLLOW_API = 'com.alibaba.product:alibaba.product.unfollow.crossborder-1';
const LIST_API = 'cn.alibaba.open:push.query.messageList-1';

const sandbox = useSandbox({ resetEach: true });
// An overseas reseller's app: both APIs are in the cross-border solution's catalogue.
const follow = operationRunner(sandbox, 'product', 'follow', 'crossBorder');
const unfollow = operationRunner(sandbox, 'product', 'unfollow', 'crossBorder');
const listMessages = operationRunner(sandbox, 'customApi', 'call', 'crossBorder');

describe('Product → Follow / Unfollow through the n8n engine', () => {
	test('one call per offer (IDs or page URLs), the follow state changes in the sandbox', async () => {
		const { offerManySkus, offerOneSku } = sandbox().fixtures;
		const { items, pairedItems, error } = await follow(
			{ offerId: '={{ $json.offer }}' },
			{
				items: [
					{ offer: String(offerManySkus.offerId) },
					{ offer: `https://detail.1688.com/offer/${offerOneSku.offerId}.html` },
				],
			},
		);
		expect(error).toBeUndefined();
		expect(items).toEqual([
			{ offerId: String(offerManySkus.offerId), following: true, changed: true },
			{ offerId: String(offerOneSku.offerId), following: true, changed: true },
		]);
		expect(pairedItems).toEqual([{ item: 0 }, { item: 1 }]);
		expect(sandbox().requests.map((r) => [r.api, r.params.productId])).toEqual([
			[FOLLOW_API, String(offerManySkus.offerId)],
			[FOLLOW_API, String(offerOneSku.offerId)],
		]);
		expect([...sandbox().store.followed].sort()).toEqual(
			[offerManySkus.offerId, offerOneSku.offerId].sort(),
		);
	});

	test('idempotent: following twice or unfollowing an offer not followed is no error, just changed: false', async () => {
		const offerId = String(sandbox().fixtures.offerOneSku.offerId);
		expect((await follow({ offerId })).items).toEqual([
			{ offerId, following: true, changed: true },
		]);
		const again = await follow({ offerId });
		expect(again.error).toBeUndefined();
		expect(again.items).toEqual([{ offerId, following: true, changed: false }]);
		expect((await unfollow({ offerId })).items).toEqual([
			{ offerId, following: false, changed: true },
		]);
		const twice = await unfollow({ offerId });
		expect(twice.error).toBeUndefined();
		expect(twice.items).toEqual([{ offerId, following: false, changed: false }]);
		expect(sandbox().requests.map((r) => r.api)).toEqual([
			FOLLOW_API,
			FOLLOW_API,
			UNFOLLOW_API,
			UNFOLLOW_API,
		]);
		expect(sandbox().store.followed.size).toBe(0);
	});

	test('follow, then a stock and a price change: 1688 makes messages for that offer and for no other', async () => {
		const { offerManySkus, offerOneSku } = sandbox().fixtures;
		await follow({ offerId: String(offerManySkus.offerId) });
		const offer = sandbox().store.getOffer(offerManySkus.offerId);
		sandbox().store.setStock({
			offerId: offer.offerId,
			skuId: offer.skus[0].skuId,
			amountOnSale: 2,
		});
		sandbox().store.setStock({ offerId: offerOneSku.offerId, amountOnSale: 2 });
		sandbox().store.setPrice({ offerId: offer.offerId, price: 12.5 });
		await sandbox().settlePushes();

		// Any 1688 API → Call reads the message list as a user would.
		const { items, error } = await listMessages({
			namespace: 'cn.alibaba.open',
			apiName: 'push.query.messageList',
			version: 1,
			parameters: '{"type": "PRODUCT_PRODUCT_INVENTORY_CHANGE"}',
			readOnly: true,
		});
		expect(sandbox().requests.at(-1).api).toBe(LIST_API);
		expect(error).toBeUndefined();
		const [page] = items;
		expect(page.pushMessagePage.totalCount).toBe(1);
		expect(page.pushMessagePage.datas[0].data.OfferInventoryChangeList).toEqual([
			expect.objectContaining({ offerId: offer.offerId, skuId: offer.skus[0].skuId, skuOnSale: 2 }),
		]);
		const prices = sandbox().store.undeliveredMessages({ type: 'FENXIAO_PRICE_CHANGE' });
		expect(prices.map((m) => m.data.productId)).toEqual([String(offer.offerId)]);
	});

	test("an unknown offer fails with 1688's code and text", async () => {
		const unknown = String(sandbox().fixtures.unknownOfferId);
		const failed = await follow({ offerId: unknown }, { continueOnFail: true });
		expect(failed.items).toEqual([
			{
				error: expect.stringMatching(
					/alibaba\.product\.follow\.crossborder-1 failed: 商品不存在.*\[404\]/,
				),
				details: expect.objectContaining({ code: '404', api: FOLLOW_API }),
			},
		]);
	});
});
