'use strict';
/**
 * Follow state, the message store (pushed to the registered push URL, failed otherwise), the pull
 * APIs (query, confirm, cursor) and the push shapes, against the doc pages' sample answers.
 */
const fs = require('node:fs');
const path = require('node:path');
const { startSandbox } = require('..');
const { hmacSha1Upper } = require('../protocol/signature');
const { call, startReceiver } = require('./helpers');

const FOLLOW = 'com.alibaba.product:alibaba.product.follow.crossborder-1';
const UNFOLLOW = 'com.alibaba.product:alibaba.product.unfollow.crossborder-1';
const LIST = 'cn.alibaba.open:push.query.messageList-1';
const CURSOR = 'cn.alibaba.open:push.cursor.messageList-1';
const CONFIRM = 'cn.alibaba.open:push.message.confirm-1';
const SAMPLES = path.join(__dirname, '..', '..', 'contract', 'samples');

let sb;
let receiver;
/** What the receiver got: { fields: [[name, value]...], query: [[name, value]...] } per request. */
let received;
/** How the receiver answers: [status, body]. */
let answer;
beforeAll(async () => {
	sb = await startSandbox();
	receiver = await startReceiver((req, body) => {
		received.push({
			fields: [...new URLSearchParams(body)],
			query: [...new URL(req.url, 'http://x').searchParams],
		});
		return answer;
	});
});
afterAll(async () => {
	await sb.close();
	await receiver.close();
});
beforeEach(() => {
	sb.reset();
	received = [];
	answer = [200, 'success'];
});
const receiverUrl = () => receiver.url;
const list = async (params = {}) =>
	(await call(sb, LIST, params, { token: null })).json.pushMessagePage;
const types = (page) => page.datas.map((d) => d.type);
const SEEDED = ['ORDER_BUYER_VIEW_ORDER_PAY', 'ORDER_BUYER_VIEW_ANNOUNCE_SENDGOODS'];

/** Every key path of a JSON value ("a.b[]", …), to compare an answer's shape with a doc sample's. */
function shape(value, prefix = '') {
	if (Array.isArray(value)) return value.length ? shape(value[0], `${prefix}[]`) : [`${prefix}[]`];
	if (value && typeof value === 'object')
		return Object.entries(value).flatMap(([k, v]) => [
			`${prefix}.${k}`,
			...(k === 'data' ? [] : shape(v, `${prefix}.${k}`)),
		]);
	return [];
}
const sample = (name) => JSON.parse(fs.readFileSync(path.join(SAMPLES, `${name}.json`), 'utf8'));

describe('follow / unfollow (alibaba.product.follow.crossborder, unfollow.crossborder)', () => {
	test('{code 0, message success} as the doc sample; the already-state answered with a non-zero code and 已关注 / 未关注', async () => {
		const offerId = sb.fixtures.offerManySkus.offerId;
		const first = await call(sb, FOLLOW, { productId: offerId });
		expect(first.json).toEqual(
			sample('com.alibaba.product.alibaba.product.follow.crossborder-1').response,
		);
		expect(sb.store.followed.has(offerId)).toBe(true);
		expect((await call(sb, FOLLOW, { productId: offerId })).json).toEqual({
			code: 1,
			message: expect.stringContaining('已关注'),
		});
		expect((await call(sb, UNFOLLOW, { productId: offerId })).json).toEqual(
			sample('com.alibaba.product.alibaba.product.unfollow.crossborder-1').response,
		);
		expect((await call(sb, UNFOLLOW, { productId: offerId })).json).toEqual({
			code: 1,
			message: expect.stringContaining('未关注'),
		});
		expect(sb.store.followed.size).toBe(0);
	});

	test('an unknown or missing product is refused; a user token is needed', async () => {
		expect((await call(sb, FOLLOW, { productId: sb.fixtures.unknownOfferId })).json).toMatchObject({
			code: 404,
		});
		expect((await call(sb, FOLLOW, {})).json).toMatchObject({ code: 400 });
		expect(
			(await call(sb, FOLLOW, { productId: sb.fixtures.offerOneSku.offerId }, { token: null }))
				.status,
		).toBe(401);
	});
});

