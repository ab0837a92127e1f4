'use strict';
/**
 * The in-memory data behind the sandbox: categories, offers, orders, uploaded images, the
 * push-message queue and the orders' after-sales (`afterSales`: refunds, evidence, return pickups), with the
 * few mutations the APIs and the admin endpoints need.
 */
const crypto = require('node:crypto');
const {
	buildSeed,
	advance,
	newOrder,
	orderItem,
	longId,
	round2,
	REFERENCE_TIME,
} = require('./seed');
const { createRng } = require('./prng');
const { long } = require('../protocol/json');
const { formatDash } = require('../protocol/dates');
const { buildBuyerAccount } = require('./buyerAccount');
const { AfterSales } = require('./afterSales');

/** The seeded data of each set of options, built once: a reset copies it (faster than building it again). */
const builtSeeds = new Map();

/** A fresh copy of the seeded data for `options` (the same every time: the seed is deterministic). */
function seededData(options = {}) {
	const key = JSON.stringify([options.seed, options.orderCount]);
	if (!builtSeeds.has(key)) {
		// The seed's random generator is not data: the store starts its own (createRng(seed + 1)).
		const { rng: _generator, ...data } = buildSeed(options);
		builtSeeds.set(key, data);
	}
	return structuredClone(builtSeeds.get(key));
}

class StoreError extends Error {
	/** @param {string} code @param {string} message */
	constructor(code, message) {
		super(message);
		this.code = code;
	}
}

class Store {
	/** @param {{seed?: number}} [options] */
	constructor(options = {}) {
		this.options = options;
		this.reset();
	}

	reset() {
		const data = seededData(this.options);
		/** @type {Map<number, object>} */ this.categories = data.categories;
		/** @type {Map<number, object>} */ this.offers = data.offers;
		/** @type {Map<string, object>} */ this.orders = data.orders;
		this.member = data.member;
		this.referenceTime = REFERENCE_TIME;
		/** separate PRNG for runtime changes, so they are deterministic too */
		this.rng = createRng(data.seed + 1);
		/** refunds, evidence, arbitrations and return pickups of the buyer's orders (data/afterSales.js) */ this.afterSales =
			new AfterSales(this, data.seed);
		/** @type {Map<string, {imageId: string, bytes: number, md5: string, at: number}>} */ this.images =
			new Map();
		/**
		 * Every push message 1688 made for the member, with its delivery state: 'pending' while it is
		 * being pushed, 'delivered' once the app's push URL answered success, 'failed' when the push
		 * failed or no push URL is registered (then the pull APIs list it until it is confirmed).
		 * @type {object[]}
		 */
		this.pushMessages = [];
		this.pushSeq = 0;
		/** @type {Set<number>} offers the member follows (alibaba.product.follow.crossborder) */ this.followed =
			new Set();
		this.seedPushMessages();
		const account = buildBuyerAccount(this.orders);
		/** @type {object[]} the buyer's saved delivery addresses (alibaba.trade.receiveAddress.get) */ this.savedAddresses =
			account.savedAddresses;
		/** @type {Record<string, {payChannel: string, on: boolean, agreementNo?: string}[]>} auto-debit agreements per app key */ this.protocolPay =
			account.protocolPay;
		/** Cheng-e-She credit still available, in yuan */ this.creditAvailable =
			account.creditAvailable;
		/** @type {object[]} shop orders linked to 1688 orders (order.relation.write) */ this.orderRelations =
			account.orderRelations;
		/** preparePay answers still to lose (paySuccess false although paid) */ this.lostDebitAnswers =
			account.lostDebitAnswers;
	}

	/** @param {number|string} id @returns {object|null} a saved address of the buyer */
	getSavedAddress(id) {
		return this.savedAddresses.find((a) => String(a.id) === String(id)) || null;
	}

	/**
	 * Sign (or cancel) the password-free payment agreement of a channel for the account an app acts for.
	 * @param {string} appKey @param {'ALIPAY'|'SHEGOU'} payChannel @param {boolean} on
	 */
	setProtocolPay(appKey, payChannel, on) {
		const agreements = this.protocolPay[appKey];
		const agreement = agreements && agreements.find((a) => a.payChannel === payChannel);
		if (!agreement)
			throw new StoreError('AGREEMENT_NOT_FOUND', `no ${payChannel} agreement for app ${appKey}`);
		agreement.on = Boolean(on);
		agreement.agreementNo = on ? agreement.agreementNo || `2025${this.rng.digits(12)}` : undefined;
		return agreement;
	}

	/** A few unconfirmed messages from the seeded history, so the pull API is not empty on start. */
	seedPushMessages() {
		const byStatus = (s) => [...this.orders.values()].find((o) => o.status === s);
		const paid = byStatus('waitsellersend');
		const shipped = byStatus('waitbuyerreceive');
		const seeded = [
			[paid, 'pay', paid.payTime],
			[shipped, 'ship', shipped.allDeliveredTime],
		];
		for (const [order, step, at] of seeded) this.queueOrderPush(order, step, at);
	}

