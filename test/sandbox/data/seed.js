'use strict';
/**
 * Builds the seeded sandbox data set: categories, offers (products with SKUs) and buyer orders.
 * Everything comes from one seeded PRNG and a FIXED reference date, so every start gives the same data.
 */
const crypto = require('node:crypto');
const { createRng } = require('./prng');
const C = require('./catalog');
const { buildLogistics, markReceived } = require('./logistics');
const { addSourcing } = require('./sourcing');

const DEFAULT_SEED = 1688;
/** 2025-06-30 12:00:00 China time: orders are spread over the 90 days before it. */
const REFERENCE_TIME = Date.UTC(2025, 5, 30, 4, 0, 0);
const DAY = 86400000;
const OFFER_COUNT = 120;
const ORDER_COUNT = 60;
const ORDER_STATUSES = ['waitbuyerpay', 'waitsellersend', 'waitbuyerreceive', 'success', 'cancel'];
const IMAGE_HOST = 'https://cbu01.alicdn.com/';
/** top category → index in SUPPLIERS */
const SELLER_BY_TOP = { 10166: 3, 10165: 0, 1038378: 1, 1042954: 4, 1046694: 5, 1047000: 2 };

const round2 = (n) => Math.round(n * 100) / 100;
const md5 = (text) => crypto.createHash('md5').update(text).digest('hex');

/** @returns {{categories: Map<number, object>, leaves: object[]}} */
function buildCategories() {
	const categories = new Map();
	const leaves = [];
	for (const [topId, topZh, topEn, seconds] of C.CATEGORY_TREE) {
		categories.set(topId, {
			categoryID: topId,
			name: topZh,
			nameTrans: topEn,
			level: 1,
			isLeaf: false,
			parentIDs: [0],
			childIDs: [],
			topId,
		});
		for (const [secondId, secondZh, secondEn, leafDefs] of seconds) {
			categories.get(topId).childIDs.push(secondId);
			categories.set(secondId, {
				categoryID: secondId,
				name: secondZh,
				nameTrans: secondEn,
				level: 2,
				isLeaf: false,
				parentIDs: [topId],
				childIDs: [],
				topId,
			});
			leafDefs.forEach(([zh, en, unit, unitTrans, specKind], i) => {
				const leafId = secondId * 100 + i + 1;
				categories.get(secondId).childIDs.push(leafId);
				const leaf = {
					categoryID: leafId,
					name: zh,
					nameTrans: en,
					level: 3,
					isLeaf: true,
					parentIDs: [secondId],
					childIDs: [],
					topId,
					secondId,
					unit,
					unitTrans,
					specKind,
				};
				categories.set(leafId, leaf);
				leaves.push(leaf);
			});
		}
	}
	return { categories, leaves };
}

function imagePath(rng) {
	const y = rng.int(2021, 2025);
	return `img/ibank/${y}/${rng.digits(3)}/${rng.digits(3)}/${rng.digits(11)}_${rng.digits(9)}.jpg`;
}

/**
 * Shape overrides for the first offers, so tests can rely on them:
 * 0: 12 SKUs (4 colours × 3 sizes), 1: one SKU, 2: every SKU out of stock, 3: expired, 4: deleted.
 */
const OFFER_OVERRIDES = [
	{ colours: 4, sizes: 3, leaf: 0 },
	{ colours: 1, sizes: 1, leaf: 4 },
	{ colours: 2, sizes: 2, leaf: 8, stock: 'zero' },
	{ colours: 2, sizes: 1, leaf: 12, status: 'expired' },
	{ colours: 1, sizes: 2, leaf: 16, status: 'deleted' },
];

