'use strict';
/**
 * Records as WooCommerce's REST API v3 answers them (woocommerce.github.io/woocommerce-rest-api-docs: order,
 * order note, order refund, product, product variation, webhook properties), with the `_links` WordPress adds:
 * a product's `self` is /products/<id>; a variation listed through /products (a SKU search) keeps that form and
 * gets `up` (its parent), while the variations endpoint gives /products/<parent>/variations/<id>.
 */

const API_PATH = '/wp-json/wc/v3';

/** WordPress's two date fields: site time (UTC here) without a zone, and GMT. */
function dates(name, ms) {
	const text = ms === null || ms === undefined ? null : new Date(ms).toISOString().slice(0, 19);
	return { [name]: text, [`${name}_gmt`]: text };
}

const money = (n) => (Math.round(n * 100) / 100).toFixed(2);
const link = (base, path) => [{ href: `${base}${API_PATH}${path}` }];

function metaView(meta) {
	return meta.map(({ id, key, value }) => ({ id, key, value }));
}

function stockStatus(record) {
	if (!record.manage_stock) return record.stock_status ?? 'instock';
	return record.stock_quantity > 0 ? 'instock' : 'outofstock';
}

function priceOf(record) {
	return record.sale_price ? record.sale_price : (record.regular_price ?? '');
}

function productView(product, base) {
	return {
		id: product.id,
		name: product.name,
		slug: product.slug ?? slugOf(product.name),
		permalink: `${base}/product/${product.slug ?? slugOf(product.name)}/`,
		...dates('date_created', product.created),
		...dates('date_modified', product.modified ?? product.created),
		type: product.type,
		status: product.status,
		description: product.description ?? '',
		short_description: product.short_description ?? '',
		sku: product.sku ?? '',
		price: product.type === 'variable' ? minPrice(product) : priceOf(product),
		regular_price: product.type === 'variable' ? '' : (product.regular_price ?? ''),
		sale_price: product.sale_price ?? '',
		manage_stock: Boolean(product.manage_stock),
		stock_quantity: product.manage_stock ? product.stock_quantity : null,
		stock_status: product.type === 'variable' ? variableStockStatus(product) : stockStatus(product),
		parent_id: 0,
		images: product.images.map((image) => ({ ...image })),
		attributes: product.attributes.map((attribute) => ({
			...attribute,
			options: [...attribute.options],
		})),
		variations: product.variations.map((variation) => variation.id),
		meta_data: metaView(product.meta_data),
		_links: { self: link(base, `/products/${product.id}`), collection: link(base, '/products') },
	};
}

/** A variation from the variations endpoint, or (asProduct) as /products lists it in a SKU search. */
function variationView(variation, parent, base, { asProduct = false } = {}) {
	const common = {
		id: variation.id,
		...dates('date_created', variation.created),
		...dates('date_modified', variation.modified ?? variation.created),
		sku: variation.sku ?? '',
		price: priceOf(variation),
		regular_price: variation.regular_price ?? '',
		sale_price: variation.sale_price ?? '',
		manage_stock: Boolean(variation.manage_stock),
		stock_quantity: variation.manage_stock ? variation.stock_quantity : null,
		stock_status: stockStatus(variation),
		parent_id: parent.id,
		meta_data: metaView(variation.meta_data),
	};
	if (asProduct) {
		const options = variation.attributes.map((a) => a.option).join(', ');
		return {
			...common,
			name: `${parent.name} - ${options}`,
			type: 'variation',
			status: parent.status,
			images: variation.image ? [{ ...variation.image }] : [],
			attributes: variation.attributes.map((a) => ({ ...a })),
			variations: [],
			_links: {
				self: link(base, `/products/${variation.id}`),
				collection: link(base, '/products'),
				up: link(base, `/products/${parent.id}`),
			},
		};
	}
	return {
		...common,
		name: `${parent.name} - ${variation.attributes.map((a) => a.option).join(', ')}`,
		status: 'publish',
		image: variation.image ? { ...variation.image } : null,
		attributes: variation.attributes.map((a) => ({ ...a })),
		_links: {
			self: link(base, `/products/${parent.id}/variations/${variation.id}`),
			collection: link(base, `/products/${parent.id}/variations`),
			up: link(base, `/products/${parent.id}`),
		},
	};
}