	/**
	 * Follow or unfollow an offer. Stock and distribution price messages are made only for followed
	 * offers (PRODUCT_PRODUCT_INVENTORY_CHANGE, FENXIAO_PRICE_CHANGE topic pages).
	 * @returns {boolean} whether the state changed
	 */
	setFollowed(offerId, follow) {
		const offer = this.getOffer(offerId);
		if (!offer) throw new StoreError('OFFER_NOT_FOUND', `offer ${offerId} not found`);
		const was = this.followed.has(offer.offerId);
		if (follow) this.followed.add(offer.offerId);
		else this.followed.delete(offer.offerId);
		return was !== follow;
	}

	/** @param {number|string} offerId */
	getOffer(offerId) {
		return this.offers.get(Number(offerId)) || null;
	}

	/** @param {object} offer @param {{skuId?: number|string, specId?: string}} ref */
	findSku(offer, { skuId, specId }) {
		if (skuId !== undefined && skuId !== null && skuId !== '')
			return offer.skus.find((s) => String(s.skuId) === String(skuId)) || null;
		if (specId) return offer.skus.find((s) => s.specId === specId) || null;
		return null;
	}

	/** @param {string|number} orderId */
	getOrder(orderId) {
		return this.orders.get(String(orderId)) || null;
	}

	/**
	 * Set stock of one SKU, or of every SKU when skuId is absent. Returns the changed SKUs.
	 * @param {{offerId: number|string, skuId?: number|string, specId?: string, amountOnSale: number}} o
	 */
	setStock({ offerId, skuId, specId, amountOnSale }) {
		const offer = this.getOffer(offerId);
		if (!offer) throw new StoreError('OFFER_NOT_FOUND', `offer ${offerId} not found`);
		const amount = Number(amountOnSale);
		if (!Number.isInteger(amount) || amount < 0)
			throw new StoreError('INVALID_AMOUNT', 'amountOnSale must be an integer >= 0');
		const skus =
			skuId !== undefined || specId !== undefined
				? [this.findSku(offer, { skuId, specId })]
				: offer.skus;
		if (skus.includes(null))
			throw new StoreError('SKU_NOT_FOUND', `sku ${skuId ?? specId} not found in offer ${offerId}`);
		const changes = skus.map((s) => {
			const before = s.amountOnSale;
			s.amountOnSale = amount;
			return { offerId: offer.offerId, skuId: s.skuId, specId: s.specId, before, after: amount };
		});
		offer.modifyTime = Date.now();
		const changed = changes.filter((c) => c.after !== c.before);
		if (this.followed.has(offer.offerId) && changed.length) {
			// Payload as on the PRODUCT_PRODUCT_INVENTORY_CHANGE topic page (bizTime as its sample gives it, text).
			this.queuePush('PRODUCT_PRODUCT_INVENTORY_CHANGE', String(offer.offerId), {
				OfferInventoryChangeList: changed.map((c) => ({
					offerId: c.offerId,
					offerOnSale: offerStock(offer),
					skuId: c.skuId,
					skuOnSale: c.after,
					quantity: c.after - c.before,
					bizTime: String(offer.modifyTime),
				})),
			});
		}
		return changes;
	}

	/**
	 * Change the price of one SKU or of every SKU (and the first price range).
	 * @param {{offerId: number|string, skuId?: number|string, specId?: string, price: number|string}} o
	 */
	setPrice({ offerId, skuId, specId, price }) {
		const offer = this.getOffer(offerId);
		if (!offer) throw new StoreError('OFFER_NOT_FOUND', `offer ${offerId} not found`);
		const value = round2(Number(price));
		if (!Number.isFinite(value) || value <= 0)
			throw new StoreError('INVALID_PRICE', 'price must be > 0');
		const skus =
			skuId !== undefined || specId !== undefined
				? [this.findSku(offer, { skuId, specId })]
				: offer.skus;
		if (skus.includes(null))
			throw new StoreError('SKU_NOT_FOUND', `sku ${skuId ?? specId} not found in offer ${offerId}`);
		for (const s of skus) {
			s.price = value;
			s.retailPrice = round2(value * 1.8);
		}
		if (skus.length === offer.skus.length || offer.quoteType === 0) {
			const min = Math.min(...offer.skus.map((s) => s.price));
			offer.priceRanges = offer.priceRanges.map((r, i) => ({
				startQuantity: r.startQuantity,
				price: round2(min * [1, 0.95, 0.9][i]),
			}));
			if (offer.quoteType === 0) for (const s of offer.skus) s.price = min;
		}
		offer.modifyTime = Date.now();
		if (this.followed.has(offer.offerId)) {
			// Payload as on the FENXIAO_PRICE_CHANGE topic page: which offer, for whom, when (no prices).
			this.queuePush('FENXIAO_PRICE_CHANGE', String(offer.offerId), {
				productId: String(offer.offerId),
				memberId: this.member.memberId,
				msgSendTime: formatDash(offer.modifyTime),
			});
		}
		return skus.map((s) => ({ offerId: offer.offerId, skuId: s.skuId, price: s.price }));
	}

