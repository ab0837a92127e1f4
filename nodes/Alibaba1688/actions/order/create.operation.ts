import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { simplifyField } from '../common.descriptions';
import { InputError } from '../../../shared/helpers/inputError';
import { simplifyCreatedOrder } from '../../../shared/helpers/simplifyOrder';
import { asText } from '../../../shared/helpers/values';
import { callWriteOnce, type UncertainOutcome } from '../writeOnce';
import { orderInputFields, readOrderInput } from './orderInput';
import { API } from '../../../shared/apis';


const showFor = { resource: ['order'], operation: ['create'] };
/** The longest buyer message 1688 keeps (buyerFeedback). */
const MAX_MESSAGE_LENGTH = 500;

export const description: INodeProperties[] = [
	{
		displayName:
			'Places a real order that the seller sees at once. It is sent exactly once: if 1688\'s answer is lost, the node stops and tells you to check before you run it again. Set an External Order Reference so the order can be found.',
		name: 'createOrderNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: showFor },
	},
	...orderInputFields(showFor),
	{
		displayName: 'External Order Reference',
		name: 'outOrderId',
		type: 'string',
		default: '',
		placeholder: 'SHOP-10023',
		description:
			'Your own reference for this order (e.g. the shop order number), stored by 1688 as outOrderId; Order → Get Many can find the order by it',
		displayOptions: { show: showFor },
	},
	{
		displayName: 'Message to Seller',
		name: 'sellerMessage',
		type: 'string',
		default: '',
		description: 'A note the seller sees with the order (at most 500 characters)',
		displayOptions: { show: showFor },
	},
	simplifyField(showFor, 'result with the new order ID and amounts in yuan'),
];

function uncertainOutcome(outOrderId: string | undefined): UncertainOutcome {
	const howToCheck = outOrderId
		? `use Order → Get Many with the filter External Order Reference "${outOrderId}"`
		: 'look at your newest orders with Order → Get Many (set an External Order Reference next time, so the order can be found by it)';
	return {
		message: 'The order MAY have been created on 1688: the request was sent but its answer was lost',
		hint: `Do not run this item again before checking: ${howToCheck}. The node never sends an order a second time by itself.`,
	};
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const input = readOrderInput.call(this, itemIndex);
	const outOrderId = asText(this.getNodeParameter('outOrderId', itemIndex, ''))?.trim() || undefined;
	const message = asText(this.getNodeParameter('sellerMessage', itemIndex, ''))?.trim() || undefined;
	if (message !== undefined && message.length > MAX_MESSAGE_LENGTH) {
		throw new InputError('Message to Seller', `must be at most ${MAX_MESSAGE_LENGTH} characters, got ${message.length}`);
	}
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	const response = await callWriteOnce.call(
		this,
		itemIndex,
		API.orderFastCreate,
		{ ...input, message, outOrderId },
		uncertainOutcome(outOrderId),
	);
	return simplify ? simplifyCreatedOrder(response, outOrderId) : response;
}
