'use strict';
const { useSandbox, nodeRunner } = require('../support/sandboxSuite');

const sandbox = useSandbox();
const run = nodeRunner(sandbox);

/** An instant as the ISO text Simplify gives (China time, whole seconds as 1688 sends them). */
const chinaIso = (ms) =>
	new Date(Math.floor(ms / 1000) * 1000 + 8 * 3600000).toISOString().replace('Z', '+08:00');
const logistics = (operation, orderId, extra = {}) => ({
	resource: 'logistics',
	operation,
	orderId,
	...extra,
});

describe('Logistics → Get through the n8n engine', () => {
	test('one item per waybill: company, tracking number, status, ship time, sender, receiver, goods', async () => {
		const orderId = sandbox().fixtures.orderIdByStatus.waitbuyerreceive;
		const stored = sandbox().store.getOrder(orderId);
		const { items, error } = await run(logistics('get', orderId));
		expect(error).toBeUndefined();
		const a = stored.address;
		expect(items).toEqual(
			stored.logistics.map((waybill) => ({
				orderId,
				shipped: true,
				logisticsId: waybill.logisticsId,
				company: waybill.company.name,
				companyId: String(waybill.company.id),
				trackingNumber: waybill.logisticsBillNo,
				status: 'TRANSPORT',
				shippedAt: new Date(waybill.shipTime + 8 * 3600000).toISOString().replace('Z', '+08:00'),
				sender: expect.objectContaining({ name: waybill.senderName, mobile: waybill.senderMobile }),
				receiver: expect.objectContaining({
					name: a.fullName,
					mobile: a.mobile,
					province: a.provinceText,
					city: a.cityText,
					county: a.areaText,
				}),
				goods: stored.items.map((item) => ({
					name: item.name,
					quantity: item.quantity,
					unit: item.unit,
				})),
			})),
		);
		expect(sandbox().requests[0]).toMatchObject({
			api: 'com.alibaba.logistics:alibaba.trade.getLogisticsInfos.buyerView-1',
			errorCode: null,
		});
		// The documented selection of optional sections (doc page: fields = company.name, sender, receiver, sendgood).
		expect(sandbox().requests[0].params).toMatchObject({
			orderId,
			webSite: '1688',
			fields: 'company.name,sender,receiver,sendgood',
		});
	});

	test('a received order shows its waybill signed', async () => {
		const orderId = sandbox().fixtures.orderIdByStatus.success;
		const simple = await run(logistics('get', orderId));
		expect(simple.items[0].status).toBe('SIGN');
	});

	test("an order not shipped yet (1688's 500_2) is one item saying so, not a failure, with Simplify on or off", async () => {
		const orderId = sandbox().fixtures.orderIdByStatus.waitsellersend;
		for (const simplify of [true, false]) {
			const { items, error } = await run(logistics('get', orderId, { simplify }));
			expect(error).toBeUndefined();
			expect(items).toEqual([
				{
					orderId,
					shipped: false,
					reason: expect.stringMatching(
						/^1688 has no waybill for this order yet: it has not been shipped \(500_2\)\./,
					),
				},
			]);
		}
		expect(sandbox().requests.map((r) => r.errorCode)).toEqual(['500_2', '500_2']);
		// Other errors still fail.
		const { error } = await run(logistics('get', sandbox().fixtures.unknownOrderId));
		expect(error.name).toBe('NodeApiError');
	});
});

describe('Logistics → Get Trace through the n8n engine', () => {
	test('steps in order with ISO times (China time), text and place', async () => {
		const orderId = sandbox().fixtures.orderIdByStatus.success;
		const stored = sandbox().store.getOrder(orderId);
		const { items, error } = await run(logistics('getTrace', orderId));
		expect(error).toBeUndefined();
		expect(items).toHaveLength(stored.logistics.length);
		const [waybill] = stored.logistics;
		expect(items[0]).toMatchObject({
			orderId,
			logisticsId: waybill.logisticsId,
			trackingNumber: waybill.logisticsBillNo,
		});
		expect(items[0].steps.map((step) => [step.time, step.text])).toEqual(
			waybill.steps.map((step) => [chinaIso(step.at), step.remark]),
		);
		expect(items[0].steps[0].location).toBe(/^【([^】]+)】/.exec(waybill.steps[0].remark)[1]);
		expect(items[0].steps.at(-1).text).toContain('已签收');
		expect(sandbox().requests[0].params).toMatchObject({ orderId, webSite: '1688' });
		expect(sandbox().requests[0].params).not.toHaveProperty('logisticsId');
	});

	test("one waybill by its Logistics ID; an unknown one, or an order not shipped, is 1688's 404", async () => {
		const orderId = sandbox().fixtures.orderIdByStatus.waitbuyerreceive;
		const [waybill] = sandbox().store.getOrder(orderId).logistics;
		const { items } = await run(
			logistics('getTrace', orderId, { logisticsId: waybill.logisticsId }),
		);
		expect(items.map((trace) => trace.logisticsId)).toEqual([waybill.logisticsId]);
		expect(sandbox().requests[0].params.logisticsId).toBe(waybill.logisticsId);
		const { error } = await run(
			logistics('getTrace', orderId, { logisticsId: 'LP00000000000000' }),
		);
		expect(error.message).toContain('[404]');
		const unshipped = await run(
			logistics('getTrace', sandbox().fixtures.orderIdByStatus.waitbuyerpay),
		);
		expect(unshipped.error.message).toContain('[404]');
	});
});
