'use strict';
/**
 * Logistics → Get International Waybills and Find Order by Waybill through the n8n engine, as the cross-border app:
 * an order placed with an external reference → shipped → its international waybill → back to the same order.
 */
const { useSandbox, operationRunner } = require('../support/sandboxSuite');
const { internationalParcel } = require('../sandbox/data/parcels');

const sandbox = useSandbox({ resetEach: true });
const create = operationRunner(sandbox, 'order', 'create', 'crossBorder');
const waybills = operationRunner(sandbox, 'logistics', 'getInternationalWaybills', 'crossBorder');
const findOrder = operationRunner(sandbox, 'logistics', 'findOrderByWaybill', 'crossBorder');

const WAYBILLS = 'com.alibaba.fenxiao.crossborder:bigcustomer.mailNo.query-1';
const BY_WAYBILL = 'com.alibaba.fenxiao.crossborder:logistics.order.getOutOrderId-1';

/** Places a one-line cross-border order with an external reference through the node; returns its 1688 order ID. */
async function placeOrder(outOrderId) {
	const offer = [...sandbox().store.offers.values()].find(
		(o) =>
			o.status === 'published' &&
			o.seller.memberId !== sandbox().fixtures.member.memberId &&
			o.skus[0].amountOnSale >= 100,
	);
	const { items, error } = await create({
		orderApi: 'crossBorder',
		addressSource: 'typed',
		fullName: '赵六',
		mobile: '13511112222',
		provinceText: '浙江省',
		cityText: '杭州市',
		address: '网商路699号',
		cartSource: 'json',
		cartJson: JSON.stringify([
			{
				offerId: String(offer.offerId),
				specId: offer.skus[0].specId,
				quantity: offer.minOrderQuantity,
			},
		]),
		outOrderId,
		createOptions: { dropshipping: true },
	});
	expect(error).toBeUndefined();
	sandbox().clearRequests();
	return items[0].orderId;
}

describe('Logistics → Get International Waybills and Find Order by Waybill', () => {
	test('order → shipped → international waybill → back to the order, by either waybill or the unclaimed code', async () => {
		const orderId = await placeOrder('SHOP-4242');
		const before = await waybills({ outOrderId: 'SHOP-4242' });
		expect(before.items).toEqual([{ outOrderId: 'SHOP-4242', waybillNumbers: [], parcels: [] }]);

		sandbox().store.setOrderStatus(orderId, 'waitbuyerreceive');
		const parcel = internationalParcel(sandbox().store.getOrder(orderId));
		const { items, error } = await waybills({ outOrderId: ' SHOP-4242 ' });
		expect(error).toBeUndefined();
		expect(items).toEqual([
			{
				outOrderId: 'SHOP-4242',
				waybillNumbers: [parcel.mailNo],
				parcels: [
					{
						waybillNumber: parcel.mailNo,
						carrier: parcel.carrierPartnerCode,
						packageId: parcel.packageId,
						stage: 'external',
						orderIds: [orderId],
					},
				],
			},
		]);
		expect(sandbox().requests.map((r) => [r.api, r.params.outOrderId])).toEqual([
			[WAYBILLS, 'SHOP-4242'],
			[WAYBILLS, 'SHOP-4242'],
		]);

		sandbox().clearRequests();
		const back = await findOrder({ waybillNumber: items[0].waybillNumbers[0] });
		expect(back.items).toEqual([
			{
				waybillNumber: parcel.mailNo,
				found: true,
				outOrderId: 'SHOP-4242',
				orderId,
				orderIds: [orderId],
			},
		]);
		const domestic = await findOrder({ waybillNumber: parcel.domesticWaybills[0] });
		expect(domestic.items[0]).toMatchObject({ found: true, orderId });
		const unclaimed = await findOrder({
			lookUpBy: 'unclaimedCode',
			unclaimedCode: parcel.unclaimedCode,
		});
		expect(unclaimed.items).toEqual([
			{
				unclaimedCode: parcel.unclaimedCode,
				found: true,
				outOrderId: 'SHOP-4242',
				orderId,
				orderIds: [orderId],
			},
		]);
		expect(
			sandbox().requests.map((r) => [
				r.api,
				r.params.shipmentId ?? null,
				r.params.noMainPartCode ?? null,
			]),
		).toEqual([
			[BY_WAYBILL, parcel.mailNo, null],
			[BY_WAYBILL, parcel.domesticWaybills[0], null],
			[BY_WAYBILL, null, parcel.unclaimedCode],
		]);
	});

	test('a waybill 1688 does not know gives found false, not an error', async () => {
		const { items, error } = await findOrder({ waybillNumber: 'XX000000000CN' });
		expect(error).toBeUndefined();
		expect(items).toEqual([{ waybillNumber: 'XX000000000CN', found: false, orderIds: [] }]);
	});

	test('a waybill number that is not one is refused before any request', async () => {
		const spaced = await findOrder({ waybillNumber: 'YT 123 456' });
		expect(spaced.error.message).toBe(
			'Waybill Number: must be 4 to 64 letters, digits or dashes, got "YT 123 456" [item 0]',
		);
		expect(sandbox().requests).toHaveLength(0);
	});

	test("an app not granted the API gets 1688's refusal as an error with its code", async () => {
		sandbox().injectFault({ api: WAYBILLS, kind: 'aclDecline' });
		const { error } = await waybills({ outOrderId: 'SHOP-1' });
		expect(error.name).toBe('NodeApiError');
		expect(error.message).toContain('[gw.APIACLDecline]');
	});
});
