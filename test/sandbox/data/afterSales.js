'use strict';
/**
 * After-sales of the buyer's orders: refunds (退款单) and their state machine, the evidence images
 * (alibaba.trade.uploadRefundVoucher), trade arbitrations and official return pickups (refundofficialdelivery.*).
 *
 * A refund's life, in the status codes of alibaba.trade.refund.buyer.queryOrderRefundList-1:
 *   created                                   → waitselleragree
 *   seller refuses                            → waitbuyermodify   (the buyer may cancel or apply for arbitration)
 *   seller agrees: refund only                → refundsuccess
 *                  return and refund          → waitbuyersend     (the seller's return address is given)
 *   buyer ships the return (refund.returnGoods) → waitsellerreceive
 *   seller receives it                        → refundsuccess
 *   buyer cancels, or the seller closes it    → refundclose
 * The seller's side is moved by tests and the admin control POST /_sandbox/refund {refundId, action}
 * (agree, refuse, receive, refund, close). Every change is an operation record and a refund push message.
 */
const crypto = require('node:crypto');
const { createRng } = require('./prng');
const { round2 } = require('./seed');
const { long } = require('../protocol/json');
const { formatDash } = require('../protocol/dates');
const {
	GOODS_STATUSES,
	OPEN_STATUSES,
	OPERATIONS,
	REFUND_TOPICS,
	reasonsFor,
} = require('./refundRules');

const HOUR = 3600000;
const DAY = 24 * HOUR;
/** A refund the seller does not answer is decided by 1688 after this (gmtTimeOut). */
const SELLER_TIMEOUT_MS = 5 * DAY;
const IMAGE_DOMAIN = 'https://cbu01.alicdn.com';

class AfterSalesError extends Error {
	/** @param {string} code @param {string} message */
	constructor(code, message) {
		super(message);
		this.code = code;
	}
}

const fen = (yuan) => Math.round(yuan * 100);
const yuanText = (fenAmount) => (fenAmount / 100).toFixed(2);

/** The seller's return address: where a returned parcel goes (the refund model's seller* fields, refund.address.get). */
function sellerReturnAddress(seller) {
	const digits = String(seller.userId).slice(-8);
	return {
		receiverName: `${seller.loginId}售后`,
		mobile: `139${digits}`,
		phone: `0571-${digits.slice(0, 8)}`,
		provinceText: seller.province || '浙江省',
		cityText: seller.city || '杭州市',
		districtText: '经济开发区',
		townText: '工业园街道',
		townCode: '330100001',
		streetAddress: '工业园区1号 售后部',
		streetAddressCode: '330100001001',
		zipCode: '310000',
	};
}

const addressLine = (a) =>
	`${a.provinceText} ${a.cityText} ${a.districtText}${a.townText}${a.streetAddress}`;

/** What one sub-order refunds in fen: its whole amount, or `count` pieces of it. */
function entryFen(item, count) {
	return count === undefined || count >= item.quantity
		? fen(item.itemAmount)
		: fen(round2(item.price * count));
}

/**
 * A new refund of `order` (validated by the caller), status waitselleragree, with its apply record.
 * @param {{order: object, entryIds: string[], entryCounts: Record<string, number>, disputeRequest: string, goodsStatus: string,
 *   applyPayment: number, applyCarriage: number, reason: object, description: string, vouchers: string[], customRefund?: boolean,
 *   refundRemark?: string}} o amounts in fen
 */
