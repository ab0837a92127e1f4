'use strict';
const { useSandbox } = require('../support/sandboxSuite');
const { sandboxCredentials } = require('../support/engine');
const { runWebhookLifecycle, startMessageTrigger, WEBHOOK_ID } = require('../support/triggers');
const { signature } = require('../sandbox');

const sandbox = useSandbox({ resetEach: true });
let receivers = [];
afterEach(async () => {
	await Promise.all(receivers.map((receiver) => receiver.close()));
	receivers = [];
});

async function receiver(parameters = {}, credentials = {}) {
	const started = await startMessageTrigger({ parameters, credentials: sandboxCredentials(sandbox(), credentials) });
	receivers.push(started);
	return started;
}

/** A push message posted by hand: `fields` as the form, e.g. without a signature. */
async function post(url, body, contentType = 'application/x-www-form-urlencoded;charset=UTF-8') {
	const res = await fetch(url, { method: 'POST', headers: { 'Content-Type': contentType }, body });
	return { status: res.status, body: await res.text() };
}

const ORDER_ID = '3503514269397939267';

describe('1688 Message Trigger', () => {
	test('a correctly signed message starts one execution with its data parsed, and 1688 gets 200 "success"', async () => {
		const trigger = await receiver();
		const gmtBorn = Date.UTC(2026, 10, 29, 4, 30);
		const delivered = await sandbox().deliverPush({
			url: trigger.url,
			type: 'ORDER_BUYER_VIEW_ANNOUNCE_SENDGOODS',
			data: { orderId: ORDER_ID, currentStatus: 'waitbuyerreceive', msgSendTime: '2026-11-29 12:30:00' },
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
					gmtBornAt: '2026-11-29T04:30:00.000Z',
					data: { orderId: ORDER_ID, currentStatus: 'waitbuyerreceive', msgSendTime: '2026-11-29 12:30:00' },
					// The topic's fields: the send time in China time, what the data lacks null.
					orderId: ORDER_ID,
					status: 'waitbuyerreceive',
					sentAt: '2026-11-29T12:30:00.000+08:00',
					buyerMemberId: null,
					sellerMemberId: null,
				},
			],
		]);
		expect(trigger.state().recentMessageIds).toEqual(['70000000123']);
	});

	test('19-digit order IDs sent as JSON numbers stay exact', async () => {
		const trigger = await receiver();
		const message = `{"msgId":5,"type":"ORDER_BUYER_VIEW_ORDER_PAY","gmtBorn":1764390600000,"data":{"orderId":${ORDER_ID},"currentStatus":"waitsellersend"}}`;
		const form = new URLSearchParams({ message, _aop_signature: signature.signPushMessage(sandbox().credentials.appSecret, message) });
		expect(await post(trigger.url, form.toString())).toEqual({ status: 200, body: 'success' });
		expect(trigger.executions[0][0].data.orderId).toBe(ORDER_ID);
	});

	test('a wrong or missing signature is answered 401 and starts nothing', async () => {
		const trigger = await receiver();
		const tampered = await sandbox().deliverPush({ url: trigger.url, type: 'ORDER_BUYER_VIEW_ORDER_PAY', data: { orderId: ORDER_ID }, tamper: true });
		expect(tampered.status).toBe(401);
		const message = '{"msgId":1,"type":"ORDER_BUYER_VIEW_ORDER_PAY","data":{}}';
		expect((await post(trigger.url, new URLSearchParams({ message }).toString())).status).toBe(401);
		const otherSecret = signature.signPushMessage('another-apps-secret', message);
		expect((await post(trigger.url, new URLSearchParams({ message, _aop_signature: otherSecret }).toString())).status).toBe(401);
		expect((await post(trigger.url, '')).status).toBe(401);
		expect(trigger.executions).toEqual([]);
		expect(trigger.state()).toBeUndefined();
		expect(trigger.answers.map((a) => a.status)).toEqual([401, 401, 401, 401]);
	});

	test('a message delivered again (same msgId) is acknowledged but starts nothing', async () => {
		const trigger = await receiver();
		const push = () => sandbox().deliverPush({ url: trigger.url, type: 'LOGISTICS_BUYER_VIEW_TRACE', data: { orderId: ORDER_ID }, msgId: 777 });
		expect(await push()).toMatchObject({ status: 200, body: 'success' });
		expect(await push()).toMatchObject({ status: 200, body: 'success' });
		await sandbox().deliverPush({ url: trigger.url, type: 'LOGISTICS_BUYER_VIEW_TRACE', data: { orderId: ORDER_ID }, msgId: 778 });
		expect(trigger.executions.map(([item]) => item.msgId)).toEqual(['777', '778']);
	});

	test('Message Types: other topics are acknowledged and start nothing; typed topics count too', async () => {
		const trigger = await receiver({ messageTypes: ['ORDER_BUYER_VIEW_ORDER_PAY'], options: { otherTypes: 'crossboard_crossboard_add_supply' } });
		for (const type of ['PRODUCT_PRODUCT_INVENTORY_CHANGE', 'ORDER_BUYER_VIEW_ORDER_PAY', 'LOGISTICS_BUYER_VIEW_TRACE', 'CROSSBOARD_CROSSBOARD_ADD_SUPPLY']) {
			expect(await sandbox().deliverPush({ url: trigger.url, type, data: { offerId: 624392716873 } })).toMatchObject({ status: 200, body: 'success' });
		}
		expect(trigger.executions.map(([item]) => item.type)).toEqual(['ORDER_BUYER_VIEW_ORDER_PAY', 'CROSSBOARD_CROSSBOARD_ADD_SUPPLY']);
	});

	test('data sent as JSON text is parsed, and a body n8n did not parse (text/plain) is read from the raw body', async () => {
		const trigger = await receiver();
		const message = JSON.stringify({ msgId: 9, type: 'PRODUCT_PRODUCT_INVENTORY_CHANGE', data: JSON.stringify({ OfferInventoryChangeList: [{ offerId: 624392716873, skuOnSale: 20, quantity: -10 }] }) });
		const form = new URLSearchParams({ message, _aop_signature: signature.signPushMessage(sandbox().credentials.appSecret, message) });
		expect(await post(trigger.url, form.toString(), 'text/plain')).toEqual({ status: 200, body: 'success' });
		expect(trigger.executions[0][0].data).toEqual({ OfferInventoryChangeList: [{ offerId: 624392716873, skuOnSale: 20, quantity: -10 }] });
	});

	test('envelope fields sent as separate form fields are verified over all of them and read like the message shape', async () => {
		const trigger = await receiver();
		const gmtBorn = Date.UTC(2026, 10, 29, 4, 30);
		const push = { type: 'ORDER_BUYER_VIEW_ORDER_PAY', data: { orderId: ORDER_ID, currentStatus: 'waitsellersend' }, gmtBorn };
		expect(await sandbox().deliverPush({ ...push, url: trigger.url, msgId: 801, shape: 'fields' })).toMatchObject({ status: 200, body: 'success' });
		expect(await sandbox().deliverPush({ ...push, url: trigger.url, msgId: 802 })).toMatchObject({ status: 200, body: 'success' });
		const [[fields], [message]] = trigger.executions;
		expect(fields).toEqual({ ...message, msgId: '801' });
		expect(fields).toMatchObject({ type: 'ORDER_BUYER_VIEW_ORDER_PAY', bizKey: ORDER_ID, gmtBorn, data: { orderId: ORDER_ID, currentStatus: 'waitsellersend' } });
	});

	test('extra form and query fields are part of the signature: signed they pass, changed or unsigned they get 401', async () => {
		const trigger = await receiver();
		const push = (o) => sandbox().deliverPush({ url: trigger.url, type: 'LOGISTICS_BUYER_VIEW_TRACE', data: { orderId: ORDER_ID }, ...o });
		expect(await push({ msgId: 901, extraFields: { _aop_timestamp: '1764390600000' }, query: { topic: 'LOGISTICS' } })).toMatchObject({ status: 200 });
		expect(await push({ msgId: 902, shape: 'fields', extraFields: { _aop_timestamp: '1764390600000' } })).toMatchObject({ status: 200 });
		expect(trigger.executions.map(([item]) => item.msgId)).toEqual(['901', '902']);

		// A field added after signing (in the form or the query string) breaks the signature.
		const message = '{"msgId":903,"type":"LOGISTICS_BUYER_VIEW_TRACE","data":{}}';
		const signed = signature.signPushMessage(sandbox().credentials.appSecret, message);
		expect((await post(trigger.url, new URLSearchParams({ message, _aop_signature: signed }).toString())).status).toBe(200);
		expect((await post(trigger.url, new URLSearchParams({ message, _aop_signature: signed, extra: '1' }).toString())).status).toBe(401);
		expect((await post(`${trigger.url}?extra=1`, new URLSearchParams({ message, _aop_signature: signed }).toString())).status).toBe(401);
		expect((await push({ msgId: 904, shape: 'fields', tamper: true })).status).toBe(401);
		const unsigned = new URLSearchParams({ msgId: '905', type: 'LOGISTICS_BUYER_VIEW_TRACE', data: '{}' }).toString();
		expect((await post(trigger.url, unsigned)).status).toBe(401);
		expect(trigger.executions.map(([item]) => item.msgId)).toEqual(['901', '902', '903']);
	});

	test('a signed request with neither a message nor message fields is answered 400', async () => {
		const trigger = await receiver();
		const fields = [['hello', 'world']];
		const form = new URLSearchParams([...fields, ['_aop_signature', signature.hmacSha1Upper(sandbox().credentials.appSecret, 'helloworld')]]);
		expect((await post(trigger.url, form.toString())).status).toBe(400);
		expect(trigger.executions).toEqual([]);
	});

	test('a signed message that is not JSON is answered 400 and starts nothing', async () => {
		const trigger = await receiver();
		const message = 'not json';
		const form = new URLSearchParams({ message, _aop_signature: signature.signPushMessage(sandbox().credentials.appSecret, message) });
		expect((await post(trigger.url, form.toString())).status).toBe(400);
		expect(trigger.executions).toEqual([]);
	});
});

