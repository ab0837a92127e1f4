'use strict';
/**
 * A stand-in for a WooCommerce shop's REST API (wp-json/wc/v3) on 127.0.0.1, so that n8n's own WooCommerce node,
 * WooCommerce Trigger and HTTP Request node (with the WooCommerce credential) run for real in the e2e:
 *   - authentication as WooCommerce checks it over HTTPS: the consumer key and secret as HTTP Basic auth, or as
 *     consumer_key / consumer_secret in the query (n8n's "Include Credentials in Query");
 *   - the routes of routes.js over a small seeded shop (seed.js);
 *   - webhooks: registered through /webhooks (the Trigger does on activation) and delivered signed as WooCommerce
 *     signs them (deliveries.js), by `deliver(topic, resource)` or by WooCommerce's own hooks after a REST change
 *     (an order PUT fires order.updated, as in WooCommerce), after the answer went out;
 *   - a log of every write (method, route, query, body, status) so tests assert exactly the writes a workflow made,
 *     and of every e-mail a customer would get (a note with customer_note true).
 *
 *   const shop = await startWooCommerce();  shop.url, shop.credentials, shop.writes, shop.deliver('order.updated', 1042)
 */
const http = require('node:http');
const { ShopStore, RestError } = require('./store');
const { findRoute } = require('./routes');
const { deliverTo } = require('./deliveries');
const { API_PATH, orderView, productView, variationView } = require('./views');

const CREDENTIALS = Object.freeze({
	consumerKey: 'ck_e2e0000000000000000000000000000000000000',
	consumerSecret: 'cs_e2e0000000000000000000000000000000000000',
});
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function send(res, status, body, headers = {}) {
	const text = JSON.stringify(body);
	res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8', ...headers });
	res.end(text);
}

function restError(res, error) {
	send(res, error.status, {
		code: error.code,
		message: error.message,
		data: { status: error.status },
	});
}

/** WooCommerce's answer to a request without valid keys (WC_REST_Authentication, then the permission check). */
function authProblem(req, query) {
	const basic = /^Basic\s+(.+)$/i.exec(req.headers.authorization ?? '');
	let key;
	let secret;
	if (basic) [key, secret] = Buffer.from(basic[1], 'base64').toString('utf8').split(':');
	else if (query.has('consumer_key'))
		[key, secret] = [query.get('consumer_key'), query.get('consumer_secret')];
	if (key === undefined) {
		const refused = {
			GET: ['woocommerce_rest_cannot_view', 'Sorry, you cannot list resources.'],
			POST: ['woocommerce_rest_cannot_create', 'Sorry, you are not allowed to create resources.'],
			DELETE: [
				'woocommerce_rest_cannot_delete',
				'Sorry, you are not allowed to delete this resource.',
			],
		}[req.method] ?? [
			'woocommerce_rest_cannot_edit',
			'Sorry, you are not allowed to edit this resource.',
		];
		return new RestError(401, ...refused);
	}
	if (key !== CREDENTIALS.consumerKey)
		return new RestError(401, 'woocommerce_rest_authentication_error', 'Consumer key is invalid.');
	if (secret !== CREDENTIALS.consumerSecret)
		return new RestError(
			401,
			'woocommerce_rest_authentication_error',
			'Consumer secret is invalid.',
		);
	return undefined;
}

async function readBody(req) {
	const chunks = [];
	for await (const chunk of req) chunks.push(chunk);
	const text = Buffer.concat(chunks).toString('utf8');
	if (!text.trim()) return {};
	if (/application\/x-www-form-urlencoded/.test(req.headers['content-type'] ?? ''))
		return Object.fromEntries(new URLSearchParams(text));
	try {
		return JSON.parse(text);
	} catch {
		throw new RestError(400, 'rest_invalid_json', 'Invalid JSON body passed.');
	}
}

/**
 * Starts the stand-in on a free port of 127.0.0.1.
 * @param {{ hooksOnWrites?: boolean }} [options] hooksOnWrites (default true): deliver the topics WooCommerce fires after a REST change
 */
