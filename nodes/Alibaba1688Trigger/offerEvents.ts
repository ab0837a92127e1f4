import type { IDataObject } from 'n8n-workflow';

import type { AvailableOffer, OfferSnapshot, SkuSnapshot } from './offerSnapshot';

export type Metric = 'stock' | 'price';

/** What is saved per SKU: its stock or price, keyed by skuId (specId, or `-` for an offer without SKUs). */
export type SkuValues = Record<string, number>;

/** What is saved per watched offer: its SKU values, or 0 when the offer was unavailable at its last check. */
export type OfferRecord = SkuValues | 0;

export interface WatchSettings {
	metric: Metric;
	/** Stock only: report a SKU only when its stock goes from at least this number to below it. */
	threshold?: number;
	/** Report offers going offline, delisted or unknown (offerUnavailable) and coming back (offerAvailable). */
	includeUnavailable: boolean;
	/** Report what is found on an offer's first check (previous values null) instead of only recording it. */
	emitExisting: boolean;
}

const EVENT_NAMES: Record<Metric, string> = { stock: 'stockChanged', price: 'priceChanged' };
const VALUE_FIELDS: Record<Metric, [string, string]> = {
	stock: ['previousStock', 'currentStock'],
	price: ['previousPrice', 'currentPrice'],
};

function valueOf(sku: SkuSnapshot, metric: Metric): number | undefined {
	return metric === 'stock' ? sku.stock : sku.price;
}

/** current − previous, without binary noise such as 0.30000000000000004 for prices. */
function difference(previous: number, current: number): number {
	return Math.round((current - previous) * 1e6) / 1e6;
}

function skuEvent(
	offer: AvailableOffer,
	sku: SkuSnapshot,
	settings: WatchSettings,
	previous: number | null,
	current: number,
): IDataObject {
	const [previousField, currentField] = VALUE_FIELDS[settings.metric];
	const event: IDataObject = {
		event: EVENT_NAMES[settings.metric],
		offerId: offer.offerId,
		skuId: sku.skuId,
		specId: sku.specId,
		attributes: sku.attributes,
		title: offer.title,
		[previousField]: previous,
		[currentField]: current,
		change: previous === null ? null : difference(previous, current),
		url: offer.url,
	};
	if (settings.threshold !== undefined) event.threshold = settings.threshold;
	return event;
}

function availabilityEvent(snapshot: OfferSnapshot): IDataObject {
	if (snapshot.available) {
		return {
			event: 'offerAvailable',
			offerId: snapshot.offerId,
			title: snapshot.title,
			url: snapshot.url,
		};
	}
	return {
		event: 'offerUnavailable',
		offerId: snapshot.offerId,
		status: snapshot.status,
		reason: snapshot.reason,
		title: snapshot.title,
	};
}

function valuesOf(offer: AvailableOffer, metric: Metric): SkuValues {
	const values: SkuValues = {};
	for (const sku of offer.skus) {
		const value = valueOf(sku, metric);
		if (value !== undefined) values[sku.key] = value;
	}
	return values;
}

/** Without a threshold every change counts; with one, only a fall from at or above it to below it. */
function isReported(previous: number, current: number, threshold: number | undefined): boolean {
	if (threshold === undefined) return current !== previous;
	return previous >= threshold && current < threshold;
}

function existingEvents(offer: AvailableOffer, settings: WatchSettings): IDataObject[] {
	const { metric, threshold } = settings;
	return offer.skus.flatMap((sku) => {
		const value = valueOf(sku, metric);
		if (value === undefined || (threshold !== undefined && value >= threshold)) return [];
		return [skuEvent(offer, sku, settings, null, value)];
	});
}

/**
 * Compares an offer's current state with what was saved at its last check: the events to emit and
 * the record to save instead. The first check of an offer only records it (unless Emit Existing);
 * a SKU that appears later is recorded silently too.
 */
export function compareOffer(
	previous: OfferRecord | undefined,
	snapshot: OfferSnapshot,
	settings: WatchSettings,
): { record: OfferRecord; events: IDataObject[] } {
	if (!snapshot.available) {
		const wasAvailable = previous !== undefined && previous !== 0;
		const isNew = previous === undefined && settings.emitExisting;
		return {
			record: 0,
			events:
				settings.includeUnavailable && (wasAvailable || isNew) ? [availabilityEvent(snapshot)] : [],
		};
	}
	const record = valuesOf(snapshot, settings.metric);
	if (previous === undefined) {
		return { record, events: settings.emitExisting ? existingEvents(snapshot, settings) : [] };
	}
	if (previous === 0) {
		return { record, events: settings.includeUnavailable ? [availabilityEvent(snapshot)] : [] };
	}
	const events: IDataObject[] = [];
	for (const sku of snapshot.skus) {
		const current = valueOf(sku, settings.metric);
		const before = previous[sku.key];
		if (current === undefined || before === undefined) continue;
		if (isReported(before, current, settings.threshold))
			events.push(skuEvent(snapshot, sku, settings, before, current));
	}
	return { record, events };
}

/**
 * Fetch Test Event: the offer as it is now, as the event it would give (previous = current, change 0),
 * or its unavailability; undefined when it has no value to show.
 */
export function sampleEvent(
	snapshot: OfferSnapshot,
	settings: WatchSettings,
): IDataObject | undefined {
	if (!snapshot.available) return availabilityEvent(snapshot);
	const sku = snapshot.skus.find((candidate) => valueOf(candidate, settings.metric) !== undefined);
	if (!sku) return undefined;
	const value = valueOf(sku, settings.metric) as number;
	return skuEvent(snapshot, sku, settings, value, value);
}
