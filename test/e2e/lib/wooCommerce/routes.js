'use strict';
/**
 * The wp-json/wc/v3 routes n8n's WooCommerce node, its WooCommerce Trigger and HTTP Request calls with the
 * WooCommerce credential use. Each answers like WooCommerce (records as views.js shapes them, lists paged with
 * X-WP-Total, X-WP-TotalPages and a Link header only when there is another page) and may name the webhook topics
 * WooCommerce fires for the change (`hooks`), delivered after the answer.
 */
const { RestError } = require('./store');
const {
	productView,
	variationView,
	orderView,
	noteView,
	refundView,
	webhookView,
} = require('./views');

const MAX_BATCH = 100;

/** per_page (1–100, default 10) and page, as WordPress reads them. */
function paging(query) {
	const perPage = query.has('per_page') ? Number(query.get('per_page')) : 10;
	const page = query.has('page') ? Number(query.get('page')) : 1;
	if (!Number.isInteger(perPage) || perPage < 1 || perPage > 100)
		throw new RestError(
			400,
			'rest_invalid_param',
			'Invalid parameter(s): per_page (per_page must be between 1 (inclusive) and 100 (inclusive))',
		);
	if (!Number.isInteger(page) || page < 1)
		throw new RestError(
			400,
			'rest_invalid_param',
			'Invalid parameter(s): page (page must be greater than or equal to 1)',
		);
	return { perPage, page };
}

/** A page of `all`, with the headers WordPress sends. */
function pageOf(all, query, url) {
	const { perPage, page } = paging(query);
	const pages = Math.max(1, Math.ceil(all.length / perPage));
	const headers = { 'x-wp-total': String(all.length), 'x-wp-totalpages': String(pages) };
	const links = [];
	const at = (n) => {
		const next = new URL(url);
		next.searchParams.set('page', String(n));
		return `<${next.href}>`;
	};
	if (page > 1) links.push(`${at(page - 1)}; rel="prev"`);
	if (page < pages) links.push(`${at(page + 1)}; rel="next"`);
	if (links.length) headers.link = links.join(', ');
	return { body: all.slice((page - 1) * perPage, page * perPage), headers };
}

const listParam = (query, name) =>
	(query.get(name) ?? '')
		.split(',')
		.map((s) => s.trim())
		.filter(Boolean);

/** Runs a batch's create / update / delete lists (at most 100 objects); a failed object answers its error in place. */
function batch(body, { create, update, remove }) {
	const size = ['create', 'update', 'delete'].reduce(
		(n, key) => n + (Array.isArray(body[key]) ? body[key].length : 0),
		0,
	);
	if (size > MAX_BATCH)
		throw new RestError(
			413,
			'woocommerce_rest_request_entity_too_large',
			`Unable to accept more than ${MAX_BATCH} items for this request.`,
		);
	const each = (list, fn) =>
		(Array.isArray(list) ? list : []).map((entry) => {
			try {
				return fn(entry);
			} catch (error) {
				if (!(error instanceof RestError)) throw error;
				return {
					id: Number(entry?.id ?? 0),
					error: { code: error.code, message: error.message, data: { status: error.status } },
				};
			}
		});
	const answer = {};
	if (body.create) answer.create = each(body.create, create);
	if (body.update) answer.update = each(body.update, update);
	if (body.delete)
		answer.delete = each(body.delete, (id) => remove(typeof id === 'object' ? id.id : id));
	return answer;
}

