'use strict';
/**
 * 1688's push message topics (the doc mirror's messages-en/ pages, listed in messageTopics.json): each one
 * is offered by both message triggers, keeps its page's sample message (samples/messages/<TOPIC>.json), and
 * that sample becomes an item with the topic's fields (messageFields.js) along both triggers' way in: the
 * Message Trigger's signed form (readPushRequest → pushEnvelope → pushMessageItem) and the 1688 Trigger's
 * pulled list (the transport's unwrapResponse → pushMessageItem). The data goes in as the raw sample text,
 * so long IDs arrive as JSON numbers, as 1688 sends them.
 */
const fs = require('node:fs');
const path = require('node:path');

const { parseJsonKeepingLongIds } = require('../../dist/nodes/shared/transport/json');
const { unwrapResponse } = require('../../dist/nodes/shared/transport/response');
const {
	isSignedBy,
	pushEnvelope,
	readPushRequest,
} = require('../../dist/nodes/shared/transport/pushRequest');
const { pushMessageItem } = require('../../dist/nodes/shared/helpers/pushMessage');
const { TOPICS_WITH_FIELDS } = require('../../dist/nodes/shared/helpers/messageFields');
const { MESSAGE_TOPICS } = require('../../dist/nodes/shared/messageTopics');
const signature = require('../sandbox/protocol/signature');
const EXPECTED_FIELDS = require('./messageFields');
const { pages } = require('./messageTopics.json');

const MESSAGES_DIR = path.join(__dirname, 'samples', 'messages');
const DOCUMENTED = pages.map((page) => page.replace(/\.md$/, ''));
const APP_SECRET = 'contract-test-secret';
const PULL_API = 'cn.alibaba.open:push.query.messageList-1';

/** A topic's fixture: its page, note, the sample data parsed (long IDs as text) and as the raw text of the page. */
function loadMessageSample(topic) {
	const text = fs.readFileSync(path.join(MESSAGES_DIR, `${topic}.json`), 'utf8');
	const key = '\n  "data": ';
	const start = text.indexOf(key);
	if (start < 0) throw new Error(`${topic}.json: no "data" member as the last key`);
	return {
		...parseJsonKeepingLongIds(text),
		dataText: text.slice(start + key.length, text.lastIndexOf('}')).trim(),
	};
}

/** The message envelope as 1688 writes it, the sample's data text inside as it is. */
const envelopeText = (topic, dataText) =>
	`{"msgId":70000000001,"type":"${topic}","userInfo":"b2b-2215678901234","gmtBorn":1735689600000,"bizKey":"${topic}-1","data":${dataText}}`;

/** Pushed: the form 1688 POSTs (`message` + `_aop_signature`), through the Message Trigger's reading. */
function pushedItem(topic, dataText) {
	const message = envelopeText(topic, dataText);
	const form = new URLSearchParams({
		message,
		_aop_signature: signature.signPushMessage(APP_SECRET, message),
	}).toString();
	const request = readPushRequest(undefined, Buffer.from(form), '/webhook/1688');
	expect(isSignedBy(APP_SECRET, request)).toBe(true);
	return pushMessageItem(pushEnvelope(request));
}

/** Pulled: push.query.messageList's answer listing the message, through the transport and the 1688 Trigger's reading. */
function pulledItem(topic, dataText) {
	const answer = unwrapResponse(
		PULL_API,
		200,
		`{"pushMessagePage":{"datas":[${envelopeText(topic, dataText)}],"totalCount":1}}`,
	);
	return pushMessageItem(answer.pushMessagePage.datas[0]);
}

/** The keys every item has whatever its topic (a topic without fields gives only these). */
const ENVELOPE_KEYS = Object.keys(
	pushMessageItem({ msgId: 1, type: 'NOT_A_DOCUMENTED_TOPIC', data: { orderId: 1 } }),
);

const fieldsOf = (item) =>
	Object.fromEntries(Object.entries(item).filter(([key]) => !ENVELOPE_KEYS.includes(key)));

