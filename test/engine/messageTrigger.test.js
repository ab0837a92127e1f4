'use strict';
const { useSandbox } = require('../support/sandboxSuite');
const { sandboxCredentials } = require('../support/engine');
const {
	runWebhookLifecycle,
	startMessageTrigger,
	workflowDatabase,
	WEBHOOK_ID,
} = require('../support/triggers');
const signature = require('../sandbox/protocol/signature');

const sandbox = useSandbox({ resetEach: true });
let receivers = [];
afterEach(async () => {
	await Promise.all(receivers.map((receiver) => receiver.close()));
	receivers = [];
});

async function receiver(parameters = {}, credentials = {}, database = undefined) {
	const started = await startMessageTrigger({
		parameters,
		credentials: sandboxCredentials(sandbox(), credentials),
		database,
	});
	receivers.push(started);
	return started;
}

/** A push message posted by hand: `fields` as the form, e.g. without a signature. */
async function post(url, body, contentType = 'application/x-www-form-urlencoded;charset=UTF-8') {
	const res = await fetch(url, { method: 'POST', headers: { 'Content-Type': contentType }, body });
	return { status: res.status, body: await res.text() };
}

const ORDER_ID = '3503514269397939267';
const HOUR = 3_600_000;
/** A gmtBorn this many minutes before now (the age limit is counted from the clock). */
const minutesAgo = (minutes) => Date.now() - minutes * 60_000;

/** A message signed with the sandbox app's secret, posted as 1688 does (`message` + `_aop_signature`). */
function signedForm(envelope) {
	const message = typeof envelope === 'string' ? envelope : JSON.stringify(envelope);
	return new URLSearchParams({
		message,
		_aop_signature: signature.signPushMessage(sandbox().credentials.appSecret, message),
	}).toString();
}

