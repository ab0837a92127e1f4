'use strict';
/**
 * What a buyer does with an order after placing it: confirm receipt, urge shipment, memo, messages, address change,
 * delete a closed order, payment channels, shipping insurance, the international parcel (waybills by external order
 * ID and back), and a chat link to the seller.
 */
const { startSandbox, SANDBOX_FIXTURES: F, SANDBOX_APPS } = require('..');
const { internationalParcel } = require('../data/parcels');
const { shippingInsuranceOf } = require('../data/shippingInsurance');
const { sellerProfile } = require('../data/sourcing');
const { call, rawNumbers } = require('./helpers');

const CONFIRM = 'com.alibaba.trade:trade.receivegoods.confirm-1';
const URGE = 'com.alibaba.logistics:logistics.delivery.urge-1';
const MEMO = 'com.alibaba.trade:alibaba.order.memoAdd-1';
const FEEDBACK = 'com.alibaba.trade:alibaba.trade.addFeedback-1';
const ADDRESS_CHANGE = 'com.alibaba.trade:order.receiveAddress.buyerUpdate-1';
const DELETE = 'com.alibaba.trade:trade.order.buyerdelete-1';
const PAY_WAY = 'com.alibaba.trade:alibaba.trade.payWay.query-1';
const INSURANCE = 'com.alibaba.trade:shipping.insurance.get-1';
const WAYBILLS = 'com.alibaba.fenxiao.crossborder:bigcustomer.mailNo.query-1';
const BY_WAYBILL = 'com.alibaba.fenxiao.crossborder:logistics.order.getOutOrderId-1';
const ENCRYPT = 'com.alibaba.account:loginid.openuid.encrypt-1';
const CHAT_URL = 'com.alibaba.account:account.wangwangUrl.get-1';
const ORDER_GET = 'com.alibaba.trade:alibaba.trade.get.buyerView-1';
const ORDER_LIST = 'com.alibaba.trade:alibaba.trade.getBuyerOrderList-1';
const CROSS = 'com.alibaba.trade:alibaba.trade.createCrossOrder-1';
const DETAIL = 'com.alibaba.fenxiao.crossborder:product.search.queryProductDetail-1';

const crossBorderApp = { app: SANDBOX_APPS.crossBorder };

let sb;
beforeAll(async () => {
	sb = await startSandbox();
});
afterAll(() => sb.close());
beforeEach(() => sb.reset());

const orderGet = async (orderId) =>
	(await call(sb, ORDER_GET, { webSite: '1688', orderId })).json.result;

describe('trade.receivegoods.confirm', () => {
	test('line by line: the order stays waiting until every line is confirmed, then it is successful (after-sale)', async () => {
		const order = [...sb.store.orders.values()].find(
			(o) => o.status === 'waitbuyerreceive' && o.items.length > 1,
		);
		const [first, ...rest] = order.items.map((item) => item.subItemID);
		const partial = await call(
			sb,
			CONFIRM,
			{ orderId: order.id, orderEntryIds: `[${first}]` },
			crossBorderApp,
		);
		expect(partial.json).toEqual({ result: { success: true } });
		expect(order.status).toBe('waitbuyerreceive');
		expect(order.receiptConfirmedEntries).toEqual([first]);
		const all = await call(
			sb,
			CONFIRM,
			{ orderId: order.id, orderEntryIds: `[${rest.join(',')}]` },
			crossBorderApp,
		);
		expect(all.json).toEqual({ result: { success: true } });
		expect(order.status).toBe('success');
		expect(order.receivingTime).toBeGreaterThan(0);
		expect(sb.store.pushMessages.at(-1)).toMatchObject({
			type: 'ORDER_BUYER_VIEW_ORDER_SUCCESS',
			bizKey: order.id,
		});
	});

	test('documented refusals: not waiting for the buyer, a line of another order, an unknown order', async () => {
		const shipped = sb.store.getOrder(F.orderIdByStatus.waitbuyerreceive);
		const unpaid = sb.store.getOrder(F.orderIdByStatus.waitbuyerpay);
		const refusal = async (params) => (await call(sb, CONFIRM, params)).json.result;
		expect(
			await refusal({ orderId: unpaid.id, orderEntryIds: `[${unpaid.items[0].subItemID}]` }),
		).toMatchObject({ success: false, errorCode: 'ORDER_STATUS_ERROR' });
		expect(
			await refusal({ orderId: shipped.id, orderEntryIds: `[${unpaid.items[0].subItemID}]` }),
		).toMatchObject({ success: false, errorCode: '400_1' });
		expect(await refusal({ orderId: F.unknownOrderId, orderEntryIds: '[1]' })).toMatchObject({
			success: false,
			errorCode: 'ORDER_NOT_EXIST',
		});
		expect(await refusal({ orderId: shipped.id })).toMatchObject({
			success: false,
			errorCode: '400_1',
		});
		expect(shipped.status).toBe('waitbuyerreceive');
	});
});

