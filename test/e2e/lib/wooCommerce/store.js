'use strict';
/**
 * The stand-in shop's data and the changes its REST routes make, with WooCommerce's checks: unique SKUs
 * (products and variations share them), prices as strings and stock as integers (the REST schema types), order
 * statuses, refunds no larger than what is left, meta_data updated by id or key.
 */
const { seedProducts, seedOrders, FIRST_NEW_ID } = require('./seed');

class RestError extends Error {
	/** WordPress's REST error: HTTP status, `code`, `message` (answered as { code, message, data: { status } }). */
	constructor(status, code, message) {
		super(message);
		this.status = status;
		this.code = code;
	}
}

const ORDER_STATUSES = [
	'pending',
	'processing',
	'on-hold',
	'completed',
	'cancelled',
	'refunded',
	'failed',
	'checkout-draft',
];
const PRODUCT_STATUSES = ['draft', 'pending', 'private', 'publish'];
const PRODUCT_TYPES = ['simple', 'grouped', 'external', 'variable'];

const invalidParam = (name, problem) =>
	new RestError(400, 'rest_invalid_param', `Invalid parameter(s): ${name} (${problem})`);

function checkString(body, name) {
	if (body[name] !== undefined && typeof body[name] !== 'string')
		throw invalidParam(name, `${name} is not of type string.`);
}

function checkInteger(body, name) {
	if (body[name] === undefined || body[name] === null) return;
	const value =
		typeof body[name] === 'string' && /^-?\d+$/.test(body[name]) ? Number(body[name]) : body[name];
	if (!Number.isInteger(value)) throw invalidParam(name, `${name} is not of type integer.`);
	body[name] = value;
}

class ShopStore {
	constructor() {
		this.reset();
	}

	reset() {
		/** The order statuses WooCommerce knows; a plugin's own (e.g. "return-requested") are added with registerOrderStatus. */
		this.orderStatuses = [...ORDER_STATUSES];
		const created = Date.now();
		this.products = new Map(
			seedProducts().map((p) => [
				p.id,
				{ ...p, created, variations: p.variations.map((v) => ({ ...v, created })) },
			]),
		);
		this.orders = new Map(seedOrders().map((o) => [o.id, o]));
		this.webhooks = new Map();
		this.nextId = FIRST_NEW_ID;
	}

	newId() {
		return this.nextId++;
	}

	/** A status a plugin registers (wc_get_order_statuses then lists it): orders may be set to it through the API. */
	registerOrderStatus(slug) {
		if (!/^[a-z0-9-]{1,20}$/.test(slug)) throw new Error(`"${slug}" is not an order status slug`);
		if (!this.orderStatuses.includes(slug)) this.orderStatuses.push(slug);
	}

	// ── orders ────────────────────────────────────────────────────────────────────────────────

	order(id) {
		const order = this.orders.get(Number(id));
		if (!order) throw new RestError(404, 'woocommerce_rest_shop_order_invalid_id', 'Invalid ID.');
		return order;
	}

	/** PUT /orders/<id>: the fields this stand-in keeps (status, notes for the customer, meta, payment fields, addresses). */
	updateOrder(id, body) {
		const order = this.order(id);
		if (body.status !== undefined) {
			if (!this.orderStatuses.includes(body.status))
				throw invalidParam('status', `status is not one of ${this.orderStatuses.join(', ')}.`);
			if (body.status === 'completed' && order.status !== 'completed') order.completed = Date.now();
			order.status = body.status;
		}
		for (const field of [
			'customer_note',
			'transaction_id',
			'payment_method',
			'payment_method_title',
			'currency',
		]) {
			checkString(body, field);
			if (body[field] !== undefined) order[field] = body[field];
		}
		if (body.set_paid === true && !order.paid) {
			order.paid = Date.now();
			if (order.status === 'pending') order.status = 'processing';
		}
		for (const address of ['billing', 'shipping'])
			if (body[address]) order[address] = { ...order[address], ...body[address] };
		if (body.meta_data !== undefined) this.updateMeta(order.meta_data, body.meta_data);
		order.modified = Date.now();
		return order;
	}

