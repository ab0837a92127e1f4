import { fromChinaTime } from '../../shared/helpers/chinaTime';
import { fenToYuan } from '../../shared/helpers/simplifyOrder';
import {
	asArray,
	asId,
	asNumber,
	asObject,
	asText,
	compact,
	type Json,
} from '../../shared/helpers/values';

/**
 * The payment channels of alibaba.trade.payWay.query by their `code`, in English (the page's PayTypeInfo table;
 * 16 and 20 are both Kuajingbao there).
 */
export const PAYMENT_CHANNEL_NAMES: Record<number, string> = {
	1: 'Alipay',
	2: 'MYbank Trust Pay',
	3: 'Cheng-e-She credit',
	4: 'Corporate transfer',
	5: 'Shexiaobao credit sale',
	6: 'Electronic acceptance draft',
	7: 'Account period payment',
	8: 'Combined payment channel',
	9: 'No payment',
	10: 'Lingshoutong credit purchase',
	12: 'Declared payment',
	13: 'Payment platform',
	14: 'MYbank electronic bank acceptance draft',
	15: 'Bank transfer',
	16: 'Cross-Border Pay (Kuajingbao)',
	17: 'Red envelope',
	20: 'Cross-Border Pay (Kuajingbao)',
	35: 'MYbank cross-border direct purchase',
};

export interface SimplePaymentChannels extends Json {
	orderId?: string;
	/** What is left to pay, in yuan (payFee is in fen). */
	amount?: number;
	currency: string;
	/** The latest payment time, ISO 8601 in China time. */
	payBefore?: string;
	channels: Array<{ code?: number; name?: string; chineseName?: string }>;
}

/** Order → Get Payment Channels: alibaba.trade.payWay.query's `resultList` (an object in the page's sample). */
export function simplifyPaymentChannels(answer: unknown): SimplePaymentChannels {
	const raw = asObject(answer).resultList;
	const result = Array.isArray(raw) ? asObject(raw[0]) : asObject(raw);
	return compact({
		orderId: asId(result.orderId),
		amount: fenToYuan(result.payFee),
		currency: 'CNY',
		payBefore: fromChinaTime(result.timeout),
		channels: asArray(result.channels).map((channel) => {
			const code = asNumber(channel.code);
			return compact({
				code,
				name:
					(code !== undefined ? PAYMENT_CHANNEL_NAMES[code] : undefined) ?? asText(channel.name),
				chineseName: asText(channel.name),
			});
		}),
	});
}
