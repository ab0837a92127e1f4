'use strict';
/**
 * examples/shopify-order-to-1688-purchase.json cannot run here (Shopify's credential always calls
 * https://<shop>.myshopify.com): the runner imports it into n8n as it is and checks that n8n knows every node type
 * and parameter (lib/loadCheck.js). Checked here: it is the WooCommerce twin's flow (the same 1688 nodes and SKU map
 * code, but for Shopify's line items), on Shopify's orders/paid topic, writing the IDs back as tags and a note.
 */
const assert = require('node:assert/strict');
const { parametersIn, withoutIds } = require('../lib/sameNodes');

const TWIN = 'woocommerce-order-to-1688-purchase';

module.exports = {
	swapped: [],

	/** @param {{ workflow: object }} ctx the workflow as n8n serves it (GET /rest/workflows/:id) */
	check({ workflow }) {
		const node = (name) => workflow.nodes.find((n) => n.name === name);
		assert.deepEqual(node('Shopify order paid').parameters, {
			authentication: 'accessToken',
			topic: 'orders/paid',
		});
		for (const name of [
			'Already bought on 1688?',
			'Preview 1688 order',
			'Create 1688 order',
			'Link shop order',
			'All 1688 orders',
			'Get payment link',
			'Read SKU map',
			'Every SKU mapped?',
		]) {
			assert.deepEqual(
				withoutIds(node(name).parameters),
				withoutIds(parametersIn(TWIN, name)),
				`"${name}" is as in the WooCommerce twin`,
			);
		}
		const write = node('Tag and note the Shopify order');
		assert.equal(write.type, 'n8n-nodes-base.shopify');
		assert.deepEqual(
			[
				write.parameters.resource,
				write.parameters.operation,
				Object.keys(write.parameters.updateFields).sort(),
			],
			['order', 'update', ['note', 'tags']],
		);
		assert.deepEqual(workflow.connections['Every SKU mapped?'].main[1], [
			{ node: 'Stop: SKUs without 1688 source', type: 'main', index: 0 },
		]);
	},
};