describe('1688 Message Trigger activation (webhookMethods)', () => {
	const url = `http://127.0.0.1/webhook/${WEBHOOK_ID}/1688`;

	test('activation checks the App Secret and remembers the URL; deactivation forgets it and the message IDs', async () => {
		const credentials = sandboxCredentials(sandbox());
		expect((await runWebhookLifecycle({ method: 'checkExists', credentials })).result).toBe(false);
		const created = await runWebhookLifecycle({ method: 'create', credentials });
		expect(created).toEqual({ result: true, staticData: { 'node:1688 Message Trigger': { activeUrl: url } } });
		expect((await runWebhookLifecycle({ method: 'checkExists', credentials, staticData: created.staticData })).result).toBe(true);
		const withMessages = { 'node:1688 Message Trigger': { activeUrl: url, recentMessageIds: ['1'] } };
		const deleted = await runWebhookLifecycle({ method: 'delete', credentials, staticData: withMessages });
		expect(deleted).toEqual({ result: true, staticData: { 'node:1688 Message Trigger': {} } });
	});

	test('activation fails with a clear message when the credential has no App Secret', async () => {
		await expect(runWebhookLifecycle({ method: 'create', credentials: sandboxCredentials(sandbox(), { appSecret: '' }) })).rejects.toThrow(
			'The 1688 credential has no App Secret',
		);
	});
});
