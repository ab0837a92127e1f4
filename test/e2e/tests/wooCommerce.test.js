'use strict';
/**
 * The e2e's WooCommerce stand-in (test/e2e/lib/wooCommerce) behaves as WooCommerce's REST API documents it: keys
 * checked as WooCommerce checks them, records and links as v3 answers them, paging headers, SKU searches that list
 * variations, the schema's types enforced, webhooks signed over the exact bytes sent, its own order.updated after a
 * REST change, and every write logged.
 */
const crypto = require('node:crypto');
const http = require('node:http');
const { startWooCommerce, CREDENTIALS } = require('../lib/wooCommerce');
const { phpJson } = require('../lib/wooCommerce/deliveries');

const BASIC = `Basic ${Buffer.from(`${CREDENTIALS.consumerKey}:${CREDENTIALS.consumerSecret}`).toString('base64')}`;

let shop;
beforeAll(async () => {
	shop = await startWooCommerce();
});
afterAll(async () => {
	await shop.close();
});
beforeEach(() => shop.reset());

async function api(method, route, { body, auth = BASIC } = {}) {
	const response = await fetch(`${shop.url}/wp-json/wc/v3${route}`, {
		method,
		headers: {
			...(auth ? { authorization: auth } : {}),
			...(body ? { 'content-type': 'application/json' } : {}),
		},
		body: body ? JSON.stringify(body) : undefined,
	});
	return {
		status: response.status,
		headers: Object.fromEntries(response.headers),
		body: await response.json(),
	};
}