	/**
	 * Drive an order through the state machine (admin). Queues the matching push messages.
	 * @returns {{order: object, steps: string[]}}
	 */
	setOrderStatus(orderId, status, { cancelReason } = {}) {
		const order = this.getOrder(orderId);
		if (!order) throw new StoreError('ORDER_NOT_FOUND', `order ${orderId} not found`);
		if (cancelReason) order.closeReason = cancelReason;
		let steps;
		try {
			steps = advance(order, status, this.rng, this.offers, Date.now());
		} catch (e) {
			throw new StoreError(e.code || 'ILLEGAL_TRANSITION', e.message);
		}
		for (const step of steps) this.queueOrderPush(order, step);
		return { order, steps };
	}

	queueOrderPush(order, step, at = Date.now()) {
		const topics = {
			pay: ['ORDER_BUYER_VIEW_ORDER_PAY', 'waitsellersend'],
			ship: ['ORDER_BUYER_VIEW_ANNOUNCE_SENDGOODS', 'waitbuyerreceive'],
			receive: ['ORDER_BUYER_VIEW_ORDER_SUCCESS', 'success'],
			cancel: ['ORDER_BUYER_VIEW_ORDER_BUYER_CLOSE', 'cancel'],
			create: ['ORDER_BUYER_VIEW_BUYER_MAKE', 'waitbuyerpay'],
		};
		const [type, currentStatus] = topics[step];
		this.queuePush(
			type,
			order.id,
			{
				orderId: long(order.id),
				currentStatus,
				msgSendTime: formatDash(at),
				buyerMemberId: order.buyer.memberId,
				sellerMemberId: order.seller.memberId,
			},
			at,
		);
	}

	/**
	 * A new push message: kept here, and handed to `onPushMessage` (the sandbox pushes it to the
	 * registered push URL, or marks it failed when there is none).
	 * @returns {object} the message {msgId, type, userInfo, gmtBorn, bizKey, data, delivery, confirmed}
	 */
	queuePush(type, bizKey, data, at = Date.now()) {
		this.pushSeq += 1;
		const msg = {
			msgId: 40000000000 + this.pushSeq * 7919 + this.rng.int(0, 999),
			type,
			userInfo: this.member.memberId,
			gmtBorn: at,
			bizKey,
			data,
			delivery: 'failed',
			confirmed: false,
		};
		this.pushMessages.push(msg);
		if (this.onPushMessage) this.onPushMessage(msg);
		return msg;
	}

	/**
	 * Messages the pull APIs hand out: failed (never delivered), not confirmed, oldest first, optionally
	 * of one type, one member, and a creation time range.
	 * @param {{type?: string, userInfo?: string, from?: number, to?: number}} [filter]
	 */
	undeliveredMessages({ type, userInfo, from, to } = {}) {
		return this.pushMessages
			.filter((m) => m.delivery === 'failed' && !m.confirmed)
			.filter((m) => (!type || m.type === type) && (!userInfo || m.userInfo === userInfo))
			.filter(
				(m) => (from === undefined || m.gmtBorn >= from) && (to === undefined || m.gmtBorn <= to),
			)
			.sort((a, b) => a.gmtBorn - b.gmtBorn);
	}

	/**
	 * Create an order (fastCreateOrder, createCrossOrder). Lines must be validated by the caller.
	 * @param {{lines: {offer: object, sku: object|null, quantity: number}[], address: object, message?: string, outOrderId?: string,
	 *   flow?: string, tradeType?: string, crossBorder?: object}} o crossBorder: what createCrossOrder recorded (dropshipping, …)
	 */
	createOrder({ lines, address, message, outOrderId, flow, tradeType, crossBorder }) {
		const seller = lines[0].offer.seller;
		const items = lines.map(({ offer, sku, quantity }) =>
			orderItem(this.rng, offer, sku || offer.skus[0], quantity),
		);
		let id;
		do id = longId(this.rng);
		while (this.orders.has(id));
		const order = newOrder({
			id,
			createTime: Date.now(),
			items,
			address,
			seller,
			member: this.member,
			shippingFee: freightFor(lines),
			message,
			outOrderId,
			flow,
		});
		if (tradeType) order.tradeMode = tradeType;
		if (crossBorder) order.crossBorder = crossBorder;
		this.orders.set(id, order);
		this.queueOrderPush(order, 'create');
		return order;
	}

	/** Stores an uploaded image and returns its id. */
	addImage(bytes) {
		const md5 = crypto.createHash('md5').update(bytes).digest('hex');
		const imageId = String(1000000000 + (parseInt(md5.slice(0, 8), 16) % 8999999999));
		this.images.set(imageId, { imageId, bytes: bytes.length, md5, at: Date.now() });
		return imageId;
	}
}

const offerStock = (offer) => offer.skus.reduce((s, k) => s + k.amountOnSale, 0);

/** Freight: 6 yuan first kilo per seller + 2 yuan per extra kilo, rounded up. */
function freightFor(lines) {
	const kg = lines.reduce((s, l) => s + l.offer.weightKg * l.quantity, 0);
	return kg <= 1 ? 6 : round2(6 + Math.ceil(kg - 1) * 2);
}

module.exports = { Store, StoreError, offerStock, freightFor, seededData };
