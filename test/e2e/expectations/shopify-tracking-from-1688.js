'use strict';
/**
 * examples/shopify-tracking-from-1688.json cannot run here (its GraphQL calls go to https://<shop>.myshopify.com with
 * the Shopify credential): the runner imports it into n8n as it is and checks that n8n knows every node type and
 * parameter (lib/loadCheck.js). Checked here: the same trigger, waybill nodes and per-order tracking as its
 * WooCommerce twin, the same setting in the Code node that decides, and both Shopify calls through HTTP Request with
 * the Shopify credential on one Admin API version.
 */
const assert = require('node:assert/strict');
const { parametersIn, withoutIds } = require('../lib/sameNodes');

const TWIN = 'woocommerce-tracking-from-1688';
/** The settings block at the top of a Code node (from its "Settings" line to the closing rule). */
const settingsOf = (jsCode) => /^\/\/ ── Settings[\s\S]*?\n\/\/ ─+\n/.exec(jsCode)?.[0];

module.exports = {
	swapped: [],

	/** @param {{ workflow: object }} ctx the workflow as n8n serves it (GET /rest/workflows/:id) */
	check({ workflow }) {
		const node = (name) => workflow.nodes.find((n) => n.name === name);
		for (const name of [
			'1688 shipping messages',
			'International waybill?',
			'Get domestic waybill',
			'Tracking per 1688 order',
		]) {
			assert.deepEqual(
				withoutIds(node(name).parameters),
				withoutIds(parametersIn(TWIN, name)),
				`"${name}" is as in the WooCommerce twin`,
			);
		}
		const settings = settingsOf(node('Tracking for Shopify').parameters.jsCode);
		assert.ok(settings, 'the Code node starts with its settings');
		assert.equal(
			settings,
			settingsOf(parametersIn(TWIN, 'Tracking to write').jsCode),
			'the same settings as the WooCommerce twin',
		);
		for (const name of ['Find the Shopify order', 'Update Shopify']) {
			const { parameters } = node(name);
			assert.deepEqual(
				[parameters.method, parameters.authentication, parameters.nodeCredentialType],
				['POST', 'predefinedCredentialType', 'shopifyAccessTokenApi'],
			);
			assert.equal(
				parameters.url,
				'https://your-shop.myshopify.com/admin/api/2025-07/graphql.json',
			);
		}
		const code = node('Tracking for Shopify').parameters.jsCode;
		for (const mutation of [
			'metafieldsSet(metafields: $metafields)',
			'fulfillmentCreate(fulfillment: $fulfillment)',
			'fulfillmentTrackingInfoUpdate(fulfillmentId: $fulfillmentId',
		]) {
			assert.ok(code.includes(mutation), `the Code node sends ${mutation}`);
		}
		assert.deepEqual(workflow.connections['International waybill?'].main, [
			[{ node: 'Tracking per 1688 order', type: 'main', index: 0 }],
			[{ node: 'Get domestic waybill', type: 'main', index: 0 }],
		]);
		assert.deepEqual(workflow.connections['Tracking per 1688 order'].main, [
			[{ node: 'Find the Shopify order', type: 'main', index: 0 }],
		]);
	},
};
