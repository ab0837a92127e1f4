import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';

import { InputError } from '../shared/helpers/inputError';
import { asNumber } from '../shared/helpers/values';
import {
	compareOffer,
	sampleEvent,
	type Metric,
	type OfferRecord,
	type WatchSettings,
} from './offerEvents';
import { productSourceOf, type ProductSource } from '../shared/productSource';
import { readOfferSnapshot, type OfferSnapshot } from './offerSnapshot';
import { PollBudget, pollBudgetMs } from './pollBudget';
import { pollError } from './pollErrors';
import { commitState, savedState } from './triggerState';
import { parseOfferIds } from './watchList';

/** Offers read side by side; the transport still paces all of them to the credential's requests per second. */
const OFFERS_AT_ONCE = 4;

interface OfferWatchState {
	offers: Record<string, OfferRecord>;
	/** The offer the next poll starts with: a poll that ran out of time resumes there. */
	next?: string;
}

function watchSettings(metric: Metric, options: IDataObject): WatchSettings {
	let threshold: number | undefined;
	if (metric === 'stock' && options.stockThreshold !== undefined && options.stockThreshold !== '') {
		threshold = asNumber(options.stockThreshold);
		if (threshold === undefined || threshold < 0) {
			throw new InputError(
				'Only Below Threshold',
				`must be a number from 0, got ${JSON.stringify(options.stockThreshold)}`,
			);
		}
	}
	return {
		metric,
		threshold,
		includeUnavailable: options.includeUnavailable === true,
		emitExisting: options.emitExisting === true,
	};
}

function asItems(events: IDataObject[]): INodeExecutionData[][] | null {
	return events.length ? [events.map((json) => ({ json }))] : null;
}

async function readOffers(
	this: IPollFunctions,
	offerIds: string[],
	source: ProductSource,
): Promise<OfferSnapshot[]> {
	return await Promise.all(
		offerIds.map(
			async (offerId) =>
				await readOfferSnapshot.call(this, offerId, source).catch((error: unknown) => {
					throw pollError(this.getNode(), error, `Checking offer ${offerId}`);
				}),
		),
	);
}

/**
 * Stock Changed and Price Changed: checks the watched offers in turn, from where the last poll
 * stopped, until all are checked once or the poll budget is nearly spent, and emits one item per
 * change found. Offers not reached are checked by the next poll and report nothing until then.
 */
export async function pollOffers(
	this: IPollFunctions,
	metric: Metric,
): Promise<INodeExecutionData[][] | null> {
	const budget = new PollBudget(pollBudgetMs(this), Date.now());
	const offerIds = parseOfferIds(this.getNodeParameter('offerIds'));
	const options = this.getNodeParameter('options', {}) as IDataObject;
	const settings = watchSettings(metric, options);
	const source: ProductSource = productSourceOf(options.source);

	if (this.getMode() === 'manual') {
		// Fetch Test Event: the first watched offer as it is now; the saved state is not touched.
		const [snapshot] = await readOffers.call(this, offerIds.slice(0, 1), source);
		const sample = sampleEvent(snapshot, settings);
		return asItems(sample ? [sample] : []);
	}

	const saved = savedState<OfferWatchState>(this, metric);
	// Records are replaced, never changed in place: the saved ones stay as they are until the commit.
	const offers: Record<string, OfferRecord> = { ...(saved?.offers ?? {}) };
	const first = Math.max(0, saved?.next === undefined ? 0 : offerIds.indexOf(saved.next));
	const events: IDataObject[] = [];
	let checked = 0;
	while (checked < offerIds.length && (checked === 0 || budget.allowsAnotherStep(Date.now()))) {
		const count = Math.min(OFFERS_AT_ONCE, offerIds.length - checked);
		const batch = Array.from(
			{ length: count },
			(_, i) => offerIds[(first + checked + i) % offerIds.length],
		);
		const snapshots = await budget.step(async () => await readOffers.call(this, batch, source));
		for (const snapshot of snapshots) {
			const { record, events: found } = compareOffer(offers[snapshot.offerId], snapshot, settings);
			offers[snapshot.offerId] = record;
			events.push(...found);
		}
		checked += count;
	}

	// Offers taken off the watch list are forgotten, so the state only ever holds what is watched.
	const watched = new Set(offerIds);
	for (const offerId of Object.keys(offers)) if (!watched.has(offerId)) delete offers[offerId];
	commitState(this, metric, { offers, next: offerIds[(first + checked) % offerIds.length] });
	return asItems(events);
}