/** A receiver for webhook deliveries on a free port: every request's headers and raw body. */
async function receiver() {
	const received = [];
	const server = http.createServer((req, res) => {
		const chunks = [];
		req.on('data', (chunk) => chunks.push(chunk));
		req.on('end', () => {
			received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
			res.writeHead(200).end();
		});
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	return {
		url: `http://127.0.0.1:${server.address().port}/hook`,
		received,
		close: () => new Promise((resolve) => server.close(resolve)),
	};
}

describe('WooCommerce stand-in', () => {
	test('checks the consumer key and secret as WooCommerce does: Basic auth or query, the refusal named', async () => {
		expect(await api('GET', '/orders', { auth: null })).toMatchObject({
			status: 401,
			body: { code: 'woocommerce_rest_cannot_view', data: { status: 401 } },
		});
		const badKey = `Basic ${Buffer.from(`ck_wrong:${CREDENTIALS.consumerSecret}`).toString('base64')}`;
		expect((await api('GET', '/orders', { auth: badKey })).body).toEqual({
			code: 'woocommerce_rest_authentication_error',
			message: 'Consumer key is invalid.',
			data: { status: 401 },
		});
		const badSecret = `Basic ${Buffer.from(`${CREDENTIALS.consumerKey}:cs_wrong`).toString('base64')}`;
		expect((await api('GET', '/orders', { auth: badSecret })).body.message).toBe(
			'Consumer secret is invalid.',
		);
		const query = await fetch(
			`${shop.url}/wp-json/wc/v3/orders/1042?consumer_key=${CREDENTIALS.consumerKey}&consumer_secret=${CREDENTIALS.consumerSecret}`,
		);
		expect(query.status).toBe(200);
		expect(
			(await api('PUT', '/orders/1042', { auth: null, body: { status: 'completed' } })).body.code,
		).toBe('woocommerce_rest_cannot_edit');
		expect(shop.order(1042).status).toBe('processing');
	});

	test('an order as v3 answers it: number, line items with SKUs, totals as text, its own links', async () => {
		const { status, body } = await api('GET', '/orders/1042');
		expect(status).toBe(200);
		expect(body).toMatchObject({
			id: 1042,
			number: '1042',
			status: 'processing',
			currency: 'EUR',
			total: '239.94',
			meta_data: [],
		});
		expect(body.line_items.map((line) => [line.sku, line.quantity, line.variation_id])).toEqual([
			['TEE-GREY-L', 2, 111],
			['TEE-GREY-XL', 3, 112],
			['JACKET-PINK-XXL-2PK', 1, 0],
		]);
		expect(body._links.self).toEqual([{ href: `${shop.url}/wp-json/wc/v3/orders/1042` }]);
		expect((await api('GET', '/orders/999')).body).toEqual({
			code: 'woocommerce_rest_shop_order_invalid_id',
			message: 'Invalid ID.',
			data: { status: 404 },
		});
	});

	test('lists page with X-WP-Total, X-WP-TotalPages and a Link header only when there is another page', async () => {
		const first = await api('GET', '/orders?per_page=2');
		expect(first.body.map((o) => o.id)).toEqual([1044, 1043]);
		expect([first.headers['x-wp-total'], first.headers['x-wp-totalpages']]).toEqual(['3', '2']);
		expect(first.headers.link).toBe(
			`<${shop.url}/wp-json/wc/v3/orders?per_page=2&page=2>; rel="next"`,
		);
		const all = await api('GET', '/orders?per_page=100');
		expect(all.headers.link).toBeUndefined();
		expect((await api('GET', '/orders?per_page=101')).status).toBe(400);
	});

	test('a SKU search lists variations too, each linked to its parent; the variations endpoint gives their own link', async () => {
		const { body } = await api('GET', '/products?sku=TEE-GREY-L,JACKET-PINK-XXL-2PK,NOPE');
		const bySku = Object.fromEntries(body.map((p) => [p.sku, p]));
		expect(Object.keys(bySku).sort()).toEqual(['JACKET-PINK-XXL-2PK', 'TEE-GREY-L']);
		expect(bySku['TEE-GREY-L']).toMatchObject({
			id: 111,
			type: 'variation',
			parent_id: 101,
			regular_price: '29.99',
			stock_quantity: 40,
		});
		expect(bySku['TEE-GREY-L']._links.self[0].href).toBe(`${shop.url}/wp-json/wc/v3/products/111`);
		expect(bySku['TEE-GREY-L']._links.up[0].href).toBe(`${shop.url}/wp-json/wc/v3/products/101`);
		expect(bySku['JACKET-PINK-XXL-2PK']).toMatchObject({ id: 120, type: 'simple', parent_id: 0 });
		const variation = await api('GET', '/products/101/variations/111');
		expect(variation.body._links.self[0].href).toBe(
			`${shop.url}/wp-json/wc/v3/products/101/variations/111`,
		);
	});

	test('enforces the schema types and unique SKUs; a batch answers each failed object in place', async () => {
		expect(
			(await api('PUT', '/products/120', { body: { regular_price: 12.5 } })).body,
		).toMatchObject({ code: 'rest_invalid_param', data: { status: 400 } });
		const batch = await api('POST', '/products/101/variations/batch', {
			body: {
				update: [
					{ id: 111, regular_price: '19.99', stock_quantity: 0 },
					{ id: 112, sku: 'TEE-GREY-L' },
					{ id: 999, stock_quantity: 1 },
				],
			},
		});
		expect(batch.status).toBe(200);
		expect(batch.body.update[0]).toMatchObject({
			id: 111,
			regular_price: '19.99',
			stock_quantity: 0,
			stock_status: 'outofstock',
		});
		expect(batch.body.update[1].error).toEqual({
			code: 'product_invalid_sku',
			message: 'Invalid or duplicated SKU.',
			data: { status: 400 },
		});
		expect(batch.body.update[2].error.code).toBe('woocommerce_rest_product_variation_invalid_id');
		const created = await api('POST', '/products/120/variations', { body: { sku: 'X' } });
		expect(created.body.code).toBe('woocommerce_rest_invalid_product_type');
	});

	test('a variable product is created, given options, and its variations must use them', async () => {
		const product = await api('POST', '/products', {
			body: { name: 'Flask', type: 'variable', sku: 'FLASK', status: 'draft' },
		});
		expect(product.status).toBe(201);
		const id = product.body.id;
		await api('PUT', `/products/${id}`, {
			body: {
				attributes: [{ name: 'Color', options: ['Red', 'Blue'], variation: true }],
				images: [{ src: 'https://cdn.example/a.jpg' }],
			},
		});
		const refused = await api('POST', `/products/${id}/variations/batch`, {
			body: { create: [{ sku: 'FLASK-GREEN', attributes: [{ name: 'Color', option: 'Green' }] }] },
		});
		expect(refused.body.create[0].error.code).toBe('rest_invalid_param');
		const made = await api('POST', `/products/${id}/variations/batch`, {
			body: {
				create: [
					{
						sku: 'FLASK-RED',
						regular_price: '9.99',
						attributes: [{ name: 'color', option: 'Red' }],
					},
				],
			},
		});
		expect(made.body.create[0]).toMatchObject({
			sku: 'FLASK-RED',
			parent_id: id,
			attributes: [{ id: 0, name: 'Color', option: 'Red' }],
		});
		expect(shop.product(id)).toMatchObject({
			type: 'variable',
			status: 'draft',
			price: '9.99',
			variations: [made.body.create[0].id],
		});
		expect(shop.product(id).images).toEqual([
			{ id: expect.any(Number), src: 'https://cdn.example/a.jpg', name: '', alt: '' },
		]);
	});

	test('order notes: private or for the customer (who is e-mailed); refunds no larger than what is left', async () => {
		await api('POST', '/orders/1042/notes', { body: { note: 'internal', customer_note: false } });
		await api('POST', '/orders/1042/notes', {
			body: { note: 'Shipped: DHL 123', customer_note: true },
		});
		expect((await api('GET', '/orders/1042/notes?type=customer')).body.map((n) => n.note)).toEqual([
			'Shipped: DHL 123',
		]);
		expect(shop.customerEmails()).toEqual([
			{
				orderId: 1042,
				to: 'anna.keller@example.com',
				note: 'Shipped: DHL 123',
				noteId: expect.any(Number),
			},
		]);
		expect(
			(await api('POST', '/orders/1042/refunds', { body: { amount: '500.00' } })).body.code,
		).toBe('woocommerce_rest_cannot_create_order_refund');
		const refund = await api('POST', '/orders/1042/refunds', {
			body: { amount: '239.94', reason: 'Returned' },
		});
		expect(refund.body).toMatchObject({
			amount: '239.94',
			reason: 'Returned',
			refunded_payment: true,
		});
		expect(shop.order(1042).status).toBe('refunded');
		expect((await api('GET', '/orders/1042/refunds')).body.map((r) => r.id)).toEqual([
			refund.body.id,
		]);
	});

	test('a refund of lines keeps its own line items as v3 lists them: negative pieces and totals, the order line in _refunded_item_id', async () => {
		expect(
			(
				await api('POST', '/orders/1043/refunds', {
					body: { line_items: [{ id: 999, quantity: 1, refund_total: 1 }] },
				})
			).body.code,
		).toBe('rest_invalid_param');
		const refund = await api('POST', '/orders/1043/refunds', {
			body: { reason: 'Too small', line_items: [{ id: 512, quantity: 1, refund_total: 12.99 }] },
		});
		expect(refund.status).toBe(201);
		const [line] = refund.body.line_items;
		expect(line).toEqual({
			id: expect.any(Number),
			name: 'Canvas tote',
			product_id: 130,
			variation_id: 0,
			quantity: -1,
			tax_class: '',
			subtotal: '-12.99',
			subtotal_tax: '0.00',
			total: '-12.99',
			total_tax: '0.00',
			taxes: [],
			meta_data: [{ id: expect.any(Number), key: '_refunded_item_id', value: '512' }],
			sku: 'TOTE-NATURAL',
			price: -12.99,
		});
		expect(line.id).not.toBe(512);
		expect(refund.body).toMatchObject({ amount: '12.99', reason: 'Too small' });
		expect(shop.order(1043).refunds).toEqual([
			{ id: refund.body.id, reason: 'Too small', total: '-12.99' },
		]);
		expect(shop.order(1043).status).toBe('processing');
	});

	test('webhooks: registered, delivered signed over the exact PHP-encoded bytes, order.updated fired after a REST change, deleted only with force', async () => {
		const hook = await receiver();
		try {
			const registered = await api('POST', '/webhooks', {
				body: { delivery_url: hook.url, topic: 'order.updated', secret: 's3cret' },
			});
			expect(registered.body).toMatchObject({
				status: 'active',
				topic: 'order.updated',
				resource: 'order',
				event: 'updated',
				delivery_url: hook.url,
			});
			expect((await api('GET', '/webhooks?status=active')).body.map((w) => w.id)).toEqual([
				registered.body.id,
			]);

			const [delivery] = await shop.deliver('order.updated', 1042);
			expect(delivery.status).toBe(200);
			const [received] = hook.received;
			expect(received.body).toBe(phpJson(shop.order(1042)));
			expect(received.body).toContain('http:\\/\\/127.0.0.1');
			expect(received.headers).toMatchObject({
				'x-wc-webhook-topic': 'order.updated',
				'x-wc-webhook-resource': 'order',
				'x-wc-webhook-event': 'updated',
				'x-wc-webhook-id': String(registered.body.id),
				'x-wc-webhook-source': `${shop.url}/`,
				'x-wc-webhook-signature': crypto
					.createHmac('sha256', 's3cret')
					.update(received.body)
					.digest('base64'),
			});

			await api('PUT', '/orders/1042', {
				body: { meta_data: [{ key: '1688_order_ids', value: '1,2' }] },
			});
			await new Promise((resolve) => setImmediate(resolve));
			await shop.settle();
			expect(hook.received).toHaveLength(2);
			expect(JSON.parse(hook.received[1].body).meta_data).toEqual([
				{ id: expect.any(Number), key: '1688_order_ids', value: '1,2' },
			]);

			await shop.redeliver(delivery);
			expect(hook.received[2].body).toBe(received.body);
			expect(hook.received[2].headers['x-wc-webhook-delivery-id']).not.toBe(
				received.headers['x-wc-webhook-delivery-id'],
			);

			expect((await api('DELETE', `/webhooks/${registered.body.id}`)).status).toBe(501);
			expect((await api('DELETE', `/webhooks/${registered.body.id}?force=true`)).status).toBe(200);
			expect(shop.webhooks()).toEqual([]);
		} finally {
			await hook.close();
		}
	});

	test('logs every write with its body and answer status, refused ones too', async () => {
		await api('GET', '/orders/1042');
		await api('PUT', '/orders/1042', { body: { status: 'completed' } });
		await api('PUT', '/orders/1042', { body: { status: 'shipped' } });
		expect(shop.writes.map((w) => [w.method, w.route, w.body, w.status])).toEqual([
			['PUT', '/orders/1042', { status: 'completed' }, 200],
			['PUT', '/orders/1042', { status: 'shipped' }, 400],
		]);
		expect(shop.order(1042)).toMatchObject({
			status: 'completed',
			date_completed: expect.any(String),
		});
		shop.store.registerOrderStatus('return-requested');
		expect(
			(await api('PUT', '/orders/1043', { body: { status: 'return-requested' } })).body.status,
		).toBe('return-requested');
	});
});
