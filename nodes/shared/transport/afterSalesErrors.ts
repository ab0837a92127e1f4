import { API } from '../apis';
import type { ApiRef } from './api';
import type { Explanation } from './orderErrorWords';

type Explanations = Record<string, Explanation>;

/**
 * What the refund and return APIs' own error codes mean for the user and what to do, per API: their codes overlap
 * (5001 is "order does not exist" for createRefund but "refund query failed" for refund.returnGoods), so they are
 * looked up by API first (errorMessages.ts). Words from each doc page's Error codes table.
 */

const CHECK_REFUND = 'Check the refund with Refund → Get (or Get Many with the Order ID filter).';

/** The refund query APIs answer 500 with a JSON message naming 1688's own code (003, 003002: their pages). */
const REFUND_QUERY: Explanations = {
	'500': {
		message: '1688 could not find this refund or order for your account',
		hint: 'The refund ID is TQ followed by digits (Refund → Create, Get Many), the order ID has 19 digits; a refund of another account is not shown. 1688 keeps refunds of the last 730 days.',
	},
};

/** The reasons and the maximum: createRefund's codes for the same faults (their pages: "5xxx caller error"). */
const REFUND_INPUT: Explanations = {
	'5001': {
		message: 'The 1688 order does not exist',
		hint: 'Check the Order ID: 19 digits, from Order → Get Many.',
	},
	'5002': {
		message: 'The 1688 order belongs to another buyer account',
		hint: 'Use the credential of the account that placed the order.',
	},
	'5003': {
		message: '1688 does not accept this goods status',
		hint: 'Choose one of the five Goods Status options.',
	},
	'5010': {
		message: 'The goods status or the sub-orders do not fit this order',
		hint: "In-sale statuses need an order that is paid (not shipped), or shipped; after-sale ones an order whose receipt is confirmed. Each sub-order ID must be a subOrderId of this order's items (Order → Get).",
	},
	'5013': {
		message: 'A quantity is more than was bought of that sub-order',
		hint: 'Give at most the quantity of the item in Order → Get.',
	},
	'5100': {
		message: '1688 could not work out the maximum for this request',
		hint: 'Check the order, its sub-orders and the goods status.',
	},
};

const CREATE: Explanations = {
	...REFUND_INPUT,
	'5004': {
		message: 'The refund reason does not fit this goods status',
		hint: 'Pick the reason from the Reason list (or Refund → Get Reasons) after choosing the Goods Status: each goods status has its own reasons.',
	},
	'5005': {
		message: 'This refund reason needs evidence (photos), or a voucher is not one 1688 stored',
		hint: 'Upload 1-5 photos with Refund → Upload Evidence and give their voucherUrl in Evidence.',
	},
	'5006': {
		message: 'This refund reason refunds no shipping',
		hint: 'Set Shipping Refund to 0, or choose another reason (Get Reasons: shippingRefundable).',
	},
	'5010': {
		message: '1688 does not allow this refund for the order in its current state',
		hint:
			'Return and Refund needs the goods received; the goods status must match the order (paid and not shipped, shipped, or receipt confirmed); each sub-order must belong to the order; and a sub-order with a refund open or refunded cannot get another. ' +
			CHECK_REFUND,
	},
	'5011': {
		message: 'The refund amount is not allowed',
		hint: 'Ask for at most what was paid (Refund → Get Max Refundable); before the seller ships, the amount must equal what was paid for the sub-orders.',
	},
	'5012': {
		message: 'The description must have 2 to 150 characters',
		hint: 'Shorten or complete the Description.',
	},
	'5013': {
		message: 'Return quantities are not allowed here',
		hint: 'Quantities can be given only for a return and refund of goods received before receipt was confirmed (In-Sale: Received, Not Confirmed), each at most what was bought; leave them out to return everything.',
	},
	'5100': {
		message: '1688 refused the refund request (other error)',
		hint: 'Check that the order can be refunded and that every field follows the examples; then try again.',
	},
};

const RETURN_GOODS: Explanations = {
	'4001': {
		message: '1688 needs a valid access token for this return',
		hint: 'Renew the token in the 1688 credential (authorise again).',
	},
	'4002': {
		message: 'The carrier and the waybill number are both required',
		hint: 'Pick the Carrier and give the Waybill Number of the return parcel.',
	},
	'4003': {
		message: 'The evidence is not accepted',
		hint: 'At most 10 photos, each a voucherUrl from Refund → Upload Evidence.',
	},
	'4004': {
		message: "The carrier and waybill number did not pass 1688's check",
		hint: 'Check that the waybill number belongs to that carrier and is typed exactly; if 1688 could not check it right now, try again later.',
	},
	'4005': { message: 'The refund does not exist', hint: CHECK_REFUND },
	'4006': {
		message: 'This refund belongs to another account',
		hint: 'Use the credential of the account that asked for the refund.',
	},
	'4007': {
		message: 'The refund is not waiting for a return',
		hint:
			"A return shipment is submitted once the seller agreed to the return (status 'waiting for buyer to return the goods'). " +
			CHECK_REFUND,
	},
	'4008': {
		message: 'The refund ID is not right',
		hint: 'A refund ID is TQ followed by digits, from Refund → Create or Get Many.',
	},
	'5001': { message: '1688 could not read the refund', hint: 'Try again later. ' + CHECK_REFUND },
	'5002': {
		message: '1688 could not record the return shipment',
		hint: 'Check the description (2-200 characters) and try again.',
	},
	'5003': {
		message: '1688 failed while recording the return shipment',
		hint: 'Check with Refund → Get whether it was recorded before trying again.',
	},
};

