import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { InputError } from '../../../shared/helpers/inputError';
import { requireText } from '../../../shared/helpers/validation';
import { refusalIn } from '../../helpers/writeAnswer';
import { callWriteOnce } from '../writeOnce';
import { orderIdField, readOrderId } from './orderId';
import { API } from '../../../shared/apis';

/**
 * alibaba.trade.addFeedback (doc page com.alibaba.trade.alibaba.trade.addFeedback-1): adds a message for the seller to
 * the order's buyer message; "The total message length must not exceed 500 characters" (the order's messages together,
 * Java characters: UTF-16 units). tradeFeedbackParam = {feedback, orderId (a String)}.
 */

const showFor = { resource: ['order'], operation: ['messageSeller'] };
const MAX_LENGTH = 500;

export const description: INodeProperties[] = [
	orderIdField(showFor),
	{
		displayName: 'Message',
		name: 'message',
		type: 'string',
		typeOptions: { rows: 3 },
		required: true,
		default: '',
		placeholder: 'e.g. Please ship in two cartons and put the invoice inside',
		description:
			"What the seller should read, added to the order's buyer message (at most 500 characters, and 500 for all messages of the order together). For a note only you see use Add Memo; for a live chat, Get Seller Chat Link.",
		displayOptions: { show: showFor },
	},
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const orderId = readOrderId.call(this, itemIndex);
	const feedback = requireText('Message', this.getNodeParameter('message', itemIndex));
	if (feedback.length > MAX_LENGTH) {
		throw new InputError(
			'Message',
			`must be at most ${MAX_LENGTH} characters, got ${feedback.length}`,
			"All messages of an order together may have 500 characters (the API's documentation): shorten it.",
		);
	}
	await callWriteOnce.call(
		this,
		itemIndex,
		API.orderFeedback,
		{ tradeFeedbackParam: { feedback, orderId } },
		{
			message:
				'The message MAY have been added to the order on 1688: the request was sent but its answer was lost',
			hint: `Check the order's buyer message with Order → Get (order ${orderId}, Simplify off: baseInfo.buyerFeedback) before sending it again: a second send adds it a second time.`,
			refusedIn: refusalIn,
		},
	);
	return { orderId, messageSent: true, message: feedback };
}
