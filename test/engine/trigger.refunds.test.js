'use strict';
/** 1688 Trigger → Refund Status Changed, polled as an overseas reseller's app (cross-border solution). */
const { useSandbox } = require('../support/sandboxSuite');
const { sandboxCredentials } = require('../support/engine');
const { createPoller } = require('../support/triggers');
const { useVirtualClock } = require('../support/virtualClock');

const REFUND_LIST = 'com.alibaba.trade:alibaba.trade.refund.buyer.queryOrderRefundList-1';
const GATEWAY_TIME = /^\d{17}\+0800$/;

const sandbox = useSandbox({ resetEach: true });
// The polls' retries after a failed page in virtual time: what is retried matters here, not the wait.
useVirtualClock();
const fixtures = () => sandbox().fixtures;
const watchRefunds = (options = {}, budgetMs) =>
	createPoller({
		parameters: { event: 'refundStatusChanged', options },
		credentials: sandboxCredentials(sandbox(), {}, 'crossBorder'),
		budgetMs,
	});
const listCalls = () => sandbox().requests.filter((r) => r.api === REFUND_LIST);
const transitions = (items) =>
	items.map((e) => [e.refundId, e.previousStatus, e.currentStatus]).sort();

/** A new return of a received order without a refund (as Refund → Create makes it). */
function newRefund() {
	const store = sandbox().store;
	const ids = [...fixtures().ordersByStatus.success, ...fixtures().ordersByStatus.waitbuyerreceive];
	const order = ids
		.map((id) => store.getOrder(id))
		.find((o) => store.afterSales.ofOrder(o.id).length === 0);
	return store.afterSales.create({
		order,
		entryIds: [order.items[0].subItemID],
		entryCounts: {},
		disputeRequest: 'returnRefund',
		goodsStatus: order.status === 'success' ? 'aftersaleBuyerReceived' : 'refundBuyerReceived',
		applyPayment: 1000,
		applyCarriage: 0,
		reason: { id: 20022, name: '尺寸/规格不符' },
		description: '尺寸不对',
		vouchers: [],
	});
}

describe('1688 Trigger → Refund Status Changed', () => {
	test('a baseline of every refund, then each new refund and status change once, from a modified-time window', async () => {
		const poller = watchRefunds();
		const baseline = await poller.poll();
		expect(baseline.error).toBeUndefined();
		expect(baseline.emitted).toBeNull();
		expect(poller.state.refunds.statuses).toEqual(
			Object.fromEntries(Object.values(fixtures().refunds).map((r) => [r.refundId, r.status])),
		);
		// The baseline lists every refund, from page 0, without a time window.
		expect(
			listCalls().map((r) => [
				r.params.currentPageNum,
				r.params.pageSize,
				r.params.modifyStartTime,
			]),
		).toEqual([['0', '20', undefined]]);

		const { open, awaitingReturn } = fixtures().refunds;
		sandbox().store.afterSales.act(open.refundId, 'agree');
		sandbox().store.afterSales.shipReturn(sandbox().store.afterSales.get(awaitingReturn.refundId), {
			company: { companyNo: 'ZTO', companyName: '中通快递(ZTO)' },
			freightBill: '78100000000001',
		});
		const created = newRefund();
		sandbox().clearRequests();

		const changed = await poller.poll();
		expect(changed.error).toBeUndefined();
		expect(transitions(changed.items)).toEqual(
			[
				[open.refundId, 'waitselleragree', 'refundsuccess'],
				[awaitingReturn.refundId, 'waitbuyersend', 'waitsellerreceive'],
				[created.refundId, null, 'waitselleragree'],
			].sort(),
		);
		const shipped = changed.items.find((e) => e.refundId === awaitingReturn.refundId);
		expect(shipped).toMatchObject({
			event: 'refundStatusChanged',
			orderId: awaitingReturn.orderId,
			previousStatusText: 'waiting for buyer to return the goods',
			currentStatusText: 'waiting for seller to receive the return',
			type: 'returnRefund',
			returnWaybill: '78100000000001',
			currency: 'CNY',
			subOrderIds: [awaitingReturn.subOrderId],
		});
		expect(shipped).not.toHaveProperty('statusCode');
		const [window] = listCalls();
		expect(window.params).toMatchObject({
			currentPageNum: '0',
			modifyStartTime: expect.stringMatching(GATEWAY_TIME),
			modifyEndTime: expect.stringMatching(GATEWAY_TIME),
		});
		expect(window.params.modifyStartTime < window.params.modifyEndTime).toBe(true);

		const again = await poller.poll();
		expect(again.emitted).toBeNull();
	});

	test('Refund Status filters what is emitted; every status is still followed', async () => {
		const poller = watchRefunds({ refundStatuses: ['refundsuccess'] });
		await poller.poll();
		const refund = newRefund();
		sandbox().store.afterSales.act(refund.refundId, 'agree');
		expect((await poller.poll()).emitted).toBeNull();
		expect(poller.state.refunds.statuses[refund.refundId]).toBe('waitbuyersend');
		sandbox().store.afterSales.shipReturn(refund, {
			company: { companyNo: 'SF', companyName: '顺丰速运(SF)' },
			freightBill: 'SF1234567890123',
		});
		sandbox().store.afterSales.act(refund.refundId, 'receive');
		expect(transitions((await poller.poll()).items)).toEqual([
			[refund.refundId, 'waitbuyersend', 'refundsuccess'],
		]);
	});

	test('Emit Existing on First Poll emits every refund with previousStatus null; many refunds are read page by page from 0', async () => {
		for (let i = 0; i < 21; i++) newRefund();
		const poller = watchRefunds({ emitExisting: true });
		const first = await poller.poll();
		expect(first.items).toHaveLength(25);
		expect(
			first.items.every((e) => e.previousStatus === null && e.previousStatusText === null),
		).toBe(true);
		expect(listCalls().map((r) => r.params.currentPageNum)).toEqual(['0', '1']);
		expect((await poller.poll()).emitted).toBeNull();
	});

	test('Fetch Test Event gives the latest refund as it is now and saves nothing', async () => {
		const poller = watchRefunds({ refundStatuses: ['waitbuyersend'] });
		const sample = await poller.poll({ mode: 'manual' });
		expect(sample.items).toEqual([
			expect.objectContaining({
				event: 'refundStatusChanged',
				refundId: fixtures().refunds.awaitingReturn.refundId,
				currentStatus: 'waitbuyersend',
				previousStatus: 'waitbuyersend',
			}),
		]);
		expect(listCalls()[0].params).toMatchObject({
			refundStatusSet: '["waitbuyersend"]',
			pageSize: '1',
		});
		expect(poller.state?.refunds).toBeUndefined();
	});

	test('a failed poll saves nothing: the change is reported by the next one', async () => {
		const poller = watchRefunds();
		await poller.poll();
		const refund = newRefund();
		sandbox().injectFault({ api: REFUND_LIST, kind: 'status500', times: 3 });
		const failed = await poller.poll();
		expect(failed.error).toBeDefined();
		expect(poller.state.refunds.statuses[refund.refundId]).toBeUndefined();
		expect(transitions((await poller.poll()).items)).toEqual([
			[refund.refundId, null, 'waitselleragree'],
		]);
	});
});
