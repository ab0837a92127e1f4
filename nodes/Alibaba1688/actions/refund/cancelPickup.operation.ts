import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { InputError } from '../../../shared/helpers/inputError';
import { longId } from '../../../shared/helpers/longJson';
import { requireText } from '../../../shared/helpers/validation';
import { callWriteOnce } from '../writeOnce';
import { pickupOrderIdField, readPickupOrderId } from './pickupFields';
import { API } from '../../../shared/apis';

const showFor = { resource: ['refund'], operation: ['cancelPickup'] };

/**
 * cancelType of refundofficialdelivery.order.cancel-1. Its list also has a garbled entry ("\tATE": the courier did
 * not come on time), whose name the page does not give: left out (Courier Not Coming covers it).
 */
const CANCEL_TYPES = [
	{ name: 'Courier Bad Attitude', value: 'COURIER_BAD_ATTITUDE' },
	{ name: 'Courier Not Coming', value: 'COURIER_NOT_COMING' },
	{ name: 'Courier Too Busy', value: 'COURIER_TOO_BUSY' },
	{
		name: 'Information Incorrect',
		value: 'INFORMATION_INCORRECT',
		description: 'Time, address or other details must change',
	},
	{ name: 'Item Cannot Be Shipped', value: 'ITEM_CANNOT_BE_SHIPPED' },
	{ name: 'Other', value: 'OTHER' },
	{ name: 'Plan Changed', value: 'PLAN_CHANGED', description: 'No need to ship for now' },
	{ name: 'Price Too High', value: 'PRICE_TOO_HIGH' },
	{ name: 'Want to Change Pickup Time', value: 'WANT_TO_CHANGE_PICKUP_TIME' },
	{
		name: 'Want to Send It Myself',
		value: 'WANT_TO_SEND_MYSELF',
		description: 'You take it to a service point yourself',
	},
];

export const description: INodeProperties[] = [
	pickupOrderIdField(showFor),
	{
		displayName: 'Cancel Reason',
		name: 'cancelType',
		type: 'options',
		options: CANCEL_TYPES,
		default: 'PLAN_CHANGED',
		description: 'Why the pickup is cancelled, as 1688 records it',
		displayOptions: { show: showFor },
	},
	{
		displayName: 'Explanation',
		name: 'cancelText',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 计划有变，暂时不需要寄了',
		description: 'A few words on the cancellation',
		displayOptions: { show: showFor },
	},
];

/** Cancels an official return pickup (refundofficialdelivery.order.cancel), sent once. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const pickupOrderId = readPickupOrderId.call(this, itemIndex);
	const cancelType = String(this.getNodeParameter('cancelType', itemIndex, ''));
	if (!CANCEL_TYPES.some((option) => option.value === cancelType)) {
		throw new InputError(
			'Cancel Reason',
			`"${cancelType}" is not one of ${CANCEL_TYPES.map((option) => option.value).join(', ')}`,
		);
	}
	const cancelText = requireText('Explanation', this.getNodeParameter('cancelText', itemIndex, ''));
	await callWriteOnce.call(
		this,
		itemIndex,
		API.pickupCancel,
		{ param: { cancelText, cancelType, officialDeliveryOrderId: longId(pickupOrderId) } },
		{
			message:
				'The pickup MAY have been cancelled on 1688: the request was sent but its answer was lost',
			hint: `Check it with Refund → Get Pickup (${pickupOrderId}) before trying again.`,
		},
	);
	return { pickupOrderId, cancelled: true, cancelType };
}
