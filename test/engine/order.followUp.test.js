'use strict';
/**
 * The writes on an order after it is placed, through the n8n engine as the cross-border app: Confirm Receipt, Urge
 * Shipment, Add Memo, Message the Seller, Request Address Change, Delete Closed Order. Each is sent exactly once: a
 * lost answer says the change MAY have happened and how to check, and is never re-sent.
 */
const { useSandbox, operationRunner } = require('../support/sandboxSuite');
const { sandboxCredentials } = require('../support/engine');

const sandbox = useSandbox({ resetEach: true });
const runOp = (operation) => operationRunner(sandbox, 'order', operation, 'crossBorder');
const confirm = runOp('confirmReceipt');
const urge = runOp('urgeShipment');
const memo = runOp('addMemo');
const message = runOp('messageSeller');
const changeAddress = runOp('requestAddressChange');
const deleteOrder = runOp('deleteClosedOrder');

const CONFIRM = 'com.alibaba.trade:trade.receivegoods.confirm-1';
const URGE = 'com.alibaba.logistics:logistics.delivery.urge-1';
const MEMO = 'com.alibaba.trade:alibaba.order.memoAdd-1';
const FEEDBACK = 'com.alibaba.trade:alibaba.trade.addFeedback-1';
const ADDRESS_CHANGE = 'com.alibaba.trade:order.receiveAddress.buyerUpdate-1';
const DELETE = 'com.alibaba.trade:trade.order.buyerdelete-1';
const ORDER_GET = 'com.alibaba.trade:alibaba.trade.get.buyerView-1';

const fixtures = () => sandbox().fixtures;
const stored = (orderId) => sandbox().store.getOrder(orderId);
const apis = () => sandbox().requests.map((request) => request.api);

describe('Order → Confirm Receipt', () => {
	test('every line by default (read from the order): the order becomes successful, the sub-order IDs sent as exact numbers', async () => {
		const orderId = fixtures().orderIdByStatus.waitbuyerreceive;
		const lines = stored(orderId).items.map((item) => item.subItemID);
		const { items, error } = await confirm({ orderId });
		expect(error).toBeUndefined();
		expect(items).toEqual([{ orderId, receiptConfirmed: true, subOrderIds: lines }]);
		expect(apis()).toEqual([ORDER_GET, CONFIRM]);
		expect(sandbox().requests[1].params).toEqual(
			expect.objectContaining({ orderId, orderEntryIds: `[${lines.join(',')}]` }),
		);
		expect(stored(orderId).status).toBe('success');
	});

	test('chosen lines only: one request, the order waits for the rest', async () => {
		const order = [...sandbox().store.orders.values()].find(
			(o) => o.status === 'waitbuyerreceive' && o.items.length > 1,
		);
		const first = order.items[0].subItemID;
		const { items } = await confirm({
			orderId: order.id,
			confirmOptions: { subOrderIds: `${first}, ${first}` },
		});
		expect(items).toEqual([{ orderId: order.id, receiptConfirmed: true, subOrderIds: [first] }]);
		expect(apis()).toEqual([CONFIRM]);
		expect(order.status).toBe('waitbuyerreceive');
		expect(order.receiptConfirmedEntries).toEqual([first]);
	});

	test("bad sub-order IDs stop before any request; an order not shipped is 1688's ORDER_STATUS_ERROR and stays as it was", async () => {
		const bad = await confirm({
			orderId: fixtures().orderIdByStatus.waitbuyerreceive,
			confirmOptions: { subOrderIds: '12, x9' },
		});
		expect(bad.error.message).toBe(
			'Sub-Order IDs: must be a numeric 1688 ID (digits only), got x9 [item 0]',
		);
		expect(sandbox().requests).toHaveLength(0);
		const unpaid = fixtures().orderIdByStatus.waitbuyerpay;
		const { error } = await confirm({ orderId: unpaid });
		expect(error.message).toBe(
			'Receipt can only be confirmed for a shipped order waiting for the buyer to receive it [ORDER_STATUS_ERROR]',
		);
		expect(stored(unpaid).status).toBe('waitbuyerpay');
	});
});

describe('Order → Urge Shipment', () => {
	test("a paid order: one reminder; a second within 24 hours is 1688's refusal", async () => {
		const orderId = fixtures().orderIdByStatus.waitsellersend;
		const { items, error } = await urge({ orderId });
		expect(error).toBeUndefined();
		expect(items).toEqual([{ orderId, urged: true }]);
		expect(sandbox().requests.map((r) => [r.api, r.params.orderId])).toEqual([[URGE, orderId]]);
		expect(stored(orderId).urgedAt).toBeGreaterThan(0);
		const again = await urge({ orderId });
		expect(again.error.name).toBe('NodeApiError');
		expect(again.error.message).toMatch(/\[URGE_TOO_FREQUENT\]$/);
		expect(sandbox().requests.filter((r) => r.api === URGE)).toHaveLength(2);
	});

	test('a shipped order is refused (result false in a success envelope)', async () => {
		const { error } = await urge({ orderId: fixtures().orderIdByStatus.waitbuyerreceive });
		expect(error.message).toBe(
			'Only a paid order that has not shipped yet can be urged [ORDER_STATUS_ERROR]',
		);
		expect(error.description).toContain('1688 said: "订单不是待发货状态，不能催发货"');
	});
});

