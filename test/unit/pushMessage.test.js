'use strict';
const {
	pushMessageItem,
	rememberMessages,
} = require('../../dist/nodes/shared/helpers/pushMessage');
const { pushEnvelope } = require('../../dist/nodes/shared/transport/pushRequest');

/** A message as the Message Trigger reads it from 1688's `message` form field. */
const parsePushMessage = (text) => {
	const envelope = pushEnvelope({ fields: [['message', text]] });
	return envelope && pushMessageItem(envelope);
};
const { MESSAGE_TOPICS, wantedTopics } = require('../../dist/nodes/shared/messageTopics');

const MESSAGE =
	'{"msgId":70000000001,"type":"ORDER_BUYER_VIEW_ORDER_PAY","userInfo":"b2b-1","gmtBorn":1735689600000,"bizKey":"3503514269397939267","data":{"orderId":3503514269397939267,"currentStatus":"waitsellersend"}}';

describe('a pushed message (the `message` form field)', () => {
	test('envelope fields, gmtBorn as ISO too, data as an object with 19-digit IDs exact', () => {
		expect(parsePushMessage(MESSAGE)).toEqual({
			msgId: '70000000001',
			type: 'ORDER_BUYER_VIEW_ORDER_PAY',
			bizKey: '3503514269397939267',
			userInfo: 'b2b-1',
			gmtBorn: 1735689600000,
			gmtBornAt: '2025-01-01T00:00:00.000Z',
			data: { orderId: '3503514269397939267', currentStatus: 'waitsellersend' },
			// The topic's fields (helpers/messageFields): what the data lacks is null.
			orderId: '3503514269397939267',
			status: 'waitsellersend',
			sentAt: null,
			buyerMemberId: null,
			sellerMemberId: null,
		});
	});

	test('data sent as JSON text is parsed; text that is not JSON is kept', () => {
		expect(
			parsePushMessage('{"msgId":1,"type":"X","data":"{\\"offerId\\":624392716873}"}').data,
		).toEqual({ offerId: 624392716873 });
		expect(parsePushMessage('{"msgId":1,"type":"X","data":"plain"}').data).toBe('plain');
	});

	test('a message that is not a JSON object gives nothing', () => {
		expect(parsePushMessage('not json')).toBeUndefined();
		expect(parsePushMessage('[1,2]')).toBeUndefined();
	});
});

describe('pushMessageItem', () => {
	test('a message pulled from push.query.messageList (data an object, no bizKey) gets the same keys as a pushed one', () => {
		const pulled = {
			gmtBorn: 1399452484000,
			topicGroup: 'CAIGOU1',
			data: { quotationId: 123 },
			msgId: 68891027,
			type: 'CAIGOU_MSG_BUYER_MARK_QUOTATION',
			userInfo: 'memberId',
			appKey: '123456',
			topicName: 'MSG_BUYER_MARK_QUOTATION',
		};
		expect(pushMessageItem(pulled)).toEqual({
			msgId: '68891027',
			type: 'CAIGOU_MSG_BUYER_MARK_QUOTATION',
			bizKey: null,
			userInfo: 'memberId',
			gmtBorn: 1399452484000,
			gmtBornAt: '2014-05-07T08:48:04.000Z',
			data: { quotationId: 123 },
		});
		const pushed = parsePushMessage(
			'{"msgId":1,"type":"CAIGOU_MSG_BUYER_MARK_QUOTATION","bizKey":"9","userInfo":"m","gmtBorn":1,"data":{}}',
		);
		expect(Object.keys(pushMessageItem(pulled))).toEqual(Object.keys(pushed));
	});

	test('envelope fields given as form texts (gmtBorn as digits, data as JSON text) read like the JSON message', () => {
		const fields = {
			msgId: '70000000001',
			type: 'ORDER_BUYER_VIEW_ORDER_PAY',
			userInfo: 'b2b-1',
			gmtBorn: '1735689600000',
			bizKey: '3503514269397939267',
			data: '{"orderId":3503514269397939267,"currentStatus":"waitsellersend"}',
		};
		expect(pushMessageItem(fields)).toEqual(parsePushMessage(MESSAGE));
	});
});