function buildOffers(rng, leaves, sellers) {
	const offers = new Map();
	const usedSku = new Set();
	for (let i = 0; i < OFFER_COUNT; i++) {
		const o = OFFER_OVERRIDES[i] || {};
		const leaf = leaves[o.leaf !== undefined ? o.leaf : rng.int(0, leaves.length - 1)];
		let offerId;
		do offerId = Number('6' + rng.digits(11, '0123456789'));
		while (offers.has(offerId));
		const spec = C.SPEC_KINDS[leaf.specKind];
		const colourCount = o.colours || rng.int(1, 4);
		const sizeCount = spec ? o.sizes || rng.int(1, 3) : 1;
		const colours = rng.sample(C.COLOURS, colourCount);
		const sizes = spec ? rng.sample(spec.values, Math.min(sizeCount, spec.values.length)) : [null];
		const [pMin, pMax] = C.PRICE_BANDS[leaf.topId];
		const base = rng.price(pMin, pMax);
		const quoteType = rng.chance(0.5) ? 1 : 0; // 1: price per SKU, 0: one price by quantity
		const pre = rng.pick(C.TITLE_PREFIX);
		const mid = rng.pick(C.TITLE_MIDDLE);
		const suf = rng.pick(C.TITLE_SUFFIX);
		const images = Array.from({ length: rng.int(3, 5) }, () => imagePath(rng));
		const skus = [];
		colours.forEach((colour, ci) => {
			const colourImage = imagePath(rng);
			sizes.forEach((size, si) => {
				let skuId;
				do skuId = Number('5' + rng.digits(12, '0123456789'));
				while (usedSku.has(skuId));
				usedSku.add(skuId);
				const price =
					quoteType === 1 ? round2(base + si * Math.max(1, Math.round(base * 0.05))) : base;
				const attributes = [
					{
						attributeID: C.COLOUR.attributeID,
						attributeName: C.COLOUR.name,
						attributeNameTrans: C.COLOUR.nameTrans,
						attributeValue: colour[0],
						valueTrans: colour[1],
						skuImageUrl: colourImage,
					},
				];
				if (size) {
					attributes.push({
						attributeID: spec.attributeID,
						attributeName: spec.name,
						attributeNameTrans: spec.nameTrans,
						attributeValue: size[0],
						valueTrans: size[1],
						skuImageUrl: '',
					});
				}
				const zeroStock = o.stock === 'zero' || rng.chance(0.1);
				skus.push({
					skuId,
					specId: md5(`${offerId}:${skuId}`),
					cargoNumber: `${leaf.unit === '双' ? 'X' : 'K'}${String(offerId).slice(-4)}-${ci + 1}${si + 1}`,
					price,
					retailPrice: round2(price * 1.8),
					amountOnSale: zeroStock ? 0 : rng.int(5, 5000),
					attributes,
				});
			});
		});
		const minOrderQuantity = rng.pick([1, 1, 2, 2, 3, 5, 10]);
		const minPrice = Math.min(...skus.map((s) => s.price));
		const priceRanges = [
			{ startQuantity: minOrderQuantity, price: minPrice },
			{ startQuantity: minOrderQuantity * 10, price: round2(minPrice * 0.95) },
			{ startQuantity: minOrderQuantity * 50, price: round2(minPrice * 0.9) },
		];
		const seller = sellers[SELLER_BY_TOP[leaf.topId]];
		const createTime = REFERENCE_TIME - rng.int(30, 900) * DAY + rng.int(0, DAY);
		offers.set(offerId, {
			offerId,
			subject: `${pre[0]}${mid[0]}${leaf.name}${suf[0]}`,
			subjectTrans: `${pre[1]} ${mid[1]} ${leaf.nameTrans.toLowerCase()} ${suf[1]}`.replace(
				/^./,
				(c) => c.toUpperCase(),
			),
			categoryId: leaf.categoryID,
			categoryName: leaf.name,
			topCategoryId: leaf.topId,
			secondCategoryId: leaf.secondId,
			thirdCategoryId: leaf.categoryID,
			status: o.status || (rng.chance(0.04) ? 'expired' : 'published'),
			unit: leaf.unit,
			unitTrans: leaf.unitTrans,
			quoteType,
			minOrderQuantity,
			priceRanges,
			skus,
			images,
			description: `<p>${pre[0]}${leaf.name}，${mid[0]}，${suf[0]}。</p>`,
			descriptionTrans: `<p>${pre[1]} ${leaf.nameTrans.toLowerCase()}, ${mid[1]}, ${suf[1]}.</p>`,
			/** the title's middle word, [zh, en]: what the trending keywords of the category are made of */
			titleMiddle: mid,
			productCargoNumber: `HH-${String(offerId).slice(-6)}`,
			monthSold: rng.int(0, 20000),
			weightKg: round2(rng.price(0.1, 3)),
			seller,
			createTime,
			modifyTime: createTime + rng.int(1, 20) * DAY,
		});
	}
	return offers;
}

