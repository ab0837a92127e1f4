import type { IDataObject } from 'n8n-workflow';

import { API } from './apis';
import { jsonId } from './helpers/crossBorder';
import { callApi, CREDENTIAL_TYPE, GatewayError, type GatewayContext } from './transport';
import { gatewayBaseUrl } from './transport/api';

/**
 * Which API an offer is read from (Product → Get's Source, the 1688 Trigger's Product Source):
 * - `authorised`: alibaba.product.get, of the domestic buyer and seller solutions;
 * - `crossBorder`: product.search.queryProductDetail, of the cross-border solution (any offer, translated);
 * - `automatic` (the default): alibaba.product.get where the app is granted it, else the cross-border detail.
 *   An app is granted the APIs of its solution, and a cross-border app is refused alibaba.product.get with
 *   gw.APIACLDecline before the API runs. That refusal is remembered per gateway and App Key for the rest of
 *   the process, as the pacing is: each credential pays at most one refused call, however many offers are read
 *   side by side (the first read finds out while the others wait for it).
 */
export type ProductSource = 'automatic' | 'authorised' | 'crossBorder';
export type ProductApi = Exclude<ProductSource, 'automatic'>;

/** The source a parameter names: anything but the two explicit APIs (an unset option) is Automatic. */
export function productSourceOf(value: unknown): ProductSource {
	return value === 'authorised' || value === 'crossBorder' ? value : 'automatic';
}

/** What Automatic learned in this process, per `gateway appKey`: the API that answers for it. */
const learned = new Map<string, ProductApi>();
/** The first Automatic read of a credential still finding out: the others wait for it. */
const finding = new Map<string, Promise<void>>();

async function credentialKey(context: GatewayContext): Promise<string> {
	const credentials = await context.getCredentials(CREDENTIAL_TYPE);
	return `${gatewayBaseUrl(credentials)} ${String(credentials.appKey ?? '')}`;
}

const isApiDecline = (error: unknown) =>
	error instanceof GatewayError && error.code === 'gw.APIACLDecline';

type ReadWith = (api: ProductApi) => Promise<IDataObject>;

/** Reads with the authorised API: its answer, or undefined when 1688 refused the app the API (learned). */
async function tryAuthorised(
	key: string,
	read: ReadWith,
): Promise<{ value: IDataObject } | undefined> {
	return await read('authorised').then(
		(value) => {
			learned.set(key, 'authorised');
			return { value };
		},
		async (error: unknown) => {
			if (!isApiDecline(error)) return await Promise.reject(error);
			learned.set(key, 'crossBorder');
			return undefined;
		},
	);
}

/** Runs `read` with the API the source names; for Automatic, as described above. */
export async function readBySource(
	this: GatewayContext,
	source: ProductSource,
	read: ReadWith,
): Promise<{ api: ProductApi; value: IDataObject }> {
	if (source !== 'automatic') return { api: source, value: await read(source) };
	const key = await credentialKey(this);
	for (;;) {
		const known = learned.get(key);
		if (known === 'crossBorder') return { api: known, value: await read(known) };
		const pending = finding.get(key);
		if (known === undefined && pending) {
			await pending;
			continue;
		}
		// The first read of this credential finds out; a credential known to be granted just reads (and
		// learns again, should 1688 start refusing it).
		const first = known === undefined;
		let done = () => {};
		if (first) finding.set(key, new Promise<void>((resolve) => (done = resolve)));
		try {
			const outcome = await tryAuthorised(key, read);
			if (outcome) return { api: 'authorised', value: outcome.value };
		} finally {
			if (first) {
				finding.delete(key);
				done();
			}
		}
	}
}

/** The offer detail as the API used answered it (`api` says which: their answers differ, their Simplify does not). */
export interface OfferDetail {
	api: ProductApi;
	raw: IDataObject;
}

/**
 * Reads one offer from the source's API: alibaba.product.get {productID, webSite}, or the cross-border
 * detail {offerDetailParam: {offerId, country (the language), currency (optional: prices also in it)}}.
 */
export async function readOfferDetail(
	this: GatewayContext,
	offerId: string,
	source: ProductSource,
	crossBorder: { language: string; currency?: string },
): Promise<OfferDetail> {
	const { api, value } = await readBySource.call(this, source, async (api) =>
		api === 'crossBorder'
			? await callApi.call(this, API.crossBorderDetail, {
					offerDetailParam: {
						offerId: jsonId(offerId),
						country: crossBorder.language,
						currency: crossBorder.currency,
					},
				})
			: await callApi.call(this, API.productGet, { productID: offerId, webSite: '1688' }),
	);
	return { api, raw: value };
}
