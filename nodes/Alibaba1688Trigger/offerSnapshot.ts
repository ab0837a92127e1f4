import { crossBorderPayload } from '../shared/helpers/crossBorder';
import {
	simplifyCrossBorderDetail,
	simplifyProductInfo,
	type SimpleProduct,
} from '../shared/helpers/simplifyProduct';
import { readOfferDetail, type ProductSource } from '../shared/productSource';
import { GatewayError, type GatewayContext } from '../shared/transport';

/** Key of the stock or price of an offer without SKUs: the offer as a whole. */
export const WHOLE_OFFER = '-';

export interface SkuSnapshot {
	/** skuId, else specId, else WHOLE_OFFER: what the saved state is keyed by. */
	key: string;
	skuId: string | null;
	specId: string | null;
	attributes: string;
	stock?: number;
	price?: number;
}

export interface AvailableOffer {
	available: true;
	offerId: string;
	title: string | null;
	url: string | null;
	skus: SkuSnapshot[];
}

export interface UnavailableOffer {
	available: false;
	offerId: string;
	/** The offer's status on 1688 (expired, member expired, deleted, ...) or `notFound`. */
	status: string;
	title: string | null;
	/** What 1688 said when it could not find the offer. */
	reason: string | null;
}

export type OfferSnapshot = AvailableOffer | UnavailableOffer;

/** The only status in which an offer can be bought; anything else means offline or delisted. */
const ON_SALE = 'published';

/** What the watched values of an offer are, from the flat product both detail APIs simplify to. */
export function snapshotOf(offerId: string, product: SimpleProduct): OfferSnapshot {
	const title = product.title ?? null;
	if (product.status !== undefined && product.status !== ON_SALE) {
		return { available: false, offerId, status: product.status, title, reason: null };
	}
	const skus: SkuSnapshot[] = product.skus.map((sku) => ({
		key: sku.skuId ?? sku.specId ?? WHOLE_OFFER,
		skuId: sku.skuId ?? null,
		specId: sku.specId ?? null,
		attributes: sku.attributes,
		stock: sku.stock,
		price: sku.price,
	}));
	if (skus.length === 0) {
		skus.push({
			key: WHOLE_OFFER,
			skuId: null,
			specId: null,
			attributes: '',
			stock: product.totalStock,
			price: product.price,
		});
	}
	return { available: true, offerId, title, url: product.url ?? null, skus };
}

/** 1688's ways of saying that an offer does not exist (any more) or was taken off sale. */
const GONE_MESSAGE = /不存在|已下架|已删除|下架|not exist|not found|offline|deleted/i;

/**
 * Whether a failed detail call means "this offer is gone" (an answer about the offer) rather than a
 * failure of the call (gateway, token, throttling, network, server error), which must not be mistaken
 * for an offer going offline.
 */
export function isOfferGone(error: unknown): error is GatewayError {
	if (!(error instanceof GatewayError)) return false;
	if (error.code.startsWith('gw.') || error.outcomeUnknown) return false;
	if (error.httpStatus === undefined || error.httpStatus === 401 || error.httpStatus >= 500)
		return false;
	return GONE_MESSAGE.test(error.gatewayMessage);
}

/** The offer from the source's API (Automatic: as Product → Get, shared/productSource.ts), simplified alike. */
async function readProduct(
	this: GatewayContext,
	offerId: string,
	source: ProductSource,
): Promise<SimpleProduct> {
	const { api, raw } = await readOfferDetail.call(this, offerId, source, { language: 'en' });
	return api === 'crossBorder'
		? simplifyCrossBorderDetail(crossBorderPayload(raw))
		: simplifyProductInfo(raw.productInfo);
}

/** The current stock and prices of one offer, or that it is unavailable; other failures are thrown. */
export async function readOfferSnapshot(
	this: GatewayContext,
	offerId: string,
	source: ProductSource,
): Promise<OfferSnapshot> {
	const read = await readProduct.call(this, offerId, source).then(
		(product) => ({ product }),
		(error: unknown) => {
			// Only an answer that the offer is gone is a result; every other failure fails the poll.
			if (isOfferGone(error)) return { gone: error };
			throw error;
		},
	);
	if ('gone' in read)
		return {
			available: false,
			offerId,
			status: 'notFound',
			title: null,
			reason: read.gone.gatewayMessage,
		};
	return snapshotOf(offerId, read.product);
}
