'use strict';
/**
 * examples/1688-customer-returns.json, run in `n8n execute` with the credential of the sandbox's cross-border app:
 * three customer returns, each with a photo (binary, from the Code node), at three stages of 1688's after-sales:
 *   R-1001: a sold order without a refund → the photo uploaded as evidence, a return and refund created (once);
 *   R-1002: the seeded refund the seller agreed to return → found by Create's read-back, the return parcel submitted;
 *   R-1003: the seeded refunded refund → found by the read-back, the customer told it was refunded.
 * Checked against the sandbox's store and request log: three uploads, exactly one createRefund with the exact wire
 * text (bare 19-digit sub-order ID, fen from yuan digits, the uploaded voucher), one return shipment, and each email.
 */
const assert = require('node:assert/strict');

const API = (name) => `com.alibaba.trade:${name}-1`;
const UPLOAD = API('alibaba.trade.uploadRefundVoucher');
const CREATE = API('alibaba.trade.createRefund');
const RETURN = API('alibaba.trade.refund.returnGoods');
const LIST = API('alibaba.trade.refund.buyer.queryOrderRefundList');
const EMAILS = ['Email: refund requested', 'Email: return on its way', 'Email: refunded'];
const NEW_ORDER = '2009439825646273474';
const NEW_SUB_ORDER = '2852704731226357866';

module.exports = {
	swapped: EMAILS,
	app: 'crossBorder',

	/** @param {import('../examples').ExampleContext} ctx */
	check(ctx) {
		const { sandbox, requests } = ctx;
		const { awaitingReturn, refunded } = sandbox.fixtures.refunds;
		const rows = ctx.output('Customer returns');
		assert.deepEqual(
			rows.map((row) => [row.returnId, row.orderId, row.subOrderId]),
			[
				['R-1001', NEW_ORDER, NEW_SUB_ORDER],
				['R-1002', awaitingReturn.orderId, awaitingReturn.subOrderId],
				['R-1003', refunded.orderId, refunded.subOrderId],
			],
			'the sample returns name the seeded sandbox orders',
		);

		// Evidence: one upload per return, each a stored voucher.
		const uploads = ctx.output('Upload the photo');
		assert.equal(requests.filter((r) => r.api === UPLOAD).length, 3);
		assert.equal(uploads.length, 3);
		for (const upload of uploads)
			assert.ok(
				sandbox.store.afterSales.vouchers.has(upload.voucherUrl),
				`${upload.voucherUrl} is stored`,
			);

		// Create: read back for each return, sent once for the new one only.
		assert.equal(
			requests.filter((r) => r.api === LIST).length,
			3,
			'each return is read back first',
		);
		const creates = requests.filter((r) => r.api === CREATE);
		assert.equal(creates.length, 1, 'exactly one refund asked for');
		const order = sandbox.store.getOrder(NEW_ORDER);
		const item = order.items.find((it) => it.subItemID === NEW_SUB_ORDER);
		assert.equal(
			creates[0].params.orderEntryIds,
			`[${NEW_SUB_ORDER}]`,
			'the 19-digit sub-order ID as a bare JSON number',
		);
		assert.equal(
			creates[0].params.applyPayment,
			String(Math.round(item.itemAmount * 100)),
			'the amount in fen',
		);
		assert.equal(creates[0].params.applyPayment, '88290');
		assert.equal(
			creates[0].params.vouchers,
			JSON.stringify([uploads[0].voucherUrl]),
			"the customer's photo as evidence",
		);
		assert.deepEqual(
			[
				creates[0].params.disputeRequest,
				creates[0].params.goodsStatus,
				creates[0].params.applyReasonId,
			],
			['returnRefund', 'aftersaleBuyerReceived', '20025'],
		);
		const [created] = sandbox.store.afterSales.ofOrder(NEW_ORDER);
		assert.equal(created.status, 'waitselleragree');
		assert.equal(created.refundRemark, 'R-1001: The storage boxes arrived broken');

		const outcomes = ctx.output('Ask 1688 for a refund');
		assert.deepEqual(
			outcomes.map((o) => [o.refundId, o.created, o.statusCode]),
			[
				[created.refundId, true, 'waitselleragree'],
				[awaitingReturn.refundId, false, 'waitbuyersend'],
				[refunded.refundId, false, 'refundsuccess'],
			],
		);

		// The agreed return: its parcel submitted once.
		const shipments = requests.filter((r) => r.api === RETURN);
		assert.equal(shipments.length, 1);
		assert.deepEqual(
			[
				shipments[0].params.refundId,
				shipments[0].params.logisticsCompanyNo,
				shipments[0].params.freightBill,
			],
			[awaitingReturn.refundId, 'ZTO', '78100000000002'],
		);
		assert.equal(sandbox.store.afterSales.get(awaitingReturn.refundId).status, 'waitsellerreceive');

		// One email per return, to its customer, with the 1688 refund ID.
		const [requested, onItsWay, refundedMail] = EMAILS.map((name) => ctx.output(name));
		for (const mails of [requested, onItsWay, refundedMail]) assert.equal(mails.length, 1);
		assert.deepEqual(
			[requested[0].to, requested[0].refundId],
			['anna.keller@example.com', created.refundId],
		);
		assert.ok(requested[0].text.includes(`a refund of ${item.itemAmount} CNY`), requested[0].text);
		assert.deepEqual(
			[onItsWay[0].to, onItsWay[0].refundId],
			['li.wei@example.com', awaitingReturn.refundId],
		);
		assert.ok(onItsWay[0].text.includes('(ZTO 78100000000002)'), onItsWay[0].text);
		const paid = sandbox.store.afterSales.get(refunded.refundId).refundPayment / 100;
		assert.deepEqual(
			[refundedMail[0].to, refundedMail[0].refundId],
			['sam.jones@example.com', refunded.refundId],
		);
		assert.ok(refundedMail[0].text.includes(`refunded ${paid} CNY`), refundedMail[0].text);
		for (const name of EMAILS)
			assert.equal(ctx.swapped[name].parameters.toEmail, '={{ $json.to }}');
	},
};
