import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { InputError } from '../../../shared/helpers/inputError';
import { requireText } from '../../../shared/helpers/validation';
import { refusalIn } from '../../helpers/writeAnswer';
import { callWriteOnce } from '../writeOnce';
import { orderIdField, readOrderId } from './orderId';
import { API } from '../../../shared/apis';

/**
 * alibaba.order.memoAdd (doc page com.alibaba.trade.alibaba.order.memoAdd-1): the authorised buyer's own memo on an
 * order, with a flag icon (remarkIcon 1 red, 2 blue, 3 green, 4 yellow); each call replaces the last memo. The page
 * gives no length limit for the memo.
 */

const showFor = { resource: ['order'], operation: ['addMemo'] };

const FLAGS = [
	{ name: 'Blue', value: '2' },
	{ name: 'Green', value: '3' },
	{ name: 'Red', value: '1' },
	{ name: 'Yellow', value: '4' },
];

export const description: INodeProperties[] = [
	orderIdField(showFor),
	{
		displayName: 'Memo',
		name: 'memo',
		type: 'string',
		typeOptions: { rows: 3 },
		required: true,
		default: '',
		placeholder: 'e.g. Repack into 2 cartons for shop order SHOP-1042',
		description:
			'Your own note on the order (the buyer memo): only your account sees it, the seller does not. It replaces the previous memo. To tell the seller something use Message the Seller.',
		displayOptions: { show: showFor },
	},
	{
		displayName: 'Flag Colour',
		name: 'flagColour',
		type: 'options',
		options: FLAGS,
		default: '2',
		description: 'The colour of the memo flag shown with the order in your 1688 order list',
		displayOptions: { show: showFor },
	},
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const orderId = readOrderId.call(this, itemIndex);
	const memo = requireText('Memo', this.getNodeParameter('memo', itemIndex));
	const remarkIcon = String(this.getNodeParameter('flagColour', itemIndex, '2'));
	const flag = FLAGS.find((option) => option.value === remarkIcon);
	if (!flag)
		throw new InputError(
			'Flag Colour',
			`"${remarkIcon}" is not a flag colour; use 1 (red), 2 (blue), 3 (green) or 4 (yellow)`,
		);
	await callWriteOnce.call(
		this,
		itemIndex,
		API.orderMemo,
		{ orderId, memo, remarkIcon },
		{
			message: 'The memo MAY have been saved on 1688: the request was sent but its answer was lost',
			hint: `Check the memo with Order → Get (order ${orderId}, Simplify off: baseInfo.buyerMemo). Saving it again is harmless: a memo replaces the last one.`,
			refusedIn: refusalIn,
		},
	);
	return { orderId, memo, flagColour: flag.name.toLowerCase() };
}
