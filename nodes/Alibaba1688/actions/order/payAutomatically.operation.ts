import {
	NodeOperationError,
	type IDataObject,
	type IExecuteFunctions,
	type INodeProperties,
} from 'n8n-workflow';

import { longId } from '../../../shared/helpers/longJson';
import { simplifyOrder } from '../../../shared/helpers/simplifyOrder';
import { asArray, asBoolean, asObject, asText } from '../../../shared/helpers/values';
import { callApi } from '../../../shared/transport';
import { callWriteOnce } from '../writeOnce';
import { orderIdField, readOrderId } from './orderId';
import { API } from '../../../shared/apis';

/**
 * Pays an unpaid order with 1688's password-free (auto-debit) payment: alibaba.trade.pay.protocolPay.isopen
 * first (is an agreement signed and bound for a channel?), then alibaba.trade.pay.protocolPay.preparePay, sent
 * once. Its doc says "after a failed debit, retry up to 3 times", but also that a timed-out debit "may return
 * false even though the deduction actually succeeded": a retry is not guaranteed safe, so the node never
 * re-sends a debit. When 1688 answers paySuccess false, it reads the order's status instead (a read) and
 * reports the order paid if it is, or an error with the doc's advice and how to check first.
 */

const showFor = { resource: ['order'], operation: ['payAutomatically'] };

/** The payChannel preparePay takes, and the one isopen reports, per option. */
const CHANNELS: Record<string, { param?: string; agreement?: string; label: string }> = {
	auto: { label: 'any channel' },
	alipay: { param: 'alipay', agreement: 'ALIPAY', label: 'Alipay' },
	creditPay: { param: 'shegou', agreement: 'SHEGOU', label: 'Cheng-e-She credit' },
};

export const description: INodeProperties[] = [
	{
		displayName:
			"Pays the order at once from the 1688 account's Alipay or Cheng-e-She credit, without a password. The account must have signed password-free payment; the debit is sent exactly once.",
		name: 'payAutomaticallyNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: showFor },
	},
	orderIdField(showFor),
	{
		displayName: 'Pay Channel',
		name: 'payChannel',
		type: 'options',
		options: [
			{ name: 'Alipay', value: 'alipay', description: 'Alipay password-free payment only' },
			{
				name: 'Automatic',
				value: 'auto',
				description: '1688 tries Cheng-e-She credit first, then Alipay',
			},
			{
				name: 'Credit Pay (Cheng-E-She)',
				value: 'creditPay',
				description: 'Cheng-e-She credit only',
			},
		],
		default: 'auto',
		description: 'Which signed password-free payment pays the order',
		displayOptions: { show: showFor },
	},
];

interface Agreement {
	channel: string;
	enabled: boolean;
	signUrl?: string;
}

/** The agreements isopen reports: a channel works when it is both signed and bound (its doc). */
export function agreementsOf(response: IDataObject): Agreement[] {
	const result = asObject(asObject(response.result).result);
	return asArray(result.paymentAgreements).map((agreement) => ({
		channel: String(agreement.payChannel ?? '').toUpperCase(),
		enabled:
			asBoolean(agreement.signedStatus) === true && asBoolean(agreement.bindingStatus) === true,
		signUrl: asText(agreement.signUrl),
	}));
}

function notEnabled(
	this: IExecuteFunctions,
	itemIndex: number,
	orderId: string,
	channelLabel: string,
	agreements: Agreement[],
): NodeOperationError {
	const signUrls = agreements
		.filter((a) => !a.enabled && a.signUrl)
		.map((a) => `${a.channel}: ${a.signUrl}`);
	return new NodeOperationError(
		this.getNode(),
		`Password-free payment (${channelLabel}) is not enabled for this 1688 account; order ${orderId} was not paid`,
		{
			itemIndex,
			description: [
				'Sign the password-free (auto-debit) payment agreement for Alipay or Cheng-e-She credit while logged in to 1688 as this account',
				signUrls.length ? ` (signing pages 1688 gave: ${signUrls.join('; ')})` : '',
				', then run this item again. Until then pay with Order → Get Payment Link.',
			].join(''),
		},
	);
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const orderId = readOrderId.call(this, itemIndex);
	const channel =
		CHANNELS[this.getNodeParameter('payChannel', itemIndex, 'auto') as string] ?? CHANNELS.auto;

	const agreements = agreementsOf(await callApi.call(this, API.protocolPayIsOpen));
	const usable = agreements.filter(
		(a) => a.enabled && (!channel.agreement || a.channel === channel.agreement),
	);
	if (usable.length === 0)
		throw notEnabled.call(this, itemIndex, orderId, channel.label, agreements);

	const response = await callWriteOnce.call(
		this,
		itemIndex,
		API.protocolPayPrepare,
		{
			tradeWithholdPreparePayParam: { orderId: longId(orderId), payChannel: channel.param },
		},
		{
			message: 'The order MAY have been paid on 1688: the debit was sent but its answer was lost',
			hint: `Check the order's status with Order → Get (order ${orderId}) before trying again; the node never sends a debit twice.`,
		},
	);
	const debit = asObject(asObject(response.result).result);
	const payChannel = asText(debit.payChannel);
	if (asBoolean(debit.paySuccess) === true) return { orderId, paid: true, payChannel };

	// paySuccess false: the doc warns a timed-out debit may still have gone through, so the order itself tells.
	const order = simplifyOrder(
		asObject((await callApi.call(this, API.orderGet, { webSite: '1688', orderId })).result),
	);
	if (order.status !== undefined && !['waitbuyerpay', 'cancel'].includes(order.status)) {
		return { orderId, paid: true, payChannel, status: order.status, confirmedBy: 'order status' };
	}
	throw new NodeOperationError(
		this.getNode(),
		`1688 did not confirm the password-free payment of order ${orderId} (paySuccess false); the order is ${order.status ?? 'in an unknown state'}`,
		{
			itemIndex,
			description:
				'1688 advises trying a failed debit again, at most 3 times. A timed-out debit can report failure and still go through, so check the order with Order → Get first; the node never sends a debit twice by itself.',
		},
	);
}
