'use strict';
/**
 * examples/1688-stock-alert.json, run in `n8n start`: the workflow is activated with its poll time set to
 * every minute (n8n 2.40 refuses polls more often than once a minute; the example itself polls every 10
 * minutes). Activation's first poll records the stock of both watched offers; then one SKU falls from 669 to 3
 * (below the threshold 10) and another from 485 to 400 (still above it). The next poll must start exactly one
 * execution with exactly one alert, for the SKU that fell below the threshold.
 */
const assert = require('node:assert/strict');
const { lowerStock } = require('../lib/stockChange');

const SLACK_NODE = 'Alert purchasing';
const TRIGGER = '1688 stock check';

async function until(what, condition, timeoutMs) {
	const deadline = Date.now() + timeoutMs;
	while (!condition()) {
		if (Date.now() > deadline)
			throw new Error(`${what} did not happen within ${timeoutMs / 1000}s`);
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
}

module.exports = {
	swapped: [SLACK_NODE],
	/** Poll time while tested: n8n's shortest (every minute). */
	pollTimes: { item: [{ mode: 'everyMinute' }] },

	/** @param {{ sandbox: object, trigger: object }} ctx */
	async fire({ sandbox, trigger }) {
		const { offerManySkus, offerOneSku } = sandbox.fixtures;
		const watched = [offerManySkus.offerId, offerOneSku.offerId].map(String);
		assert.deepEqual(
			trigger.parameters.offerIds.split('\n'),
			watched,
			'the example watches the two seeded offers',
		);
		const seen = () =>
			new Set(
				sandbox.requests.flatMap((r) =>
					watched.filter((id) => JSON.stringify(r.params).includes(id)),
				),
			);
		await until(
			'the first poll (reading both watched offers)',
			() => seen().size === watched.length,
			30000,
		);
		// The first poll is over once no call came for half a second (a scheduled poll may follow it at once).
		let baselineCalls;
		do {
			baselineCalls = sandbox.requests.length;
			await new Promise((resolve) => setTimeout(resolve, 500));
		} while (sandbox.requests.length !== baselineCalls);

		const { offer, falls } = lowerStock(sandbox, { firstAtLeast: 410 });
		// The next poll comes at most a minute later (twice that if it raced with the change).
		return {
			executions: 1,
			timeoutMs: 135000,
			offerId: String(offer.offerId),
			falls,
			baselineCalls,
		};
	},

	/** @param {import('../examples').ExampleContext & { fired: object }} ctx */
	check(ctx) {
		const { sandbox, fired } = ctx;
		assert.equal(
			ctx.runs.length,
			1,
			'one execution after the change (the first poll emitted nothing)',
		);
		assert.equal(ctx.run.mode, 'trigger', 'started by the poll');
		const events = ctx.output(TRIGGER);
		assert.equal(events.length, 1, 'exactly one SKU fell below the threshold');
		const [event] = events;
		const offer = sandbox.store.getOffer(fired.offerId);
		assert.deepEqual(
			{
				event: event.event,
				offerId: event.offerId,
				skuId: event.skuId,
				previousStock: event.previousStock,
				currentStock: event.currentStock,
				threshold: event.threshold,
				title: event.title,
			},
			{
				event: 'stockChanged',
				offerId: fired.offerId,
				skuId: fired.falls.skuId,
				previousStock: fired.falls.before,
				currentStock: 3,
				threshold: 10,
				title: offer.subject,
			},
		);

		const slack = ctx.swapped[SLACK_NODE];
		assert.equal(slack.type, 'n8n-nodes-base.slack');
		assert.equal(slack.parameters.text, '={{ $json.text }}');
		const messages = ctx.output(SLACK_NODE);
		assert.equal(messages.length, 1, 'one Slack alert');
		const [message] = messages;
		assert.deepEqual(
			[message.offerId, message.skuId, message.currentStock],
			[fired.offerId, fired.falls.skuId, 3],
		);
		assert.ok(message.text.includes(`*${offer.subject}*`), 'the alert names the offer');
		assert.ok(message.text.includes(`SKU ${fired.falls.skuId} (`), 'the alert names the exact SKU');
		assert.ok(
			message.text.includes(`: 3 left, was ${fired.falls.before} (alert below 10)`),
			'the alert gives the stock before and after',
		);
		assert.ok(ctx.requests.length > fired.baselineCalls, 'the alert came from a later poll');
	},
};