describe('1688 Message Trigger', () => {
	test('a correctly signed message starts one execution with its data parsed, and 1688 gets 200 "success"', async () => {
		const trigger = await receiver();
		const gmtBorn = minutesAgo(5);
		const delivered = await sandbox().deliverPush({
			url: trigger.url,
			type: 'ORDER_BUYER_VIEW_ANNOUNCE_SENDGOODS',
			data: {
				orderId: ORDER_ID,
				currentStatus: 'waitbuyerreceive',
				msgSendTime: '2026-11-29 12:30:00',
			},
			msgId: 70000000123,
			gmtBorn,
		});
		expect(delivered).toMatchObject({ status: 200, body: 'success' });
		expect(trigger.executions).toEqual([
			[
				{
					msgId: '70000000123',
					type: 'ORDER_BUYER_VIEW_ANNOUNCE_SENDGOODS',
					bizKey: ORDER_ID,
					userInfo: sandbox().store.member.memberId,
					gmtBorn,
					gmtBornAt: new Date(gmtBorn).toISOString(),
					data: {
						orderId: ORDER_ID,
						currentStatus: 'waitbuyerreceive',
						msgSendTime: '2026-11-29 12:30:00',
					},
					// The topic's fields: the send time in China time, what the data lacks null.
					orderId: ORDER_ID,
					status: 'waitbuyerreceive',
					sentAt: '2026-11-29T12:30:00.000+08:00',
					buyerMemberId: null,
					sellerMemberId: null,
				},
			],
		]);
		// Remembered compactly: the msgId and the minute of its gmtBorn (base 36).
		expect(trigger.state().seenMessages).toEqual({
			keys: `70000000123.${Math.floor(gmtBorn / 60000).toString(36)}`,
		});
	});

	test('19-digit order IDs sent as JSON numbers stay exact', async () => {
		const trigger = await receiver();
		const message = `{"msgId":5,"type":"ORDER_BUYER_VIEW_ORDER_PAY","gmtBorn":${minutesAgo(1)},"data":{"orderId":${ORDER_ID},"currentStatus":"waitsellersend"}}`;
		const form = new URLSearchParams({
			message,
			_aop_signature: signature.signPushMessage(sandbox().credentials.appSecret, message),
		});
		expect(await post(trigger.url, form.toString())).toEqual({ status: 200, body: 'success' });
		expect(trigger.executions[0][0].data.orderId).toBe(ORDER_ID);
	});

	test('a wrong or missing signature is answered 401 and starts nothing', async () => {
		const trigger = await receiver();
		const tampered = await sandbox().deliverPush({
			url: trigger.url,
			type: 'ORDER_BUYER_VIEW_ORDER_PAY',
			data: { orderId: ORDER_ID },
			tamper: true,
		});
		expect(tampered.status).toBe(401);
		const message = '{"msgId":1,"type":"ORDER_BUYER_VIEW_ORDER_PAY","data":{}}';
		expect((await post(trigger.url, new URLSearchParams({ message }).toString())).status).toBe(401);
		const otherSecret = signature.signPushMessage('another-apps-secret', message);
		expect(
			(
				await post(
					trigger.url,
					new URLSearchParams({ message, _aop_signature: otherSecret }).toString(),
				)
			).status,
		).toBe(401);
		expect((await post(trigger.url, '')).status).toBe(401);
		expect(trigger.executions).toEqual([]);
		expect(trigger.state()).toBeUndefined();
		expect(trigger.answers.map((a) => a.status)).toEqual([401, 401, 401, 401]);
	});

	test('a message delivered again (same msgId) is acknowledged but starts nothing', async () => {
		const trigger = await receiver();
		const push = () =>
			sandbox().deliverPush({
				url: trigger.url,
				type: 'LOGISTICS_BUYER_VIEW_TRACE',
				data: { orderId: ORDER_ID },
				msgId: 777,
			});
		expect(await push()).toMatchObject({ status: 200, body: 'success' });
		expect(await push()).toMatchObject({ status: 200, body: 'success' });
		await sandbox().deliverPush({
			url: trigger.url,
			type: 'LOGISTICS_BUYER_VIEW_TRACE',
			data: { orderId: ORDER_ID },
			msgId: 778,
		});
		expect(trigger.executions.map(([item]) => item.msgId)).toEqual(['777', '778']);
	});

	test('Message Types: other topics are acknowledged and start nothing; typed topics count too', async () => {
		const trigger = await receiver({
			messageTypes: ['ORDER_BUYER_VIEW_ORDER_PAY'],
			options: { otherTypes: 'crossboard_crossboard_add_supply' },
		});
		for (const type of [
			'PRODUCT_PRODUCT_INVENTORY_CHANGE',
			'ORDER_BUYER_VIEW_ORDER_PAY',
			'LOGISTICS_BUYER_VIEW_TRACE',
			'CROSSBOARD_CROSSBOARD_ADD_SUPPLY',
		]) {
			expect(
				await sandbox().deliverPush({ url: trigger.url, type, data: { offerId: 624392716873 } }),
			).toMatchObject({ status: 200, body: 'success' });
		}
		expect(trigger.executions.map(([item]) => item.type)).toEqual([
			'ORDER_BUYER_VIEW_ORDER_PAY',
			'CROSSBOARD_CROSSBOARD_ADD_SUPPLY',
		]);
	});

	test('data sent as JSON text is parsed, and a body n8n did not parse (text/plain) is read from the raw body', async () => {
		const trigger = await receiver();
		const message = JSON.stringify({
			msgId: 9,
			type: 'PRODUCT_PRODUCT_INVENTORY_CHANGE',
			data: JSON.stringify({
				OfferInventoryChangeList: [{ offerId: 624392716873, skuOnSale: 20, quantity: -10 }],
			}),
		});
		const form = new URLSearchParams({
			message,
			_aop_signature: signature.signPushMessage(sandbox().credentials.appSecret, message),
		});
		expect(await post(trigger.url, form.toString(), 'text/plain')).toEqual({
			status: 200,
			body: 'success',
		});
		expect(trigger.executions[0][0].data).toEqual({
			OfferInventoryChangeList: [{ offerId: 624392716873, skuOnSale: 20, quantity: -10 }],
		});
	});

	test('envelope fields sent as separate form fields are verified over all of them and read like the message shape', async () => {
		const trigger = await receiver();
		const gmtBorn = minutesAgo(5);
		const push = {
			type: 'ORDER_BUYER_VIEW_ORDER_PAY',
			data: { orderId: ORDER_ID, currentStatus: 'waitsellersend' },
			gmtBorn,
		};
		expect(
			await sandbox().deliverPush({ ...push, url: trigger.url, msgId: 801, shape: 'fields' }),
		).toMatchObject({ status: 200, body: 'success' });
		expect(await sandbox().deliverPush({ ...push, url: trigger.url, msgId: 802 })).toMatchObject({
			status: 200,
			body: 'success',
		});
		const [[fields], [message]] = trigger.executions;
		expect(fields).toEqual({ ...message, msgId: '801' });
		expect(fields).toMatchObject({
			type: 'ORDER_BUYER_VIEW_ORDER_PAY',
			bizKey: ORDER_ID,
			gmtBorn,
			data: { orderId: ORDER_ID, currentStatus: 'waitsellersend' },
		});
	});

	test('extra form and query fields are part of the signature: signed they pass, changed or unsigned they get 401', async () => {
		const trigger = await receiver();
		const push = (o) =>
			sandbox().deliverPush({
				url: trigger.url,
				type: 'LOGISTICS_BUYER_VIEW_TRACE',
				data: { orderId: ORDER_ID },
				...o,
			});
		expect(
			await push({
				msgId: 901,
				extraFields: { _aop_timestamp: '1764390600000' },
				query: { topic: 'LOGISTICS' },
			}),
		).toMatchObject({ status: 200 });
		expect(
			await push({ msgId: 902, shape: 'fields', extraFields: { _aop_timestamp: '1764390600000' } }),
		).toMatchObject({ status: 200 });
		expect(trigger.executions.map(([item]) => item.msgId)).toEqual(['901', '902']);

		// A field added after signing (in the form or the query string) breaks the signature.
		const message = '{"msgId":903,"type":"LOGISTICS_BUYER_VIEW_TRACE","data":{}}';
		const signed = signature.signPushMessage(sandbox().credentials.appSecret, message);
		expect(
			(await post(trigger.url, new URLSearchParams({ message, _aop_signature: signed }).toString()))
				.status,
		).toBe(200);
		expect(
			(
				await post(
					trigger.url,
					new URLSearchParams({ message, _aop_signature: signed, extra: '1' }).toString(),
				)
			).status,
		).toBe(401);
		expect(
			(
				await post(
					`${trigger.url}?extra=1`,
					new URLSearchParams({ message, _aop_signature: signed }).toString(),
				)
			).status,
		).toBe(401);
		expect((await push({ msgId: 904, shape: 'fields', tamper: true })).status).toBe(401);
		const unsigned = new URLSearchParams({
			msgId: '905',
			type: 'LOGISTICS_BUYER_VIEW_TRACE',
			data: '{}',
		}).toString();
		expect((await post(trigger.url, unsigned)).status).toBe(401);
		expect(trigger.executions.map(([item]) => item.msgId)).toEqual(['901', '902', '903']);
	});

	test('a signed request with neither a message nor message fields is answered 400', async () => {
		const trigger = await receiver();
		const fields = [['hello', 'world']];
		const form = new URLSearchParams([
			...fields,
			['_aop_signature', signature.hmacSha1Upper(sandbox().credentials.appSecret, 'helloworld')],
		]);
		expect((await post(trigger.url, form.toString())).status).toBe(400);
		expect(trigger.executions).toEqual([]);
	});

	test('a signed message that is not JSON is answered 400 and starts nothing', async () => {
		const trigger = await receiver();
		const message = 'not json';
		const form = new URLSearchParams({
			message,
			_aop_signature: signature.signPushMessage(sandbox().credentials.appSecret, message),
		});
		expect((await post(trigger.url, form.toString())).status).toBe(400);
		expect(trigger.executions).toEqual([]);
	});
});