function buildRefund(rng, o, at) {
	const rule = GOODS_STATUSES[o.goodsStatus];
	const id = rng.digits(17, '12');
	const items = o.order.items.filter((it) => o.entryIds.includes(it.subItemID));
	const refund = {
		refundId: `TQ${id}`,
		id,
		orderId: o.order.id,
		entryIds: [...o.entryIds],
		entryCounts: Object.fromEntries(
			items.map((it) => [it.subItemID, o.entryCounts[it.subItemID] ?? it.quantity]),
		),
		disputeRequest: o.disputeRequest,
		goodsStatusParam: o.goodsStatus,
		stage: rule.stage,
		goodsStatus: rule.goodsStatus,
		applyPayment: o.applyPayment,
		applyCarriage: o.applyCarriage,
		reasonId: o.reason.id,
		reasonName: o.reason.name,
		description: o.description,
		vouchers: [...(o.vouchers || [])],
		customRefund: o.customRefund === true,
		refundRemark: o.refundRemark || '',
		productName: items.map((it) => it.name).join('；'),
		status: 'waitselleragree',
		gmtApply: at,
		gmtModified: at,
		gmtCompleted: null,
		gmtTimeOut: at + SELLER_TIMEOUT_MS,
		rejectReason: '',
		rejectReasonId: 0,
		rejectTimes: 0,
		freightBill: '',
		returnCompany: null,
		buyerSendGoods: false,
		refundPayment: 0,
		refundCarriage: 0,
		sellerAddress: null,
		arbitrationId: null,
		officialSolutionCost: o.disputeRequest === 'returnRefund' ? 770 : 0,
		operations: [],
	};
	const goods = rule.kind === 'received' ? '已收到货' : '未收到货';
	record(rng, refund, 'apply', at, {
		text: `退款诉求：${o.disputeRequest === 'returnRefund' ? '退货退款' : '仅退款'}|申请原因：${o.reason.name}|货品情况：${goods}|退款货品金额：${yuanText(o.applyPayment)}|退款运费金额：${yuanText(o.applyCarriage)}|退款说明：${o.description}`,
		vouchers: refund.vouchers,
	});
	return refund;
}

/** Adds an operation record (and moves the refund to `after` when given). */
function record(rng, refund, kind, at, { after, text, ...extra } = {}) {
	const before = refund.status;
	if (after) refund.status = after;
	refund.gmtModified = at;
	refund.operations.push({
		id: rng.digits(11, '56'),
		kind,
		before: kind === 'apply' ? null : before,
		after: kind === 'apply' ? null : refund.status,
		at,
		text: text ?? OPERATIONS[kind].remark,
		...extra,
	});
}

/** Pays the refund out: what was asked for is what is refunded. */
function settle(rng, refund, kind, at) {
	refund.refundPayment = refund.applyPayment;
	refund.refundCarriage = refund.applyCarriage;
	refund.gmtCompleted = at;
	const what = refund.disputeRequest === 'returnRefund' ? '退货退款' : '仅退款';
	record(rng, refund, kind, at, {
		after: 'refundsuccess',
		text: `卖家同意${what}协议，${what}成功`,
	});
}

/**
 * The refunds the sandbox starts with (computed from the seeded orders alone, so fixtures.js finds the same):
 *   refunded:       the last successful order, returned and refunded (its whole history);
 *   awaitingReturn: the one before it, the seller agreed to the return and waits for the parcel;
 *   closed:         the last order waiting for receipt, a refund the buyer cancelled;
 *   open:           the last order waiting to ship, a refund waiting for the seller.
 */