describe('Order → Add Memo', () => {
	test('the memo and flag land on the order, replacing the last one', async () => {
		const orderId = fixtures().orderIdByStatus.waitsellersend;
		await memo({ orderId, memo: 'first', flagColour: '1' });
		const { items, error } = await memo({
			orderId,
			memo: '  Repack into 2 cartons  ',
			flagColour: '3',
		});
		expect(error).toBeUndefined();
		expect(items).toEqual([{ orderId, memo: 'Repack into 2 cartons', flagColour: 'green' }]);
		expect(sandbox().requests.at(-1).params).toEqual(
			expect.objectContaining({ orderId, memo: 'Repack into 2 cartons', remarkIcon: '3' }),
		);
		expect(stored(orderId)).toMatchObject({
			buyerMemo: 'Repack into 2 cartons',
			buyerRemarkIcon: '3',
		});
	});

	test("the doc's 400_4 beside success true is reported as an error, not a saved memo", async () => {
		const { error } = await memo({ orderId: fixtures().unknownOrderId, memo: 'x' });
		expect(error.name).toBe('NodeApiError');
		expect(error.message).toBe('The memo was not saved: 1688 did not find the order [400_4]');
		expect(error.description).toContain('ORDER_NOT_EXIST');
	});

	test('an empty memo or an unknown flag is refused before any request; continue-on-fail keeps the next item', async () => {
		const orderId = fixtures().orderIdByStatus.waitsellersend;
		const { items } = await memo(
			{ orderId, memo: '={{ $json.memo }}', flagColour: '={{ $json.flag }}' },
			{
				items: [
					{ memo: ' ', flag: '2' },
					{ memo: 'ok', flag: '9' },
					{ memo: 'ok', flag: '4' },
				],
				continueOnFail: true,
			},
		);
		expect(items[0].error).toBe('Memo: is required and must not be empty [item 0]');
		expect(items[1].error).toBe(
			'Flag Colour: "9" is not a flag colour; use 1 (red), 2 (blue), 3 (green) or 4 (yellow) [item 1]',
		);
		expect(items[2]).toEqual({ orderId, memo: 'ok', flagColour: 'yellow' });
		expect(apis()).toEqual([MEMO]);
	});
});

describe('Order → Message the Seller', () => {
	test("the message is added to the order's buyer message; tradeFeedbackParam as the page's sample has it", async () => {
		const orderId = fixtures().orderIdByStatus.waitbuyerpay;
		const before = stored(orderId).buyerFeedback;
		const { items, error } = await message({ orderId, message: 'Please ship in two cartons' });
		expect(error).toBeUndefined();
		expect(items).toEqual([{ orderId, messageSent: true, message: 'Please ship in two cartons' }]);
		expect(JSON.parse(sandbox().requests[0].params.tradeFeedbackParam)).toEqual({
			feedback: 'Please ship in two cartons',
			orderId,
		});
		expect(stored(orderId).buyerFeedback).toBe(
			before ? `${before}\nPlease ship in two cartons` : 'Please ship in two cartons',
		);
	});

	test("more than 500 characters is refused before sending; 500 in all across messages is 1688's 500_2", async () => {
		const orderId = fixtures().orderIdByStatus.waitbuyerpay;
		const long = await message({ orderId, message: 'x'.repeat(501) });
		expect(long.error.message).toBe('Message: must be at most 500 characters, got 501 [item 0]');
		expect(sandbox().requests).toHaveLength(0);
		stored(orderId).buyerFeedback = 'y'.repeat(300);
		const { error } = await message({ orderId, message: 'x'.repeat(250) });
		expect(error.name).toBe('NodeApiError');
		expect(error.message).toBe('1688 refused the message as invalid [500_2]');
		expect(stored(orderId).buyerFeedback).toBe('y'.repeat(300));
	});
});