describe('1688 Message Trigger under hostile input', () => {
	const push = (trigger, o) =>
		sandbox().deliverPush({
			url: trigger.url,
			type: 'ORDER_BUYER_VIEW_ORDER_PAY',
			data: { orderId: ORDER_ID },
			...o,
		});
	const startedIds = (trigger) => trigger.executions.map(([item]) => item.msgId);

	test('the same message delivered 2 and 5 times at once (each loading the static data first) starts one execution', async () => {
		const trigger = await receiver();
		for (const [copies, msgId] of [
			[2, 3001],
			[5, 3002],
		]) {
			trigger.race(copies);
			const answers = await Promise.all(
				Array.from({ length: copies }, () => push(trigger, { msgId })),
			);
			expect(answers.map((a) => [a.status, a.body])).toEqual(Array(copies).fill([200, 'success']));
		}
		expect(startedIds(trigger)).toEqual(['3001', '3002']);
	});

	test('two different messages at once are both remembered in the static data (seen by a restarted n8n)', async () => {
		const database = workflowDatabase();
		const trigger = await receiver({}, {}, database);
		trigger.race(2);
		await Promise.all([push(trigger, { msgId: 3101 }), push(trigger, { msgId: 3102 })]);
		expect(startedIds(trigger).sort()).toEqual(['3101', '3102']);
		// Another receiver over the same row: the same workflow after a restart, with only its static data.
		const restarted = await receiver({}, {}, database);
		await push(restarted, { msgId: 3101 });
		await push(restarted, { msgId: 3102 });
		expect(restarted.executions).toEqual([]);
	});

	test('a message is remembered after 600 newer ones within the time window, and across deactivate + activate', async () => {
		const database = workflowDatabase();
		const credentials = sandboxCredentials(sandbox());
		const trigger = await receiver({}, {}, database);
		await push(trigger, { msgId: 4000 });
		for (let i = 1; i <= 600; i++)
			await push(trigger, { msgId: 4000 + i, type: 'LOGISTICS_BUYER_VIEW_TRACE' });
		expect(trigger.executions).toHaveLength(601);
		await push(trigger, { msgId: 4000 });
		expect(trigger.executions).toHaveLength(601);

		// Deactivated and activated again, in a restarted n8n (the node's static data is all that is left).
		database.staticData = (
			await runWebhookLifecycle({ method: 'delete', credentials, staticData: database.staticData })
		).staticData;
		database.staticData = (
			await runWebhookLifecycle({ method: 'create', credentials, staticData: database.staticData })
		).staticData;
		const reactivated = await receiver({}, {}, database);
		expect(await push(reactivated, { msgId: 4000 })).toMatchObject({
			status: 200,
			body: 'success',
		});
		expect(
			await push(reactivated, { msgId: 4001, type: 'LOGISTICS_BUYER_VIEW_TRACE' }),
		).toMatchObject({ status: 200, body: 'success' });
		await push(reactivated, { msgId: 4602 });
		expect(startedIds(reactivated)).toEqual(['4602']);
		// The memory stays small: about 18 bytes per message (11-digit msgIds here).
		const bytes = JSON.stringify(reactivated.state().seenMessages).length;
		expect(bytes / 602).toBeLessThan(20);
	});

	test('a signed message older than the age limit (a replay) starts nothing and is answered 200 "success", like a repeat', async () => {
		const trigger = await receiver();
		expect(await push(trigger, { msgId: 5001, gmtBorn: Date.now() - 25 * HOUR })).toMatchObject({
			status: 200,
			body: 'success',
		});
		expect(trigger.state()).toBeUndefined();
		expect(await push(trigger, { msgId: 5002, gmtBorn: Date.now() - 23 * HOUR })).toMatchObject({
			status: 200,
			body: 'success',
		});
		expect(await push(trigger, { msgId: 5002, gmtBorn: Date.now() - 23 * HOUR })).toMatchObject({
			status: 200,
			body: 'success',
		});
		expect(startedIds(trigger)).toEqual(['5002']);

		const oneHour = await receiver({ options: { maxAgeHours: 1 } });
		await push(oneHour, { msgId: 5003, gmtBorn: Date.now() - 2 * HOUR });
		await push(oneHour, { msgId: 5004, gmtBorn: Date.now() - HOUR / 2 });
		expect(startedIds(oneHour)).toEqual(['5004']);

		const off = await receiver({ options: { maxAgeHours: 0 } });
		await push(off, { msgId: 5005, gmtBorn: Date.now() - 400 * 24 * HOUR });
		await push(off, { msgId: 5005, gmtBorn: Date.now() - 400 * 24 * HOUR });
		expect(startedIds(off)).toEqual(['5005']);
	});

	test('messages without a msgId are recognised by their content: the same one twice starts once, another starts too', async () => {
		const trigger = await receiver();
		const gmtBorn = minutesAgo(2);
		const message = {
			type: 'LOGISTICS_BUYER_VIEW_TRACE',
			bizKey: ORDER_ID,
			gmtBorn,
			data: { orderId: ORDER_ID, statusChanged: 'SIGN' },
		};
		const other = { ...message, data: { orderId: ORDER_ID, statusChanged: 'TRANSPORT' } };
		expect(await post(trigger.url, signedForm(message))).toEqual({ status: 200, body: 'success' });
		expect(await post(trigger.url, signedForm(message))).toEqual({ status: 200, body: 'success' });
		trigger.race(2);
		await Promise.all([post(trigger.url, signedForm(other)), post(trigger.url, signedForm(other))]);
		expect(trigger.executions.map(([item]) => [item.msgId, item.data.statusChanged])).toEqual([
			[null, 'SIGN'],
			[null, 'TRANSPORT'],
		]);
	});

	test('a gmtBorn out of range or not a number gives gmtBornAt null and 200, not an error (and no age check)', async () => {
		const trigger = await receiver();
		const odd = [
			[6001, 1e20],
			[6002, -1e20],
			[6003, 'abc'],
		];
		for (const [msgId, gmtBorn] of odd) {
			expect(
				await post(
					trigger.url,
					signedForm({
						msgId,
						type: 'ORDER_BUYER_VIEW_ORDER_PAY',
						gmtBorn,
						data: { orderId: ORDER_ID },
					}),
				),
			).toEqual({ status: 200, body: 'success' });
		}
		expect(await push(trigger, { msgId: 6004, gmtBorn: 1e20, shape: 'fields' })).toMatchObject({
			status: 200,
			body: 'success',
		});
		expect(trigger.executions.map(([item]) => [item.msgId, item.gmtBorn, item.gmtBornAt])).toEqual([
			['6001', 1e20, null],
			['6002', -1e20, null],
			['6003', null, null],
			['6004', 1e20, null],
		]);
		expect(trigger.error).toBeUndefined();
	});

	test('a body too large or with too many fields is refused 413 before the signature is checked', async () => {
		const trigger = await receiver();
		// 15.6 MB of 3.9 million empty fields, unsigned: refused for its size (a 401 would mean it was signed over).
		expect(await post(trigger.url, 'ab=&'.repeat(3_900_000))).toEqual({
			status: 413,
			body: 'Request too large: a 1688 push message is at most 1048576 bytes',
		});
		// Under 1 MB but 250,000 fields.
		expect(await post(trigger.url, 'ab=&'.repeat(250_000))).toEqual({
			status: 413,
			body: 'Too many fields: a 1688 push message has at most 100',
		});
		// Correctly signed, but 101 fields (the signature would pass): refused all the same, so before it.
		const fields = Array.from({ length: 100 }, (_, i) => [`f${i}`, '1']);
		const signed = new URLSearchParams([
			...fields,
			[
				'_aop_signature',
				signature.hmacSha1Upper(
					sandbox().credentials.appSecret,
					fields
						.map(([k, v]) => k + v)
						.sort()
						.join(''),
				),
			],
		]);
		expect(await post(trigger.url, signed.toString())).toEqual({
			status: 413,
			body: 'Too many fields: a 1688 push message has at most 100',
		});
		expect(
			await post(
				`${trigger.url}?${'q=&'.repeat(101)}`,
				signedForm({ msgId: 7000, type: 'ORDER_BUYER_VIEW_ORDER_PAY', data: {} }),
			),
		).toMatchObject({ status: 413 });
		// A real message stays far below: one of 700 kB passes.
		const big = {
			msgId: 7001,
			type: 'ORDER_BUYER_VIEW_ORDER_PAY',
			gmtBorn: minutesAgo(1),
			data: { orderId: ORDER_ID, note: 'x'.repeat(700_000) },
		};
		expect(await post(trigger.url, signedForm(big))).toEqual({ status: 200, body: 'success' });
		expect(startedIds(trigger)).toEqual(['7001']);
	});
});

