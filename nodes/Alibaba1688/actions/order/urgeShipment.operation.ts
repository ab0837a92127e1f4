import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { refusalIn } from '../../helpers/writeAnswer';
import { callWriteOnce } from '../writeOnce';
import { orderIdField, readOrderId } from './orderId';
import { API } from '../../../shared/apis';

/**
 * logistics.delivery.urge (doc page com.alibaba.logistics.logistics.delivery.urge-1): "The order must still be in a
 * not-yet-shipped status. Limited to once per 24 hours."
 */

const showFor = { resource: ['order'], operation: ['urgeShipment'] };

export const description: INodeProperties[] = [
	{
		displayName:
			'Sends the seller a reminder to ship a paid order that has not shipped yet. 1688 allows one reminder per order every 24 hours.',
		name: 'urgeShipmentNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: showFor },
	},
	orderIdField(showFor),
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const orderId = readOrderId.call(this, itemIndex);
	await callWriteOnce.call(
		this,
		itemIndex,
		API.deliveryUrge,
		{ orderId },
		{
			message:
				'The seller MAY have been reminded to ship on 1688: the request was sent but its answer was lost',
			hint: `1688 has no API that shows whether a reminder went out, and it allows one per order every 24 hours: check the order's status with Order → Get (order ${orderId}) and send the reminder again only after 24 hours.`,
			refusedIn: refusalIn,
		},
	);
	return { orderId, urged: true };
}
