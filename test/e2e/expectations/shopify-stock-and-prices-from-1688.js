'use strict';
/**
 * examples/shopify-stock-and-prices-from-1688.json cannot run here (its GraphQL calls go to
 * https://<shop>.myshopify.com with the Shopify credential): the runner imports it into n8n as it is and checks that
 * n8n knows every node type and parameter (lib/loadCheck.js). Checked here: the same pricing rule, 1688 nodes and SKU
 * map look-up as its WooCommerce twin, and both Shopify calls through HTTP Request with the Shopify credential.
 */
const assert = require('node:assert/strict');
const { parametersIn, withoutIds } = require('../lib/sameNodes');

const TWIN = 'woocommerce-stock-and-prices-from-1688';

module.exports = {
	swapped: [],

	/** @param {{ workflow: object }} ctx the workflow as n8n serves it (GET /rest/workflows/:id) */
	check({ workflow }) {
		const node = (name) => workflow.nodes.find((n) => n.name === name);
		for (const name of [
			'1688 stock and price messages',
			'Offer ID',
			'Get SKUs',
			'Read SKU map',
			'Shop SKUs of this offer',
			'Pricing rule',
		]) {
			assert.deepEqual(
				withoutIds(node(name).parameters),
				withoutIds(parametersIn(TWIN, name)),
				`"${name}" is as in the WooCommerce twin`,
			);
		}
		for (const name of ['Find them in Shopify', 'Update Shopify']) {
			const { parameters } = node(name);
			assert.deepEqual(
				[parameters.method, parameters.authentication, parameters.nodeCredentialType],
				['POST', 'predefinedCredentialType', 'shopifyAccessTokenApi'],
			);
			assert.match(
				parameters.url,
				/^https:\/\/your-shop\.myshopify\.com\/admin\/api\/\d{4}-\d{2}\/graphql\.json$/,
			);
		}
	},
};