	/** WC_Data::update_meta_data for each entry: by id when given, else the first entry with that key, else added. */
	updateMeta(list, entries) {
		if (!Array.isArray(entries)) throw invalidParam('meta_data', 'meta_data is not of type array.');
		for (const entry of entries) {
			if (!entry || typeof entry.key !== 'string' || entry.key === '')
				throw invalidParam('meta_data', 'each meta_data entry needs a key.');
			const existing = entry.id
				? list.find((m) => m.id === Number(entry.id))
				: list.find((m) => m.key === entry.key);
			if (existing) {
				existing.key = entry.key;
				existing.value = entry.value;
			} else {
				list.push({ id: this.newId(), key: entry.key, value: entry.value });
			}
		}
	}

	/** POST /orders/<id>/notes: a note with customer_note true is e-mailed to the customer ("Note added to your order"). */
	addNote(orderId, body) {
		const order = this.order(orderId);
		if (typeof body.note !== 'string' || body.note.trim() === '')
			throw new RestError(400, 'woocommerce_rest_missing_note', 'Order note is required.');
		const note = {
			id: this.newId(),
			note: body.note,
			customer_note: body.customer_note === true,
			added_by_user: body.added_by_user === true,
			created: Date.now(),
		};
		order.notes.unshift(note);
		return note;
	}

	/**
	 * POST /orders/<id>/refunds: amount (text) or the lines' totals; never more than what is left to refund. Each line
	 * names an order line (`id`), the pieces (`quantity`) and `refund_total`; the refund keeps its own line items, as
	 * wc_create_refund makes them (a new item ID, the order line in `_refunded_item_id`).
	 */
	addRefund(orderId, body) {
		const order = this.order(orderId);
		checkString(body, 'amount');
		const lines = Array.isArray(body.line_items) ? body.line_items : [];
		for (const line of lines) {
			if (!order.line_items.some((item) => item.id === Number(line?.id)))
				throw invalidParam('line_items', `${line?.id} is not a line item of order ${order.id}.`);
		}
		const linesTotal = lines.reduce((sum, l) => sum + Number(l.refund_total ?? 0), 0);
		const amount = body.amount !== undefined ? Number(body.amount) : linesTotal;
		const total = order.line_items.reduce((sum, item) => sum + item.price * item.quantity, 0);
		const refunded = order.refunds.reduce((sum, r) => sum + r.amount, 0);
		if (!(amount > 0) || amount > Math.round((total - refunded) * 100) / 100 + 1e-9) {
			throw new RestError(
				400,
				'woocommerce_rest_cannot_create_order_refund',
				'Invalid refund amount.',
			);
		}
		const refund = {
			id: this.newId(),
			amount,
			reason: typeof body.reason === 'string' ? body.reason : '',
			refunded_payment: body.api_refund !== false,
			line_items: lines.map((l) => ({
				id: this.newId(),
				refundedItemId: Number(l.id),
				quantity: Math.abs(Number(l.quantity ?? 0)),
				refund_total: Number(l.refund_total ?? 0),
				metaId: this.newId(),
			})),
			meta_data: [],
			created: Date.now(),
		};
		order.refunds.unshift(refund);
		if (Math.abs(refunded + amount - total) < 0.005) order.status = 'refunded';
		order.modified = Date.now();
		return refund;
	}

	// ── products and variations ───────────────────────────────────────────────────────────────

	product(id) {
		const product = this.products.get(Number(id));
		if (!product) throw new RestError(404, 'woocommerce_rest_product_invalid_id', 'Invalid ID.');
		return product;
	}

