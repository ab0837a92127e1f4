import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { simplifyField } from '../common.descriptions';
import { simplifyOrder } from '../../../shared/helpers/simplifyOrder';
import { callApi } from '../../../shared/transport';
import { orderIdField, readOrderId } from './orderId';
import { orderChatLinkFields } from './sellerChat';
import { API } from '../../../shared/apis';

const showFor = { resource: ['order'], operation: ['get'] };

/** Only reads: input items may run side by side. */
export const readOnly = true;

export const description: INodeProperties[] = [
	orderIdField(showFor),
	simplifyField(showFor, 'order with its items, seller and receiver'),
	{
		displayName: 'Options',
		name: 'getOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show: showFor },
		options: [
			{
				displayName: 'Add Seller Chat Link',
				name: 'sellerChatLink',
				type: 'boolean',
				default: false,
				description:
					'Whether to add sellerChatLink, a link that opens a WangWang chat with the seller (two more calls; 1688 allows them only when someone is about to chat, not for bulk runs). If 1688 refuses it, e.g. the app is not granted those APIs, the order still comes, with sellerChatLinkError saying why.',
			},
		],
	},
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const orderId = readOrderId.call(this, itemIndex);
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	const options = this.getNodeParameter('getOptions', itemIndex, {}) as IDataObject;
	const response = await callApi.call(this, API.orderGet, { webSite: '1688', orderId });
	const order: IDataObject = simplify ? simplifyOrder(response.result) : response;
	if (options.sellerChatLink !== true) return order;
	const sellerLoginId = simplifyOrder(response.result).seller.loginId;
	return { ...order, ...(await orderChatLinkFields.call(this, itemIndex, sellerLoginId)) };
}