const REFUND_LIST: Explanations = {
	...REFUND_QUERY,
	APPLY_TIME_ERROR: {
		message: '1688 lists only refunds of the last 730 days',
		hint: 'Set Applied After to a time within the last 730 days, or leave it empty.',
	},
};

const UPLOAD: Explanations = {
	'4000': {
		message: '1688 did not accept the evidence image',
		hint: 'Send a JPEG (or PNG, GIF, BMP) photo under 1 MB; if it was one, try again later.',
	},
};

/**
 * cancelRefund-1, trade.arbitration.apply-1 and the refundofficialdelivery pages document no codes: these are the
 * codes their answers carry in the sandbox (and 1688's usual ones for the same faults), in the same words.
 */
const CANCEL: Explanations = {
	REFUND_NOT_EXIST: { message: 'The refund does not exist', hint: CHECK_REFUND },
	REFUND_STATUS_ERROR: {
		message: 'The refund can no longer be withdrawn',
		hint:
			'A refund can be cancelled until its return is shipped; a refunded or closed one cannot. ' +
			CHECK_REFUND,
	},
};

const ARBITRATION: Explanations = {
	ORDER_NOT_EXIST: {
		message: 'The 1688 order does not exist for your account',
		hint: 'Check the Order ID: 19 digits, from Order → Get Many.',
	},
	REFUND_NOT_EXIST: {
		message: 'The refund does not exist for this order',
		hint: 'A refund complaint needs the Refund ID of a refund of that order. ' + CHECK_REFUND,
	},
	ARBITRATION_NOT_ALLOWED: {
		message: '1688 does not take this complaint now',
		hint:
			"A refund complaint comes after the seller refused the refund (status 'refused by seller, waiting for buyer to modify'). " +
			CHECK_REFUND,
	},
};

const PICKUP: Explanations = {
	REFUND_NOT_EXIST: { message: 'The refund does not exist', hint: CHECK_REFUND },
	REFUND_STATUS_ERROR: {
		message: 'A pickup needs a return the seller agreed to',
		hint:
			"Official pickup is for a return and refund in status 'waiting for buyer to return the goods'. " +
			CHECK_REFUND,
	},
	SOLUTION_NOT_EXIST: {
		message: 'That pickup plan is not offered for this return',
		hint: 'Take a solutionCode from Refund → Get Pickup Plans.',
	},
	APPOINTMENT_TIME_ERROR: {
		message: 'That pickup day or time window cannot be booked',
		hint: "Take a date and window from the plan's slots (Refund → Get Pickup Plans); the window must start before it ends.",
	},
	PICKUP_EXISTS: {
		message: 'The refund already has an active pickup order',
		hint: 'Change it with Refund → Modify Pickup, or cancel it first.',
	},
	PICKUP_NOT_EXIST: {
		message: 'The pickup order does not exist',
		hint: 'Take the pickupOrderId from Refund → Create Pickup.',
	},
	PICKUP_STATUS_ERROR: {
		message: 'The pickup order is cancelled',
		hint: 'Book a new one with Refund → Create Pickup.',
	},
};

/** The after-sales APIs' own codes, looked up by API before the codes every API shares (errorMessages.ts). */
export const AFTER_SALES_WORDS_BY_API: Array<[ApiRef, Explanations]> = [
	[API.refundReasons, REFUND_INPUT],
	[API.refundMaxFee, REFUND_INPUT],
	[API.refundGet, REFUND_QUERY],
	[API.refundsOfOrder, REFUND_QUERY],
	[API.refundOperations, REFUND_QUERY],
	[API.refundList, REFUND_LIST],
	[API.refundCreate, CREATE],
	[API.refundReturnGoods, RETURN_GOODS],
	[API.refundVoucherUpload, UPLOAD],
	[API.refundCancel, CANCEL],
	[API.arbitrationApply, ARBITRATION],
	[API.pickupPlans, PICKUP],
	[API.pickupCreate, PICKUP],
	[API.pickupModify, PICKUP],
	[API.pickupGet, PICKUP],
	[API.pickupCancel, PICKUP],
];