function seedRefunds(orders, seed) {
	const rng = createRng(seed + 2);
	const last = (status, back = 0) => {
		const matching = [...orders.values()].filter((o) => o.status === status);
		return matching[matching.length - 1 - back];
	};
	const whole = (order) => ({ entryIds: [order.items[0].subItemID], entryCounts: {} });
	const reason = (goodsStatus, id) => reasonsFor(goodsStatus).find((r) => r.id === id);
	const refunds = {};

	const sold = last('success');
	const t0 = sold.completeTime + 2 * DAY;
	const refunded = buildRefund(
		rng,
		{
			order: sold,
			...whole(sold),
			disputeRequest: 'returnRefund',
			goodsStatus: 'aftersaleBuyerReceived',
			applyPayment: fen(sold.items[0].itemAmount),
			applyCarriage: 0,
			reason: reason('aftersaleBuyerReceived', 20023),
			description: '面料起球，做工有问题',
			vouchers: [`${IMAGE_DOMAIN}/img/ibank/2025/101/202/30340506070.jpg`],
		},
		t0,
	);
	agreeReturn(rng, refunded, sold.seller, t0 + 5 * HOUR);
	shipReturn(
		rng,
		refunded,
		{
			company: { companyNo: 'ZTO', companyName: '中通快递(ZTO)' },
			freightBill: '78123456789012',
			description: '已寄回',
		},
		t0 + 20 * HOUR,
	);
	settle(rng, refunded, 'receive', t0 + 3 * DAY);
	refunds.refunded = refunded;

	const soldBefore = last('success', 1);
	const t1 = soldBefore.completeTime + 1 * DAY;
	const awaiting = buildRefund(
		rng,
		{
			order: soldBefore,
			...whole(soldBefore),
			disputeRequest: 'returnRefund',
			goodsStatus: 'aftersaleBuyerReceived',
			applyPayment: fen(soldBefore.items[0].itemAmount),
			applyCarriage: 0,
			reason: reason('aftersaleBuyerReceived', 20025),
			description: '外包装破损，商品有裂痕',
			vouchers: [`${IMAGE_DOMAIN}/img/ibank/2025/303/404/50560708090.jpg`],
		},
		t1,
	);
	agreeReturn(rng, awaiting, soldBefore.seller, t1 + 6 * HOUR);
	refunds.awaitingReturn = awaiting;

	const shipped = last('waitbuyerreceive');
	const t2 = shipped.allDeliveredTime + 2 * HOUR;
	const closed = buildRefund(
		rng,
		{
			order: shipped,
			...whole(shipped),
			disputeRequest: 'refund',
			goodsStatus: 'refundWaitBuyerReceive',
			applyPayment: fen(shipped.items[0].itemAmount),
			applyCarriage: 0,
			reason: reason('refundWaitBuyerReceive', 20041),
			description: '物流一直没有更新',
			vouchers: [],
		},
		t2,
	);
	record(rng, closed, 'cancel', t2 + 3 * HOUR, { after: 'refundclose' });
	closed.gmtCompleted = t2 + 3 * HOUR;
	refunds.closed = closed;

	const paid = last('waitsellersend');
	const t3 = paid.payTime + 1 * HOUR;
	refunds.open = buildRefund(
		rng,
		{
			order: paid,
			...whole(paid),
			disputeRequest: 'refund',
			goodsStatus: 'refundWaitSellerSend',
			applyPayment: fen(paid.items[0].itemAmount),
			applyCarriage: 0,
			reason: reason('refundWaitSellerSend', 20033),
			description: '卖家说没货了',
			vouchers: [],
		},
		t3,
	);
	return refunds;
}

function agreeReturn(rng, refund, seller, at) {
	refund.sellerAddress = sellerReturnAddress(seller);
	const a = refund.sellerAddress;
	record(rng, refund, 'agreeReturn', at, {
		after: 'waitbuyersend',
		text: `卖家确认收货地址：${a.receiverName},${a.mobile},${addressLine(a)}`,
		refundAddress: addressLine(a),
	});
}

function shipReturn(rng, refund, { company, freightBill, description, vouchers = [] }, at) {
	refund.freightBill = freightBill;
	refund.returnCompany = company;
	refund.buyerSendGoods = true;
	refund.goodsStatus = 3;
	record(rng, refund, 'returnShipped', at, {
		after: 'waitsellerreceive',
		text: `买家声明退货，等待卖家确认。|物流公司：${company.companyName}|物流单号：${freightBill}|说明：${description || ''}|`,
		freightBill,
		company,
		vouchers,
	});
}

