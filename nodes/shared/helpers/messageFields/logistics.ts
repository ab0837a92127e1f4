import { asObject, type Json } from '../values';
import { entriesOf, idOf, idsOf, numberOf, textOf, timeOf } from './read';

/** The orders a logistics message names (`orderLogsItems`): the first order, every order, every sub-order, as exact text. */
function ordersOf(items: unknown): Json {
	const entries = entriesOf(items);
	const orderIds = [
		...new Set(
			entries.map((entry) => idOf(entry.orderId)).filter((id): id is string => id !== null),
		),
	];
	const orderEntryIds = entries
		.map((entry) => idOf(entry.orderEntryId))
		.filter((id): id is string => id !== null);
	return { orderId: orderIds[0] ?? null, orderIds, orderEntryIds };
}

/**
 * LOGISTICS_BUYER_VIEW_TRACE: a domestic waybill reached a step (statusChanged: CONSIGN, ACCEPT, TRANSPORT,
 * DELIVERING, AGENT_SIGN, SIGN, FAILED), inside `OrderLogisticsTracingModel`.
 */
export function traceFields(data: Json): Json {
	const model = asObject(data.OrderLogisticsTracingModel);
	return {
		logisticsId: idOf(model.logisticsId),
		trackingNumber: textOf(model.mailNo),
		carrierCode: textOf(model.cpCode),
		status: textOf(model.statusChanged),
		changedAt: timeOf(model.changeTime),
		...ordersOf(model.orderLogsItems),
	};
}

/** LOGISTICS_MAIL_NO_CHANGE: a waybill's number (and carrier) replaced, inside `MailNoChangeModel`. */
export function waybillChangeFields(data: Json): Json {
	const model = asObject(data.MailNoChangeModel);
	return {
		logisticsId: idOf(model.logisticsId),
		trackingNumber: textOf(model.newMailNo),
		carrierCode: textOf(model.newCpCode),
		previousTrackingNumber: textOf(model.oldMailNo),
		previousCarrierCode: textOf(model.oldCpCode),
		changedAt: timeOf(model.eventTime),
		...ordersOf(model.orderLogsItems),
	};
}

/**
 * The stage of a cross-border parcel that leaves China. LOGISTICS_GLOBAL_1688_PACKAGE_CHANGE names only
 * this one (its sample, `external`): the parcel's waybill is then the international one.
 */
const INTERNATIONAL_STAGE = 'external';

/**
 * LOGISTICS_GLOBAL_1688_PACKAGE_CHANGE: a cross-border parcel created or changed, with its waybill, carrier
 * code, transport and warehouse status codes, when it changed (actionTime, ms) and the 1688 orders in it.
 */
export function parcelFields(data: Json): Json {
	const stage = textOf(data.stageType);
	const orderIds = idsOf(data.tradeOrderIds);
	return {
		packageId: idOf(data.packageId),
		stage,
		international: stage === INTERNATIONAL_STAGE,
		trackingNumber: textOf(data.mailNo),
		carrierCode: textOf(data.carrierPartnerCode),
		transportStatus: numberOf(data.transportStatus),
		warehouseStatus: numberOf(data.warehouseStatus),
		changedAt: timeOf(data.actionTime),
		buyerUserId: idOf(data.buyerUserId),
		orderId: orderIds[0] ?? null,
		orderIds,
	};
}