describe('1688 Message Trigger activation (webhookMethods)', () => {
	const url = `http://127.0.0.1/webhook/${WEBHOOK_ID}/1688`;

	test('activation checks the App Secret and remembers the URL; deactivation forgets the URL, not the messages', async () => {
		const credentials = sandboxCredentials(sandbox());
		expect((await runWebhookLifecycle({ method: 'checkExists', credentials })).result).toBe(false);
		const created = await runWebhookLifecycle({ method: 'create', credentials });
		expect(created).toEqual({
			result: true,
			staticData: { 'node:1688 Message Trigger': { activeUrl: url } },
		});
		expect(
			(
				await runWebhookLifecycle({
					method: 'checkExists',
					credentials,
					staticData: created.staticData,
				})
			).result,
		).toBe(true);
		const seenMessages = { keys: '1.hnh2o' };
		const withMessages = { 'node:1688 Message Trigger': { activeUrl: url, seenMessages } };
		const deleted = await runWebhookLifecycle({
			method: 'delete',
			credentials,
			staticData: withMessages,
		});
		expect(deleted).toEqual({
			result: true,
			staticData: { 'node:1688 Message Trigger': { seenMessages } },
		});
	});

	test('activation fails with a clear message when the credential has no App Secret', async () => {
		await expect(
			runWebhookLifecycle({
				method: 'create',
				credentials: sandboxCredentials(sandbox(), { appSecret: '' }),
			}),
		).rejects.toThrow('The 1688 credential has no App Secret');
	});
});