describe('logistics.delivery.urge', () => {
	test('a paid order, once per 24 hours; other states refused', async () => {
		const orderId = F.orderIdByStatus.waitsellersend;
		expect((await call(sb, URGE, { orderId }, crossBorderApp)).json).toEqual({
			result: { success: true, code: '200', message: 'success', result: true },
		});
		expect((await call(sb, URGE, { orderId })).json.result).toMatchObject({
			success: false,
			code: 'URGE_TOO_FREQUENT',
			result: false,
		});
		expect(
			(await call(sb, URGE, { orderId: F.orderIdByStatus.waitbuyerreceive })).json.result,
		).toMatchObject({ success: false, code: 'ORDER_STATUS_ERROR' });
	});
});

describe('alibaba.order.memoAdd and alibaba.trade.addFeedback', () => {
	test("the memo replaces the last one and shows on the order; an unknown order answers the doc's 400_4 beside success true", async () => {
		const orderId = F.orderIdByStatus.waitsellersend;
		expect(
			(await call(sb, MEMO, { orderId, memo: 'first', remarkIcon: '1' }, crossBorderApp)).json,
		).toEqual({ success: true });
		expect(
			(await call(sb, MEMO, { orderId, memo: '给仓库：合箱发货', remarkIcon: '3' })).json,
		).toEqual({ success: true });
		expect((await orderGet(orderId)).baseInfo).toMatchObject({
			buyerMemo: '给仓库：合箱发货',
			buyerRemarkIcon: '3',
		});
		const unknown = await call(sb, MEMO, { orderId: F.unknownOrderId, memo: 'x', remarkIcon: '2' });
		expect(unknown.json).toEqual({
			errorCode: '400_4',
			errorMsg: `修改备注信息出错[ORDER_NOT_EXIST]，order[${F.unknownOrderId}]is not exsits`,
			success: true,
		});
		expect((await call(sb, MEMO, { orderId, memo: 'x', remarkIcon: '7' })).json).toMatchObject({
			success: false,
			errorCode: '400_1',
		});
	});

	test("messages are appended to buyerFeedback; 500 characters in all; the doc's 500_2 texts", async () => {
		const orderId = F.orderIdByStatus.waitbuyerpay;
		const before = sb.store.getOrder(orderId).buyerFeedback;
		const send = async (feedback, id = orderId) =>
			(
				await call(
					sb,
					FEEDBACK,
					{ tradeFeedbackParam: `{"feedback":${JSON.stringify(feedback)},"orderId":"${id}"}` },
					crossBorderApp,
				)
			).json;
		expect(await send('Please pack in two boxes')).toEqual({
			result: { success: true },
			success: true,
		});
		expect((await orderGet(orderId)).baseInfo.buyerFeedback).toBe(
			before ? `${before}\nPlease pack in two boxes` : 'Please pack in two boxes',
		);
		expect(await send('x'.repeat(500))).toEqual({
			success: false,
			code: '500_2',
			message: 'invalid parameter error',
		});
		expect(await send('hello', F.unknownOrderId)).toEqual({
			success: false,
			code: '500_2',
			message: 'order not exist error',
		});
		expect(await send('   ')).toEqual({
			success: false,
			code: '400_1',
			message: 'parameter invalid',
		});
	});
});

describe('order.receiveAddress.buyerUpdate', () => {
	const change = async (orderId, receiveAddress) =>
		(
			await call(
				sb,
				ADDRESS_CHANGE,
				{ param: `{"orderId":${orderId},"receiveAddress":${JSON.stringify(receiveAddress)}}` },
				crossBorderApp,
			)
		).json;

	test('a saved address in the same province applies at once; another province waits for the seller', async () => {
		const order = sb.store.getOrder(F.orderIdByStatus.waitsellersend);
		const sameProvince = sb.store.savedAddresses.find(
			(a) => a.addressCode.slice(0, 2) === order.address.areaCode.slice(0, 2),
		);
		const otherProvince = sb.store.savedAddresses.find(
			(a) => a.addressCode.slice(0, 2) !== order.address.areaCode.slice(0, 2),
		);
		expect(await change(order.id, { addressId: sameProvince.id })).toEqual({
			result: { success: true, code: '', message: '', result: true },
		});
		expect(order.address).toMatchObject({
			fullName: sameProvince.fullName,
			address: sameProvince.address,
			addressId: sameProvince.id,
		});
		expect(order.addressChangeRequest.status).toBe('applied');
		const before = order.address;
		expect((await change(order.id, { addressId: otherProvince.id })).result.result).toBe(true);
		expect(order.address).toBe(before);
		expect(order.addressChangeRequest).toMatchObject({
			status: 'waitSellerConfirm',
			address: { fullName: otherProvince.fullName },
		});
	});

	test('a shipped order cannot change its address; an incomplete address is refused', async () => {
		const typed = {
			fullName: '赵六',
			mobile: '13511112222',
			provinceText: '浙江省',
			cityText: '杭州市',
			address: '网商路699号',
		};
		expect((await change(F.orderIdByStatus.waitbuyerreceive, typed)).result).toMatchObject({
			success: false,
			code: 'ORDER_STATUS_ERROR',
			result: false,
		});
		expect((await change(F.orderIdByStatus.waitbuyerpay, { fullName: 'x' })).result).toMatchObject({
			success: false,
			code: '400_1',
		});
	});
});

