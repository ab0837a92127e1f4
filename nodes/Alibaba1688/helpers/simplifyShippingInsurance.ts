import { fromChinaTime } from '../../shared/helpers/chinaTime';
import { fenToYuan } from '../../shared/helpers/simplifyOrder';
import { asArray, asId, asObject, asText, compact, type Json } from '../../shared/helpers/values';

/** The two kinds of shipping insurance an order can carry (orderBizInfo.shippingInsurance, shipping.insurance.get's `type`). */
export const SHIPPING_INSURANCE_TYPES = ['givenByPlatform', 'givenByMerchant'] as const;

export interface SimpleShippingInsurance extends Json {
	orderId: string;
	/** Whether the order has a policy of `type`. */
	insured: boolean;
	type?: string;
	policyId?: string;
	claims: Array<{
		claimId?: string;
		amount?: number;
		status?: string;
		appliedAt?: string;
		paidAt?: string;
		alipayTradeNo?: string;
	}>;
}

/**
 * Order → Get Shipping Insurance: shipping.insurance.get's TradeFreightPolicyResult (`result.result`), or no policy
 * when it is absent. Claim amounts are Longs without a unit on the page; 1688's trade APIs give Long amounts in fen,
 * so they are read as fen and given in yuan.
 */
export function simplifyShippingInsurance(
	answer: unknown,
	orderId: string,
	type: string | undefined,
): SimpleShippingInsurance {
	const policy = asObject(asObject(asObject(answer).result).result);
	const policyId = asId(policy.insuranceId);
	return compact({
		orderId: asId(policy.orderId) ?? orderId,
		insured: policyId !== undefined,
		type,
		policyId,
		claims: asArray(policy.tradeClaimList).map((claim) =>
			compact({
				claimId: asText(claim.claimId),
				amount: fenToYuan(claim.claimAmount),
				status: asText(claim.status),
				appliedAt: fromChinaTime(claim.applicationTime),
				paidAt: fromChinaTime(claim.payTime),
				alipayTradeNo: asText(claim.tradeNO),
			}),
		),
	});
}

/** The shipping insurance an order carries, from its detail (alibaba.trade.get.buyerView): a type, or undefined for none. */
export function orderShippingInsurance(tradeInfo: unknown): string | undefined {
	const type = asText(asObject(asObject(tradeInfo).orderBizInfo).shippingInsurance);
	return SHIPPING_INSURANCE_TYPES.find((known) => known === type);
}