/** Prices by quantity: the last price range whose startQuantity <= quantity, or the SKU price. */
function unitPrice(offer, sku, quantity) {
	if (offer.quoteType === 1) return sku.price;
	let price = offer.priceRanges[0].price;
	for (const r of offer.priceRanges) if (quantity >= r.startQuantity) price = r.price;
	return price;
}

/** A 19-digit order-style id that does not survive a round trip through a JS number. */
function longId(rng, first = '23') {
	for (;;) {
		const id = rng.digits(19, first);
		if (String(Number(id)) !== id) return id;
	}
}

function buildOrders(rng, offers, member, count = ORDER_COUNT) {
	const orders = new Map();
	const buyable = [...offers.values()].filter(
		(o) => o.status === 'published' && o.seller.memberId !== member.memberId,
	);
	for (let i = 0; i < count; i++) {
		const status = ORDER_STATUSES[i % ORDER_STATUSES.length];
		const createTime = REFERENCE_TIME - rng.int(1, 89) * DAY - rng.int(0, DAY - 1);
		const first = buyable[rng.int(0, buyable.length - 1)];
		// one seller per order: 1-3 lines from that seller's offers
		const sellerOffers = buyable.filter((o) => o.seller.memberId === first.seller.memberId);
		const lines = rng.int(1, 3);
		const items = [];
		for (let l = 0; l < lines; l++) {
			const offer = l === 0 ? first : rng.pick(sellerOffers);
			const sku = rng.pick(offer.skus);
			if (items.some((it) => it.skuId === sku.skuId)) continue;
			const quantity = offer.minOrderQuantity * rng.int(1, 6);
			items.push(orderItem(rng, offer, sku, quantity));
		}
		const address = rng.pick(C.ADDRESSES);
		const order = newOrder({
			id: longId(rng),
			createTime,
			items,
			address,
			seller: first.seller,
			member,
			shippingFee: rng.pick([0, 0, 5, 6, 8, 10, 12]),
			message: rng.chance(0.3) ? '请尽快发货，谢谢' : '',
			alipayTradeId: '2025' + rng.digits(24, '0123456789'),
			flow: 'general',
		});
		advance(order, status, rng, offers);
		orders.set(order.id, order);
	}
	return orders;
}

function orderItem(rng, offer, sku, quantity) {
	const price = unitPrice(offer, sku, quantity);
	return {
		subItemID: longId(rng),
		offerId: offer.offerId,
		skuId: sku.skuId,
		specId: sku.specId,
		name: offer.subject,
		cargoNumber: sku.cargoNumber,
		productCargoNumber: offer.productCargoNumber,
		price,
		quantity,
		itemAmount: round2(price * quantity),
		unit: offer.unit,
		skuInfos: sku.attributes.map((a) => ({ name: a.attributeName, value: a.attributeValue })),
		productImgUrl: [
			IMAGE_HOST + offer.images[0].replace('.jpg', '.80x80.jpg'),
			IMAGE_HOST + offer.images[0],
		],
	};
}

/**
 * @param {{id: string, createTime: number, items: object[], address: object, seller: object, member: object,
 *   shippingFee: number, message?: string, alipayTradeId?: string, flow?: string, outOrderId?: string}} o
 */
function newOrder(o) {
	const sumProductPayment = round2(o.items.reduce((s, it) => s + it.itemAmount, 0));
	return {
		id: o.id,
		status: 'waitbuyerpay',
		createTime: o.createTime,
		modifyTime: o.createTime,
		payTime: null,
		allDeliveredTime: null,
		receivingTime: null,
		completeTime: null,
		items: o.items,
		shippingFee: o.shippingFee,
		sumProductPayment,
		totalAmount: round2(sumProductPayment + o.shippingFee),
		discount: 0,
		address: o.address,
		seller: o.seller,
		buyer: o.member,
		buyerFeedback: o.message || '',
		remark: '',
		closeReason: '',
		cancelRemark: '',
		alipayTradeId: o.alipayTradeId || 'UNCREAT',
		flow: o.flow || 'general',
		outOrderId: o.outOrderId || '',
		tradeType: '50060',
		businessType: 'cn',
		logistics: [],
	};
}

