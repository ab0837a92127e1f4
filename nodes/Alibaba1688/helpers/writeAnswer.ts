import { asBoolean, asObject, asText, type Json } from '../../shared/helpers/values';

/**
 * The refusal a write's answer carries although it is not one of the error shapes the transport throws for:
 * - alibaba.order.memoAdd answers an unknown order with `errorCode` beside `success: true` (its page's only sample:
 *   {"errorCode":"400_4","errorMsg":"修改备注信息出错[ORDER_NOT_EXIST]…","success":true});
 * - the ResultModel answers (logistics.delivery.urge, order.receiveAddress.buyerUpdate, trade.order.buyerdelete) say
 *   whether the business operation succeeded in `result.result` apart from the gateway's `result.success`;
 * - TradeConfirmReceiptResult / TradeFeedbackResult carry `errorCode` and `errorInfo` in `result`.
 * Undefined when the answer reports no refusal.
 */
export function refusalIn(answer: Json): { code: string; message: string } | undefined {
	const code = asText(answer.errorCode);
	if (code !== undefined)
		return { code, message: asText(answer.errorMsg) ?? asText(answer.errorMessage) ?? '' };
	const inner = asObject(answer.result);
	const innerCode = asText(inner.errorCode);
	if (innerCode !== undefined)
		return { code: innerCode, message: asText(inner.errorInfo) ?? asText(inner.errorMsg) ?? '' };
	if (asBoolean(inner.result) === false) {
		return {
			code: asText(inner.code) ?? 'NOT_DONE',
			message: asText(inner.message) ?? '1688 answered that it did not do it (result false)',
		};
	}
	return undefined;
}
