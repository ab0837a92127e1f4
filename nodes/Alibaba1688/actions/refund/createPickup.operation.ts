import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { asId, asObject } from '../../../shared/helpers/values';
import { callWriteOnce } from '../writeOnce';
import { bookingFields, pickupOptions, readBooking, readPickupOptions } from './pickupFields';
import { readRefundId, refundIdField } from './refundFields';
import { API } from '../../../shared/apis';

const showFor = { resource: ['refund'], operation: ['createPickup'] };

export const description: INodeProperties[] = [
	{
		displayName:
			"Books 1688's official courier to collect the return at your address in China and take it to the seller: a plan and slot from Get Pickup Plans. Sent once; the pickup fee is charged to your account.",
		name: 'createPickupNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: showFor },
	},
	refundIdField(showFor, 'A return and refund the seller agreed to'),
	...bookingFields(showFor),
	pickupOptions(showFor),
];

/** Books an official return pickup (refundofficialdelivery.order.create), sent once. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const refundId = readRefundId.call(this, itemIndex);
	const booking = readBooking.call(this, itemIndex);
	const options = readPickupOptions.call(this, itemIndex);
	const response = await callWriteOnce.call(
		this,
		itemIndex,
		API.pickupCreate,
		{ param: { refundId, ...booking, ...options } },
		{
			message:
				'The pickup MAY have been booked on 1688: the request was sent but its answer was lost',
			hint: `Check the refund (${refundId}) in the 1688 app, or book again: 1688 refuses a second active pickup of one refund.`,
		},
	);
	return {
		pickupOrderId: asId(asObject(response.result).result),
		refundId,
		booked: true,
		date: booking.dateStr,
		from: booking.gmtAcceptStart,
		to: booking.gmtAcceptEnd,
		solutionCode: booking.solutionCode,
	};
}
