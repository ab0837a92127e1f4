'use strict';
const { useSandbox, nodeRunner } = require('../support/sandboxSuite');

const sandbox = useSandbox();
const run = nodeRunner(sandbox);

const LIST_API = 'com.alibaba.trade:alibaba.trade.getBuyerOrderList-1';
const DAY = 86400000;
const getMany = (extra = {}) => ({ resource: 'order', operation: 'getMany', ...extra });

/** The buyer's stored orders, newest first, as the list API orders them. */
function storedOrders(filter = () => true) {
	return [...sandbox().store.orders.values()]
		.filter(filter)
		.sort((a, b) => b.createTime - a.createTime || (a.id < b.id ? 1 : -1));
}

describe('Order → Get Many through the n8n engine', () => {
	test('Return All pages through every order: exact count, no duplicates, newest first', async () => {
		const { items, error } = await run(getMany({ returnAll: true }));
		expect(error).toBeUndefined();
		const expected = storedOrders().map((order) => order.id);
		expect(expected).toHaveLength(sandbox().fixtures.orderCount);
		expect(items.map((order) => order.orderId)).toEqual(expected);
		expect(new Set(items.map((order) => order.orderId)).size).toBe(expected.length);
		// 60 orders at 50 a page: two requests, page 1 and page 2.
		expect(
			sandbox().requests.map((request) => [
				request.api,
				request.params.page,
				request.params.pageSize,
			]),
		).toEqual([
			[LIST_API, '1', '50'],
			[LIST_API, '2', '50'],
		]);
		for (const order of items) expect(typeof order.total).toBe('number');
	});

	test('Limit asks for no more than needed and returns exactly that many', async () => {
		const { items } = await run(getMany({ returnAll: false, limit: 7 }));
		expect(items.map((order) => order.orderId)).toEqual(
			storedOrders()
				.slice(0, 7)
				.map((order) => order.id),
		);
		expect(sandbox().requests).toHaveLength(1);
		expect(sandbox().requests[0].params).toMatchObject({ page: '1', pageSize: '7' });
	});

	test('one status is sent to 1688 and only such orders come back', async () => {
		const { items } = await run(
			getMany({ returnAll: true, filters: { orderStatus: ['waitbuyerreceive'] } }),
		);
		const expected = storedOrders((order) => order.status === 'waitbuyerreceive').map(
			(order) => order.id,
		);
		expect(expected.length).toBeGreaterThan(0);
		expect(items.map((order) => order.orderId)).toEqual(expected);
		expect(items.every((order) => order.status === 'waitbuyerreceive')).toBe(true);
		expect(sandbox().requests).toHaveLength(1);
		expect(sandbox().requests[0].params.orderStatus).toBe('waitbuyerreceive');
	});

	test('several statuses: one listing each, merged newest first without duplicates', async () => {
		const statuses = ['waitbuyerpay', 'cancel'];
		const { items } = await run(getMany({ returnAll: true, filters: { orderStatus: statuses } }));
		const expected = storedOrders((order) => statuses.includes(order.status)).map(
			(order) => order.id,
		);
		expect(items.map((order) => order.orderId)).toEqual(expected);
		expect(items).toHaveLength(
			sandbox().fixtures.ordersByStatus.waitbuyerpay.length +
				sandbox().fixtures.ordersByStatus.cancel.length,
		);
		expect(sandbox().requests.map((request) => request.params.orderStatus)).toEqual(statuses);

		const limited = await run(
			getMany({ returnAll: false, limit: 5, filters: { orderStatus: statuses } }),
		);
		expect(limited.items.map((order) => order.orderId)).toEqual(expected.slice(0, 5));
	});

	test('date-times in any zone reach 1688 as China time (yyyyMMddHHmmssSSS+0800)', async () => {
		await run(
			getMany({
				returnAll: true,
				filters: {
					createdAfter: '2024-03-10T23:30:00-05:00',
					createdBefore: '2024-03-12T00:00:00Z',
					modifiedAfter: '2024-03-11T08:00:00',
					modifiedBefore: '2024-03-13',
				},
			}),
		);
		expect(sandbox().requests).toHaveLength(1);
		expect(sandbox().requests[0].params).toMatchObject({
			createStartTime: '20240311123000000+0800',
			createEndTime: '20240312080000000+0800',
			// Without a zone a date-time is China time.
			modifyStartTime: '20240311080000000+0800',
			modifyEndTime: '20240313000000000+0800',
		});
	});

	test('a Luxon DateTime from an expression is converted at its own zone (here a US daylight-saving day)', async () => {
		await run(
			getMany({
				returnAll: true,
				filters: {
					createdAfter:
						'={{ DateTime.fromISO("2024-03-10T23:30:00", { zone: "America/New_York" }) }}',
				},
			}),
		);
		// 23:30 EDT (UTC-4, the clocks went forward that morning) is 03:30 UTC, 11:30 in China.
		expect(sandbox().requests[0].params.createStartTime).toBe('20240311113000000+0800');
	});

	test('the created-time window is applied: exactly the stored orders inside it', async () => {
		const start = sandbox().fixtures.referenceTime - 30 * DAY;
		const end = sandbox().fixtures.referenceTime - 10 * DAY;
		const { items } = await run(
			getMany({
				returnAll: true,
				filters: {
					createdAfter: new Date(start).toISOString(),
					createdBefore: new Date(end).toISOString(),
				},
			}),
		);
		const expected = storedOrders(
			(order) => order.createTime >= start && order.createTime <= end,
		).map((order) => order.id);
		expect(expected.length).toBeGreaterThan(3);
		expect(expected.length).toBeLessThan(sandbox().fixtures.orderCount);
		expect(items.map((order) => order.orderId)).toEqual(expected);
	});

	test('the external order reference filter is passed on', async () => {
		const { items } = await run(
			getMany({ returnAll: true, filters: { outOrderId: 'NO-SUCH-REF' } }),
		);
		expect(items).toEqual([]);
		expect(sandbox().requests[0].params.outOrderId).toBe('NO-SUCH-REF');
	});

	test.each([0, 2.5, -3])(
		'Limit %p is refused before any request, as in every list operation',
		async (limit) => {
			const { error, items } = await run(getMany({ returnAll: false, limit }));
			expect(error.message).toBe(`Limit: must be a whole number from 1, got ${limit} [item 0]`);
			expect(items).toEqual([]);
			expect(sandbox().requests).toHaveLength(0);
		},
	);

	test.each([
		[
			{ createdAfter: '2024-03-12T00:00:00+08:00', createdBefore: '2024-03-11T00:00:00+08:00' },
			'Created After: must not be later than Created Before (20240312000000000+0800 > 20240311000000000+0800 in China time) [item 0]',
		],
		[
			{ modifiedAfter: '2024-03-12', modifiedBefore: '2024-03-11T23:59:59' },
			'Modified After: must not be later than Modified Before (20240312000000000+0800 > 20240311235959000+0800 in China time) [item 0]',
		],
		[
			{ createdAfter: 'last tuesday' },
			'Created After: is not a date-time, got "last tuesday" [item 0]',
		],
		[
			{ orderStatus: ['waitbuyerpay', 'shipped'] },
			'Order Status: "shipped" is not a 1688 order status; use cancel, waitsellersend, waitbuyerreceive, success, waitbuyerpay [item 0]',
		],
	])('bad filters %p stop the node before any request', async (filters, message) => {
		const { error, items } = await run(getMany({ returnAll: true, filters }));
		expect(error.message).toBe(message);
		expect(items).toEqual([]);
		expect(sandbox().requests).toHaveLength(0);
	});
});