describe('the message store', () => {
	test("stock and price messages are made only for followed offers, in the topic pages' payloads", async () => {
		const followed = sb.store.getOffer(sb.fixtures.offerManySkus.offerId);
		const other = sb.fixtures.offerOneSku.offerId;
		sb.store.setFollowed(followed.offerId, true);
		const sku = followed.skus[1];
		const before = sku.amountOnSale;
		sb.store.setStock({ offerId: followed.offerId, skuId: sku.skuId, amountOnSale: 3 });
		sb.store.setStock({ offerId: followed.offerId, skuId: sku.skuId, amountOnSale: 3 }); // no change: no message
		sb.store.setStock({ offerId: other, amountOnSale: 1 });
		sb.store.setPrice({ offerId: followed.offerId, price: 9.9 });
		sb.store.setPrice({ offerId: other, price: 9.9 });
		await sb.settlePushes();
		const page = await list();
		expect(types(page)).toEqual([
			...SEEDED,
			'PRODUCT_PRODUCT_INVENTORY_CHANGE',
			'FENXIAO_PRICE_CHANGE',
		]);
		const [stock, price] = page.datas.slice(2);
		const total = followed.skus.reduce((sum, s) => sum + s.amountOnSale, 0);
		expect(stock.data).toEqual({
			OfferInventoryChangeList: [
				{
					offerId: followed.offerId,
					offerOnSale: total,
					skuId: sku.skuId,
					skuOnSale: 3,
					quantity: 3 - before,
					bizTime: expect.stringMatching(/^\d{13}$/),
				},
			],
		});
		expect(price.data).toEqual({
			productId: String(followed.offerId),
			memberId: sb.store.member.memberId,
			msgSendTime: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/),
		});
		const unfollowed = await fetch(`${sb.url}/_sandbox/follow`, {
			method: 'POST',
			body: JSON.stringify({ offerId: followed.offerId, follow: false }),
		}).then((r) => r.json());
		expect(unfollowed).toEqual({ ok: true, changed: true });
		sb.store.setStock({ offerId: followed.offerId, amountOnSale: 50 });
		expect((await list()).totalCount).toBe(4);
	});

	test('pushed to the registered URL: delivered when it answers success (not listed), failed otherwise (listed)', async () => {
		sb.setPushUrl(receiverUrl());
		const { orderIdByStatus } = sb.fixtures;
		sb.store.setOrderStatus(orderIdByStatus.waitbuyerpay, 'waitsellersend');
		await sb.settlePushes();
		expect(received).toHaveLength(1);
		const fields = Object.fromEntries(received[0].fields);
		expect(JSON.parse(fields.message)).toMatchObject({
			type: 'ORDER_BUYER_VIEW_ORDER_PAY',
			data: { currentStatus: 'waitsellersend' },
		});
		expect(fields._aop_signature).toBe(hmacSha1Upper('test123', 'message' + fields.message));
		expect(types(await list())).toEqual(SEEDED);

		answer = [500, 'oops'];
		sb.store.setOrderStatus(orderIdByStatus.waitsellersend, 'waitbuyerreceive');
		answer = [200, 'ok, but not the word 1688 wants'];
		sb.store.setOrderStatus(sb.fixtures.ordersByStatus.waitsellersend[1], 'waitbuyerreceive');
		await sb.settlePushes();
		expect(types(await list())).toEqual([
			...SEEDED,
			'ORDER_BUYER_VIEW_ANNOUNCE_SENDGOODS',
			'ORDER_BUYER_VIEW_ANNOUNCE_SENDGOODS',
		]);

		answer = [200, 'success'];
		await sb.redeliverFailed();
		expect((await list()).totalCount).toBe(0);
		expect(received.length).toBe(3 + 4);
	});

	test('a URL that cannot be reached fails the message; admin controls answer once pushes have their outcome', async () => {
		const post = (p, body) =>
			fetch(`${sb.url}/_sandbox/${p}`, { method: 'POST', body: JSON.stringify(body) }).then((r) =>
				r.json(),
			);
		expect(await post('push-url', { url: 'http://127.0.0.1:9/nowhere' })).toEqual({
			ok: true,
			pushUrl: 'http://127.0.0.1:9/nowhere',
		});
		await post('order-status', {
			orderId: sb.fixtures.orderIdByStatus.waitbuyerpay,
			status: 'waitsellersend',
		});
		const store = await (await fetch(`${sb.url}/_sandbox/push-messages`)).json();
		expect(store.messages.map((m) => [m.type, m.delivery])).toEqual([
			[SEEDED[0], 'failed'],
			[SEEDED[1], 'failed'],
			['ORDER_BUYER_VIEW_ORDER_PAY', 'failed'],
		]);
		expect((await post('push-url', { url: null })).pushUrl).toBe(null);
	});
});

