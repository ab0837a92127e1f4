import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { longId } from '../../../shared/helpers/longJson';
import { refusalIn } from '../../helpers/writeAnswer';
import { callWriteOnce } from '../writeOnce';
import { orderIdField, readOrderId } from './orderId';
import { deliveryAddressFields, readDeliveryAddress } from './orderInput';
import { API } from '../../../shared/apis';

/**
 * order.receiveAddress.buyerUpdate (doc page com.alibaba.trade.order.receiveAddress.buyerUpdate-1): param = {orderId
 * (Long), receiveAddress (AddressParam: addressId, or name, phone and the address as text or codes)}. "If the new
 * address is in a remote area or the shipping fee must be recalculated, the seller must confirm the change and may
 * reject it." The address is given as at Order → Create: a saved one, or typed fields.
 */

const showFor = { resource: ['order'], operation: ['requestAddressChange'] };

export const description: INodeProperties[] = [
	{
		displayName:
			'Asks 1688 to deliver an order not shipped yet to another address. If the new address changes the shipping fee or is remote, the seller must confirm it and may refuse.',
		name: 'requestAddressChangeNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: showFor },
	},
	orderIdField(showFor),
	...deliveryAddressFields(showFor),
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const orderId = readOrderId.call(this, itemIndex);
	const receiveAddress = readDeliveryAddress.call(this, itemIndex);
	await callWriteOnce.call(
		this,
		itemIndex,
		API.orderAddressChange,
		{ param: { orderId: longId(orderId), receiveAddress } },
		{
			message:
				'The address change MAY have been requested on 1688: the request was sent but its answer was lost',
			hint: `Check the receiver with Order → Get (order ${orderId}) before asking again; a change the seller must confirm shows there only once confirmed.`,
			refusedIn: refusalIn,
		},
	);
	return { orderId, addressChangeRequested: true, newAddress: receiveAddress };
}