describe('pushMessageItem with odd content (a signed message must never make it throw)', () => {
	test('a gmtBorn outside the dates a Date can hold, or not a number, gives gmtBornAt null', () => {
		for (const gmtBorn of [1e20, -1e20, '1e20', 8.64e15 + 1]) {
			expect(pushMessageItem({ msgId: 1, gmtBorn })).toMatchObject({
				gmtBorn: Number(gmtBorn),
				gmtBornAt: null,
			});
		}
		for (const gmtBorn of ['abc', '', true, { toString: 1 }, [1]]) {
			expect(pushMessageItem({ msgId: 1, gmtBorn })).toMatchObject({
				gmtBorn: null,
				gmtBornAt: null,
			});
		}
		expect(pushMessageItem({ gmtBorn: 8.64e15 }).gmtBornAt).toBe('+275760-09-13T00:00:00.000Z');
		expect(pushMessageItem({ gmtBorn: -8.64e15 }).gmtBornAt).toBe('-271821-04-20T00:00:00.000Z');
	});

	test('envelope fields that are objects or lists are null, even one whose text form throws', () => {
		const message = JSON.parse(
			'{"msgId":{"toString":1,"valueOf":1},"type":["X"],"bizKey":{"a":1},"userInfo":{"toString":1},"data":{"toString":1}}',
		);
		expect(() => String(message.msgId)).toThrow(TypeError);
		expect(pushMessageItem(message)).toEqual({
			msgId: null,
			type: null,
			bizKey: null,
			userInfo: null,
			gmtBorn: null,
			gmtBornAt: null,
			data: { toString: 1 },
		});
	});
});

describe('rememberMessages', () => {
	test('adds the IDs last, once, and keeps only the most recent ones', () => {
		expect(rememberMessages(['a', 'b'], ['a'], 5)).toEqual(['b', 'a']);
		expect(rememberMessages(['a', 'b', 'c'], ['d'], 3)).toEqual(['b', 'c', 'd']);
		expect(rememberMessages(undefined, ['x'], 5)).toEqual(['x']);
		expect(rememberMessages(['a', 'b', 'c'], ['b', 'd', 'd'], 3)).toEqual(['c', 'b', 'd']);
		expect(rememberMessages(['a'], [], 5)).toEqual(['a']);
	});
});

describe('message topics', () => {
	test('the list is sorted by name and includes the topics buyers need', () => {
		const names = MESSAGE_TOPICS.map((topic) => topic.name);
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
		expect(MESSAGE_TOPICS.map((topic) => topic.value)).toEqual(
			expect.arrayContaining([
				'ORDER_BUYER_VIEW_ORDER_PAY',
				'ORDER_BUYER_VIEW_ANNOUNCE_SENDGOODS',
				'ORDER_BUYER_VIEW_ORDER_SUCCESS',
				'ORDER_BUYER_VIEW_ORDER_BUYER_CLOSE',
				'LOGISTICS_BUYER_VIEW_TRACE',
				'PRODUCT_PRODUCT_INVENTORY_CHANGE',
				'PRODUCT_RELATION_VIEW_PRODUCT_REPOST',
			]),
		);
	});

	test('chosen and typed topics together, typed ones in any case; none means every topic', () => {
		expect([
			...wantedTopics(['ORDER_BUYER_VIEW_ORDER_PAY'], 'crossboard_crossboard_add_supply, '),
		]).toEqual(['ORDER_BUYER_VIEW_ORDER_PAY', 'CROSSBOARD_CROSSBOARD_ADD_SUPPLY']);
		expect(wantedTopics([], '').size).toBe(0);
	});
});