describe('push.query.messageList, push.message.confirm, push.cursor.messageList', () => {
	test("the list has the doc sample's shape; pages of 20–200 (clamped), type and time filters", async () => {
		const answered = (await call(sb, LIST, {}, { token: null })).json;
		const page = answered.pushMessagePage;
		expect(new Set(shape(answered))).toEqual(
			new Set(shape(sample('cn.alibaba.open.push.query.messageList-1').response)),
		);
		expect(page.datas[0]).toMatchObject({
			topicGroup: 'ORDER',
			topicName: 'BUYER_VIEW_ORDER_PAY',
			appKey: '1000000',
		});
		sb.store.setFollowed(sb.fixtures.offerManySkus.offerId, true);
		const offer = sb.store.getOffer(sb.fixtures.offerManySkus.offerId);
		for (let i = 0; i < 23; i++)
			sb.store.setStock({
				offerId: offer.offerId,
				skuId: offer.skus[0].skuId,
				amountOnSale: 100 + i,
			});
		expect((await list({ pageSize: 5 })).datas).toHaveLength(20);
		const second = await list({ page: 2 });
		expect([second.totalCount, second.datas.length]).toEqual([25, 5]);
		expect((await list({ pageSize: 500 })).datas).toHaveLength(25);
		expect((await list({ type: 'PRODUCT_PRODUCT_INVENTORY_CHANGE' })).totalCount).toBe(23);
		expect((await list({ createEndTime: '20250630120000000+0800' })).totalCount).toBe(2);
		expect(
			(await call(sb, LIST, { createStartTime: 'yesterday' }, { token: null })).json.errorCode,
		).toBe('400_1');
		expect((await call(sb, LIST, { page: 0 }, { token: null })).json.errorCode).toBe('400_1');
	});

	test('confirm takes the messages off the list; the cursor API hands out and confirms at once', async () => {
		const [first] = (await list()).datas;
		expect(
			(await call(sb, CONFIRM, { msgIdList: `[${first.msgId}]` }, { token: null })).json,
		).toEqual(sample('cn.alibaba.open.push.message.confirm-1').response);
		expect(types(await list())).toEqual([SEEDED[1]]);
		const cursor = (await call(sb, CURSOR, {}, { token: null })).json;
		expect(new Set(shape(cursor))).toEqual(
			new Set(shape(sample('cn.alibaba.open.push.cursor.messageList-1').response)),
		);
		expect(cursor.pushMessageList.map((m) => m.type)).toEqual([SEEDED[1]]);
		expect((await call(sb, CURSOR, {}, { token: null })).json).toEqual({ pushMessageList: [] });
		expect((await list()).totalCount).toBe(0);
	});
});

describe('deliverPush shapes', () => {
	test('envelope fields as separate form fields, extra form and query fields, all under one signature', async () => {
		const r = await sb.deliverPush({
			url: receiverUrl(),
			type: 'ORDER_BUYER_VIEW_ORDER_PAY',
			data: { orderId: '3503514269397939267' },
			msgId: 71,
			gmtBorn: 1700000000000,
			shape: 'fields',
			extraFields: { _aop_timestamp: '1700000000001' },
			query: { sign_version: '2' },
		});
		expect(r.status).toBe(200);
		const [{ fields, query }] = received;
		expect(fields.map(([name]) => name)).toEqual([
			'msgId',
			'type',
			'userInfo',
			'gmtBorn',
			'bizKey',
			'data',
			'_aop_timestamp',
			'_aop_signature',
		]);
		expect(Object.fromEntries(fields)).toMatchObject({
			msgId: '71',
			gmtBorn: '1700000000000',
			bizKey: '3503514269397939267',
			data: '{"orderId":"3503514269397939267"}',
		});
		expect(query).toEqual([['sign_version', '2']]);
		const signed = [...query, ...fields.slice(0, -1)]
			.map(([k, v]) => k + v)
			.sort()
			.join('');
		expect(fields[fields.length - 1][1]).toBe(hmacSha1Upper('test123', signed));
	});
});