class AfterSales {
	/** @param {object} store the sandbox store (orders, member, rng, queuePush) @param {number} seed the data seed */
	constructor(store, seed) {
		this.store = store;
		/** @type {Map<string, object>} refunds by refundId (TQ…) */
		this.refunds = new Map(
			Object.values(seedRefunds(store.orders, seed)).map((r) => [r.refundId, r]),
		);
		/** @type {Map<string, {url: string, bytes: number, md5: string}>} evidence uploaded, by its URL */
		this.vouchers = new Map();
		/** @type {Map<string, object>} official return pickup orders by ID */
		this.pickups = new Map();
		/** @type {object[]} trade arbitrations applied for */
		this.arbitrations = [];
	}

	/** @param {string} refundId */
	get(refundId) {
		return this.refunds.get(String(refundId)) || null;
	}

	/** The refunds of an order, newest first. */
	ofOrder(orderId) {
		return this.list().filter((r) => r.orderId === String(orderId));
	}

	/** Every refund, newest application first. */
	list() {
		return [...this.refunds.values()].sort((a, b) => b.gmtApply - a.gmtApply);
	}

	/** Refunds of the order not closed (open or refunded) that share one of `entryIds`: a new one would duplicate them. */
	overlapping(orderId, entryIds) {
		return this.ofOrder(orderId).filter(
			(r) => r.status !== 'refundclose' && r.entryIds.some((id) => entryIds.includes(id)),
		);
	}

	/** What is left to refund on sub-orders (fen), `counts` pieces each (all when absent), minus refunds not closed. */
	maxRefundable(order, entryIds, counts = {}) {
		const items = order.items.filter((it) => entryIds.includes(it.subItemID));
		const goods = items.reduce((sum, it) => sum + entryFen(it, counts[it.subItemID]), 0);
		const taken = this.overlapping(order.id, entryIds).reduce((sum, r) => sum + r.applyPayment, 0);
		const carriageTaken = this.ofOrder(order.id)
			.filter((r) => r.status !== 'refundclose')
			.reduce((sum, r) => sum + r.applyCarriage, 0);
		return {
			goods: Math.max(0, goods - taken),
			post: Math.max(0, fen(order.shippingFee) - carriageTaken),
		};
	}

	/** Creates a refund (validated by the caller): waitselleragree, with its message. */
	create(o) {
		const refund = buildRefund(this.store.rng, o, Date.now());
		this.refunds.set(refund.refundId, refund);
		this.push(refund, 'apply');
		return refund;
	}

	/**
	 * The seller's (or 1688's) side: agree, refuse {reason}, receive (the returned parcel, then refunds), refund
	 * (pays at once), close. An action the refund's status does not allow is an AfterSalesError ILLEGAL_TRANSITION.
	 */
	act(refundId, action, { reason } = {}) {
		const refund = this.get(refundId);
		if (!refund) throw new AfterSalesError('REFUND_NOT_FOUND', `refund ${refundId} not found`);
		const rng = this.store.rng;
		const now = Date.now();
		const illegal = () =>
			new AfterSalesError(
				'ILLEGAL_TRANSITION',
				`refund ${refundId} cannot ${action} in status ${refund.status}`,
			);
		switch (action) {
			case 'agree':
				if (!['waitselleragree', 'waitbuyermodify'].includes(refund.status)) throw illegal();
				if (refund.disputeRequest === 'returnRefund') {
					agreeReturn(rng, refund, this.store.getOrder(refund.orderId).seller, now);
					this.push(refund, 'agreeReturn');
				} else {
					settle(rng, refund, 'agreeRefund', now);
					this.push(refund, 'agreeRefund');
				}
				break;
			case 'refuse':
				if (refund.status !== 'waitselleragree') throw illegal();
				refund.rejectTimes += 1;
				refund.rejectReason = reason || '商品没有问题，不同意退款';
				refund.rejectReasonId = 30001;
				record(rng, refund, 'refuse', now, {
					after: 'waitbuyermodify',
					rejectReason: refund.rejectReason,
				});
				this.push(refund, 'refuse');
				break;
			case 'receive':
				if (refund.status !== 'waitsellerreceive') throw illegal();
				settle(rng, refund, 'receive', now);
				this.push(refund, 'receive');
				break;
			case 'refund':
				if (!OPEN_STATUSES.includes(refund.status)) throw illegal();
				settle(rng, refund, 'agreeRefund', now);
				this.push(refund, 'agreeRefund');
				break;
			case 'close':
				if (!OPEN_STATUSES.includes(refund.status)) throw illegal();
				refund.gmtCompleted = now;
				record(rng, refund, 'close', now, { after: 'refundclose' });
				this.push(refund, 'close');
				break;
			default:
				throw new AfterSalesError(
					'UNKNOWN_ACTION',
					`unknown refund action "${action}"; use agree, refuse, receive, refund or close`,
				);
		}
		return refund;
	}

