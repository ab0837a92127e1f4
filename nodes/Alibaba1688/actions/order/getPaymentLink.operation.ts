import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { InputError } from '../../../shared/helpers/inputError';
import { longId } from '../../../shared/helpers/longJson';
import { asIds } from '../../../shared/helpers/values';
import { callApi, type ApiRef } from '../../../shared/transport';
import { readIdList } from './orderId';
import { API } from '../../../shared/apis';

const showFor = { resource: ['order'], operation: ['getPaymentLink'] };

/** Only reads: input items may run side by side. */
export const readOnly = true;

/**
 * The cashier links 1688 offers: the Alipay cashier (alibaba.alipay.url.get, at most 100 orders), Cross-Border
 * Pay / Kuajingbao (alibaba.crossBorderPay.url.get) and Cheng-e-She credit (alibaba.creditPay.url.get), at most
 * 30 orders each per their doc pages. Orders that cannot be paid the chosen way come back in
 * payFailureOrderList (Alipay) or cantPayOrderList (the other two).
 */
const METHODS: Record<string, { api: ApiRef; maxOrders: number; failedKey: string }> = {
	alipay: { api: API.alipayUrl, maxOrders: 100, failedKey: 'payFailureOrderList' },
	crossBorderPay: { api: API.crossBorderPayUrl, maxOrders: 30, failedKey: 'cantPayOrderList' },
	creditPay: { api: API.creditPayUrl, maxOrders: 30, failedKey: 'cantPayOrderList' },
};

export const description: INodeProperties[] = [
	{
		displayName: 'Order IDs',
		name: 'orderIds',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 2304567890123456789, 2304567890123456790',
		description:
			'One or more unpaid order IDs, comma-separated, or an array from an expression (at most 100 for Alipay, 30 for the others); several orders are paid together with one link',
		displayOptions: { show: showFor },
	},
	{
		displayName: 'Payment Method',
		name: 'paymentMethod',
		type: 'options',
		options: [
			{
				name: 'Alipay Cashier',
				value: 'alipay',
				description: 'The 1688 cashier, paid with Alipay',
			},
			{
				name: 'Credit Pay (Cheng-E-She)',
				value: 'creditPay',
				description: "1688's buy-now-pay-later credit, within the account's credit line",
			},
			{
				name: 'Cross-Border Pay',
				value: 'crossBorderPay',
				description: "Kuajingbao, 1688's payment for buyers abroad",
			},
		],
		default: 'alipay',
		description: 'How the orders are paid through the link',
		displayOptions: { show: showFor },
	},
];

/** The order IDs of a comma-separated text or an array, checked, duplicates dropped. */
export function parseOrderIds(value: unknown, maxOrders = METHODS.alipay.maxOrders): string[] {
	const unique = readIdList('Order IDs', value);
	if (unique.length === 0) throw new InputError('Order IDs', 'needs at least one order ID');
	if (unique.length > maxOrders) {
		throw new InputError(
			'Order IDs',
			`at most ${maxOrders} orders per payment link of this method, got ${unique.length}`,
		);
	}
	return unique;
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const paymentMethod = this.getNodeParameter('paymentMethod', itemIndex, 'alipay') as string;
	const method = METHODS[paymentMethod];
	if (!method)
		throw new InputError(
			'Payment Method',
			`"${paymentMethod}" is not one of ${Object.keys(METHODS).join(', ')}`,
		);
	const orderIds = parseOrderIds(this.getNodeParameter('orderIds', itemIndex), method.maxOrders);
	const response = await callApi.call(this, method.api, { orderIdList: orderIds.map(longId) });
	const failed = asIds(response[method.failedKey]);
	return {
		payUrl: response.payUrl,
		paymentMethod,
		orderIds: orderIds.filter((id) => !failed.includes(id)),
		failedOrderIds: failed,
	};
}
