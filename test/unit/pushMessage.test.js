'use strict';
const { parsePushMessage, readPushForm, rememberMessage } = require('../../dist/nodes/Alibaba1688MessageTrigger/pushMessage');
const { MESSAGE_TOPICS, wantedTopics } = require('../../dist/nodes/Alibaba1688MessageTrigger/messageTopics');

const MESSAGE = '{"msgId":70000000001,"type":"ORDER_BUYER_VIEW_ORDER_PAY","userInfo":"b2b-1","gmtBorn":1735689600000,"bizKey":"3503514269397939267","data":{"orderId":3503514269397939267,"currentStatus":"waitsellersend"}}';

describe('readPushForm', () => {
	test('the fields n8n parsed from the url-encoded body', () => {
		expect(readPushForm({ message: MESSAGE, _aop_signature: 'ABC' }, Buffer.from('ignored'))).toEqual({ message: MESSAGE, signature: 'ABC' });
	});

	test('the raw body read as a form when n8n did not parse it (another content type)', () => {
		const raw = new URLSearchParams({ message: MESSAGE, _aop_signature: 'ABC' }).toString();
		expect(readPushForm({}, Buffer.from(raw))).toEqual({ message: MESSAGE, signature: 'ABC' });
		expect(readPushForm(raw, undefined)).toEqual({ message: MESSAGE, signature: 'ABC' });
		expect(readPushForm({}, undefined)).toEqual({ message: undefined, signature: undefined });
	});
});

describe('parsePushMessage', () => {
	test('envelope fields, gmtBorn as ISO too, data as an object with 19-digit IDs exact', () => {
		expect(parsePushMessage(MESSAGE)).toEqual({
			msgId: '70000000001',
			type: 'ORDER_BUYER_VIEW_ORDER_PAY',
			bizKey: '3503514269397939267',
			userInfo: 'b2b-1',
			gmtBorn: 1735689600000,
			gmtBornAt: '2025-01-01T00:00:00.000Z',
			data: { orderId: '3503514269397939267', currentStatus: 'waitsellersend' },
		});
	});

	test('data sent as JSON text is parsed; text that is not JSON is kept', () => {
		expect(parsePushMessage('{"msgId":1,"type":"X","data":"{\\"offerId\\":624392716873}"}').data).toEqual({ offerId: 624392716873 });
		expect(parsePushMessage('{"msgId":1,"type":"X","data":"plain"}').data).toBe('plain');
	});

	test('a message that is not a JSON object gives nothing', () => {
		expect(parsePushMessage('not json')).toBeUndefined();
		expect(parsePushMessage('[1,2]')).toBeUndefined();
	});
});

describe('rememberMessage', () => {
	test('adds the ID last, once, and keeps only the most recent ones', () => {
		expect(rememberMessage(['a', 'b'], 'a')).toEqual(['b', 'a']);
		expect(rememberMessage(['a', 'b', 'c'], 'd', 3)).toEqual(['b', 'c', 'd']);
		expect(rememberMessage(undefined, 'x')).toEqual(['x']);
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
		expect([...wantedTopics(['ORDER_BUYER_VIEW_ORDER_PAY'], 'crossboard_crossboard_add_supply, ')]).toEqual([
			'ORDER_BUYER_VIEW_ORDER_PAY',
			'CROSSBOARD_CROSSBOARD_ADD_SUPPLY',
		]);
		expect(wantedTopics([], '').size).toBe(0);
	});
});
