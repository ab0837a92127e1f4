import { fromChinaTime } from '../../shared/helpers/chinaTime';
import {
	asArray,
	asId,
	asNumber,
	asObject,
	asText,
	compact,
	type Json,
} from '../../shared/helpers/values';

/** A party of a waybill (the `sender` / `receiver` sections 1688 returns when asked for them). */
export interface SimpleParty extends Json {
	name?: string;
	mobile?: string;
	phone?: string;
	province?: string;
	city?: string;
	county?: string;
	address?: string;
}

/** One waybill of an order, as Logistics → Get emits it with Simplify on. */
export interface SimpleShipment extends Json {
	orderId?: string;
	/** Always true for a waybill; false only on the item for an order not shipped yet. */
	shipped: boolean;
	logisticsId?: string;
	company?: string;
	companyId?: string;
	trackingNumber?: string;
	status?: string;
	shippedAt?: string;
	sender?: SimpleParty;
	receiver?: SimpleParty;
	goods: Array<{ name?: string; quantity?: number; unit?: string }>;
}

/**
 * The sections alibaba.trade.getLogisticsInfos.buyerView returns when asked (its `fields` parameter:
 * "company.name, sender, receiver, sendgood", doc page com.alibaba.logistics.alibaba.trade.getLogisticsInfos.buyerView-1).
 */
export const LOGISTICS_INFO_FIELDS = 'company.name,sender,receiver,sendgood';

/**
 * 1688's answer for an order without a waybill yet (500_2, "the order has not been shipped yet", same page).
 * Logistics → Get turns it into one item saying so instead of failing: a workflow asking "where is my
 * parcel?" branches on `shipped` rather than stopping.
 */
export const NOT_SHIPPED_CODE = '500_2';

export function notShipped(orderId: string): Json {
	return {
		orderId,
		shipped: false,
		reason: `1688 has no waybill for this order yet: it has not been shipped (${NOT_SHIPPED_CODE}). Ask again after the seller ships it (the ORDER_BUYER_VIEW_ANNOUNCE_SENDGOODS message).`,
	};
}

function party(section: unknown, prefix: 'sender' | 'receiver'): SimpleParty | undefined {
	const raw = asObject(section);
	const simple = compact({
		name: asText(raw[`${prefix}Name`]),
		mobile: asText(raw[`${prefix}Mobile`]),
		phone: asText(raw[`${prefix}Phone`]),
		province: asText(raw[`${prefix}Province`]),
		city: asText(raw[`${prefix}City`]),
		county: asText(raw[`${prefix}County`]),
		address: asText(raw[`${prefix}Address`]),
	});
	return Object.keys(simple).length > 0 ? simple : undefined;
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
			shipped: true,
			logisticsId: asText(waybill.logisticsId),
			company: asText(waybill.logisticsCompanyName),
			companyId: asId(waybill.logisticsCompanyId),
			trackingNumber: asText(waybill.logisticsBillNo),
			status: asText(waybill.status),
			shippedAt: fromChinaTime(waybill.gmtSystemSend),
			sender: party(waybill.sender, 'sender'),
			receiver: party(waybill.receiver, 'receiver'),
			goods: asArray(waybill.sendGoods).map((good) =>
				compact({
					name: asText(good.goodName),
					quantity: asNumber(good.quantity),
					unit: asText(good.unit),
				}),
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
				return compact({
					time: fromChinaTime(step.acceptTime),
					text,
					location: stepLocation(text),
				});
			}),
		}),
	);
}
