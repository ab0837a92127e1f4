import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { longId } from '../../../shared/helpers/longJson';
import { callWriteOnce } from '../writeOnce';
import {
	bookingFields,
	pickupOptions,
	pickupOrderIdField,
	readBooking,
	readPickupOptions,
	readPickupOrderId,
} from './pickupFields';
import { readRefundId, refundIdField } from './refundFields';
import { API } from '../../../shared/apis';

const showFor = { resource: ['refund'], operation: ['modifyPickup'] };

export const description: INodeProperties[] = [
	pickupOrderIdField(showFor),
	refundIdField(showFor, 'The refund the pickup is for'),
	...bookingFields(showFor),
	pickupOptions(showFor),
];

/** Changes an active pickup order (refundofficialdelivery.order.modify): every booking field is sent again, once. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const pickupOrderId = readPickupOrderId.call(this, itemIndex);
	const refundId = readRefundId.call(this, itemIndex);
	const booking = readBooking.call(this, itemIndex);
	const options = readPickupOptions.call(this, itemIndex);
	await callWriteOnce.call(
		this,
		itemIndex,
		API.pickupModify,
		{ param: { officialDeliveryOrderId: longId(pickupOrderId), refundId, ...booking, ...options } },
		{
			message:
				'The pickup MAY have been changed on 1688: the request was sent but its answer was lost',
			hint: `Check it with Refund → Get Pickup (${pickupOrderId}) before trying again.`,
		},
	);
	return {
		pickupOrderId,
		refundId,
		modified: true,
		date: booking.dateStr,
		from: booking.gmtAcceptStart,
		to: booking.gmtAcceptEnd,
		solutionCode: booking.solutionCode,
	};
}
