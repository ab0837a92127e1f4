import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { InputError } from '../../../shared/helpers/inputError';
import { simplifyOrder } from '../../../shared/helpers/simplifyOrder';
import { requireText } from '../../../shared/helpers/validation';
import { callApi } from '../../../shared/transport';
import { orderIdField, readOrderId } from './orderId';
import { chatLinkFor, sellerChatLink } from './sellerChat';
import { API } from '../../../shared/apis';

/**
 * A link that opens an AliWangWang chat with the seller of an order (alibaba.trade.get.buyerView for its
 * sellerLoginId, loginid.openuid.encrypt, account.wangwangUrl.get) or with a seller given by its OpenUID
 * (account.wangwangUrl.get alone). See sellerChat.ts.
 */

const showFor = { resource: ['order'], operation: ['getSellerChatLink'] };
/** An OpenUID: letters and digits (sellerOpenId of the cross-border product APIs). */
const OPEN_UID = /^[A-Za-z0-9_-]{3,64}$/;

/** Only reads: input items may run side by side. */
export const readOnly = true;

export const description: INodeProperties[] = [
	{
		displayName:
			'Gives a link that opens a WangWang chat with the seller, for a person to click. 1688 allows these APIs only when someone is about to chat, not for bulk runs.',
		name: 'sellerChatLinkNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: showFor },
	},
	{
		displayName: 'Seller From',
		name: 'sellerFrom',
		type: 'options',
		options: [
			{ name: 'Order', value: 'order', description: 'The seller of a 1688 order (three calls)' },
			{
				name: 'Seller Open UID',
				value: 'openUid',
				description: "A seller's OpenUID, e.g. from a product's details (one call)",
			},
		],
		default: 'order',
		description: 'How the seller is given',
		displayOptions: { show: showFor },
	},
	orderIdField({ ...showFor, sellerFrom: ['order'] }),
	{
		displayName: 'Seller Open UID',
		name: 'sellerOpenUid',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. BBBr8HlVTfxqUXR8RwaPqPtMg',
		description:
			"The seller's OpenUID: the sellerOpenId of one of its products' cross-border detail (Product → Get with Simplify off), the same ID Product → Search in Shop takes",
		displayOptions: { show: { ...showFor, sellerFrom: ['openUid'] } },
	},
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const sellerFrom = this.getNodeParameter('sellerFrom', itemIndex, 'order') as string;
	if (sellerFrom === 'openUid') {
		const sellerOpenUid = requireText(
			'Seller Open UID',
			this.getNodeParameter('sellerOpenUid', itemIndex),
		);
		if (!OPEN_UID.test(sellerOpenUid)) {
			throw new InputError(
				'Seller Open UID',
				`must be the seller's OpenUID (letters and digits, e.g. sellerOpenId of a product), got ${JSON.stringify(sellerOpenUid)}`,
			);
		}
		return { sellerOpenUid, chatLink: await chatLinkFor.call(this, sellerOpenUid) };
	}
	if (sellerFrom !== 'order')
		throw new InputError('Seller From', `"${sellerFrom}" is not one of order, openUid`);
	const orderId = readOrderId.call(this, itemIndex);
	const order = simplifyOrder(
		(await callApi.call(this, API.orderGet, { webSite: '1688', orderId })).result,
	);
	const sellerLoginId = order.seller.loginId;
	if (!sellerLoginId)
		throw new InputError(
			'Order ID',
			`1688's order ${orderId} names no seller loginId to open a chat with`,
		);
	return { orderId, sellerLoginId, ...(await sellerChatLink.call(this, sellerLoginId)) };
}