describe('trade.order.buyerdelete', () => {
	test('a cancelled order leaves the order list; other orders are refused', async () => {
		const orderId = F.orderIdByStatus.cancel;
		const listed = async () =>
			(await call(sb, ORDER_LIST, { orderStatus: 'cancel', pageSize: 50 })).json.result.map(
				(o) => o.baseInfo.idOfStr,
			);
		expect(await listed()).toContain(orderId);
		expect((await call(sb, DELETE, { orderId }, crossBorderApp)).json).toEqual({
			result: { success: true, code: '', message: '', result: true },
		});
		expect(await listed()).not.toContain(orderId);
		expect((await call(sb, DELETE, { orderId })).json.result).toMatchObject({
			success: false,
			code: 'ORDER_NOT_EXIST',
		});
		expect(
			(await call(sb, DELETE, { orderId: F.orderIdByStatus.waitbuyerpay })).json.result,
		).toMatchObject({ success: false, code: 'ORDER_STATUS_ERROR' });
	});
});

describe('alibaba.trade.payWay.query and shipping.insurance.get', () => {
	test("an unpaid order's channels, amount in fen and deadline; a paid one is refused", async () => {
		const order = sb.store.getOrder(F.orderIdByStatus.waitbuyerpay);
		const r = await call(sb, PAY_WAY, { orderId: order.id }, crossBorderApp);
		expect(r.json.success).toBe(true);
		expect(r.json.resultList).toMatchObject({
			orderId: order.id,
			payFee: Math.round(order.totalAmount * 100),
			timeout: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/),
		});
		expect(r.json.resultList.channels.map((c) => c.code)).toEqual(expect.arrayContaining([1, 16]));
		expect((await call(sb, PAY_WAY, { orderId: F.orderIdByStatus.success })).json).toMatchObject({
			success: false,
			errorCode: 'ORDER_STATUS_ERROR',
		});
	});

	test('the policy of the type the order carries (orderBizInfo.shippingInsurance), none of the other type', async () => {
		const insured = F.ordersByStatus.success
			.map((id) => sb.store.getOrder(id))
			.find((o) => shippingInsuranceOf(o)?.claims.length);
		const policy = shippingInsuranceOf(insured);
		expect((await orderGet(insured.id)).orderBizInfo).toEqual({ shippingInsurance: policy.type });
		const r = await call(sb, INSURANCE, { orderId: insured.id, type: policy.type }, crossBorderApp);
		expect(r.json.result).toMatchObject({
			success: true,
			result: {
				tradeClaimList: [
					{
						claimId: policy.claims[0].claimId,
						claimAmount: policy.claims[0].claimAmount,
						status: 'PAID',
					},
				],
			},
		});
		expect(rawNumbers(r.text, 'insuranceId')).toEqual([policy.insuranceId]);
		expect(rawNumbers(r.text, 'orderId')).toEqual([insured.id]);
		const other = policy.type === 'givenByPlatform' ? 'givenByMerchant' : 'givenByPlatform';
		expect((await call(sb, INSURANCE, { orderId: insured.id, type: other })).json).toEqual({
			result: { success: true, code: '200', message: '成功' },
		});
		expect(
			(await call(sb, INSURANCE, { orderId: insured.id, type: 'both' })).json.result,
		).toMatchObject({ success: false, code: '400_1' });
	});
});