	variation(productId, variationId) {
		const product = this.product(productId);
		const variation = product.variations.find((v) => v.id === Number(variationId));
		if (!variation)
			throw new RestError(404, 'woocommerce_rest_product_variation_invalid_id', 'Invalid ID.');
		return { product, variation };
	}

	/** Every product and variation with one of these SKUs (what GET /products?sku= lists). */
	bySkus(skus) {
		const wanted = new Set(skus);
		const found = [];
		for (const product of this.products.values()) {
			if (wanted.has(product.sku)) found.push({ product });
			for (const variation of product.variations)
				if (wanted.has(variation.sku)) found.push({ product, variation });
		}
		return found;
	}

	checkSku(sku, ownId) {
		if (sku === undefined || sku === '') return;
		const clash = this.bySkus([sku]).find(
			({ product, variation }) => (variation ?? product).id !== ownId,
		);
		if (clash) throw new RestError(400, 'product_invalid_sku', 'Invalid or duplicated SKU.');
	}

	/** Fields products and variations share: SKU, prices (strings), stock (integer), meta. */
	applyStockAndPrice(record, body) {
		checkString(body, 'sku');
		checkString(body, 'regular_price');
		checkString(body, 'sale_price');
		checkInteger(body, 'stock_quantity');
		if (body.sku !== undefined) {
			this.checkSku(body.sku, record.id);
			record.sku = body.sku;
		}
		for (const field of ['regular_price', 'sale_price', 'stock_status'])
			if (body[field] !== undefined) record[field] = body[field];
		if (body.manage_stock !== undefined) record.manage_stock = Boolean(body.manage_stock);
		if (body.stock_quantity !== undefined) record.stock_quantity = body.stock_quantity;
		if (body.meta_data !== undefined) this.updateMeta(record.meta_data, body.meta_data);
		record.modified = Date.now();
	}

	applyProduct(product, body) {
		for (const field of ['name', 'description', 'short_description', 'slug']) {
			checkString(body, field);
			if (body[field] !== undefined) product[field] = body[field];
		}
		if (body.type !== undefined) {
			if (!PRODUCT_TYPES.includes(body.type))
				throw invalidParam('type', `type is not one of ${PRODUCT_TYPES.join(', ')}.`);
			product.type = body.type;
		}
		if (body.status !== undefined) {
			if (!PRODUCT_STATUSES.includes(body.status))
				throw invalidParam('status', `status is not one of ${PRODUCT_STATUSES.join(', ')}.`);
			product.status = body.status;
		}
		if (body.images !== undefined) product.images = this.images(body.images);
		if (body.attributes !== undefined) product.attributes = this.attributes(body.attributes);
		this.applyStockAndPrice(product, body);
	}

	/** Images given by URL are "uploaded" (WooCommerce sideloads them into the media library): each gets an id. */
	images(list) {
		if (!Array.isArray(list)) throw invalidParam('images', 'images is not of type array.');
		return list.map((image) => {
			if (!image || (typeof image.src !== 'string' && !image.id))
				throw invalidParam('images', 'each image needs a src or an id.');
			return {
				id: image.id ? Number(image.id) : this.newId(),
				src: image.src ?? '',
				name: image.name ?? '',
				alt: image.alt ?? '',
			};
		});
	}

	attributes(list) {
		if (!Array.isArray(list)) throw invalidParam('attributes', 'attributes is not of type array.');
		return list.map((attribute, index) => {
			if (!attribute || typeof attribute.name !== 'string' || !Array.isArray(attribute.options)) {
				throw invalidParam('attributes', 'each attribute needs a name and a list of options.');
			}
			return {
				id: 0,
				name: attribute.name,
				position: attribute.position ?? index,
				visible: attribute.visible !== false,
				variation: attribute.variation === true,
				options: attribute.options.map(String),
			};
		});
	}