/** Route table: [method, pattern, handler(ctx, ...captures)]. ctx: { store, base, query, body, url, hooks }. */
const ROUTES = [
	[
		'GET',
		/^\/products\/categories$/,
		() => ({
			body: [
				{
					id: 15,
					name: 'Uncategorized',
					slug: 'uncategorized',
					parent: 0,
					description: '',
					display: 'default',
					image: null,
					menu_order: 0,
					count: 0,
				},
			],
		}),
	],

	[
		'GET',
		/^\/products$/,
		({ store, base, query, url }) => {
			const skus = listParam(query, 'sku');
			const search = (query.get('search') ?? '').toLowerCase();
			let found;
			if (skus.length) {
				// A SKU search lists variations too (post_type product and product_variation).
				found = store
					.bySkus(skus)
					.map(({ product, variation }) =>
						variation
							? variationView(variation, product, base, { asProduct: true })
							: productView(product, base),
					);
			} else {
				found = [...store.products.values()].map((p) => productView(p, base));
			}
			if (search) found = found.filter((p) => p.name.toLowerCase().includes(search));
			if (query.get('type')) found = found.filter((p) => p.type === query.get('type'));
			if (query.get('status') && query.get('status') !== 'any')
				found = found.filter((p) => p.status === query.get('status'));
			return pageOf(
				found.sort((a, b) => b.id - a.id),
				query,
				url,
			);
		},
	],
	[
		'POST',
		/^\/products$/,
		({ store, base, body }) => {
			const product = store.createProduct(body);
			return {
				status: 201,
				body: productView(product, base),
				hooks: [['product.created', productView(product, base)]],
			};
		},
	],
	[
		'POST',
		/^\/products\/batch$/,
		({ store, base, body }) => {
			const hooks = [];
			const answer = batch(body, {
				create: (entry) => {
					const view = productView(store.createProduct(entry), base);
					hooks.push(['product.created', view]);
					return view;
				},
				update: (entry) => {
					const view = productView(store.updateProduct(entry.id, entry), base);
					hooks.push(['product.updated', view]);
					return view;
				},
				remove: (id) => {
					const view = productView(store.deleteProduct(id), base);
					hooks.push(['product.deleted', { id: view.id }]);
					return view;
				},
			});
			return { body: answer, hooks };
		},
	],
	[
		'GET',
		/^\/products\/(\d+)$/,
		({ store, base }, id) => ({ body: productView(store.product(id), base) }),
	],
	[
		'PUT',
		/^\/products\/(\d+)$/,
		({ store, base, body }, id) => {
			const view = productView(store.updateProduct(id, body), base);
			return { body: view, hooks: [['product.updated', view]] };
		},
	],
	[
		'DELETE',
		/^\/products\/(\d+)$/,
		({ store, base }, id) => {
			const view = productView(store.deleteProduct(id), base);
			return { body: view, hooks: [['product.deleted', { id: view.id }]] };
		},
	],

	[
		'GET',
		/^\/products\/(\d+)\/variations$/,
		({ store, base, query, url }, id) => {
			const product = store.product(id);
			return pageOf(
				product.variations.map((v) => variationView(v, product, base)),
				query,
				url,
			);
		},
	],
	[
		'POST',
		/^\/products\/(\d+)\/variations$/,
		({ store, base, body }, id) => {
			const { product, variation } = store.createVariation(id, body);
			return { status: 201, body: variationView(variation, product, base) };
		},
	],
	[
		'POST',
		/^\/products\/(\d+)\/variations\/batch$/,
		({ store, base, body }, id) => {
			const parent = store.product(id);
			const view = ({ product, variation }) => variationView(variation, product, base);
			return {
				body: batch(body, {
					create: (entry) => view(store.createVariation(parent.id, entry)),
					update: (entry) => view(store.updateVariation(parent.id, entry.id, entry)),
					remove: (variationId) => {
						const found = store.variation(parent.id, variationId);
						parent.variations = parent.variations.filter((v) => v !== found.variation);
						return view(found);
					},
				}),
			};
		},
	],
	[
		'GET',
		/^\/products\/(\d+)\/variations\/(\d+)$/,
		({ store, base }, id, variationId) => {
			const { product, variation } = store.variation(id, variationId);
			return { body: variationView(variation, product, base) };
		},
	],
	[
		'PUT',
		/^\/products\/(\d+)\/variations\/(\d+)$/,
		({ store, base, body }, id, variationId) => {
			const { product, variation } = store.updateVariation(id, variationId, body);
			return { body: variationView(variation, product, base) };
		},
	],

	[
		'GET',
		/^\/orders$/,
		({ store, base, query, url }) => {
			const statuses = listParam(query, 'status').filter((s) => s !== 'any');
			const search = query.get('search') ?? '';
			let orders = [...store.orders.values()];
			if (statuses.length) orders = orders.filter((o) => statuses.includes(o.status));
			if (search)
				orders = orders.filter(
					(o) =>
						String(o.id) === search ||
						o.billing.email.includes(search) ||
						o.billing.last_name.includes(search),
				);
			return pageOf(
				orders.sort((a, b) => b.id - a.id).map((o) => orderView(o, base)),
				query,
				url,
			);
		},
	],
	[
		'GET',
		/^\/orders\/(\d+)$/,
		({ store, base }, id) => ({ body: orderView(store.order(id), base) }),
	],
	[
		'PUT',
		/^\/orders\/(\d+)$/,
		({ store, base, body }, id) => {
			const view = orderView(store.updateOrder(id, body), base);
			return { body: view, hooks: [['order.updated', view]] };
		},
	],

	[
		'GET',
		/^\/orders\/(\d+)\/notes$/,
		({ store, base, query }, id) => {
			const order = store.order(id);
			const type = query.get('type') ?? 'any';
			const notes = order.notes.filter(
				(n) => type === 'any' || (type === 'customer') === n.customer_note,
			);
			return { body: notes.map((n) => noteView(n, order, base)) };
		},
	],
	[
		'POST',
		/^\/orders\/(\d+)\/notes$/,
		({ store, base, body }, id) => {
			const order = store.order(id);
			return { status: 201, body: noteView(store.addNote(id, body), order, base) };
		},
	],
	[
		'GET',
		/^\/orders\/(\d+)\/notes\/(\d+)$/,
		({ store, base }, id, noteId) => {
			const order = store.order(id);
			const note = order.notes.find((n) => n.id === Number(noteId));
			if (!note) throw new RestError(404, 'woocommerce_rest_invalid_id', 'Invalid resource ID.');
			return { body: noteView(note, order, base) };
		},
	],

	[
		'GET',
		/^\/orders\/(\d+)\/refunds$/,
		({ store, base }, id) => {
			const order = store.order(id);
			return { body: order.refunds.map((r) => refundView(r, order, base)) };
		},
	],
	[
		'POST',
		/^\/orders\/(\d+)\/refunds$/,
		({ store, base, body }, id) => {
			const refund = store.addRefund(id, body);
			const order = store.order(id);
			return {
				status: 201,
				body: refundView(refund, order, base),
				hooks: [['order.updated', orderView(order, base)]],
			};
		},
	],
	[
		'GET',
		/^\/orders\/(\d+)\/refunds\/(\d+)$/,
		({ store, base }, id, refundId) => {
			const order = store.order(id);
			const refund = order.refunds.find((r) => r.id === Number(refundId));
			if (!refund) throw new RestError(404, 'woocommerce_rest_invalid_id', 'Invalid resource ID.');
			return { body: refundView(refund, order, base) };
		},
	],

	[
		'GET',
		/^\/webhooks$/,
		({ store, base, query, url }) => {
			const status = query.get('status') ?? 'all';
			const hooks = [...store.webhooks.values()].filter(
				(w) => status === 'all' || w.status === status,
			);
			return pageOf(
				hooks.map((w) => webhookView(w, base)),
				query,
				url,
			);
		},
	],
	[
		'POST',
		/^\/webhooks$/,
		({ store, base, body }) => ({
			status: 201,
			body: webhookView(store.createWebhook(body), base),
		}),
	],
	[
		'GET',
		/^\/webhooks\/(\d+)$/,
		({ store, base }, id) => ({ body: webhookView(store.webhook(id), base) }),
	],
	[
		'DELETE',
		/^\/webhooks\/(\d+)$/,
		({ store, base, query }, id) => {
			const webhook = store.webhook(id);
			if (query.get('force') !== 'true')
				throw new RestError(
					501,
					'woocommerce_rest_trash_not_supported',
					'Webhooks do not support trashing.',
				);
			store.webhooks.delete(webhook.id);
			return { body: webhookView(webhook, base) };
		},
	],
];

/** The handler for a method and route, with its captures; PATCH is PUT, as in WordPress. */
function findRoute(method, route) {
	const wanted = method === 'PATCH' ? 'PUT' : method;
	for (const [m, pattern, handler] of ROUTES) {
		const match = m === wanted && pattern.exec(route);
		if (match) return { handler, captures: match.slice(1) };
	}
	return undefined;
}

module.exports = { findRoute };