describe('the international parcel: bigcustomer.mailNo.query and logistics.order.getOutOrderId agree', () => {
	test('order placed with an external ID → shipped → its waybill → back to the order, by either waybill or the unclaimed code', async () => {
		const offer = [...sb.store.offers.values()].find(
			(o) =>
				o.status === 'published' &&
				o.seller.memberId !== F.member.memberId &&
				o.skus[0].amountOnSale >= 100,
		);
		const cargo = [
			{ offerId: offer.offerId, specId: offer.skus[0].specId, quantity: offer.minOrderQuantity },
		];
		const address = {
			fullName: '赵六',
			mobile: '13511112222',
			provinceText: '浙江省',
			cityText: '杭州市',
			address: '网商路699号',
		};
		const created = await call(
			sb,
			CROSS,
			{ flow: 'general', addressParam: address, cargoParamList: cargo, outOrderId: 'SHOP-77' },
			crossBorderApp,
		);
		const orderId = created.json.result.orderId;
		const waybills = async () =>
			(await call(sb, WAYBILLS, { outOrderId: 'SHOP-77' }, crossBorderApp)).json.result;
		expect(await waybills()).toMatchObject({ success: true, model: {} });
		sb.store.setOrderStatus(orderId, 'waitbuyerreceive');
		const parcel = internationalParcel(sb.store.getOrder(orderId));
		const answer = await call(sb, WAYBILLS, { outOrderId: 'SHOP-77' }, crossBorderApp);
		expect(Object.keys(answer.json.result.model)).toEqual([parcel.mailNo]);
		expect(answer.json.result.model[parcel.mailNo]).toMatchObject({
			mailNo: parcel.mailNo,
			carrierPartnerCode: parcel.carrierPartnerCode,
			stageType: 'external',
		});
		// packageId and the order IDs as exact number literals (19 digits are beyond a double)
		expect(rawNumbers(answer.text, 'packageId')).toEqual([parcel.packageId]);
		expect(answer.text).toContain(`"tradeOrderIds":[${orderId}]`);
		const back = async (params) => (await call(sb, BY_WAYBILL, params, crossBorderApp)).json.result;
		const found = { success: true, msg: '成功', model: { outOrderId: 'SHOP-77', orderId } };
		expect(await back({ shipmentId: parcel.mailNo })).toEqual(found);
		expect(await back({ shipmentId: parcel.domesticWaybills[0] })).toEqual(found);
		expect(await back({ noMainPartCode: parcel.unclaimedCode })).toEqual(found);
		expect(await back({ shipmentId: 'XX000000000CN' })).toEqual({
			success: true,
			msg: '未查询到对应的订单',
		});
		expect(await back({})).toMatchObject({ success: false });
	});

	test('only shipped orders have a parcel, and it stays the same', () => {
		expect(internationalParcel(sb.store.getOrder(F.orderIdByStatus.waitsellersend))).toBeNull();
		const shipped = sb.store.getOrder(F.orderIdByStatus.waitbuyerreceive);
		expect(internationalParcel(shipped)).toEqual(internationalParcel(shipped));
		expect(internationalParcel(shipped)).toMatchObject({
			tradeOrderIds: [shipped.id],
			mailNo: expect.stringMatching(/^[A-Z]{2}\d{9}CN$/),
		});
	});
});

describe('a chat link to the seller: loginid.openuid.encrypt and account.wangwangUrl.get', () => {
	test("an order's sellerLoginId → the OpenUID the product detail shows as sellerOpenId → a chat link", async () => {
		const order = sb.store.getOrder(F.orderIdByStatus.waitsellersend);
		const { openUid } = (await call(sb, ENCRYPT, { loginId: order.seller.loginId }, crossBorderApp))
			.json;
		expect(openUid).toBe(sellerProfile(order.seller).openId);
		const detail = (
			await call(
				sb,
				DETAIL,
				{ offerDetailParam: { offerId: order.items[0].offerId, country: 'en' } },
				crossBorderApp,
			)
		).json;
		expect(detail.result.result.sellerOpenId).toBe(openUid);
		const link = (await call(sb, CHAT_URL, { toOpenUid: openUid }, crossBorderApp)).json.result;
		expect(link).toMatchObject({
			success: true,
			code: '200',
			result: expect.stringContaining(`touid=${openUid}`),
		});
		expect(link.result).not.toContain(encodeURIComponent(order.seller.loginId));
	});

	test('unknown members are refused; an injected aclDecline answers as an app without the API', async () => {
		expect((await call(sb, ENCRYPT, { loginId: 'nobody-here' })).json).toMatchObject({
			success: false,
			errorCode: 'USER_NOT_FOUND',
		});
		expect((await call(sb, CHAT_URL, { toOpenUid: 'sbx-nobody' })).json.result).toMatchObject({
			success: false,
			code: '400',
		});
		sb.injectFault({ api: CHAT_URL, kind: 'aclDecline' });
		const declined = await call(sb, CHAT_URL, { toOpenUid: 'sbx-nobody' });
		expect(declined.status).toBe(400);
		expect(declined.json.error_code).toBe('gw.APIACLDecline');
	});
});
