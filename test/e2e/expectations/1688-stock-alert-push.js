'use strict';
/**
 * examples/1688-stock-alert-push.json, run in `n8n start` with no push URL registered (as for an n8n without
 * a public URL). Before activation the two offers are followed through the real follow API, then one SKU
 * falls from 669 to 3 (below 10), another from 485 to 400, and an offer that is not followed changes too:
 * 1688 makes two stock messages, both undelivered. The first poll after activation must start exactly one
 * execution with exactly those two messages and one Slack alert, for the SKU that fell below the threshold.
 */
const assert = require('node:assert/strict');
const { call } = require('../../sandbox/tests/helpers');
const { lowerStock } = require('../lib/stockChange');

const TRIGGER = '1688 stock messages';
const FILTER = 'SKUs below 10';
const SLACK_NODE = 'Alert purchasing';
const STOCK = 'PRODUCT_PRODUCT_INVENTORY_CHANGE';

module.exports = {
	swapped: [SLACK_NODE],

	/** Follow, then the stock changes, all while the workflow is inactive. @param {{ sandbox: object }} ctx */
	async prepare({ sandbox }) {
		const { offerManySkus, offerOneSku, offerExpired } = sandbox.fixtures;
		for (const offerId of [offerManySkus.offerId, offerOneSku.offerId]) {
			const followed = await call(
				sandbox,
				'com.alibaba.product:alibaba.product.follow.crossborder-1',
				{ productId: offerId },
			);
			assert.deepEqual(followed.json, { code: 0, message: 'success' });
		}
		const { offer, falls } = lowerStock(sandbox, { firstAtLeast: 95 });
		sandbox.store.setStock({ offerId: offerExpired.offerId, amountOnSale: 2 });
		await sandbox.settlePushes();
		const messages = sandbox.store.pushMessages
			.filter((m) => m.type === STOCK)
			.map((m) => String(m.msgId));
		assert.equal(messages.length, 2, 'two stock messages, for the followed offer only');
		return { offerId: String(offer.offerId), falls, messages };
	},

	async fire() {
		// Nothing to do: the messages wait on 1688's side; the first poll comes within a minute (twice that at worst).
		return { executions: 1, timeoutMs: 135000 };
	},

	/** @param {import('../examples').ExampleContext & { prepared: object }} ctx */
	check(ctx) {
		const { sandbox, prepared } = ctx;
		assert.equal(ctx.runs.length, 1, 'one execution for the two stock messages');
		assert.equal(ctx.run.mode, 'trigger', 'started by the poll');
		const messages = ctx.output(TRIGGER);
		assert.deepEqual(
			messages.map((m) => [m.type, m.msgId]),
			prepared.messages.map((id) => [STOCK, id]),
			'each stock message once, oldest first',
		);
		assert.deepEqual(
			[
				...new Set(
					messages.flatMap((m) => m.data.OfferInventoryChangeList.map((c) => String(c.offerId))),
				),
			],
			[prepared.offerId],
		);

		const below = ctx.output(FILTER);
		assert.deepEqual(below, [
			{
				offerId: prepared.offerId,
				skuId: prepared.falls.skuId,
				currentStock: 3,
				previousStock: prepared.falls.before,
				threshold: 10,
			},
		]);

		const slack = ctx.swapped[SLACK_NODE];
		assert.equal(slack.type, 'n8n-nodes-base.slack');
		const alerts = ctx.output(SLACK_NODE);
		assert.equal(alerts.length, 1, 'one Slack alert');
		const offer = sandbox.store.getOffer(prepared.offerId);
		const sku = offer.skus.find((s) => String(s.skuId) === prepared.falls.skuId);
		const [alert] = alerts;
		assert.deepEqual(
			[alert.offerId, alert.skuId, alert.currentStock],
			[prepared.offerId, prepared.falls.skuId, 3],
		);
		assert.ok(
			alert.text.includes(`*${offer.subject}*`),
			`the alert names the offer: ${alert.text}`,
		);
		assert.ok(
			alert.text.includes(`SKU ${prepared.falls.skuId} (`),
			'the alert names the exact SKU',
		);
		assert.ok(
			sku.attributes.every((a) => alert.text.includes(a.attributeValue)),
			`the alert gives the SKU's attributes: ${alert.text}`,
		);
		assert.ok(
			alert.text.includes(`: 3 left, was ${prepared.falls.before} (alert below 10)`),
			'the alert gives the stock before and after',
		);
		assert.ok(alert.text.endsWith(`https://detail.1688.com/offer/${prepared.offerId}.html`));

		const apis = ctx.requests.map((r) => r.api);
		assert.equal(
			apis.filter(
				(api) => api === 'com.alibaba.fenxiao.crossborder:product.search.queryProductDetail-1',
			).length,
			1,
			'one offer read, for the one alert',
		);
		assert.ok(
			apis.includes('cn.alibaba.open:push.query.messageList-1'),
			'the messages were pulled',
		);
	},
};