async function startWooCommerce({ hooksOnWrites = true } = {}) {
	const store = new ShopStore();
	const writes = [];
	const requests = [];
	const deliveries = [];
	const pending = new Set();
	let base = '';

	const fire = (topic, payload) => {
		for (const webhook of [...store.webhooks.values()].filter(
			(w) => w.status === 'active' && w.topic === topic,
		)) {
			const delivery = deliverTo(webhook, payload, { sourceUrl: base, log: deliveries }).finally(
				() => pending.delete(delivery),
			);
			pending.add(delivery);
		}
	};

	const server = http.createServer(async (req, res) => {
		const url = new URL(req.url, base);
		const query = url.searchParams;
		const entry = {
			method: req.method,
			route: url.pathname.slice(API_PATH.length),
			query: Object.fromEntries(query),
			at: Date.now(),
		};
		try {
			if (!url.pathname.startsWith(`${API_PATH}/`))
				throw new RestError(
					404,
					'rest_no_route',
					'No route was found matching the URL and request method.',
				);
			const body = await readBody(req);
			if (WRITE_METHODS.has(req.method)) {
				entry.body = body;
				writes.push(entry);
			}
			requests.push(entry);
			const refused = authProblem(req, query);
			if (refused) throw refused;
			const found = findRoute(req.method, entry.route);
			if (!found)
				throw new RestError(
					404,
					'rest_no_route',
					'No route was found matching the URL and request method.',
				);
			const answer = found.handler({ store, base, query, body, url }, ...found.captures);
			entry.status = answer.status ?? 200;
			send(res, entry.status, answer.body, answer.headers);
			if (hooksOnWrites)
				for (const [topic, payload] of answer.hooks ?? []) setImmediate(() => fire(topic, payload));
		} catch (error) {
			if (!(error instanceof RestError)) {
				entry.status = 500;
				send(res, 500, {
					code: 'internal_server_error',
					message: String(error?.stack ?? error),
					data: { status: 500 },
				});
				return;
			}
			entry.status = error.status;
			restError(res, error);
		}
	});
	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', resolve);
	});
	base = `http://127.0.0.1:${server.address().port}`;

	/** The current REST view of an order or product, as a delivery or a test sees it. */
	const views = {
		order: (id) => orderView(store.order(id), base),
		product: (id) => productView(store.product(id), base),
		variation: (productId, variationId) => {
			const { product, variation } = store.variation(productId, variationId);
			return variationView(variation, product, base);
		},
	};

	return {
		url: base,
		credentials: CREDENTIALS,
		store,
		/** Every POST/PUT/PATCH/DELETE received (also those refused: see `status`), oldest first. */
		writes,
		/** Every request received. */
		requests,
		/** Every webhook delivery made: { webhookId, topic, url, deliveryId, body, headers, status, response }. */
		deliveries,
		...views,
		/** Every product and variation with this SKU: [{ product, variation? }] (the store's records). */
		bySku: (sku) => store.bySkus([sku]),
		webhooks: () => [...store.webhooks.values()].map((w) => ({ ...w })),
		/** What customers were e-mailed: WooCommerce mails every order note added with customer_note true. */
		customerEmails: () =>
			[...store.orders.values()].flatMap((order) =>
				order.notes
					.filter((n) => n.customer_note)
					.map((n) => ({ orderId: order.id, to: order.billing.email, note: n.note, noteId: n.id })),
			),
		/**
		 * Delivers a topic to every active webhook registered for it, as WooCommerce does after the change: the
		 * resource as the REST API shows it now (an order or product ID), or a payload given as it is.
		 * @returns {Promise<object[]>} the delivery records
		 */
		async deliver(topic, resource) {
			const [kind] = topic.split('.');
			const payload =
				typeof resource === 'object'
					? resource
					: kind === 'order'
						? views.order(resource)
						: views.product(resource);
			const hooks = [...store.webhooks.values()].filter(
				(w) => w.status === 'active' && w.topic === topic,
			);
			if (hooks.length === 0)
				throw new Error(`no active webhook for ${topic} is registered at the shop`);
			return await Promise.all(
				hooks.map((webhook) => deliverTo(webhook, payload, { sourceUrl: base, log: deliveries })),
			);
		},
		/** Sends a delivery again with the same body (WooCommerce retrying, or an event delivered twice); a new delivery ID. */
		async redeliver(delivery) {
			const webhook = store.webhook(delivery.webhookId);
			return await deliverTo(webhook, undefined, {
				sourceUrl: base,
				log: deliveries,
				body: delivery.body,
			});
		},
		/** Waits until the deliveries WooCommerce's hooks started after REST changes have their answers. */
		async settle() {
			while (pending.size) await Promise.all([...pending]);
		},
		/** Back to the seeded shop, no webhooks, empty logs (the n8n side must be inactive). */
		reset() {
			store.reset();
			writes.length = 0;
			requests.length = 0;
			deliveries.length = 0;
		},
		close: () =>
			new Promise((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections();
			}),
	};
}

module.exports = { startWooCommerce, CREDENTIALS };