/**
 * Move an order forward to `target` through the state machine, stamping times after its current
 * modifyTime. Shipping creates a logistics record with traces. Used by the seed and by the admin endpoint.
 * @param {object} order @param {string} target @param {ReturnType<createRng>} rng
 * @param {Map<number, object>} offers @param {number} [now] defaults to spreading seeded times
 * @returns {string[]} the transitions made: 'pay' | 'ship' | 'receive' | 'cancel'
 */
function advance(order, target, rng, offers, now) {
	const steps = [];
	const t = (fromMs, minMin, maxMin) =>
		now !== undefined
			? now
			: Math.min(fromMs + rng.int(minMin, maxMin) * 60000, REFERENCE_TIME - 60000);
	if (target === order.status) return steps;
	if (target === 'cancel') {
		if (order.status !== 'waitbuyerpay') throw new TransitionError(order.status, target);
		order.status = 'cancel';
		order.closeReason = order.closeReason || 'buyerCancel';
		order.modifyTime = t(order.modifyTime, 10, 600);
		order.completeTime = order.modifyTime;
		steps.push('cancel');
		return steps;
	}
	const path = ['waitbuyerpay', 'waitsellersend', 'waitbuyerreceive', 'success'];
	const from = path.indexOf(order.status);
	const to = path.indexOf(target);
	if (from === -1 || to === -1 || to < from) throw new TransitionError(order.status, target);
	for (let s = from + 1; s <= to; s++) {
		const at = t(order.modifyTime, s === 3 ? 2 * 1440 : 5, s === 3 ? 5 * 1440 : 36 * 60);
		if (s === 1) {
			order.payTime = at;
			steps.push('pay');
		} else if (s === 2) {
			order.allDeliveredTime = at;
			order.logistics.push(buildLogistics(rng, order, at, offers));
			steps.push('ship');
		} else {
			order.receivingTime = at;
			order.completeTime = at;
			for (const lg of order.logistics) markReceived(lg, order, at);
			steps.push('receive');
		}
		order.status = path[s];
		order.modifyTime = at;
	}
	return steps;
}

class TransitionError extends Error {
	constructor(from, to) {
		super(`order cannot go from ${from} to ${to}`);
		this.code = 'ILLEGAL_TRANSITION';
	}
}

/**
 * @param {{seed?: number, orderCount?: number}} [options] orderCount: buyer orders to seed (default 60;
 *   benchmarks ask for thousands)
 */
function buildSeed(options = {}) {
	const seed = options.seed === undefined ? DEFAULT_SEED : options.seed;
	const rng = createRng(seed);
	const { categories, leaves } = buildCategories();
	const own = {
		loginId: C.SANDBOX_MEMBER.loginId,
		companyName: C.SANDBOX_MEMBER.companyName,
		memberId: C.SANDBOX_MEMBER.memberId,
		userId: C.SANDBOX_MEMBER.userId,
		province: '浙江省',
		city: '杭州市',
		profile: C.OWN_SHOP_PROFILE,
	};
	const offers = buildOffers(rng, leaves, C.SUPPLIERS);
	// the authorised member sells every 7th offer (its own products, for alibaba.product.list.get)
	let n = 0;
	for (const offer of offers.values()) if (n++ % 7 === 6) offer.seller = own;
	const orders = buildOrders(rng, offers, C.SANDBOX_MEMBER, options.orderCount);
	// after everything drawn from `rng`: sourcing figures come from each offer's own hash, so adding them
	// changes none of the seeded IDs, prices or orders
	addSourcing(offers, REFERENCE_TIME);
	return { seed, rng, categories, offers, orders, member: C.SANDBOX_MEMBER };
}

module.exports = {
	buildSeed,
	advance,
	newOrder,
	orderItem,
	unitPrice,
	longId,
	TransitionError,
	DEFAULT_SEED,
	REFERENCE_TIME,
	ORDER_STATUSES,
	IMAGE_HOST,
	round2,
};