function orderView(order, base) {
	const lines = order.line_items.map((item) => ({
		id: item.id,
		name: item.name,
		product_id: item.product_id,
		variation_id: item.variation_id,
		quantity: item.quantity,
		tax_class: '',
		subtotal: money(item.price * item.quantity),
		subtotal_tax: '0.00',
		total: money(item.price * item.quantity),
		total_tax: '0.00',
		taxes: [],
		meta_data: metaView(item.meta_data),
		sku: item.sku,
		price: item.price,
		image: { id: '', src: '' },
		parent_name: null,
	}));
	const total = order.line_items.reduce((sum, item) => sum + item.price * item.quantity, 0);
	return {
		id: order.id,
		parent_id: 0,
		status: order.status,
		currency: order.currency,
		version: '9.4.2',
		prices_include_tax: false,
		...dates('date_created', order.created),
		...dates('date_modified', order.modified ?? order.created),
		discount_total: '0.00',
		discount_tax: '0.00',
		shipping_total: '0.00',
		shipping_tax: '0.00',
		cart_tax: '0.00',
		total: money(total),
		total_tax: '0.00',
		customer_id: order.customer_id,
		order_key: `wc_order_${order.id}k`,
		billing: { ...order.billing },
		shipping: { ...order.shipping },
		payment_method: order.payment_method,
		payment_method_title: order.payment_method_title,
		transaction_id: order.transaction_id,
		customer_ip_address: '',
		customer_user_agent: '',
		created_via: 'checkout',
		customer_note: order.customer_note,
		...dates('date_completed', order.completed ?? null),
		...dates('date_paid', order.paid),
		cart_hash: '',
		number: String(order.id),
		meta_data: metaView(order.meta_data),
		line_items: lines,
		tax_lines: [],
		shipping_lines: [],
		fee_lines: [],
		coupon_lines: [],
		refunds: order.refunds.map((refund) => ({
			id: refund.id,
			reason: refund.reason,
			total: `-${money(refund.amount)}`,
		})),
		payment_url: `${base}/checkout/order-pay/${order.id}/`,
		currency_symbol: order.currency === 'EUR' ? '€' : '$',
		_links: {
			self: link(base, `/orders/${order.id}`),
			collection: link(base, '/orders'),
			customer: link(base, `/customers/${order.customer_id}`),
		},
	};
}

function noteView(note, order, base) {
	return {
		id: note.id,
		author: note.added_by_user ? 'shop manager' : 'system',
		...dates('date_created', note.created),
		note: note.note,
		customer_note: note.customer_note,
		_links: {
			self: link(base, `/orders/${order.id}/notes/${note.id}`),
			collection: link(base, `/orders/${order.id}/notes`),
			up: link(base, `/orders/${order.id}`),
		},
	};
}

function refundView(refund, order, base) {
	return {
		id: refund.id,
		...dates('date_created', refund.created),
		amount: money(refund.amount),
		reason: refund.reason,
		refunded_by: 1,
		refunded_payment: refund.refunded_payment,
		meta_data: metaView(refund.meta_data),
		line_items: refund.line_items.map((item) => refundLineView(item, order)),
		_links: {
			self: link(base, `/orders/${order.id}/refunds/${refund.id}`),
			collection: link(base, `/orders/${order.id}/refunds`),
			up: link(base, `/orders/${order.id}`),
		},
	};
}

/**
 * A refund's line item as v3 lists it (the docs' "List all refunds" sample): its own ID, the pieces and amounts
 * negative, the refunded order line in the meta `_refunded_item_id`.
 */
function refundLineView(item, order) {
	const line = order.line_items.find((l) => l.id === item.refundedItemId);
	const negative = (n) => (n === 0 ? '0.00' : `-${money(n)}`);
	return {
		id: item.id,
		name: line.name,
		product_id: line.product_id,
		variation_id: line.variation_id,
		quantity: -item.quantity,
		tax_class: '',
		subtotal: negative(item.refund_total),
		subtotal_tax: '0.00',
		total: negative(item.refund_total),
		total_tax: '0.00',
		taxes: [],
		meta_data: [{ id: item.metaId, key: '_refunded_item_id', value: String(item.refundedItemId) }],
		sku: line.sku,
		price: item.quantity ? -Math.round((item.refund_total / item.quantity) * 100) / 100 : 0,
	};
}

function webhookView(webhook, base) {
	return {
		id: webhook.id,
		name: webhook.name,
		status: webhook.status,
		topic: webhook.topic,
		resource: webhook.topic.split('.')[0],
		event: webhook.topic.split('.')[1],
		hooks: [],
		delivery_url: webhook.delivery_url,
		...dates('date_created', webhook.created),
		...dates('date_modified', webhook.modified ?? webhook.created),
		_links: { self: link(base, `/webhooks/${webhook.id}`), collection: link(base, '/webhooks') },
	};
}

function slugOf(name) {
	return String(name)
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

function minPrice(product) {
	const prices = product.variations
		.map((v) => Number(priceOf(v)))
		.filter((n) => Number.isFinite(n) && n > 0);
	return prices.length ? String(Math.min(...prices)) : '';
}

function variableStockStatus(product) {
	return product.variations.some((v) => stockStatus(v) === 'instock') ? 'instock' : 'outofstock';
}

module.exports = {
	API_PATH,
	productView,
	variationView,
	orderView,
	noteView,
	refundView,
	webhookView,
	money,
};
