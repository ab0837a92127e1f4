'use strict';
/**
 * The small shop the WooCommerce stand-in starts with (and returns to on reset): a variable tee whose three
 * variations are bought on 1688 (the sandbox's 12-SKU offer), a jacket sold as a 2-pack (one 1688 SKU,
 * bought twice per shop unit), a tote that has no 1688 source, and three orders: #1042 paid (tees and the
 * jacket pack: two 1688 suppliers), #1043 paid with the unsourced tote, #1044 awaiting payment.
 * Plain data: the stand-in knows nothing of 1688; the SKU map (lib/skuMap.js) ties these SKUs to offers.
 */

/** When the seeded records were made (site time is UTC). */
const SEEDED_AT = Date.parse('2026-11-28T08:00:00Z');

const TEE = { id: 101, name: 'Classic logo tee', sku: 'TEE-GREY' };
const TEE_VARIATIONS = [
	{ id: 111, sku: 'TEE-GREY-L', size: 'L', price: '29.99', stock: 40 },
	{ id: 112, sku: 'TEE-GREY-XL', size: 'XL', price: '29.99', stock: 40 },
	{ id: 113, sku: 'TEE-GREY-XXL', size: 'XXL', price: '31.99', stock: 40 },
];
const JACKET = {
	id: 120,
	name: 'Lightweight jacket, pink XXL (2-pack)',
	sku: 'JACKET-PINK-XXL-2PK',
	price: '89.99',
	stock: 10,
};
const TOTE = { id: 130, name: 'Canvas tote', sku: 'TOTE-NATURAL', price: '12.99', stock: 25 };

function seedProducts() {
	const tee = {
		id: TEE.id,
		name: TEE.name,
		type: 'variable',
		status: 'publish',
		sku: TEE.sku,
		regular_price: '',
		description: 'Soft cotton tee with our logo.',
		short_description: '',
		manage_stock: false,
		stock_quantity: null,
		images: [
			{ id: 901, src: 'https://shop.example/wp-content/uploads/tee.jpg', name: 'tee', alt: '' },
		],
		attributes: [
			{ id: 0, name: 'Color', position: 0, visible: true, variation: true, options: ['Grey'] },
			{
				id: 0,
				name: 'Size',
				position: 1,
				visible: true,
				variation: true,
				options: ['L', 'XL', 'XXL'],
			},
		],
		meta_data: [],
		variations: TEE_VARIATIONS.map((v) => ({
			id: v.id,
			sku: v.sku,
			regular_price: v.price,
			manage_stock: true,
			stock_quantity: v.stock,
			attributes: [
				{ id: 0, name: 'Color', option: 'Grey' },
				{ id: 0, name: 'Size', option: v.size },
			],
			image: null,
			meta_data: [],
		})),
	};
	const simple = (p) => ({
		id: p.id,
		name: p.name,
		type: 'simple',
		status: 'publish',
		sku: p.sku,
		regular_price: p.price,
		description: '',
		short_description: '',
		manage_stock: true,
		stock_quantity: p.stock,
		images: [],
		attributes: [],
		meta_data: [],
		variations: [],
	});
	return [tee, simple(JACKET), simple(TOTE)];
}

const CUSTOMER = {
	first_name: 'Anna',
	last_name: 'Keller',
	company: '',
	address_1: 'Lindenstrasse 12',
	address_2: '',
	city: 'Berlin',
	state: '',
	postcode: '10969',
	country: 'DE',
};

/** A line of a seeded order: product (and variation) by SKU, at its shop price. */
function line(id, product, variation, quantity) {
	const item = variation ?? product;
	return {
		id,
		name: variation ? `${product.name} - Grey, ${variation.size}` : product.name,
		product_id: product.id,
		variation_id: variation ? variation.id : 0,
		quantity,
		sku: item.sku,
		price: Number(item.price),
	};
}

function seedOrders() {
	const [teeL, teeXL, teeXXL] = TEE_VARIATIONS;
	return [
		{
			id: 1042,
			status: 'processing',
			paid: true,
			lines: [line(501, TEE, teeL, 2), line(502, TEE, teeXL, 3), line(503, JACKET, null, 1)],
		},
		{
			id: 1043,
			status: 'processing',
			paid: true,
			lines: [line(511, TEE, teeXXL, 1), line(512, TOTE, null, 2)],
		},
		{ id: 1044, status: 'pending', paid: false, lines: [line(521, TEE, teeL, 1)] },
	].map((order, index) => ({
		id: order.id,
		status: order.status,
		currency: 'EUR',
		customer_id: 7,
		customer_note: '',
		billing: { ...CUSTOMER, email: 'anna.keller@example.com', phone: '+49 30 1234567' },
		shipping: { ...CUSTOMER, phone: '' },
		payment_method: order.paid ? 'stripe' : 'bacs',
		payment_method_title: order.paid ? 'Credit card (Stripe)' : 'Direct bank transfer',
		transaction_id: order.paid ? `ch_3Q${order.id}` : '',
		created: SEEDED_AT + index * 60000,
		paid: order.paid ? SEEDED_AT + index * 60000 + 30000 : null,
		line_items: order.lines.map((l) => ({ ...l, meta_data: [] })),
		meta_data: [],
		notes: [],
		refunds: [],
	}));
}

/** Ids the stand-in gives new records from (products, variations, notes, refunds, webhooks, meta). */
const FIRST_NEW_ID = 2000;

module.exports = {
	seedProducts,
	seedOrders,
	FIRST_NEW_ID,
	TEE,
	TEE_VARIATIONS,
	JACKET,
	TOTE,
};