describe('the documented message topics (messageTopics.json: the pages of messages-en/)', () => {
	const offered = MESSAGE_TOPICS.map((topic) => topic.value);

	test('the list holds the 39 pages of the mirror, without repeats', () => {
		expect(DOCUMENTED).toHaveLength(39);
		expect(new Set(DOCUMENTED).size).toBe(DOCUMENTED.length);
		expect(DOCUMENTED).toEqual(
			expect.arrayContaining([
				'LOGISTICS_GLOBAL_1688_PACKAGE_CHANGE',
				'ORDER_BATCH_PAY',
				'SYT_REFUND_FINISH_NOTICE',
			]),
		);
	});

	test("both triggers' pickers offer every documented topic, and only those", () => {
		expect(DOCUMENTED.filter((topic) => !offered.includes(topic))).toEqual([]);
		expect(offered.filter((topic) => !DOCUMENTED.includes(topic))).toEqual([]);
	});

	test('every documented topic has a fixture citing its page, and every fixture is of a documented topic', () => {
		const fixtures = fs
			.readdirSync(MESSAGES_DIR)
			.filter((file) => file.endsWith('.json'))
			.map((file) => file.replace(/\.json$/, ''));
		expect(fixtures.sort()).toEqual([...DOCUMENTED].sort());
		for (const topic of DOCUMENTED) {
			const sample = loadMessageSample(topic);
			expect([topic, sample.doc]).toEqual([topic, `1688-api-docs/messages-en/${topic}.md`]);
			expect(typeof sample.data).toBe('object');
		}
	});

	test('every documented topic has its fields, and its fields never take an envelope key', () => {
		expect([...TOPICS_WITH_FIELDS].sort()).toEqual([...DOCUMENTED].sort());
		expect(Object.keys(EXPECTED_FIELDS).sort()).toEqual([...DOCUMENTED].sort());
		for (const [topic, fields] of Object.entries(EXPECTED_FIELDS)) {
			expect([topic, Object.keys(fields).filter((key) => ENVELOPE_KEYS.includes(key))]).toEqual([
				topic,
				[],
			]);
		}
	});
});

describe("each topic's sample message through both triggers' way in", () => {
	test.each(DOCUMENTED)('%s', (topic) => {
		const sample = loadMessageSample(topic);
		const pushed = pushedItem(topic, sample.dataText);
		expect(pushed).toMatchObject({
			msgId: '70000000001',
			type: topic,
			bizKey: `${topic}-1`,
			userInfo: 'b2b-2215678901234',
			gmtBorn: 1735689600000,
		});
		// `data` stays as 1688 sent it (long IDs exact), for what the fields leave out.
		expect(pushed.data).toEqual(sample.data);
		expect(fieldsOf(pushed)).toEqual(EXPECTED_FIELDS[topic]);
		// Same keys in the same order as the expectation: every item of a topic has the same columns.
		expect(Object.keys(fieldsOf(pushed))).toEqual(Object.keys(EXPECTED_FIELDS[topic]));
		expect(pulledItem(topic, sample.dataText)).toEqual(pushed);
	});

	test('data sent as JSON text (the envelope fields one by one) gives the same fields', () => {
		const sample = loadMessageSample('LOGISTICS_GLOBAL_1688_PACKAGE_CHANGE');
		const item = pushMessageItem({
			msgId: '1',
			type: 'LOGISTICS_GLOBAL_1688_PACKAGE_CHANGE',
			gmtBorn: '1735689600000',
			data: sample.dataText,
		});
		expect(fieldsOf(item)).toEqual(EXPECTED_FIELDS.LOGISTICS_GLOBAL_1688_PACKAGE_CHANGE);
	});

	test("a parcel's 19-digit order IDs sent as JSON numbers stay exact; a stage other than external is not international", () => {
		const data =
			'{"packageId":98765432101234567,"buyerUserId":2215678901,"stageType":"internal","mailNo":"SF1234567890123","carrierPartnerCode":"SF","transportStatus":100,"actionTime":1767225600000,"tradeOrderIds":[3503514269397939267,3503514269397939268]}';
		const item = pushedItem('LOGISTICS_GLOBAL_1688_PACKAGE_CHANGE', data);
		expect(fieldsOf(item)).toEqual({
			packageId: '98765432101234567',
			stage: 'internal',
			international: false,
			trackingNumber: 'SF1234567890123',
			carrierCode: 'SF',
			transportStatus: 100,
			warehouseStatus: null,
			changedAt: '2026-01-01T08:00:00.000+08:00',
			buyerUserId: '2215678901',
			orderId: '3503514269397939267',
			orderIds: ['3503514269397939267', '3503514269397939268'],
		});
	});

	test("data that is not an object gives the topic's fields, all empty; an undocumented topic gives none", () => {
		const item = pushMessageItem({
			msgId: '1',
			type: 'ORDER_BUYER_VIEW_ORDER_PAY',
			data: 'not json',
		});
		expect(item.data).toBe('not json');
		expect(fieldsOf(item)).toEqual({
			orderId: null,
			status: null,
			sentAt: null,
			buyerMemberId: null,
			sellerMemberId: null,
		});
		expect(
			fieldsOf(
				pushMessageItem({
					msgId: '1',
					type: 'CAIGOU_MSG_BUYER_MARK_QUOTATION',
					data: { quotationId: 1 },
				}),
			),
		).toEqual({});
	});
});
