import { asId, asObject, asText, compact, type Json } from '../../shared/helpers/values';

/** One international parcel, as Logistics → Get International Waybills emits it with Simplify on. */
export interface SimpleParcel extends Json {
	waybillNumber: string;
	carrier?: string;
	packageId?: string;
	stage?: string;
	/** The 1688 orders in the parcel, exact 19-digit strings. */
	orderIds: string[];
}

export interface SimpleInternationalWaybills extends Json {
	outOrderId: string;
	waybillNumbers: string[];
	parcels: SimpleParcel[];
}

const idList = (value: unknown): string[] =>
	(Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [])
		.map((id) => asId(typeof id === 'string' ? id.trim() : id))
		.filter((id): id is string => id !== undefined);

/** A parcel from one entry of the map: the parcel object, named as the LOGISTICS_GLOBAL_1688_PACKAGE_CHANGE topic names it. */
function parcelOf(value: Json, key: string): SimpleParcel {
	return compact({
		waybillNumber: asText(value.mailNo) ?? asText(value.waybillNo) ?? key,
		carrier: asText(value.carrierPartnerCode) ?? asText(value.carrierCode),
		packageId: asId(value.packageId),
		stage: asText(value.stageType),
		orderIds: idList(value.tradeOrderIds),
	});
}

/**
 * Logistics → Get International Waybills: bigcustomer.mailNo.query's `result.model`. The page types the model only
 * as a java.util.Map ("the set of waybill numbers"), so every shape a map of waybills can take is read: waybill →
 * parcel object (the sandbox's, with the package topic's field names), key → list of waybill numbers or parcels
 * (a numeric key then names the 1688 order), key → one waybill number. Waybills seen twice are merged.
 */
export function simplifyInternationalWaybills(
	answer: unknown,
	outOrderId: string,
): SimpleInternationalWaybills {
	const model = asObject(asObject(asObject(answer).result).model);
	const parcels = new Map<string, SimpleParcel>();
	const add = (parcel: SimpleParcel) => {
		const known = parcels.get(parcel.waybillNumber);
		if (!known) parcels.set(parcel.waybillNumber, parcel);
		else known.orderIds = [...new Set([...known.orderIds, ...parcel.orderIds])];
	};
	for (const [key, value] of Object.entries(model)) {
		const keyOrder = /^\d{12,20}$/.test(key) ? [key] : [];
		if (Array.isArray(value)) {
			for (const entry of value) {
				if (typeof entry === 'string' || typeof entry === 'number')
					add({ waybillNumber: String(entry), orderIds: keyOrder });
				else {
					const parcel = parcelOf(asObject(entry), key);
					add({ ...parcel, orderIds: parcel.orderIds.length ? parcel.orderIds : keyOrder });
				}
			}
		} else if (typeof value === 'object' && value !== null) {
			add(parcelOf(value as Json, key));
		} else if (asText(value) !== undefined) {
			add({ waybillNumber: String(value), orderIds: keyOrder });
		}
	}
	const list = [...parcels.values()];
	return { outOrderId, waybillNumbers: list.map((parcel) => parcel.waybillNumber), parcels: list };
}

export interface WaybillOwner extends Json {
	found: boolean;
	outOrderId?: string;
	/** The first 1688 order of the parcel; `orderIds` has them all. */
	orderId?: string;
	orderIds: string[];
}

/**
 * Logistics → Find Order by Waybill: logistics.order.getOutOrderId's `result.model` ({outOrderId, orderId}), or not
 * found when the answer has no model. `orderId` is a String on the page; several orders, comma-separated, are split.
 */
export function waybillOwner(answer: unknown): WaybillOwner {
	const model = asObject(asObject(asObject(answer).result).model);
	const orderIds = idList(model.orderId);
	const outOrderId = asText(model.outOrderId);
	return compact({
		found: orderIds.length > 0 || outOrderId !== undefined,
		outOrderId,
		orderId: orderIds[0],
		orderIds,
	});
}