describe('Order → Request Address Change', () => {
	test('a saved address: sent as {"addressId"} with the exact order ID; applied at once in the same province', async () => {
		const orderId = fixtures().orderIdByStatus.waitsellersend;
		const order = stored(orderId);
		const saved = sandbox().store.savedAddresses.find(
			(a) => a.addressCode.slice(0, 2) === order.address.areaCode.slice(0, 2),
		);
		const { items, error } = await changeAddress({
			orderId,
			addressSource: 'saved',
			savedAddress: { mode: 'id', value: String(saved.id) },
		});
		expect(error).toBeUndefined();
		expect(items).toEqual([
			{ orderId, addressChangeRequested: true, newAddress: { addressId: saved.id } },
		]);
		expect(sandbox().requests[0].params.param).toBe(
			`{"orderId":${orderId},"receiveAddress":{"addressId":${saved.id}}}`,
		);
		expect(order.address).toMatchObject({ fullName: saved.fullName, address: saved.address });
	});

	test("a typed address in another province waits for the seller; a shipped order is 1688's ORDER_STATUS_ERROR", async () => {
		const orderId = fixtures().orderIdByStatus.waitbuyerpay;
		const typed = {
			fullName: '赵六',
			mobile: '+86 135-1111-2222',
			provinceText: '河北省',
			cityText: '保定市',
			address: '白沟镇1号',
		};
		const { items } = await changeAddress({ orderId, ...typed });
		expect(items[0].newAddress).toEqual({
			fullName: '赵六',
			mobile: '13511112222',
			provinceText: '河北省',
			cityText: '保定市',
			address: '白沟镇1号',
		});
		expect(stored(orderId).addressChangeRequest).toMatchObject({
			status: 'waitSellerConfirm',
			address: { provinceText: '河北省' },
		});
		const shipped = await changeAddress({
			orderId: fixtures().orderIdByStatus.waitbuyerreceive,
			...typed,
		});
		expect(shipped.error.message).toBe(
			'The delivery address can only be changed before the order ships [ORDER_STATUS_ERROR]',
		);
	});

	test('a bad address is refused before any request', async () => {
		const { error } = await changeAddress({
			orderId: fixtures().orderIdByStatus.waitbuyerpay,
			fullName: '赵六',
			mobile: '123',
			provinceText: '浙江省',
			cityText: '杭州市',
			address: 'x',
		});
		expect(error.message).toMatch(/^Mobile: must be a mainland China mobile number/);
		expect(sandbox().requests).toHaveLength(0);
	});
});

describe('Order → Delete Closed Order', () => {
	test('a cancelled order is deleted and Get Many no longer lists it; another order is refused', async () => {
		const orderId = fixtures().orderIdByStatus.cancel;
		const { items, error } = await deleteOrder({ orderId });
		expect(error).toBeUndefined();
		expect(items).toEqual([{ orderId, deleted: true }]);
		expect(stored(orderId).deletedByBuyer).toBe(true);
		const listed = await operationRunner(
			sandbox,
			'order',
			'getMany',
			'crossBorder',
		)({ returnAll: true, filters: { orderStatus: ['cancel'] } });
		expect(listed.items.map((order) => order.orderId)).not.toContain(orderId);
		const refused = await deleteOrder({ orderId: fixtures().orderIdByStatus.waitbuyerpay });
		expect(refused.error.message).toBe(
			'Only a closed (cancelled) order can be deleted [ORDER_STATUS_ERROR]',
		);
	});
});

describe('a lost answer: sent once, never again, and the error says what MAY have happened and how to check', () => {
	test.each([
		[
			'confirmReceipt',
			CONFIRM,
			() => ({
				orderId: fixtures().orderIdByStatus.waitbuyerreceive,
				confirmOptions: {
					subOrderIds: stored(fixtures().orderIdByStatus.waitbuyerreceive).items[0].subItemID,
				},
			}),
			/^Receipt MAY have been confirmed on 1688/,
			/Order → Get \(order \d+\)/,
		],
		[
			'urgeShipment',
			URGE,
			() => ({ orderId: fixtures().orderIdByStatus.waitsellersend }),
			/^The seller MAY have been reminded to ship/,
			/24 hours/,
		],
		[
			'addMemo',
			MEMO,
			() => ({ orderId: fixtures().orderIdByStatus.waitsellersend, memo: 'm' }),
			/^The memo MAY have been saved on 1688/,
			/baseInfo\.buyerMemo/,
		],
		[
			'messageSeller',
			FEEDBACK,
			() => ({ orderId: fixtures().orderIdByStatus.waitsellersend, message: 'hi' }),
			/^The message MAY have been added to the order on 1688/,
			/baseInfo\.buyerFeedback/,
		],
		[
			'requestAddressChange',
			ADDRESS_CHANGE,
			() => ({
				orderId: fixtures().orderIdByStatus.waitsellersend,
				addressSource: 'saved',
				savedAddress: { mode: 'id', value: String(fixtures().defaultSavedAddressId) },
			}),
			/^The address change MAY have been requested on 1688/,
			/receiver with Order → Get/,
		],
		[
			'deleteClosedOrder',
			DELETE,
			() => ({ orderId: fixtures().orderIdByStatus.cancel }),
			/^The order MAY have been deleted on 1688/,
			/Get Many/,
		],
	])(
		'%s under a reset connection',
		async (operation, api, parameters, messagePattern, hintPattern) => {
			sandbox().injectFault({ api, kind: 'reset', times: 3 });
			const { error } = await runOp(operation)(parameters(), {
				credentials: sandboxCredentials(sandbox(), {}, 'crossBorder'),
			});
			expect(error.message).toMatch(messagePattern);
			expect(error.message).toMatch(/\[ECONNRESET\]$/);
			expect(error.description).toMatch(hintPattern);
			expect(sandbox().requests.filter((r) => r.api === api)).toHaveLength(1);
		},
	);
});