	/** The buyer ships the return (the caller checked the status and the waybill). */
	shipReturn(refund, shipment) {
		shipReturn(this.store.rng, refund, shipment, Date.now());
		this.push(refund, 'returnShipped');
		return refund;
	}

	/** The buyer withdraws the request (the caller checked the status). */
	cancel(refund) {
		const now = Date.now();
		refund.gmtCompleted = now;
		record(this.store.rng, refund, 'cancel', now, { after: 'refundclose' });
		this.push(refund, 'cancel');
		return refund;
	}

	/** Records an arbitration and returns its ID (a Long). */
	arbitrate({ type, refund, order, reasonText, reasonId, picUrlEvidence }) {
		const id = this.store.rng.digits(10, '3');
		this.arbitrations.push({
			id,
			type,
			refundId: refund ? refund.refundId : null,
			orderId: order.id,
			reasonText,
			reasonId,
			picUrlEvidence: picUrlEvidence || null,
			at: Date.now(),
		});
		if (refund) {
			refund.arbitrationId = id;
			record(this.store.rng, refund, 'arbitration', Date.now(), {
				text: `买家申请客服介入：${reasonText}`,
			});
			this.push(refund, 'arbitration');
		}
		return id;
	}

	/** Stores an evidence image and returns where 1688 keeps it: {imageDomain, imageRelativeUrl}. */
	addVoucher(bytes, extension) {
		const md5 = crypto.createHash('md5').update(bytes).digest('hex');
		const day = new Date().getUTCFullYear();
		const relative = `img/ibank/${day}/${(parseInt(md5.slice(0, 3), 16) % 900) + 100}/${(parseInt(md5.slice(3, 6), 16) % 900) + 100}/${parseInt(md5.slice(6, 14), 16)}_${this.store.rng.digits(9)}.${extension}`;
		const url = `${IMAGE_DOMAIN}/${relative}`;
		this.vouchers.set(url, { url, bytes: bytes.length, md5 });
		return { imageDomain: IMAGE_DOMAIN, imageRelativeUrl: relative };
	}

	/** Whether a voucher URL is one uploadRefundVoucher gave (seeded refunds' evidence counts too). */
	isVoucher(url) {
		return this.vouchers.has(url) || this.list().some((r) => r.vouchers.includes(url));
	}

	/** The refund push message of a change (in-sale or after-sale topic), as the topic pages give the payload. */
	push(refund, kind) {
		const order = this.store.getOrder(refund.orderId);
		const operation = OPERATIONS[kind];
		this.store.queuePush(
			REFUND_TOPICS[refund.stage],
			refund.refundId,
			{
				orderId: long(refund.orderId),
				currentStatus: refund.status,
				msgSendTime: formatDash(refund.gmtModified),
				buyerMemberId: order.buyer.memberId,
				refundAction: operation.action,
				operator: ['buyer', 'seller', 'system'][operation.role - 1],
				sellerMemberId: order.seller.memberId,
				refundId: refund.refundId,
			},
			refund.gmtModified,
		);
	}
}

module.exports = {
	AfterSales,
	AfterSalesError,
	seedRefunds,
	sellerReturnAddress,
	addressLine,
};