	createProduct(body) {
		if (typeof body.name !== 'string' || body.name === '')
			throw invalidParam('name', 'name is required.');
		const product = {
			id: this.newId(),
			type: 'simple',
			status: 'publish',
			images: [],
			attributes: [],
			meta_data: [],
			variations: [],
			manage_stock: false,
			stock_quantity: null,
			created: Date.now(),
		};
		this.applyProduct(product, { ...body });
		this.products.set(product.id, product);
		return product;
	}

	updateProduct(id, body) {
		const product = this.product(id);
		if (product.type === 'variation')
			throw new RestError(
				404,
				'woocommerce_rest_invalid_product_id',
				'To manipulate product variations you should use the /products/&lt;product_id&gt;/variations/&lt;id&gt; endpoint.',
			);
		this.applyProduct(product, { ...body });
		return product;
	}

	deleteProduct(id) {
		const product = this.product(id);
		this.products.delete(product.id);
		return product;
	}

	/** A variation's attributes must name the parent's variation attributes and one of their options. */
	variationAttributes(product, list) {
		if (!Array.isArray(list)) throw invalidParam('attributes', 'attributes is not of type array.');
		return list.map((attribute) => {
			const own = product.attributes.find(
				(a) => a.variation && a.name.toLowerCase() === String(attribute.name).toLowerCase(),
			);
			if (!own || !own.options.includes(String(attribute.option))) {
				throw invalidParam(
					'attributes',
					`"${attribute.name}: ${attribute.option}" is not an option of a variation attribute of product ${product.id}.`,
				);
			}
			return { id: 0, name: own.name, option: String(attribute.option) };
		});
	}

	createVariation(productId, body) {
		const product = this.product(productId);
		if (product.type !== 'variable')
			throw new RestError(
				400,
				'woocommerce_rest_invalid_product_type',
				`Product ${product.id} is not a variable product.`,
			);
		const variation = {
			id: this.newId(),
			manage_stock: false,
			stock_quantity: null,
			meta_data: [],
			image: null,
			created: Date.now(),
		};
		variation.attributes = this.variationAttributes(product, body.attributes ?? []);
		if (body.image) variation.image = this.images([body.image])[0];
		this.applyStockAndPrice(variation, { ...body });
		product.variations.push(variation);
		return { product, variation };
	}

	updateVariation(productId, variationId, body) {
		const { product, variation } = this.variation(productId, variationId);
		if (body.attributes !== undefined)
			variation.attributes = this.variationAttributes(product, body.attributes);
		if (body.image !== undefined)
			variation.image = body.image ? this.images([body.image])[0] : null;
		this.applyStockAndPrice(variation, { ...body });
		return { product, variation };
	}

	// ── webhooks ──────────────────────────────────────────────────────────────────────────────

	createWebhook(body) {
		const topics = ['coupon', 'customer', 'order', 'product'].flatMap((r) =>
			['created', 'updated', 'deleted', 'restored'].map((e) => `${r}.${e}`),
		);
		if (!topics.includes(body.topic) && !/^action\.\w+/.test(body.topic ?? ''))
			throw invalidParam('topic', 'Webhook topic is invalid.');
		let url;
		try {
			url = new URL(body.delivery_url);
		} catch {
			throw invalidParam('delivery_url', 'delivery_url is not a valid URL.');
		}
		const webhook = {
			id: this.newId(),
			name: body.name ?? `Webhook created on ${new Date().toUTCString()}`,
			status: body.status ?? 'active',
			topic: body.topic,
			delivery_url: url.href,
			secret: typeof body.secret === 'string' && body.secret ? body.secret : 'generated-secret',
			failures: 0,
			created: Date.now(),
		};
		this.webhooks.set(webhook.id, webhook);
		return webhook;
	}

	webhook(id) {
		const webhook = this.webhooks.get(Number(id));
		if (!webhook) throw new RestError(404, 'woocommerce_rest_webhook_invalid_id', 'Invalid ID.');
		return webhook;
	}
}

module.exports = { ShopStore, RestError };
