import { fromChinaTime } from './chinaTime';
import { asArray, asId, asNumber, asObject, asText, compact, type Json } from './values';

/** One waybill of an order, as Logistics → Get emits it with Simplify on. */
export interface SimpleShipment extends Json {
	orderId?: string;
	logisticsId?: string;
	company?: string;
	companyId?: string;
	trackingNumber?: string;
	status?: string;
	shippedAt?: string;
	goods: Array<{ name?: string; quantity?: number; unit?: string }>;
}

export interface SimpleTraceStep extends Json {
	time?: string;
	text?: string;
	location?: string;
}

/** The tracking steps of one waybill, as Logistics → Get Trace emits them with Simplify on. */
export interface SimpleTrace extends Json {
	orderId?: string;
	logisticsId?: string;
	trackingNumber?: string;
	steps: SimpleTraceStep[];
}

/** Couriers put the place of a scan first, in 【】 brackets: `【杭州市】快件已揽收` → `杭州市`. */
export function stepLocation(remark: string | undefined): string | undefined {
	const match = remark ? /^\s*【([^】]+)】/.exec(remark) : null;
	return match ? match[1].trim() : undefined;
}

/** Simplifies alibaba.trade.getLogisticsInfos.buyerView: one entry per waybill of the order. */
export function simplifyShipments(response: unknown, orderId?: string): SimpleShipment[] {
	return asArray(asObject(response).result).map((waybill) =>
		compact({
			orderId: asId(asArray(waybill.logisticsOrderGoods)[0]?.tradeOrderId) ?? orderId,
			logisticsId: asText(waybill.logisticsId),
			company: asText(waybill.logisticsCompanyName),
			companyId: asId(waybill.logisticsCompanyId),
			trackingNumber: asText(waybill.logisticsBillNo),
			status: asText(waybill.status),
			shippedAt: fromChinaTime(waybill.gmtSystemSend),
			goods: asArray(waybill.sendGoods).map((good) =>
				compact({ name: asText(good.goodName), quantity: asNumber(good.quantity), unit: asText(good.unit) }),
			),
		}),
	);
}

/** Simplifies alibaba.trade.getLogisticsTraceInfo.buyerView: one entry per waybill, steps oldest first. */
export function simplifyTraces(response: unknown, orderId?: string): SimpleTrace[] {
	return asArray(asObject(response).logisticsTrace).map((trace) =>
		compact({
			orderId: asId(trace.orderId) ?? orderId,
			logisticsId: asText(trace.logisticsId),
			trackingNumber: asText(trace.logisticsBillNo),
			steps: asArray(trace.logisticsSteps).map((step) => {
				const text = asText(step.remark);
				return compact({ time: fromChinaTime(step.acceptTime), text, location: stepLocation(text) });
			}),
		}),
	);
}
