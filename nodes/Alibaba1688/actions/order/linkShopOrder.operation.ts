import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { InputError } from '../../../shared/helpers/inputError';
import { requireNumericId, requireText } from '../../../shared/helpers/validation';
import { asText } from '../../../shared/helpers/values';
import { callWriteOnce } from '../writeOnce';
import { orderIdField, readOrderId } from './orderId';
import { API } from '../../../shared/apis';

/**
 * Records which shop order a 1688 order serves (com.alibaba.fenxiao.crossborder:order.relation.write), as
 * the cross-border solution asks partners to. orderRelationParam holds the shop's sub-order and main order
 * (orderId, parentOrderId) and 1688's sub-order and order (purchaseOrderId, purchaseParentOrderId); all four
 * are required, and a whole-order link uses the main IDs as the sub-order IDs. The IDs go as strings, as in
 * the doc page's sample, so 19-digit 1688 IDs stay exact.
 */

const showFor = { resource: ['order'], operation: ['linkShopOrder'] };
const MAX_SHOP_ID_LENGTH = 64;

export const description: INodeProperties[] = [
	orderIdField(showFor),
	{
		displayName: 'Shop Order ID',
		name: 'shopOrderId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. SHOP-1042',
		description:
			"Your shop's order (e.g. the Shopify order number) that the 1688 order was bought for",
		displayOptions: { show: showFor },
	},
	{
		displayName: 'Options',
		name: 'linkOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show: showFor },
		options: [
			{
				displayName: '1688 Sub-Order ID',
				name: 'subOrderId',
				type: 'string',
				default: '',
				placeholder: 'e.g. 2304567890123456790',
				description:
					'One line of the 1688 order (its subItemID in Order → Get with Simplify off), to link a single line; empty links the whole order',
			},
			{
				displayName: 'Shop Sub-Order ID',
				name: 'shopSubOrderId',
				type: 'string',
				default: '',
				placeholder: 'e.g. SHOP-1042-1',
				description:
					'The line of the shop order this 1688 (sub-)order serves; empty uses the Shop Order ID',
			},
		],
	},
];

function shopId(field: string, value: unknown): string {
	const text = requireText(field, value);
	if (text.length > MAX_SHOP_ID_LENGTH)
		throw new InputError(
			field,
			`must be at most ${MAX_SHOP_ID_LENGTH} characters, got ${text.length}`,
		);
	return text;
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const orderId = readOrderId.call(this, itemIndex);
	const shopOrderId = shopId('Shop Order ID', this.getNodeParameter('shopOrderId', itemIndex));
	const options = this.getNodeParameter('linkOptions', itemIndex, {}) as IDataObject;
	const subText = asText(options.subOrderId)?.trim();
	const subOrderId = subText ? requireNumericId('1688 Sub-Order ID', subText) : orderId;
	const shopSubText = asText(options.shopSubOrderId)?.trim();
	const shopSubOrderId = shopSubText ? shopId('Shop Sub-Order ID', shopSubText) : shopOrderId;
	await callWriteOnce.call(
		this,
		itemIndex,
		API.orderRelationWrite,
		{
			orderRelationParam: {
				orderId: shopSubOrderId,
				parentOrderId: shopOrderId,
				purchaseOrderId: subOrderId,
				purchaseParentOrderId: orderId,
			},
		},
		{
			message:
				'The link MAY have been recorded on 1688: the request was sent but its answer was lost',
			hint: '1688 has no API to read these links back, and its documentation does not say whether writing the same pair twice keeps one record or two: run the item again only if a second record is acceptable.',
		},
	);
	return { orderId, subOrderId, shopOrderId, shopSubOrderId, linked: true };
}
